// A customer's photo of something (a meter's display) made safe to keep and show: the kind is
// recognised from the content (JPEG, PNG, HEIC/HEIF — never from the name or the browser's type),
// HEIC is decoded with libheif's WebAssembly build off the event loop (heic.ts; sharp's prebuilt libvips reads AVIF but not
// HEVC HEIC), and everything is re-encoded as a JPEG by sharp with the camera's orientation applied
// and no metadata kept: EXIF (GPS position, camera, time), XMP, ICC and comments are all dropped.
import sharp, { type Sharp } from "sharp";
import { decodeHeic } from "./heic.js";

export type PhotoKind = "JPEG" | "PNG" | "HEIC";

/** Brands of an ISO BMFF `ftyp` box that name a HEIF image (HEVC-coded or generic). */
const HEIF_BRANDS = new Set(["heic", "heix", "heim", "heis", "hevc", "hevx", "mif1", "msf1", "heif"]);

/** How many leading bytes `photoKind` needs. */
export const PHOTO_MAGIC_BYTES = 12;

/** The kind the first bytes say, or null for anything else. */
export function photoKind(head: Uint8Array): PhotoKind | null {
  if (head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return "JPEG";
  if ([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a].every((b, i) => head[i] === b)) return "PNG";
  const ascii = (from: number, to: number) => String.fromCharCode(...head.slice(from, to));
  if (head.length >= 12 && ascii(4, 8) === "ftyp" && HEIF_BRANDS.has(ascii(8, 12))) return "HEIC";
  return null;
}

export interface CleanPhoto {
  jpeg: Buffer;
  width: number;
  height: number;
  /** What the customer sent. */
  sourceKind: PhotoKind;
}

/** The longest side kept: a phone's 12 MP photo (4032 px) is kept as it is, a 100 MP one is scaled down. */
export const MAX_SIDE = 4096;
/** Decoding stops past this many pixels (a small file that unpacks into a huge picture). */
const MAX_PIXELS = 100_000_000;

export class UnreadablePhoto extends Error {}

/**
 * The photo as a clean JPEG. Throws UnreadablePhoto when the bytes are not a picture of the kind
 * they claim (cut short, corrupt, an AVIF dressed as HEIC).
 */
export async function cleanPhoto(bytes: Uint8Array, kind: PhotoKind): Promise<CleanPhoto> {
  try {
    let image: Sharp;
    if (kind === "HEIC") {
      // libheif applies the HEIF's own rotation and mirroring (irot/imir) while decoding; in a worker
      // thread (heic.ts), started on the first HEIC.
      const { width, height, data } = await decodeHeic(bytes);
      if (width * height > MAX_PIXELS) throw new UnreadablePhoto("too many pixels");
      image = sharp(Buffer.from(data.buffer, data.byteOffset, data.byteLength), { raw: { width, height, channels: 4 } });
    } else {
      image = sharp(bytes, { limitInputPixels: MAX_PIXELS }).rotate(); // EXIF Orientation applied
    }
    if (kind !== "JPEG") image = image.flatten({ background: "#ffffff" }); // transparency: JPEG has none
    // Without withMetadata/keepExif sharp writes no EXIF, XMP, IPTC or ICC: the position is gone.
    // libjpeg-turbo, not mozjpeg: with 4032-px photos no longer scaled, 1.6 s became 0.38 s a 12 MP photo (bench:photos).
    const { data, info } = await image
      .resize({ width: MAX_SIDE, height: MAX_SIDE, fit: "inside", withoutEnlargement: true })
      .jpeg({ quality: 85 })
      .toBuffer({ resolveWithObject: true });
    return { jpeg: data, width: info.width, height: info.height, sourceKind: kind };
  } catch (err) {
    if (err instanceof UnreadablePhoto) throw err;
    throw new UnreadablePhoto(err instanceof Error ? err.message : String(err));
  }
}
