// Brute-force throttling for sign-in, shared by all replicas through the database: per login
// and per client address, N failures inside a window lock further attempts for a while.
import type { PrismaClient } from "../../db/generated/prisma/client.js";
import { userError } from "../../shared/errors.js";

export interface ThrottleRule {
  maxFailures: number;
  windowMs: number;
  lockMs: number;
}

export const LOGIN_RULE: ThrottleRule = { maxFailures: 5, windowMs: 15 * 60_000, lockMs: 15 * 60_000 };
export const ADDRESS_RULE: ThrottleRule = { maxFailures: 30, windowMs: 15 * 60_000, lockMs: 15 * 60_000 };

export function tooManyAttempts(until: Date, now: Date) {
  const minutes = Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 60_000));
  return userError("TOO_MANY_ATTEMPTS", `Слишком много неудачных попыток входа. Повторите попытку через ${minutes} мин.`, "login");
}

/** Throws while any of the keys is locked. */
export async function assertNotLocked(db: PrismaClient, keys: string[], now: Date): Promise<void> {
  const locked = await db.loginThrottle.findFirst({
    where: { key: { in: keys }, lockedUntil: { gt: now } },
    orderBy: { lockedUntil: "desc" },
  });
  if (locked?.lockedUntil) throw tooManyAttempts(locked.lockedUntil, now);
}

/** Counts a failure atomically (one statement, so racing requests cannot undercount). */
export async function recordFailure(db: PrismaClient, key: string, rule: ThrottleRule, now: Date): Promise<void> {
  const windowStart = new Date(now.getTime() - rule.windowMs);
  const lockUntil = new Date(now.getTime() + rule.lockMs);
  await db.$executeRaw`
    INSERT INTO "LoginThrottle" ("key", "failures", "windowStart", "lockedUntil")
    VALUES (${key}, 1, ${now}, ${rule.maxFailures <= 1 ? lockUntil : null})
    ON CONFLICT ("key") DO UPDATE SET
      "failures"    = CASE WHEN "LoginThrottle"."windowStart" < ${windowStart} THEN 1 ELSE "LoginThrottle"."failures" + 1 END,
      "windowStart" = CASE WHEN "LoginThrottle"."windowStart" < ${windowStart} THEN ${now} ELSE "LoginThrottle"."windowStart" END,
      "lockedUntil" = CASE
        WHEN "LoginThrottle"."windowStart" >= ${windowStart} AND "LoginThrottle"."failures" + 1 >= ${rule.maxFailures} THEN ${lockUntil}
        ELSE "LoginThrottle"."lockedUntil" END`;
}

export async function clearFailures(db: PrismaClient, key: string): Promise<void> {
  await db.loginThrottle.deleteMany({ where: { key } });
}

export const loginKey = (login: string) => `login:${login.trim().toLowerCase()}`;
export const addressKey = (address: string) => `ip:${address}`;
