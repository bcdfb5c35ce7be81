// Personal API tokens («Доступ для приложений»): what a token is, and the limits on making one.
import { createHash, randomBytes } from "node:crypto";
import type { ApiTokenScope } from "../../context.js";

/** The fixed scopes, in the order the form lists them. */
export const TOKEN_SCOPES: readonly ApiTokenScope[] = ["account:read", "readings:read", "readings:write"];
export const MAX_TOKEN_DAYS = 365;
export const MAX_TOKEN_NAME = 60;
export const MAX_TOKENS_PER_USER = 20;

/** Every token starts so: recognisable in a leaked paste (secret scanners), and told apart from a session's JWT. */
export const TOKEN_PREFIX = "kab_pat_";

/** A new secret: 32 random bytes (256 bits) in base64url after the prefix. */
export function newSecret(): string {
  return TOKEN_PREFIX + randomBytes(32).toString("base64url");
}

/**
 * What is stored of a secret. A plain SHA-256 suffices here — unlike a password, which needs a
 * slow salted hash (argon2) because people choose guessable ones: the secret is 256 random bits,
 * so no dictionary or brute force can invert its hash, and a fast hash keeps the lookup on every
 * request one indexed equality.
 */
export function secretHash(secret: string): string {
  return createHash("sha256").update(secret).digest("hex");
}

/** What the list shows of a secret: the prefix and the first 4 random characters. */
export const displayPrefix = (secret: string) => secret.slice(0, TOKEN_PREFIX.length + 4);

/** Ties a token to the password it was made under: a changed password (a new hash, new salt) voids it. */
export function passwordStamp(passwordHash: string): string {
  return createHash("sha256").update(passwordHash).digest("hex");
}
