// HMAC-SHA256 webhook signatures, compared in constant time.
import { createHmac, timingSafeEqual } from "node:crypto";

export function hmacHex(secret: string, data: Buffer | string): string {
  return createHmac("sha256", secret).update(data).digest("hex");
}

/** True when `signatureHex` is the HMAC of `data`; false for anything malformed. */
export function hmacMatches(secret: string, data: Buffer | string, signatureHex: string | undefined): boolean {
  if (!signatureHex || !/^[0-9a-f]{64}$/i.test(signatureHex)) return false;
  const expected = Buffer.from(hmacHex(secret, data), "hex");
  return timingSafeEqual(expected, Buffer.from(signatureHex, "hex"));
}

/** Case-insensitive header lookup over a plain record. */
export function header(headers: Record<string, string | undefined>, name: string): string | undefined {
  const lower = name.toLowerCase();
  for (const [k, v] of Object.entries(headers)) if (k.toLowerCase() === lower) return v;
  return undefined;
}
