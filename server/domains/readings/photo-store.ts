// Photos of meters' displays attached to a readings submission («Передать показания» with a
// photo): each is checked and cleaned (photo.ts) before anything is stored, put in the file
// storage under readings/<month>/<uuid>, and recorded with the submission's id once the readings
// are saved. When the readings are not saved (refused, or a too-large warning to confirm) the
// stored photos are removed again.
import { createHash, randomUUID } from "node:crypto";
import { Readable } from "node:stream";
import type { PrismaClient } from "../../db/generated/prisma/client.js";
import type { CleanPhoto } from "../../integrations/images/photo.js";
import type { FileStorage } from "../../integrations/storage/port.js";
import { UserFacingError, type UserErrorData } from "../../shared/errors.js";
import { log } from "../../shared/log.js";
import { appealErrors } from "../appeals/errors.js";
import { problem } from "./errors.js";
import { checkedPhoto } from "./photo.js";
import { submitReadings, type SubmitActor, type SubmitDeps, type SubmitInput, type SubmitResult } from "./submit.js";

export interface PhotoInput {
  meterId: number;
  file: File | null | undefined;
}

interface CheckedPhoto {
  meterId: number;
  photo: CleanPhoto;
}

interface StoredPhoto {
  meterId: number;
  fileName: string;
  size: number;
  sha256: string;
  width: number;
  height: number;
  storageKey: string;
}

/** One photo per meter, each of a meter the submission names; errors point at ["input", "photos", i, …]. */
async function checkPhotos(inputs: PhotoInput[], meterIds: number[]): Promise<CheckedPhoto[]> {
  const errors: UserErrorData[] = [];
  const out: CheckedPhoto[] = [];
  const seen = new Set<number>();
  for (const [i, input] of inputs.entries()) {
    const at = (leaf: string) => ["input", "photos", String(i), leaf];
    if (!meterIds.includes(input.meterId)) {
      errors.push(problem("UNKNOWN_METER", at("meterId")));
      continue;
    }
    if (seen.has(input.meterId)) {
      errors.push(problem("PHOTO_DUPLICATE", at("meterId")));
      continue;
    }
    seen.add(input.meterId);
    try {
      out.push({ meterId: input.meterId, photo: await checkedPhoto(input.file, at("photo")) });
    } catch (err) {
      if (!(err instanceof UserFacingError)) throw err;
      errors.push(...err.errors);
    }
  }
  if (errors.length) throw new UserFacingError(errors);
  return out;
}

async function storePhotos(storage: FileStorage, photos: CheckedPhoto[], now: Date): Promise<StoredPhoto[]> {
  const stored: StoredPhoto[] = [];
  const month = now.toISOString().slice(0, 7).replace("-", "/");
  try {
    for (const p of photos) {
      const storageKey = `readings/${month}/${randomUUID()}`;
      // Listed before the write: a put that failed late (a lost reply) may still have left it.
      stored.push({
        meterId: p.meterId,
        fileName: "Фото табло.jpg",
        size: p.photo.jpeg.length,
        sha256: createHash("sha256").update(p.photo.jpeg).digest("hex"),
        width: p.photo.width,
        height: p.photo.height,
        storageKey,
      });
      await storage.put(storageKey, Readable.from([p.photo.jpeg]), { size: p.photo.jpeg.length, contentType: "image/jpeg" });
    }
    return stored;
  } catch (err) {
    await discardPhotos(storage, stored);
    log.error({ err }, `reading photos: storage (${storage.kind}) failed`);
    throw appealErrors.userError("STORAGE_UNAVAILABLE", ["input", "photos"]);
  }
}

async function discardPhotos(storage: FileStorage, stored: Pick<StoredPhoto, "storageKey">[]): Promise<void> {
  await Promise.all(stored.map((p) => storage.delete(p.storageKey).catch(() => {})));
}

export interface PhotoSubmitDeps extends SubmitDeps {
  db: PrismaClient;
  storage: FileStorage;
}

/** submitReadings (submit.ts) with photos of the displays: stored and recorded only with saved readings. */
export async function submitReadingsWithPhotos(deps: PhotoSubmitDeps, input: SubmitInput, actor: SubmitActor, photos: PhotoInput[]): Promise<SubmitResult> {
  if (!photos.length) return submitReadings(deps, input, actor);
  const checked = await checkPhotos(
    photos,
    input.readings.map((r) => r.meterId),
  );
  const now = deps.clock.now();
  const stored = await storePhotos(deps.storage, checked, now);
  try {
    const result = await submitReadings(deps, input, actor);
    if (!result.saved.length) {
      await discardPhotos(deps.storage, stored);
      return result;
    }
    const submissionId = result.saved[0]!.submissionId!;
    await deps.db.readingPhoto.createMany({ data: stored.map((p) => ({ ...p, submissionId, uploadedByUserId: actor.userId ?? null, uploadedAt: now })) });
    return result;
  } catch (err) {
    // A photo row that failed after its readings were saved leaves the readings without it.
    await discardPhotos(deps.storage, stored);
    throw err;
  }
}
