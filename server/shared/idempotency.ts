// Idempotency keys (issue 16): a mutation sent again with the same `idempotencyKey` by the same
// caller within 24 hours returns the first request's result and does nothing more; the same key
// with another input is refused with IDEMPOTENCY_KEY_REUSED. One table for every such mutation
// (IdempotencyKey, unique per caller and key); payments keep the key on their own row (Payment,
// unique per user), because the payment *is* the record and the autopay job looks it up by key.
//
// Concurrency: the first request claims the key by inserting its row (result null) before doing
// anything; a parallel one hits the unique index, sees the claim and waits for its result — so
// two requests racing with one key make one appeal or one reading. A first request that fails
// (a userError, a crash caught here) releases the claim, so a retry runs again; a claim left by a
// process that died is taken over after CLAIM_STALE_MS.
import { createHash, createHmac } from "node:crypto";
import { Prisma, type PrismaClient } from "../db/generated/prisma/client.js";
import type { Auth, Context } from "../context.js";
import type { Clock } from "./clock.js";
import { isUniqueViolation } from "./db-errors.js";
import { purposeKey } from "./keys.js";
import { userError } from "./errors.js";

export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;
/** A claim with no result after this long belongs to a request that died: the next one takes over. */
export const CLAIM_STALE_MS = 2 * 60 * 1000;
/** How long a parallel request waits for the first one's result before giving up. */
export const WAIT_MS = 30_000;

const KEY_PATTERN = /^[A-Za-z0-9_\-:.]{8,100}$/;

/** 8–100 Latin letters, digits and `_-:.` (a UUID fits), else INVALID_IDEMPOTENCY_KEY. */
export function checkIdempotencyKey(key: string): void {
  if (!KEY_PATTERN.test(key)) throw userError("INVALID_IDEMPOTENCY_KEY", ["input", "idempotencyKey"]);
}

/**
 * Whose key it is. Anonymous callers (userRegister) share one scope: the key alone, and the
 * request hash (which covers the whole input, password included) must match for a replay — so
 * only someone who sent exactly that registration gets its result.
 */
export function callerScope(auth: Auth): string {
  switch (auth.kind) {
    case "user":
      return `user:${auth.userId}`;
    case "staff":
      return `staff:${auth.staffId}`;
    case "partner":
      return `partner:${auth.apiKeyId}`;
    case "token":
      return `token:${auth.tokenId}`;
    default:
      return "anonymous";
  }
}

export interface IdempotencyDeps {
  db: PrismaClient;
  clock: Clock;
  /** JWT_SECRET: the request hash is an HMAC, so a stored hash of a body with a password cannot be brute-forced offline. */
  secret: string;
}

export interface IdempotentCall<T> {
  auth: Auth;
  operation: string;
  /** The client's key; without one the call simply runs. */
  key: string | null | undefined;
  /** The input that must be the same on a replay (the key itself left out). Files count by content. */
  input: unknown;
  run: () => Promise<T>;
  /** What to remember of a result (ids); null: nothing was written (e.g. a warning), forget the key. */
  save: (result: T) => Prisma.InputJsonValue | null;
  /** The first result again, from what `save` kept. */
  load: (saved: Prisma.JsonValue) => Promise<T>;
}

/** The deps from a request's context. */
export const idempotencyDeps = (ctx: Pick<Context, "db" | "clock" | "config">): IdempotencyDeps => ({
  db: ctx.db,
  clock: ctx.clock,
  secret: ctx.config.jwtSecret,
});

/** A mutation's input without its idempotency key: what a replay must repeat exactly. */
export function withoutKey<T extends { idempotencyKey?: unknown }>(input: T): Omit<T, "idempotencyKey"> {
  const { idempotencyKey: _key, ...rest } = input;
  return rest;
}

export async function idempotent<T>(deps: IdempotencyDeps, call: IdempotentCall<T>): Promise<T> {
  if (call.key == null || call.key === "") return call.run();
  checkIdempotencyKey(call.key);
  const caller = callerScope(call.auth);
  const requestHash = createHmac("sha256", purposeKey(deps.secret, "idempotency"))
    .update(call.operation)
    .update("\u0000")
    .update(await canonicalJson(call.input))
    .digest("hex");
  const deadline = Date.now() + WAIT_MS;
  for (let attempt = 0; ; attempt++) {
    const now = deps.clock.now();
    let claim: { id: number };
    try {
      claim = await deps.db.idempotencyKey.create({
        data: { caller, key: call.key, operation: call.operation, requestHash, createdAt: now, expiresAt: new Date(now.getTime() + IDEMPOTENCY_TTL_MS) },
        select: { id: true },
      });
    } catch (err) {
      if (!isUniqueViolation(err)) throw err;
      const seen = await deps.db.idempotencyKey.findUnique({ where: { caller_key: { caller, key: call.key } } });
      if (!seen) continue; // released meanwhile: claim it ourselves
      if (seen.expiresAt <= now) {
        await deps.db.idempotencyKey.deleteMany({ where: { id: seen.id, expiresAt: { lte: now } } });
        continue;
      }
      if (seen.requestHash !== requestHash) throw userError("IDEMPOTENCY_KEY_REUSED", ["input", "idempotencyKey"]);
      if (seen.result !== null) return call.load(seen.result);
      if (now.getTime() - seen.createdAt.getTime() > CLAIM_STALE_MS) {
        await deps.db.idempotencyKey.deleteMany({ where: { id: seen.id, result: { equals: Prisma.DbNull } } });
        continue;
      }
      if (Date.now() > deadline) throw userError("IDEMPOTENCY_KEY_IN_PROGRESS", ["input", "idempotencyKey"]);
      await sleep(Math.min(25 * 2 ** attempt, 250));
      continue;
    }
    let result: T;
    try {
      result = await call.run();
    } catch (err) {
      await deps.db.idempotencyKey.deleteMany({ where: { id: claim.id } }).catch(() => {});
      throw err;
    }
    const saved = call.save(result);
    if (saved === null) await deps.db.idempotencyKey.deleteMany({ where: { id: claim.id } });
    else await deps.db.idempotencyKey.update({ where: { id: claim.id }, data: { result: saved } });
    return result;
  }
}

/** Deletes keys older than 24 hours (the hourly cleanup job); returns how many. */
export async function purgeExpiredIdempotencyKeys(deps: Pick<IdempotencyDeps, "db" | "clock">): Promise<number> {
  return (await deps.db.idempotencyKey.deleteMany({ where: { expiresAt: { lte: deps.clock.now() } } })).count;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** JSON with sorted keys; a File (upload) is its name, type, size and SHA-256 of its content. */
export async function canonicalJson(value: unknown): Promise<string> {
  return JSON.stringify(await canonical(value));
}

async function canonical(value: unknown): Promise<unknown> {
  if (value === undefined) return null;
  if (value === null || typeof value !== "object") return value;
  if (value instanceof Date) return value.toISOString();
  if (typeof (value as Blob).stream === "function" && typeof (value as Blob).size === "number") return fileDigest(value as File);
  if (Array.isArray(value)) return Promise.all(value.map(canonical));
  if (typeof (value as { toJSON?: unknown }).toJSON === "function") return (value as { toJSON(): unknown }).toJSON();
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(value).sort()) {
    const v = (value as Record<string, unknown>)[k];
    if (v !== undefined) out[k] = await canonical(v);
  }
  return out;
}

async function fileDigest(file: File): Promise<{ file: string; name: string; type: string; size: number }> {
  const hash = createHash("sha256");
  const reader = file.stream().getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    hash.update(value);
  }
  return { file: hash.digest("hex"), name: file.name ?? "", type: file.type, size: file.size };
}
