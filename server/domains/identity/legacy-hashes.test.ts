// The previous portal's hash formats: what is accepted, what is refused and why, and that the
// salted SHA is SHA(salt ‖ password) as docs/legacy-users.md defines it.
import bcrypt from "bcryptjs";
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { legacyHashFormat, saltedSha, verifyLegacy } from "./legacy-hashes.js";
import { needsRehash, verifyPassword } from "./password.js";

describe("legacy password hashes", () => {
  const b = bcrypt.hashSync("staryi2019", 4);

  it("accepts bcrypt $2a$/$2b$/$2y$ and salted SHA-256/SHA-1 in any hex case", async () => {
    for (const prefix of ["$2a$", "$2b$", "$2y$"]) {
      const h = prefix + b.slice(4);
      expect(legacyHashFormat(h)).toEqual({ ok: true, format: "bcrypt" });
      expect(await verifyLegacy("staryi2019", h)).toBe(true);
      expect(await verifyLegacy("staryi2018", h)).toBe(false);
    }
    const hex = createHash("sha256")
      .update("s@lt!" + "пароль1 x")
      .digest("hex");
    expect(saltedSha("sha256", "s@lt!", "пароль1 x")).toBe(`sha256$s@lt!$${hex}`);
    expect(await verifyLegacy("пароль1 x", `sha256$s@lt!$${hex.toUpperCase()}`)).toBe(true);
    // Password then salt is not the format: the order is part of the definition.
    expect(await verifyLegacy("pw", `sha1$salt$${createHash("sha1").update("pwsalt").digest("hex")}`)).toBe(false);
    expect(await verifyLegacy("pw", `sha1$salt$${createHash("sha1").update("saltpw").digest("hex")}`)).toBe(true);
  });

  it("refuses every other format with a reason, and never verifies it", async () => {
    const refused = {
      "5f4dcc3b5aa765d61d8327deb882cf99": /^unsupported hash format/,
      md5$salt$5f4dcc3b5aa765d61d8327deb882cf99: /^unsupported hash format/,
      [`$2x$${b.slice(4)}`]: /^malformed bcrypt/,
      [b.slice(0, -1)]: /^malformed bcrypt/,
      [`$2b$03$${b.slice(7)}`]: /^bcrypt cost 3 is outside/,
      [`sha256$salt$${"a".repeat(63)}`]: /^sha256 digest must be 64 hex digits/,
      [`sha1$salt$${"a".repeat(64)}`]: /^sha1 digest must be 40 hex digits/,
      [`sha1$$${"a".repeat(40)}`]: /^unsalted hash/,
      [`sha1$salt$${"g".repeat(40)}`]: /^malformed salted hash/,
      "plain-password": /^unsupported hash format/,
    };
    for (const [hash, reason] of Object.entries(refused)) {
      const f = legacyHashFormat(hash);
      expect(f.ok, hash).toBe(false);
      expect(!f.ok && f.reason, hash).toMatch(reason);
      expect(await verifyPassword("staryi2019", hash), hash).toBe(false);
    }
  });

  it("a legacy hash is always upgraded after it verifies", () => {
    expect(needsRehash(b)).toBe(true);
    expect(needsRehash(saltedSha("sha1", "x", "y"))).toBe(true);
  });
});
