// Partner systems authenticate with a scoped key (`X-Api-Key`); only its hash is stored.
// Every partner request starts here, so the lookup is one prepared statement and its answer is
// kept for a few seconds: a revoked key stops working within KEY_CACHE_MS.
import type { SqlRunner } from "../../db/client.js";
import type { Auth } from "../../context.js";
import type { Clock } from "../../shared/clock.js";
import { GraphQLError } from "graphql";
import type { RateLimits } from "../../shared/rate-limits.js";
import { sha256 } from "../identity/tokens.js";

export const KEY_CACHE_MS = 5_000;
const CACHE_LIMIT = 1_000;

export function apiKeyAuthenticator(deps: { sql: SqlRunner; clock: Clock; rateLimits: RateLimits }): (apiKey: string) => Promise<Auth> {
  const cache = new Map<string, { auth: Auth; until: number }>();
  const known = async (apiKey: string) => {
    const now = deps.clock.now();
    const hash = sha256(apiKey);
    const hit = cache.get(hash);
    if (hit && hit.until > now.getTime()) return hit.auth;

    // `stale` = last used over a minute ago, compared in the database (UTC timestamps).
    const minuteAgo = new Date(now.getTime() - 60_000).toISOString();
    const [key] = await deps.sql.query<{ id: number; scopes: string[]; revoked: boolean; stale: boolean }>(
      `SELECT id, scopes, "revokedAt" IS NOT NULL AS revoked, ("lastUsedAt" IS NULL OR "lastUsedAt" < $2::timestamp(3)) AS stale
         FROM "ApiKey" WHERE "keyHash" = $1`,
      [hash, minuteAgo],
      { prepareAs: "auth-api-key" },
    );
    const auth: Auth = !key || key.revoked ? { kind: "anonymous" } : { kind: "partner", apiKeyId: key.id, scopes: key.scopes };
    // Touch lastUsedAt at most once a minute, off the request path: a busy partner must not
    // serialise its requests on one row lock.
    if (key?.stale && !key.revoked) {
      void deps.sql
        .query(`UPDATE "ApiKey" SET "lastUsedAt" = $2::timestamp(3) WHERE id = $1 AND ("lastUsedAt" IS NULL OR "lastUsedAt" < $3::timestamp(3))`, [
          key.id,
          now.toISOString(),
          minuteAgo,
        ])
        .catch(() => {});
    }
    if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!);
    cache.set(hash, { auth, until: now.getTime() + KEY_CACHE_MS });
    return auth;
  };
  // Every request of a valid key counts (shared/rate-limits.ts partnerKey); over the limit the
  // request is answered 429 with Retry-After before anything runs.
  return async (apiKey) => {
    const auth = await known(apiKey);
    if (auth.kind !== "partner") return auth;
    await consumeRequest(deps.rateLimits, "partnerKey", auth.apiKeyId);
    return auth;
  };
}

/**
 * One request of an API credential (a partner key, a personal token); over its limit the request
 * is answered HTTP 429 with Retry-After before anything runs.
 */
export async function consumeRequest(rateLimits: RateLimits, limit: "partnerKey" | "apiToken", id: number): Promise<void> {
  const waitMs = await rateLimits.consume([[limit, id]]);
  if (waitMs === null) return;
  const retryAfter = String(Math.max(1, Math.ceil(waitMs / 1000)));
  const what = limit === "partnerKey" ? "ключу API" : "токену доступа";
  throw new GraphQLError(`Превышен лимит запросов по ${what}. Повторите через ${retryAfter} с.`, {
    extensions: { code: "RATE_LIMITED", http: { status: 429, headers: { "Retry-After": retryAfter } } },
  });
}
