// Attachment types (manual 6.5.2–6.5.3: PDF, JPG, JPEG, PNG, TIF/TIFF, ZIP, RAR), recognised by
// the file's first bytes — a renamed program is refused whatever its name says — plus the name
// rules: sanitised for storage and display, and a Content-Disposition safe for any name.

export type FileKind = "PDF" | "JPEG" | "PNG" | "TIFF" | "ZIP" | "RAR";

export const FILE_KINDS: Record<FileKind, { mime: string; extensions: string[] }> = {
  PDF: { mime: "application/pdf", extensions: ["pdf"] },
  JPEG: { mime: "image/jpeg", extensions: ["jpg", "jpeg"] },
  PNG: { mime: "image/png", extensions: ["png"] },
  TIFF: { mime: "image/tiff", extensions: ["tif", "tiff"] },
  ZIP: { mime: "application/zip", extensions: ["zip"] },
  RAR: { mime: "application/vnd.rar", extensions: ["rar"] },
};

export const ALLOWED_EXTENSIONS = Object.values(FILE_KINDS).flatMap((k) => k.extensions);

/** How many leading bytes `detectKind` needs. */
export const MAGIC_BYTES = 8;

const startsWith = (head: Uint8Array, sig: number[]) => sig.every((b, i) => head[i] === b);

/** The kind the content says, or null for anything else (executables, text, Office files …). */
export function detectKind(head: Uint8Array): FileKind | null {
  if (startsWith(head, [0x25, 0x50, 0x44, 0x46, 0x2d])) return "PDF"; // %PDF-
  if (startsWith(head, [0xff, 0xd8, 0xff])) return "JPEG";
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "PNG";
  // Little- and big-endian TIFF, and BigTIFF.
  if (startsWith(head, [0x49, 0x49, 0x2a, 0x00]) || startsWith(head, [0x4d, 0x4d, 0x00, 0x2a])) return "TIFF";
  if (startsWith(head, [0x49, 0x49, 0x2b, 0x00]) || startsWith(head, [0x4d, 0x4d, 0x00, 0x2b])) return "TIFF";
  // A ZIP starts with a local file header, or is an empty archive (end of central directory).
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04]) || startsWith(head, [0x50, 0x4b, 0x05, 0x06])) return "ZIP";
  if (startsWith(head, [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07, 0x00]) || startsWith(head, [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07, 0x01, 0x00])) return "RAR";
  return null;
}

export function extensionOf(name: string): string {
  const m = /\.([A-Za-z0-9]{1,8})$/.exec(name);
  return m ? m[1]!.toLowerCase() : "";
}

/**
 * The file's kind when its name and content agree and the kind is allowed; otherwise null.
 * A name without an extension takes the content's kind.
 */
export function acceptedKind(name: string, head: Uint8Array, allowed: readonly FileKind[] = Object.keys(FILE_KINDS) as FileKind[]): FileKind | null {
  const kind = detectKind(head);
  if (!kind || !allowed.includes(kind)) return null;
  const ext = extensionOf(name);
  if (ext && !FILE_KINDS[kind].extensions.includes(ext)) return null;
  return kind;
}

const MAX_NAME = 120;

/**
 * A name safe to store and show: no path, no control or reserved characters, no leading dots,
 * at most 120 characters with the extension kept; given the content's extension when it had none.
 */
export function sanitizeFileName(raw: string, kind: FileKind): string {
  let name = raw.normalize("NFC").split(/[\\/]/).pop() ?? "";
  name = name
    .replace(/[\u0000-\u001f\u007f-\u009f<>:"|?*\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g, "")
    .replace(/\p{Cs}|[\ufdd0-\ufdef\ufffe\uffff]/gu, "") // lone surrogates, noncharacters
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^[.\s]+/, "")
    .replace(/[.\s]+$/, "");
  let ext = extensionOf(name);
  if (!ext) {
    ext = FILE_KINDS[kind].extensions[0]!;
    name = name ? `${name}.${ext}` : `file.${ext}`;
  }
  if (name.length > MAX_NAME) {
    const base = name.slice(0, name.length - ext.length - 1);
    name = `${[...base]
      .slice(0, MAX_NAME - ext.length - 1)
      .join("")
      .trimEnd()}.${ext}`;
  }
  return name === `.${ext}` ? `file.${ext}` : name;
}

/** `attachment` with an ASCII fallback name and the exact UTF-8 one (RFC 6266 / 5987). */
export function contentDisposition(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, "_").replace(/["\\%;]/g, "_");
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
