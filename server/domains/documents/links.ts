// Short-lived signed links to documents (PDF): a mutation checks access and signs what to
// render; GET /documents/<kind>.pdf?token=… verifies and renders. A partner app can fetch the
// link as well as a browser, and nothing needs storing.
import { SignJWT, jwtVerify } from "jose";

const AUDIENCE = "kabinet-document";
const ISSUER = "kabinet";
export const DOCUMENT_LINK_TTL_SEC = 300;

export interface DocumentClaims {
  kind: string;
  params: Record<string, string | number | boolean>;
}

/** `ttlSec`: longer only for links sent by e-mail (e-invoices), which must outlive a session. */
export async function signDocumentLink(secret: string, publicUrl: string, claims: DocumentClaims, now: Date, ttlSec = DOCUMENT_LINK_TTL_SEC) {
  const iat = Math.floor(now.getTime() / 1000);
  const exp = iat + ttlSec;
  const token = await new SignJWT({ params: claims.params })
    .setProtectedHeader({ alg: "HS256" })
    .setSubject(claims.kind)
    .setAudience(AUDIENCE)
    .setIssuer(ISSUER)
    .setIssuedAt(iat)
    .setExpirationTime(exp)
    .sign(new TextEncoder().encode(secret));
  return { url: `${publicUrl}/documents/${encodeURIComponent(claims.kind)}.pdf?token=${token}`, expiresAt: new Date(exp * 1000) };
}

export async function verifyDocumentLink(secret: string, token: string, now: Date): Promise<DocumentClaims | null> {
  try {
    const { payload } = await jwtVerify(token, new TextEncoder().encode(secret), {
      algorithms: ["HS256"],
      audience: AUDIENCE,
      issuer: ISSUER,
      requiredClaims: ["exp", "sub"],
      currentDate: now,
    });
    return { kind: String(payload.sub), params: (payload.params ?? {}) as DocumentClaims["params"] };
  } catch {
    return null;
  }
}
