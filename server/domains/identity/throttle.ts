// Brute-force throttling for sign-in, shared by all replicas through the database. Every
// attempt is counted BEFORE its password is compared, in one statement that returns the new
// count: of N racing attempts only the first `maxAttempts` inside a window get a password
// check, the rest are refused with the lock. A success clears its counter.
import type { PrismaClient } from "../../db/generated/prisma/client.js";
import { userError } from "./errors.js";

export interface ThrottleRule {
  maxAttempts: number;
  windowMs: number;
  lockMs: number;
}

/** Per user (every identifier of the user shares it) or per unknown login typed. */
export const LOGIN_RULE: ThrottleRule = { maxAttempts: 5, windowMs: 15 * 60_000, lockMs: 15 * 60_000 };
/** Per client address, for attempts without a trusted device cookie. */
export const ADDRESS_RULE: ThrottleRule = { maxAttempts: 30, windowMs: 15 * 60_000, lockMs: 15 * 60_000 };
/** Per trusted device (device-cookie.ts): its owner's own typos. */
export const DEVICE_RULE: ThrottleRule = { maxAttempts: 5, windowMs: 15 * 60_000, lockMs: 15 * 60_000 };

export function tooManyAttempts(until: Date, now: Date) {
  const minutes = Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 60_000));
  return userError("TOO_MANY_ATTEMPTS", "login", minutes);
}

/** null: the attempt may go on; otherwise the key is locked until then. */
export type Verdict = Date | null;

/**
 * Counts one attempt under `key` and says whether it is within the limit. A window or lock
 * that has run out starts over at 1; the lock is set by the attempt that reaches the limit and
 * is not pushed further by the refused ones.
 */
export async function countAttempt(db: PrismaClient, key: string, rule: ThrottleRule, now: Date): Promise<Verdict> {
  const windowStart = new Date(now.getTime() - rule.windowMs);
  const lockUntil = new Date(now.getTime() + rule.lockMs);
  const first = rule.maxAttempts <= 1 ? lockUntil : null;
  const [row] = await db.$queryRaw<{ failures: number; lockedUntil: Date | null }[]>`
    INSERT INTO "LoginThrottle" AS t ("key", "failures", "windowStart", "lockedUntil")
    VALUES (${key}, 1, ${now}, ${first})
    ON CONFLICT ("key") DO UPDATE SET
      "failures"    = CASE WHEN t."lockedUntil" <= ${now} OR (t."lockedUntil" IS NULL AND t."windowStart" < ${windowStart}) THEN 1 ELSE t."failures" + 1 END,
      "windowStart" = CASE WHEN t."lockedUntil" <= ${now} OR (t."lockedUntil" IS NULL AND t."windowStart" < ${windowStart}) THEN ${now} ELSE t."windowStart" END,
      "lockedUntil" = CASE
        WHEN t."lockedUntil" <= ${now} OR (t."lockedUntil" IS NULL AND t."windowStart" < ${windowStart}) THEN ${first}
        WHEN t."failures" + 1 >= ${rule.maxAttempts} THEN COALESCE(t."lockedUntil", ${lockUntil})
        ELSE t."lockedUntil" END
    RETURNING "failures", "lockedUntil"`;
  return row!.failures > rule.maxAttempts ? row!.lockedUntil : null;
}

/** A success: the user's (or device's) counter starts over. */
export async function clearAttempts(db: PrismaClient, key: string): Promise<void> {
  await db.loginThrottle.deleteMany({ where: { key } });
}

/** A success gives its address back the attempt it was counted, so the address limit counts failures. */
export async function refundAttempt(db: PrismaClient, key: string): Promise<void> {
  await db.$executeRaw`UPDATE "LoginThrottle" SET "failures" = "failures" - 1 WHERE "key" = ${key} AND "failures" > 0 AND "lockedUntil" IS NULL`;
}

/** Staff and customers are counted apart: an attack on one never locks the other out. */
export type Audience = "customer" | "staff";
const scope = (a: Audience) => (a === "staff" ? "staff:" : "");

export const userKey = (a: Audience, id: number) => `${scope(a)}user:${id}`;
export const loginKey = (a: Audience, login: string) => `${scope(a)}login:${login.trim().toLowerCase()}`;
export const addressKey = (a: Audience, address: string) => `${scope(a)}ip:${address}`;
export const deviceKey = (a: Audience, device: string) => `${scope(a)}device:${device}`;
