// The photo pipeline on real image bytes: a phone's JPEG with a GPS position and a rotated
// orientation comes out upright with no metadata at all; a PNG and a real HEVC HEIC (made by
// libheif's heif-enc from the same picture, fixtures/display.heic) come out as JPEGs of the same
// picture; the kind is read from the content, and a damaged file is refused.
import fs from "node:fs";
import exifr from "exifr";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { UnreadablePhoto, cleanPhoto, photoKind } from "./photo.js";

const W = 64;
const H = 48;
const RED = [220, 30, 30];
const GREEN = [30, 200, 30];
const BLUE = [30, 30, 220];
const WHITE = [240, 240, 240];

/** Four quadrants: red, green / blue, white — so a rotation or a mix-up shows in the pixels. */
function quadrants(): Buffer {
  const raw = Buffer.alloc(W * H * 3);
  for (let y = 0; y < H; y++)
    for (let x = 0; x < W; x++) {
      const c = y < H / 2 ? (x < W / 2 ? RED : GREEN) : x < W / 2 ? BLUE : WHITE;
      raw.set(c, (y * W + x) * 3);
    }
  return raw;
}

const GPS = { GPSLatitudeRef: "N", GPSLatitude: "57/1 9/1 0/1", GPSLongitudeRef: "E", GPSLongitude: "65/1 32/1 0/1" };

async function phoneJpeg(orientation = 1): Promise<Buffer> {
  return sharp(quadrants(), { raw: { width: W, height: H, channels: 3 } })
    .jpeg({ quality: 95 })
    .withMetadata({ orientation })
    .withExifMerge({ IFD0: { Make: "Phone", Model: "Camera" }, IFD3: GPS })
    .toBuffer();
}

/** The colour at (x, y) of a decoded JPEG. */
async function pixel(jpeg: Buffer, x: number, y: number): Promise<number[]> {
  const { data, info } = await sharp(jpeg).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const i = (y * info.width + x) * info.channels;
  return [data[i]!, data[i + 1]!, data[i + 2]!];
}

const near = (got: number[], want: number[]) => got.every((v, i) => Math.abs(v - want[i]!) <= 24);

async function expectNoMetadata(jpeg: Buffer) {
  const meta = await sharp(jpeg).metadata();
  expect(meta.format).toBe("jpeg");
  expect(meta.exif).toBeUndefined();
  expect(meta.xmp).toBeUndefined();
  expect(meta.icc).toBeUndefined();
  expect(await exifr.gps(jpeg)).toBeUndefined();
  expect(await exifr.parse(jpeg, true)).toBeUndefined();
}

describe("photo pipeline", () => {
  it("drops a JPEG's GPS position and camera data, keeping the picture upright", async () => {
    const input = await phoneJpeg(6); // the phone was held sideways: display rotated 90° clockwise
    expect((await exifr.gps(input))?.latitude).toBeCloseTo(57.15, 2); // the input really has a position
    const out = await cleanPhoto(input, "JPEG");
    await expectNoMetadata(out.jpeg);
    expect([out.width, out.height]).toEqual([H, W]);
    expect((await sharp(out.jpeg).metadata()).orientation ?? 1).toBe(1);
    // Turned clockwise: the old bottom-left (blue) is now top-left, the old top-left (red) top-right.
    expect(near(await pixel(out.jpeg, 4, 4), BLUE)).toBe(true);
    expect(near(await pixel(out.jpeg, H - 5, 4), RED)).toBe(true);
    expect(near(await pixel(out.jpeg, H - 5, W - 5), GREEN)).toBe(true);
  });

  it("turns a PNG into a JPEG of the same picture, without metadata", async () => {
    const png = await sharp(quadrants(), { raw: { width: W, height: H, channels: 3 } })
      .png()
      .withExif({ IFD0: { Make: "Phone" }, IFD3: GPS })
      .toBuffer();
    expect(photoKind(png)).toBe("PNG");
    const out = await cleanPhoto(png, "PNG");
    await expectNoMetadata(out.jpeg);
    expect([out.width, out.height]).toEqual([W, H]);
    expect(near(await pixel(out.jpeg, 4, 4), RED)).toBe(true);
    expect(near(await pixel(out.jpeg, W - 5, H - 5), WHITE)).toBe(true);
  });

  it("converts a real HEVC HEIC to a JPEG of the same picture", async () => {
    const heic = fs.readFileSync(new URL("../../domains/readings/fixtures/display.heic", import.meta.url));
    expect(photoKind(heic)).toBe("HEIC");
    // sharp's own libvips cannot read it (no HEVC decoder): that is why libheif's WebAssembly build decodes it.
    await expect(
      sharp(heic)
        .metadata()
        .then(() => sharp(heic).toBuffer()),
    ).rejects.toThrow();
    const out = await cleanPhoto(heic, "HEIC");
    expect(out.sourceKind).toBe("HEIC");
    await expectNoMetadata(out.jpeg);
    expect([out.width, out.height]).toEqual([W, H]);
    expect(near(await pixel(out.jpeg, 4, 4), RED)).toBe(true);
    expect(near(await pixel(out.jpeg, W - 5, 4), GREEN)).toBe(true);
    expect(near(await pixel(out.jpeg, 4, H - 5), BLUE)).toBe(true);
  });

  it("reads the kind from the content, not the name", async () => {
    expect(photoKind(await phoneJpeg())).toBe("JPEG");
    expect(photoKind(Buffer.from("%PDF-1.7\n%âãÏÓ"))).toBeNull();
    expect(photoKind(Buffer.from("GIF89a\x01\x00\x01\x00"))).toBeNull();
    expect(photoKind(Buffer.from([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00]))).toBeNull();
    // An AVIF is an ISO BMFF file too, but not of a HEIF image brand.
    expect(photoKind(Buffer.from("\x00\x00\x00\x1cftypavif\x00\x00\x00\x00", "latin1"))).toBeNull();
  });

  it("refuses a damaged picture", async () => {
    const jpeg = await phoneJpeg();
    await expect(cleanPhoto(jpeg.subarray(0, 200), "JPEG")).rejects.toBeInstanceOf(UnreadablePhoto);
    const heic = fs.readFileSync(new URL("../../domains/readings/fixtures/display.heic", import.meta.url));
    await expect(cleanPhoto(heic.subarray(0, 300), "HEIC")).rejects.toBeInstanceOf(UnreadablePhoto);
  });
});
