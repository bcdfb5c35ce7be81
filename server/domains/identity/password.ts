// Password hashing: argon2id at OWASP's recommended cost (m=19 MiB, t=2, p=1) with
// @node-rs/argon2, whose hash/verify run on libuv's thread pool, off the event loop. Hashes
// made before (scrypt$N$r$p$salt$hash, Node's scrypt) still verify and are upgraded on the
// next successful sign-in (`needsRehash`), and so do the previous portal's (legacy-hashes.ts).
import { hash, verify } from "@node-rs/argon2";
import { scrypt as scryptCb, timingSafeEqual, type ScryptOptions } from "node:crypto";
import { isLegacyHash, verifyLegacy } from "./legacy-hashes.js";

const ARGON2ID = 2; // Algorithm.Argon2id (a const enum: not importable under isolated modules)
const OPTIONS = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;
const CURRENT_PREFIX = `$argon2id$v=19$m=${OPTIONS.memoryCost},t=${OPTIONS.timeCost},p=${OPTIONS.parallelism}$`;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  if (stored.startsWith("$argon2")) return verify(stored, password).catch(() => false);
  if (stored.startsWith("scrypt$")) return verifyScrypt(password, stored);
  if (isLegacyHash(stored)) {
    // A salted SHA takes microseconds: the argon2 work is done too, so the answer's time does
    // not tell a not-yet-migrated login from the others.
    const [ok] = await Promise.all([verifyLegacy(password, stored), stored.startsWith("sha") ? verify(DUMMY_HASH, password).catch(() => false) : null]);
    return ok;
  }
  return false;
}

/** True when a hash that just verified should be replaced by one at today's cost. */
export const needsRehash = (stored: string) => !stored.startsWith(CURRENT_PREFIX);

const scrypt = (pw: string, salt: Buffer, len: number, opts: ScryptOptions) =>
  new Promise<Buffer>((resolve, reject) => scryptCb(pw, salt, len, opts, (e, k) => (e ? reject(e) : resolve(k))));

async function verifyScrypt(password: string, stored: string): Promise<boolean> {
  const [, n, r, p, salt, hash] = stored.split("$");
  if (!salt || !hash) return false;
  const expected = Buffer.from(hash, "base64");
  const key = await scrypt(password, Buffer.from(salt, "base64"), expected.length, { N: +n!, r: +r!, p: +p! });
  return timingSafeEqual(key, expected);
}

/**
 * Compared against when the login is unknown, so the answer takes as long as for a known one:
 * the argon2id hash of 32 random bytes nobody kept (a typed password cannot match it).
 */
export const DUMMY_HASH = "$argon2id$v=19$m=19456,t=2,p=1$aw6SIk6Tsn/3iSXG3UAhwQ$RQ+6i/lYCWCsF0QNfz9aJawqvxxpO4IroNClImc2mW0";
