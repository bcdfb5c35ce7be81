// Access tokens: short-lived HS256 JWTs (jose) under their own key (purposeKey "access-token")
// and audience. Verification pins the algorithm, audience, issuer and expiry. A token names its
// subject and session only: the staff role, staff activity and the session's owner are read from
// the database (SessionLiveness). Refresh tokens are opaque random strings; only their hash is stored.
import { createHash, randomBytes } from "node:crypto";
import { SignJWT, jwtVerify } from "jose";
import { purposeKey } from "../../shared/keys.js";
import type { StaffRole } from "../../db/generated/prisma/client.js";

const ISSUER = "kabinet";
const AUDIENCE = "kabinet-api";
const ALGORITHMS = ["HS256"];

export type Subject = { kind: "user"; id: number } | { kind: "staff"; id: number; role: StaffRole };

/** Who a token claims to be; whether that is so, and a staff member's role, the database says. */
export interface TokenSubject {
  kind: "user" | "staff";
  id: number;
}

export interface AccessClaims {
  subject: TokenSubject;
  sessionId: number;
}

export class TokenService {
  private readonly key: Uint8Array;
  /** `master`: JWT_SECRET; the access-token key is derived from it. */
  constructor(
    master: string,
    private readonly ttlSec: number,
  ) {
    this.key = purposeKey(master, "access-token");
  }

  async issue(claims: AccessClaims, now: Date): Promise<{ token: string; expiresAt: Date }> {
    const iat = Math.floor(now.getTime() / 1000);
    const exp = iat + this.ttlSec;
    const s = claims.subject;
    const token = await new SignJWT({ sid: claims.sessionId })
      .setProtectedHeader({ alg: "HS256", typ: "JWT" })
      .setSubject(`${s.kind}:${s.id}`)
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setIssuedAt(iat)
      .setExpirationTime(exp)
      .sign(this.key);
    return { token, expiresAt: new Date(exp * 1000) };
  }

  /** Returns null for anything not valid now: bad signature, wrong alg/aud/iss, expired. */
  async verify(token: string, now: Date): Promise<AccessClaims | null> {
    try {
      const { payload } = await jwtVerify(token, this.key, {
        algorithms: ALGORITHMS,
        issuer: ISSUER,
        audience: AUDIENCE,
        requiredClaims: ["exp", "sub", "sid"],
        currentDate: now,
      });
      const [kind, id] = String(payload.sub).split(":");
      const sessionId = Number(payload.sid);
      if (!Number.isInteger(sessionId) || !/^\d+$/.test(id ?? "")) return null;
      if (kind === "user" || kind === "staff") return { subject: { kind, id: Number(id) }, sessionId };
      return null;
    } catch {
      return null;
    }
  }
}

export function newOpaqueToken(): string {
  return randomBytes(32).toString("base64url");
}

export function sha256(value: string): string {
  return createHash("sha256").update(value).digest("hex");
}
