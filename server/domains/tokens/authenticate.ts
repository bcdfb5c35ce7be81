// `Authorization: Bearer kab_pat_…` → the customer the personal token belongs to, with its
// scopes. One prepared statement per request and no cache (unlike partner keys): revoking a token
// in «Профиль», changing the password or asking to delete the account stops it on the very next
// request. The token must be unrevoked and unexpired, its owner not being deleted, and the
// owner's password the one it was made under (passwordStamp = SHA-256 of the password hash).
import type { SqlRunner } from "../../db/client.js";
import type { ApiTokenScope, Auth } from "../../context.js";
import type { Clock } from "../../shared/clock.js";
import type { RateLimits } from "../../shared/rate-limits.js";
import { consumeRequest } from "../partners/api-key-auth.js";
import { TOKEN_PREFIX, secretHash } from "./rules.js";

export const isPersonalToken = (bearer: string) => bearer.startsWith(TOKEN_PREFIX);

export function personalTokenAuthenticator(deps: { sql: SqlRunner; clock: Clock; rateLimits: RateLimits }): (secret: string) => Promise<Auth> {
  return async (secret) => {
    const now = deps.clock.now();
    const minuteAgo = new Date(now.getTime() - 60_000).toISOString();
    const [token] = await deps.sql.query<{ id: number; userId: number; scopes: string[]; stale: boolean }>(
      `SELECT t.id, t."userId", t.scopes, (t."lastUsedAt" IS NULL OR t."lastUsedAt" < $3::timestamp(3)) AS stale
         FROM "ApiToken" t JOIN "User" u ON u.id = t."userId"
        WHERE t."tokenHash" = $1 AND t."revokedAt" IS NULL AND t."expiresAt" > $2::timestamp(3)
          AND u."deletionRequestedAt" IS NULL
          AND t."passwordStamp" = encode(sha256(convert_to(u."passwordHash", 'UTF8')), 'hex')`,
      [secretHash(secret), now.toISOString(), minuteAgo],
      { prepareAs: "auth-api-token" },
    );
    if (!token) return { kind: "anonymous" };
    // «Последнее использование» to the minute, off the request path (as for partner keys).
    if (token.stale) {
      void deps.sql
        .query(`UPDATE "ApiToken" SET "lastUsedAt" = $2::timestamp(3) WHERE id = $1 AND ("lastUsedAt" IS NULL OR "lastUsedAt" < $3::timestamp(3))`, [
          token.id,
          now.toISOString(),
          minuteAgo,
        ])
        .catch(() => {});
    }
    await consumeRequest(deps.rateLimits, "apiToken", token.id);
    return { kind: "token", userId: token.userId, tokenId: token.id, scopes: token.scopes as ApiTokenScope[] };
  };
}
