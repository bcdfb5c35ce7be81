// Local-folder storage: one file per key under `root`. A write goes to a temporary name and is
// renamed into place when complete, so a reader never sees half a file and a failed upload
// leaves nothing behind.
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import { assertStorageKey, type FileStorage, type StoredObject } from "./port.js";

export function createLocalStorage(root: string): FileStorage {
  const fileOf = (key: string) => {
    assertStorageKey(key);
    return path.join(root, ...key.split("/"));
  };
  return {
    kind: "local",
    async put(key, body, meta) {
      const target = fileOf(key);
      await fs.promises.mkdir(path.dirname(target), { recursive: true });
      const partial = `${target}.${randomUUID()}.part`;
      let written = 0;
      const count = new Transform({
        transform(chunk: Buffer, _enc, done) {
          written += chunk.length;
          done(null, chunk);
        },
      });
      try {
        await pipeline(body, count, fs.createWriteStream(partial, { flags: "wx" }));
        if (written !== meta.size) throw new Error(`storage: ${key}: expected ${meta.size} bytes, got ${written}`);
        await fs.promises.rename(partial, target);
      } catch (err) {
        await fs.promises.rm(partial, { force: true });
        throw err;
      }
    },
    async get(key): Promise<StoredObject | null> {
      const file = fileOf(key);
      const stat = await fs.promises.stat(file).catch((err: NodeJS.ErrnoException) => {
        if (err.code === "ENOENT") return null;
        throw err;
      });
      if (!stat?.isFile()) return null;
      return { body: fs.createReadStream(file), size: stat.size };
    },
    async delete(key) {
      await fs.promises.rm(fileOf(key), { force: true });
    },
  };
}
