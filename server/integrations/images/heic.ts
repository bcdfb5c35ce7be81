// HEIC decoding off the event loop. libheif's WebAssembly build (heic-decode) decodes
// synchronously: a phone's 12 MP photo took 2.7–3.9 s here, and on the main thread every other
// request would wait that long. One worker thread, started on the first HEIC and not keeping the
// process alive, decodes them one at a time (which also bounds the memory they take).
import { createRequire } from "node:module";
import { Worker } from "node:worker_threads";

export interface DecodedImage {
  width: number;
  height: number;
  /** RGBA, 4 bytes a pixel. */
  data: Uint8Array;
}

// Plain CommonJS evaluated in the worker: no separate file, so the bundled server (server/build.mjs)
// needs none either. The package is loaded by the absolute path resolved here.
const WORKER = `
const { parentPort, workerData } = require("node:worker_threads");
const decode = require(workerData.heicDecode);
parentPort.on("message", async ({ id, bytes }) => {
  try {
    const { width, height, data } = await decode({ buffer: bytes });
    parentPort.postMessage({ id, width, height, data }, [data.buffer]);
  } catch (err) {
    parentPort.postMessage({ id, error: String((err && err.message) || err) });
  }
});`;

type Reply = { id: number; width: number; height: number; data: Uint8ClampedArray } | { id: number; error: string };

let worker: Worker | null = null;
let nextId = 0;
const pending = new Map<number, { resolve: (d: DecodedImage) => void; reject: (e: Error) => void }>();

function started(): Worker {
  if (worker) return worker;
  const w = new Worker(WORKER, { eval: true, workerData: { heicDecode: createRequire(import.meta.url).resolve("heic-decode") } });
  w.unref();
  w.on("message", (r: Reply) => {
    const p = pending.get(r.id);
    if (!p) return;
    pending.delete(r.id);
    if (!pending.size) w.unref(); // idle: it does not keep the process alive
    if ("error" in r) p.reject(new Error(r.error));
    else p.resolve({ width: r.width, height: r.height, data: new Uint8Array(r.data.buffer, r.data.byteOffset, r.data.byteLength) });
  });
  // A worker that died (out of memory on a huge picture) fails what it held; the next HEIC starts a new one.
  const fail = (err: Error) => {
    if (worker === w) worker = null;
    for (const p of pending.values()) p.reject(err);
    pending.clear();
  };
  w.on("error", fail);
  w.on("exit", (code) => fail(new Error(`HEIC worker exited with ${code}`)));
  worker = w;
  return w;
}

/** Decodes a HEIC/HEIF image to RGBA in the worker thread; rejects when libheif cannot read it. */
export function decodeHeic(bytes: Uint8Array): Promise<DecodedImage> {
  const id = ++nextId;
  const copy = new Uint8Array(bytes); // the caller keeps its bytes; the copy is moved to the worker
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    const w = started();
    w.ref(); // a decode in progress does
    w.postMessage({ id, bytes: copy }, [copy.buffer]);
  });
}
