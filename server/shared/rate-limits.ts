// Limits on what costs money or can spam (SMS pumping, mail bombing, partner floods), counted with
// rate-limiter-flexible in one store for every replica: Redis when REDIS_URL is set, otherwise the
// PostgreSQL table "RateLimit" (migration rate_limits), and process memory on PGlite (one process).
// The manual's own rules (one SMS a minute, five tries of a code) live in identity/verification.ts.
import { Redis } from "ioredis";
import { RateLimiterMemory, RateLimiterPostgres, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import type { SqlRunner } from "../db/client.js";
import { userError, type RateLimitedWhat } from "./errors.js";
import { log } from "./log.js";

export type LimitName =
  | "smsPerDestination"
  | "smsPerUser"
  | "smsPerAddress"
  | "emailPerDestination"
  | "emailPerUser"
  | "emailPerAddress"
  | "registrationPerAddress"
  | "recoveryPerAddress"
  | "partnerKey"
  | "apiToken";

export interface LimitRule {
  points: number;
  durationSec: number;
}

const HOUR = 3600;
export const DEFAULT_LIMITS: Record<LimitName, LimitRule> = {
  smsPerDestination: { points: 5, durationSec: HOUR },
  smsPerUser: { points: 10, durationSec: HOUR },
  smsPerAddress: { points: 20, durationSec: HOUR },
  emailPerDestination: { points: 5, durationSec: HOUR },
  emailPerUser: { points: 10, durationSec: HOUR },
  emailPerAddress: { points: 20, durationSec: HOUR },
  // Attempts, not successes: the account + surname check is an oracle worth limiting too.
  registrationPerAddress: { points: 10, durationSec: HOUR },
  recoveryPerAddress: { points: 10, durationSec: HOUR },
  partnerKey: { points: 600, durationSec: 60 },
  // A customer's personal API token: the same budget as a partner key.
  apiToken: { points: 600, durationSec: 60 },
};

/** The budget of each partner key and personal API token: `perMinute` requests a minute (API_RATE_LIMIT). */
export function apiRequestLimits(perMinute: number): Pick<Record<LimitName, LimitRule>, "partnerKey" | "apiToken"> {
  return { partnerKey: { points: perMinute, durationSec: 60 }, apiToken: { points: perMinute, durationSec: 60 } };
}

/** One point under each key; a missing key (no client address) is not limited. */
export type LimitCheck = [LimitName, string | number | null | undefined];

export interface RateLimits {
  store: "memory" | "postgres" | "redis";
  /**
   * Takes one point under every key, all or none: when any is spent, the others are given back
   * and the answer is how long until the spent one frees (ms); null when allowed.
   */
  consume(checks: LimitCheck[]): Promise<number | null>;
  /** Resolved once the store answers (Redis connected); until then each process counts in memory. */
  ready: Promise<void>;
  close(): Promise<void>;
}

export interface RateLimitOptions {
  /** PostgreSQL: the counters live in the database (sql.pool); PGlite: in memory. */
  sql?: Pick<SqlRunner, "pool">;
  /** Redis wins over PostgreSQL when given (REDIS_URL). */
  redisUrl?: string;
  /** Redis key prefix, so deployments and test runs sharing a Redis stay apart. */
  keyPrefix?: string;
  /** Smaller numbers for tests or settings. */
  limits?: Partial<Record<LimitName, LimitRule>>;
}

export function createRateLimits(o: RateLimitOptions = {}): RateLimits {
  const rules = { ...DEFAULT_LIMITS, ...o.limits };
  // Redis as in integrations/pubsub-redis.ts; no offline queue: while it is away the limiters
  // fall back to per-process memory (insuranceLimiter) instead of stalling every send.
  const redis = o.redisUrl
    ? new Redis(o.redisUrl, {
        enableOfflineQueue: false,
        maxRetriesPerRequest: 1,
        retryStrategy: (n: number) => Math.min(n * 200, 2_000),
        connectionName: "kabinet-rate-limits",
      })
    : null;
  redis?.on("error", (err: Error) => log.warn(`redis (rate limits): ${err.message}`));
  const pool = o.sql?.pool;
  const store: RateLimits["store"] = redis ? "redis" : pool ? "postgres" : "memory";
  let first = true;
  const build = (name: LimitName): RateLimiterAbstract => {
    const base = { keyPrefix: name, points: rules[name].points, duration: rules[name].durationSec };
    const insuranceLimiter = new RateLimiterMemory(base);
    if (redis)
      return new RateLimiterRedis({
        ...base,
        keyPrefix: `${o.keyPrefix ?? "kabinet:"}rl:${name}`,
        storeClient: redis,
        rejectIfRedisNotReady: true,
        insuranceLimiter,
      });
    if (pool) {
      // One table for all (keys carry the limit's name); one of them sweeps expired rows.
      const clearExpiredByTimeout = first;
      first = false;
      return new RateLimiterPostgres({
        ...base,
        storeClient: pool,
        storeType: "pool",
        tableName: "RateLimit",
        tableCreated: true,
        clearExpiredByTimeout,
        insuranceLimiter,
      });
    }
    return insuranceLimiter;
  };
  const limiters = Object.fromEntries((Object.keys(rules) as LimitName[]).map((n) => [n, build(n)])) as Record<LimitName, RateLimiterAbstract>;

  const ready = redis
    ? new Promise<void>((resolve, reject) => {
        redis.once("ready", () => resolve());
        redis.once("end", () => reject(new Error("redis (rate limits): connection closed before ready")));
      })
    : Promise.resolve();
  ready.catch(() => {});
  return {
    store,
    ready,
    async consume(checks) {
      const live = checks.filter((c): c is [LimitName, string | number] => c[1] !== null && c[1] !== undefined && c[1] !== "");
      const results = await Promise.allSettled(live.map(([name, key]) => limiters[name].consume(String(key))));
      let waitMs: number | null = null;
      for (const r of results) {
        if (r.status === "fulfilled") continue;
        if (!(r.reason instanceof RateLimiterRes)) throw r.reason;
        waitMs = Math.max(waitMs ?? 0, r.reason.msBeforeNext);
      }
      if (waitMs === null) return null;
      // Nothing is sent, so nothing is counted under the keys that still had room.
      await Promise.all(results.map((r, i) => (r.status === "fulfilled" ? limiters[live[i]![0]].reward(String(live[i]![1])).catch(() => {}) : undefined)));
      return waitMs;
    },
    async close() {
      if (redis && redis.status !== "end") await redis.quit().catch(() => redis.disconnect());
    },
  };
}

/** Consumes the points or throws the user error RATE_LIMITED (its text for `what`) on `field`. */
export async function enforceLimits(limits: RateLimits, checks: LimitCheck[], what: RateLimitedWhat, field: string | string[]): Promise<void> {
  const wait = await limits.consume(checks);
  if (wait !== null) throw userError("RATE_LIMITED", field, what, wait);
}

/** The hourly limits of a code or link sent on request (SMS pumping, mail bombing). */
export function sendChecks(channel: "SMS" | "EMAIL", to: { destination: string; userId: number; clientAddress: string | null }): LimitCheck[] {
  const destination = channel === "SMS" ? to.destination.replace(/\D/g, "") : to.destination.trim().toLowerCase();
  return channel === "SMS"
    ? [
        ["smsPerDestination", destination],
        ["smsPerUser", to.userId],
        ["smsPerAddress", to.clientAddress],
      ]
    : [
        ["emailPerDestination", destination],
        ["emailPerUser", to.userId],
        ["emailPerAddress", to.clientAddress],
      ];
}
