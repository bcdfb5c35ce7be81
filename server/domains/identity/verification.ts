// Contact confirmation and password-reset secrets: SMS codes (6 digits, 10 minutes, 5 tries,
// resend at most once a minute) and e-mail links (24 hours). Only hashes are stored; each
// secret is single-use. A new secret's row is written under a per-user advisory lock, so parallel
// resends cannot all pass the once-a-minute check; the hourly limits are asked after that, outside
// the lock (their PostgreSQL store shares the pool), and a refusal takes the row back.
import { randomInt } from "node:crypto";
import type { ContactKind, PrismaClient, VerificationPurpose } from "../../db/generated/prisma/client.js";
import { userError } from "./errors.js";
import { newOpaqueToken, sha256 } from "./tokens.js";

export const CODE_TTL_MS = 10 * 60_000;
export const LINK_TTL_MS = 24 * 3600_000;
export const CODE_MAX_ATTEMPTS = 5;
export const RESEND_INTERVAL_MS = 60_000;

/** The code's hash is salted with the verification's user and target, so equal codes differ. */
const codeHash = (userId: number, target: string, code: string) => sha256(`code:${userId}:${target}:${code}`);

interface IssueParams {
  userId: number;
  purpose: VerificationPurpose;
  target: string;
  now: Date;
  /** The hourly send limits (shared/rate-limits.ts): after the once-a-minute rule; a refusal leaves nothing written. */
  limit?: () => Promise<void>;
}

type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
type NewSecret = { channel: ContactKind; secretHash: string; ttlMs: number };

/** Claims the minute with the new secret's row, then the hourly limits; returns the row's id. */
async function issue(db: PrismaClient, p: IssueParams, s: NewSecret): Promise<number> {
  const { id } = await db.$transaction(async (tx) => {
    // pg_advisory_xact_lock returns void, which Prisma cannot read: select a constant beside it.
    await tx.$queryRaw`SELECT 1 AS locked FROM (SELECT pg_advisory_xact_lock(hashtextextended(${`verification:${p.userId}:${p.purpose}:${s.channel}`}, 0))) AS l`;
    await assertResendAllowed(tx, { ...p, channel: s.channel });
    return tx.verification.create({
      data: {
        userId: p.userId,
        purpose: p.purpose,
        channel: s.channel,
        target: p.target,
        secretHash: s.secretHash,
        expiresAt: new Date(p.now.getTime() + s.ttlMs),
        createdAt: p.now,
      },
      select: { id: true },
    });
  });
  try {
    await p.limit?.();
  } catch (e) {
    await db.verification.delete({ where: { id } });
    throw e;
  }
  return id;
}

export async function issueCode(db: PrismaClient, p: IssueParams): Promise<string> {
  const code = String(randomInt(0, 1_000_000)).padStart(6, "0");
  const id = await issue(db, p, { channel: "PHONE", secretHash: `${codeHash(p.userId, p.target, code)}:${newOpaqueToken().slice(0, 8)}`, ttlMs: CODE_TTL_MS });
  // A new code replaces the earlier ones.
  await db.verification.updateMany({
    where: { userId: p.userId, purpose: p.purpose, channel: "PHONE", usedAt: null, id: { not: id } },
    data: { usedAt: p.now },
  });
  return code;
}

/** At most one code or link a minute per user, purpose and address (a new address may get one at once). */
async function assertResendAllowed(db: Tx, p: { userId: number; purpose: VerificationPurpose; channel: ContactKind; target: string; now: Date }) {
  const last = await db.verification.findFirst({
    where: { userId: p.userId, purpose: p.purpose, channel: p.channel, target: p.target },
    orderBy: { createdAt: "desc" },
  });
  const wait = last ? last.createdAt.getTime() + RESEND_INTERVAL_MS - p.now.getTime() : 0;
  if (wait > 0) throw userError("RESEND_TOO_SOON", "channel", Math.ceil(wait / 1000));
}

/** Checks an SMS code; every wrong try counts, the 5th spends the code. Returns the target. */
export async function consumeCode(db: PrismaClient, p: { userId: number; purpose: VerificationPurpose; code: string; now: Date }): Promise<string> {
  const v = await db.verification.findFirst({
    where: { userId: p.userId, purpose: p.purpose, channel: "PHONE", usedAt: null },
    orderBy: { createdAt: "desc" },
  });
  if (!v) throw userError("CODE_MISSING", "code");
  if (v.expiresAt <= p.now) throw userError("CODE_EXPIRED", "code");
  if (v.attempts >= CODE_MAX_ATTEMPTS) throw userError("CODE_EXHAUSTED", "code");
  const right = v.secretHash.startsWith(`${codeHash(p.userId, v.target, p.code.trim())}:`);
  // Conditional update: two racing tries cannot both pass or exceed the limit.
  const res = await db.verification.updateMany({
    where: { id: v.id, usedAt: null, attempts: { lt: CODE_MAX_ATTEMPTS } },
    data: right ? { usedAt: p.now, attempts: { increment: 1 } } : { attempts: { increment: 1 } },
  });
  if (res.count === 0) throw userError("CODE_EXHAUSTED", "code");
  if (!right) {
    const left = CODE_MAX_ATTEMPTS - v.attempts - 1;
    throw left > 0 ? userError("CODE_WRONG", "code", left) : userError("CODE_EXHAUSTED", "code");
  }
  return v.target;
}

export async function issueLink(db: PrismaClient, p: IssueParams): Promise<string> {
  const token = newOpaqueToken();
  await issue(db, p, { channel: "EMAIL", secretHash: sha256(`link:${token}`), ttlMs: LINK_TTL_MS });
  return token;
}

/** Spends an e-mail link token; returns whose and for which address. */
export async function consumeLink(db: PrismaClient, p: { token: string; purpose: VerificationPurpose; now: Date }) {
  const v = await db.verification.findUnique({ where: { secretHash: sha256(`link:${p.token.trim()}`) } });
  if (!v || v.purpose !== p.purpose || v.usedAt || v.expiresAt <= p.now) throw userError("LINK_INVALID", "token");
  const res = await db.verification.updateMany({ where: { id: v.id, usedAt: null }, data: { usedAt: p.now } });
  if (res.count === 0) throw userError("LINK_INVALID", "token");
  return { userId: v.userId, target: v.target };
}
