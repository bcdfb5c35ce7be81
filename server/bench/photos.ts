// `npm run bench:photos`: the display photo pipeline (integrations/images/photo.ts) on a phone's
// 12 MP picture (4032×3024), a JPEG with EXIF/GPS and a real HEVC HEIC (fixtures/display-12mp.heic,
// made by libheif's heif-enc). Prints the time per photo against its floor — a bare sharp decode
// and encode of the same JPEG, a bare libheif decode of the same HEIC on the main thread — and the
// longest stall of the event loop while a photo is cleaned: the HEIC is decoded in a worker
// thread, so other requests keep being served; the bare decode stalls the loop for its whole time.
import fs from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import { monitorEventLoopDelay } from "node:perf_hooks";
import sharp from "sharp";
import { cleanPhoto } from "../integrations/images/photo.js";

const RUNS = Number(process.env.BENCH_PHOTO_RUNS ?? 3);
const W = 4032;
const H = 3024;

async function phoneJpeg(): Promise<Buffer> {
  const raw = Buffer.alloc(W * H * 3);
  for (let y = 0; y < H; y++)
    for (let x = 0; x < W; x++) {
      const i = (y * W + x) * 3;
      raw[i] = (x * 255) / W;
      raw[i + 1] = (y * 255) / H;
      raw[i + 2] = ((x >> 7) + (y >> 7)) % 2 ? 200 : 40;
    }
  return sharp(raw, { raw: { width: W, height: H, channels: 3 } })
    .jpeg({ quality: 85 })
    .withMetadata({ orientation: 6 })
    .withExifMerge({ IFD3: { GPSLatitudeRef: "N", GPSLatitude: "61/1 5/1 0/1", GPSLongitudeRef: "E", GPSLongitude: "72/1 36/1 0/1" } })
    .toBuffer();
}

/** Median milliseconds of `run`, and the longest event-loop stall seen during all runs. */
async function measure(run: () => Promise<unknown>): Promise<{ ms: number; stallMs: number }> {
  await run(); // warm: libraries loaded, the worker started
  const times: number[] = [];
  const loop = monitorEventLoopDelay({ resolution: 10 });
  loop.enable();
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    await run();
    times.push(performance.now() - t);
  }
  loop.disable();
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(times.length / 2)]!, stallMs: loop.max / 1e6 };
}

const heicDecode = createRequire(import.meta.url)("heic-decode") as (i: { buffer: Uint8Array }) => Promise<unknown>;
const heic = fs.readFileSync(new URL("./fixtures/display-12mp.heic", import.meta.url));
const jpeg = await phoneJpeg();

const rows = [
  ["JPEG 12 MP: cleanPhoto", await measure(() => cleanPhoto(jpeg, "JPEG"))],
  ["JPEG 12 MP: floor, bare sharp decode + encode", await measure(() => sharp(jpeg).jpeg().toBuffer())],
  ["HEIC 12 MP: cleanPhoto (worker thread)", await measure(() => cleanPhoto(heic, "HEIC"))],
  ["HEIC 12 MP: floor, bare libheif decode (main thread)", await measure(() => heicDecode({ buffer: heic }))],
] as const;

console.log(`photo pipeline, ${RUNS} runs each (median), load ${os.loadavg()[0]!.toFixed(2)} on ${os.cpus().length} cores`);
for (const [name, r] of rows)
  console.log(`  ${name.padEnd(52)} ${r.ms.toFixed(0).padStart(6)} ms   longest event-loop stall ${r.stallMs.toFixed(0).padStart(6)} ms`);
const ratio = (a: number, b: number) => (a / b).toFixed(2);
console.log(`  JPEG: cleanPhoto / floor = ${ratio(rows[0][1].ms, rows[1][1].ms)}`);
console.log(
  `  HEIC: cleanPhoto / floor = ${ratio(rows[2][1].ms, rows[3][1].ms)} (adds the JPEG encode); stall ${rows[2][1].stallMs.toFixed(0)} ms vs ${rows[3][1].stallMs.toFixed(0)} ms on the main thread`,
);
