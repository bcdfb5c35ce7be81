// The photo of a meter's display a customer attaches (manual 6.2: «фото табло прибора учета»):
// up to 10 MB, JPEG, PNG or HEIC by its content, kept as a clean JPEG without the camera's
// metadata (integrations/images/photo.ts). Checked before anything is stored.
import { PHOTO_MAGIC_BYTES, UnreadablePhoto, cleanPhoto, photoKind, type CleanPhoto } from "../../integrations/images/photo.js";
import { userError } from "./errors.js";

export const PHOTO_MAX_MB = 10;
const PHOTO_MAX_BYTES = PHOTO_MAX_MB * 1024 * 1024;

/** For <input type=file accept=…>: the types a phone's camera and gallery give. */
export const PHOTO_ACCEPT = ".jpg,.jpeg,.png,.heic,.heif,image/jpeg,image/png,image/heic,image/heif";

/** The customer's file as a clean JPEG; a userError on `field` when it is missing or not a photo we take. */
export async function checkedPhoto(file: File | null | undefined, field: string[]): Promise<CleanPhoto> {
  if (!file || file.size === 0) throw userError("PHOTO_REQUIRED", field);
  const shown = file.name || "без имени";
  if (file.size > PHOTO_MAX_BYTES) throw userError("PHOTO_TOO_LARGE", field, shown, PHOTO_MAX_MB);
  const kind = photoKind(new Uint8Array(await file.slice(0, PHOTO_MAGIC_BYTES).arrayBuffer()));
  if (!kind) throw userError("PHOTO_TYPE", field, shown);
  try {
    return await cleanPhoto(new Uint8Array(await file.arrayBuffer()), kind);
  } catch (err) {
    if (err instanceof UnreadablePhoto) throw userError("PHOTO_UNREADABLE", field, shown);
    throw err;
  }
}
