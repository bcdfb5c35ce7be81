// One key per purpose, derived from the master secret (JWT_SECRET) with HKDF-SHA256: a key that
// signs document links can never sign an access token, and leaking one purpose's signatures
// tells nothing of another's. Each purpose also has its own JWT audience where it signs JWTs.
import { hkdfSync } from "node:crypto";

export type KeyPurpose =
  | "access-token"
  | "document-link"
  | "appeal-file-link"
  | "email-link"
  /** The readings link of a reminder e-mail (domains/reminders/link-token.ts). */
  | "reminder-link"
  | "device-cookie"
  /** The sandbox bank's card tokens (derived from BANK_WEBHOOK_SECRET, not the webhook key itself). */
  | "sandbox-card-token"
  /** Refresh-token successors: recomputable by the holder of the spent token only. */
  | "refresh-successor"
  /** Request hashes of idempotency keys (shared/idempotency.ts). */
  | "idempotency"
  /** Signed links to photos of meters' displays (appeals/file-links.ts). */
  | "reading-photo-link";

const cache = new Map<string, Uint8Array>();

export function purposeKey(master: string, purpose: KeyPurpose): Uint8Array {
  const id = `${purpose}\u0000${master}`;
  let key = cache.get(id);
  if (!key) {
    key = new Uint8Array(hkdfSync("sha256", master, "kabinet/v1", purpose, 32));
    cache.set(id, key);
  }
  return key;
}
