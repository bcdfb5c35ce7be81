// Short-lived signed links to stored files: appeal files (attachments and answers) and photos of
// meters' displays attached to readings (domains/readings/photo-store.ts). Access is checked when
// a link is made (the customer's own appeal or account, or staff); the link then works for a few
// minutes without other auth, so a browser's plain GET (or a partner app) can fetch the file.
// Each kind has its own audience and key (derived from JWT_SECRET) and differs from document
// links', so one kind of token never opens another.
import { SignJWT, jwtVerify } from "jose";
import { purposeKey } from "../../shared/keys.js";

const ISSUER = "kabinet";
export const FILE_LINK_TTL_SEC = 300;
export const FILES_PATH = "/files/appeals/";
export const READING_PHOTOS_PATH = "/files/readings/";

export type FileLinkKind = "appeal" | "readingPhoto";
const KINDS = {
  appeal: { audience: "kabinet-appeal-file", purpose: "appeal-file-link", path: FILES_PATH },
  readingPhoto: { audience: "kabinet-reading-photo", purpose: "reading-photo-link", path: READING_PHOTOS_PATH },
} as const;

export async function signFileLink(kind: FileLinkKind, master: string, publicUrl: string, file: { id: number; fileName: string }, now: Date) {
  const k = KINDS[kind];
  const iat = Math.floor(now.getTime() / 1000);
  const exp = iat + FILE_LINK_TTL_SEC;
  const token = await new SignJWT({})
    .setProtectedHeader({ alg: "HS256" })
    .setSubject(String(file.id))
    .setAudience(k.audience)
    .setIssuer(ISSUER)
    .setIssuedAt(iat)
    .setExpirationTime(exp)
    .sign(purposeKey(master, k.purpose));
  // The name in the path lets any client save the file under it; the token names the file.
  return { url: `${publicUrl}${k.path}${file.id}/${encodeURIComponent(file.fileName)}?token=${token}`, expiresAt: new Date(exp * 1000) };
}

/** The file id a valid, unexpired link of this kind names; null otherwise. */
export async function verifyFileLink(kind: FileLinkKind, master: string, token: string, now: Date): Promise<number | null> {
  const k = KINDS[kind];
  try {
    const { payload } = await jwtVerify(token, purposeKey(master, k.purpose), {
      algorithms: ["HS256"],
      audience: k.audience,
      issuer: ISSUER,
      requiredClaims: ["exp", "sub"],
      currentDate: now,
    });
    const id = Number(payload.sub);
    return Number.isSafeInteger(id) && id > 0 ? id : null;
  } catch {
    return null;
  }
}

export const signAppealFileLink = (master: string, publicUrl: string, file: { id: number; fileName: string }, now: Date) =>
  signFileLink("appeal", master, publicUrl, file, now);

export const verifyAppealFileLink = (master: string, token: string, now: Date) => verifyFileLink("appeal", master, token, now);
