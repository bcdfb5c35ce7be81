// A bearer access token → who is asking, for every HTTP request and WebSocket operation. Cheap on
// repeat: a token whose signature was verified once is remembered until its own expiry (the same
// string cannot carry other claims), and the session's owner (for staff, with their current role)
// is remembered until a change says otherwise (SessionLiveness). Expiry is still checked on every
// request against the clock.
import type { Auth, Deps } from "../../context.js";
import { SessionLiveness } from "./sessions.js";
import type { AccessClaims, TokenService } from "./tokens.js";

export interface SessionAuthenticator {
  (token: string): Promise<Auth>;
  liveness: SessionLiveness;
}

export function sessionAuthenticator(deps: Pick<Deps, "db" | "clock" | "pubsub">, tokens: TokenService, maxTokens = 50_000): SessionAuthenticator {
  const liveness = new SessionLiveness(deps.db, deps.clock, deps.pubsub);
  const verified = new Map<string, { claims: AccessClaims; exp: number }>();

  async function claimsOf(token: string, now: Date): Promise<AccessClaims | null> {
    const nowSec = Math.floor(now.getTime() / 1000);
    const known = verified.get(token);
    if (known) {
      // jose's rule: expired once exp <= now (in whole seconds).
      if (known.exp > nowSec) return known.claims;
      verified.delete(token);
      return null;
    }
    const claims = await tokens.verify(token, now);
    if (!claims) return null;
    const exp = expiryOf(token);
    if (exp === null) return claims;
    if (verified.size >= maxTokens) verified.delete(verified.keys().next().value!);
    verified.set(token, { claims, exp });
    return claims;
  }

  const authenticate = (async (token: string): Promise<Auth> => {
    const claims = await claimsOf(token, deps.clock.now());
    if (!claims) return { kind: "anonymous" };
    // Who it is comes from the database: the session must belong to the token's subject, and a
    // staff member's role and activity are as stored now, not as when the token was signed.
    const owner = await liveness.owner(claims.sessionId, claims.subject);
    if (!owner) return { kind: "anonymous" };
    if (owner.kind === "staff") return { kind: "staff", staffId: owner.id, role: owner.role, sessionId: claims.sessionId };
    return owner.passwordChangeRule
      ? { kind: "passwordChange", userId: owner.id, sessionId: claims.sessionId, rule: owner.passwordChangeRule }
      : { kind: "user", userId: owner.id, sessionId: claims.sessionId };
  }) as SessionAuthenticator;
  authenticate.liveness = liveness;
  return authenticate;
}

/** `exp` of a token whose signature was just verified (so its payload is ours). */
function expiryOf(token: string): number | null {
  try {
    const exp = JSON.parse(Buffer.from(token.split(".")[1]!, "base64url").toString()).exp;
    return typeof exp === "number" ? exp : null;
  } catch {
    return null;
  }
}
