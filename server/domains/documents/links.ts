// Short-lived signed links to documents (PDF): a mutation checks access and signs what to
// render; GET /documents/<kind>.pdf?token=… verifies and renders. A partner app can fetch the
// link as well as a browser, and nothing needs storing. In-app links are signed with the
// "document-link" key; links sent by e-mail (e-invoices, valid for weeks) with the "email-link"
// key and audience, so a long-lived link can only come from a letter. Neither key signs anything else.
import { SignJWT, decodeJwt, jwtVerify } from "jose";
import { purposeKey, type KeyPurpose } from "../../shared/keys.js";

const ISSUER = "kabinet";

/**
 * What a link handed to the caller starts with. The browser gets a link relative to the page's
 * origin: the app may be opened under any host name (127.0.0.1, a LAN address, a proxy's), and a
 * link to PUBLIC_URL's host from another one is a cross-origin fetch that CORS blocks. A partner's
 * program has no page to resolve against, so it gets PUBLIC_URL — as e-mails do.
 */
export function linkBase(ctx: { auth: { kind: string }; config: { publicUrl: string } }): string {
  return ctx.auth.kind === "partner" ? ctx.config.publicUrl : "";
}
export const DOCUMENT_LINK_TTL_SEC = 300;

/** Audience and key per way a link is handed out. */
const SIGNERS = {
  app: { audience: "kabinet-document", purpose: "document-link" },
  email: { audience: "kabinet-email-link", purpose: "email-link" },
} as const satisfies Record<string, { audience: string; purpose: KeyPurpose }>;

export interface DocumentClaims {
  kind: string;
  params: Record<string, string | number | boolean>;
}

/** `master`: JWT_SECRET; `base`: linkBase(ctx). A link shown in the app: valid DOCUMENT_LINK_TTL_SEC. */
export function signDocumentLink(master: string, publicUrl: string, claims: DocumentClaims, now: Date) {
  return sign(SIGNERS.app, master, publicUrl, claims, now, DOCUMENT_LINK_TTL_SEC);
}

/** A link sent by e-mail (e-invoices), which must outlive a session: `ttlSec` long. */
export function signEmailedDocumentLink(master: string, publicUrl: string, claims: DocumentClaims, now: Date, ttlSec: number) {
  return sign(SIGNERS.email, master, publicUrl, claims, now, ttlSec);
}

async function sign(signer: (typeof SIGNERS)[keyof typeof SIGNERS], master: string, publicUrl: string, claims: DocumentClaims, now: Date, ttlSec: number) {
  const iat = Math.floor(now.getTime() / 1000);
  const exp = iat + ttlSec;
  const token = await new SignJWT({ params: claims.params })
    .setProtectedHeader({ alg: "HS256" })
    .setSubject(claims.kind)
    .setAudience(signer.audience)
    .setIssuer(ISSUER)
    .setIssuedAt(iat)
    .setExpirationTime(exp)
    .sign(purposeKey(master, signer.purpose));
  return { url: `${publicUrl}/documents/${encodeURIComponent(claims.kind)}.pdf?token=${token}`, expiresAt: new Date(exp * 1000) };
}

/** Either kind of link; null for anything not valid now (each audience only under its own key). */
export async function verifyDocumentLink(master: string, token: string, now: Date): Promise<DocumentClaims | null> {
  try {
    const aud = decodeJwt(token).aud; // only picks the key: the signature is then checked with it
    const signer = Object.values(SIGNERS).find((s) => s.audience === aud);
    if (!signer) return null;
    const { payload } = await jwtVerify(token, purposeKey(master, signer.purpose), {
      algorithms: ["HS256"],
      audience: signer.audience,
      issuer: ISSUER,
      requiredClaims: ["exp", "sub"],
      currentDate: now,
    });
    return { kind: String(payload.sub), params: (payload.params ?? {}) as DocumentClaims["params"] };
  } catch {
    return null;
  }
}
