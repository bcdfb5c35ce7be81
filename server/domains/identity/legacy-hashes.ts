// Password hashes of the previous portal (section 3: its customers sign in with their old
// credentials). Accepted: bcrypt (`$2a$`, `$2b$`, `$2y$`) and salted SHA-256 / SHA-1 written
// `sha256$<salt>$<hex>` / `sha1$<salt>$<hex>`, where hex = SHA(UTF-8 salt ‖ UTF-8 password):
// the salt as written (no `$`, not decoded), then the password, nothing between them. Anything
// else is refused at import (legacy-import.ts). A match is replaced by the current hash at once
// (sign-in-guard.ts, `needsRehash`).
import bcrypt from "bcryptjs";
import { createHash, timingSafeEqual } from "node:crypto";

export type LegacyHashFormat = "bcrypt" | "sha256" | "sha1";

const BCRYPT = /^\$2[aby]\$(\d\d)\$[./A-Za-z0-9]{53}$/;
const SALTED = /^(sha256|sha1)\$([^$]+)\$([0-9a-fA-F]+)$/;
const HEX_LENGTH = { sha256: 64, sha1: 40 } as const;

/** The format of a well-formed legacy hash, or why it is refused. */
export function legacyHashFormat(stored: string): { ok: true; format: LegacyHashFormat } | { ok: false; reason: string } {
  const b = BCRYPT.exec(stored);
  if (b) {
    const cost = Number(b[1]);
    return cost >= 4 && cost <= 31 ? { ok: true, format: "bcrypt" } : { ok: false, reason: `bcrypt cost ${cost} is outside 4–31` };
  }
  if (stored.startsWith("$2")) return { ok: false, reason: "malformed bcrypt hash" };
  const s = /^(sha256|sha1)\$/.test(stored) ? SALTED.exec(stored) : null;
  if (s) {
    const algo = s[1] as "sha256" | "sha1";
    return s[3]!.length === HEX_LENGTH[algo] ? { ok: true, format: algo } : { ok: false, reason: `${algo} digest must be ${HEX_LENGTH[algo]} hex digits` };
  }
  if (/^(sha256|sha1)\$\$/.test(stored)) return { ok: false, reason: "unsalted hash (empty salt)" };
  if (/^(sha256|sha1)\$/.test(stored)) return { ok: false, reason: "malformed salted hash (expected algo$salt$hex)" };
  return { ok: false, reason: "unsupported hash format (accepted: bcrypt $2a$/$2b$/$2y$, sha256$salt$hex, sha1$salt$hex)" };
}

export const isLegacyHash = (stored: string) => legacyHashFormat(stored).ok;

/** `sha256$salt$hex` for a password (tests and the example file). */
export function saltedSha(algo: "sha256" | "sha1", salt: string, password: string): string {
  return `${algo}$${salt}$${createHash(algo).update(salt, "utf8").update(password, "utf8").digest("hex")}`;
}

/** Whether the password matches a legacy hash; false for a hash of no accepted format. */
export async function verifyLegacy(password: string, stored: string): Promise<boolean> {
  const f = legacyHashFormat(stored);
  if (!f.ok) return false;
  if (f.format === "bcrypt") return bcrypt.compare(password, stored).catch(() => false);
  const [, , salt, hex] = SALTED.exec(stored)!;
  const expected = Buffer.from(hex!, "hex");
  const actual = createHash(f.format).update(salt!, "utf8").update(password, "utf8").digest();
  // Constant time: how much of the digest matched is not told by how long the answer took.
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}
