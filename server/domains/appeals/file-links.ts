// Short-lived signed links to appeal files (attachments and answers). Access is checked when a
// link is made (the customer's own appeal, or staff); the link then works for a few minutes
// without other auth, so a browser's plain GET (or a partner app) can fetch the file. The
// audience and the key ("appeal-file-link", derived from JWT_SECRET) differ from document
// links', so one kind of token never opens the other.
import { SignJWT, jwtVerify } from "jose";
import { purposeKey } from "../../shared/keys.js";

const AUDIENCE = "kabinet-appeal-file";
const ISSUER = "kabinet";
export const FILE_LINK_TTL_SEC = 300;
export const FILES_PATH = "/files/appeals/";

export async function signAppealFileLink(master: string, publicUrl: string, file: { id: number; fileName: string }, now: Date) {
  const iat = Math.floor(now.getTime() / 1000);
  const exp = iat + FILE_LINK_TTL_SEC;
  const token = await new SignJWT({})
    .setProtectedHeader({ alg: "HS256" })
    .setSubject(String(file.id))
    .setAudience(AUDIENCE)
    .setIssuer(ISSUER)
    .setIssuedAt(iat)
    .setExpirationTime(exp)
    .sign(purposeKey(master, "appeal-file-link"));
  // The name in the path lets any client save the file under it; the token names the file.
  return { url: `${publicUrl}${FILES_PATH}${file.id}/${encodeURIComponent(file.fileName)}?token=${token}`, expiresAt: new Date(exp * 1000) };
}

/** The file id a valid, unexpired link names; null otherwise. */
export async function verifyAppealFileLink(master: string, token: string, now: Date): Promise<number | null> {
  try {
    const { payload } = await jwtVerify(token, purposeKey(master, "appeal-file-link"), {
      algorithms: ["HS256"],
      audience: AUDIENCE,
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
