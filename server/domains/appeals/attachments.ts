// Storing checked files: each is streamed from its upload into the storage under a fresh key,
// hashed on the way. If anything fails, what was already stored is removed again, so a refused
// or failed appeal leaves no files behind, and the customer is told in Russian to retry.
import { createHash, randomUUID } from "node:crypto";
import { Readable, Transform } from "node:stream";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import type { AppealFileRole } from "../../db/generated/prisma/client.js";
import type { FileStorage } from "../../integrations/storage/port.js";
import { userError } from "./errors.js";
import { FILE_KINDS } from "./file-kinds.js";
import type { CheckedFile } from "./form.js";
import { log } from "../../shared/log.js";

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
  const stored: Pick<StoredFile, "storageKey">[] = [];
  const done: StoredFile[] = [];
  try {
    for (const f of files) {
      const key = newKey(now);
      // Listed before the write: a put that failed late (a lost reply) may still have left it.
      stored.push({ storageKey: key });
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
      // Failing before the storage's put has attached its own listeners must not crash the
      // process: the put still sees the errored stream and rejects.
      hashing.on("error", () => {});
      await storage.put(key, source.pipe(hashing), { size: f.file.size, contentType: mimeType });
      done.push({ role, slotCode: f.slot, fileName: f.name, mimeType, size: f.file.size, sha256: hash.digest("hex"), storageKey: key });
    }
    return done;
  } catch (err) {
    await discardFiles(storage, stored);
    log.error({ err }, `appeal files: storage (${storage.kind}) failed after ${done.length} of ${files.length} files`);
    throw userError("STORAGE_UNAVAILABLE", ["input", "files"]);
  }
}

export async function discardFiles(storage: FileStorage, files: Pick<StoredFile, "storageKey">[]): Promise<void> {
  await Promise.all(files.map((f) => storage.delete(f.storageKey).catch(() => {})));
}
