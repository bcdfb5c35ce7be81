// Storing checked files: each is streamed from its upload into the storage under a fresh key,
// hashed on the way. If anything fails, what was already stored is removed again, so a refused
// or failed appeal leaves no files behind.
import { createHash, randomUUID } from "node:crypto";
import { Readable, Transform } from "node:stream";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import type { AppealFileRole } from "../../db/generated/prisma/client.js";
import type { FileStorage } from "../../integrations/storage/port.js";
import { FILE_KINDS } from "./file-types.js";
import type { CheckedFile } from "./form.js";

export interface StoredFile {
  role: AppealFileRole;
  slotCode: string | null;
  fileName: string;
  mimeType: string;
  size: number;
  sha256: string;
  storageKey: string;
}

function newKey(now: Date): string {
  const month = now.toISOString().slice(0, 7).replace("-", "/");
  return `appeals/${month}/${randomUUID()}`;
}

export async function storeFiles(storage: FileStorage, files: CheckedFile[], role: AppealFileRole, now: Date): Promise<StoredFile[]> {
  const stored: StoredFile[] = [];
  try {
    for (const f of files) {
      const key = newKey(now);
      const hash = createHash("sha256");
      const hashing = new Transform({
        transform(chunk: Buffer, _enc, done) {
          hash.update(chunk);
          done(null, chunk);
        },
      });
      const mimeType = FILE_KINDS[f.kind].mime;
      const source = Readable.fromWeb(f.file.stream() as unknown as WebReadableStream<Uint8Array>);
      source.on("error", (err) => hashing.destroy(err));
      await storage.put(key, source.pipe(hashing), { size: f.file.size, contentType: mimeType });
      stored.push({ role, slotCode: f.slot, fileName: f.name, mimeType, size: f.file.size, sha256: hash.digest("hex"), storageKey: key });
    }
    return stored;
  } catch (err) {
    await discardFiles(storage, stored);
    throw err;
  }
}

export async function discardFiles(storage: FileStorage, files: Pick<StoredFile, "storageKey">[]): Promise<void> {
  await Promise.all(files.map((f) => storage.delete(f.storageKey).catch(() => {})));
}
