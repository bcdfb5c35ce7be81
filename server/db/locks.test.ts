import { readFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { LOCKS } from "./locks.js";

describe("advisory lock keys", () => {
  it("are distinct", () => {
    const keys = Object.values(LOCKS);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("are taken from LOCKS only: no bare number in a pg_advisory_*lock call in server code", () => {
    const files = execFileSync("git", ["ls-files", "server/**/*.ts"], { encoding: "utf8" })
      .split("\n")
      .filter((f) => f && !f.endsWith(".test.ts"));
    const bare = files.filter((f) => /pg_advisory_(xact_)?(un)?lock\(\s*\d/.test(readFileSync(f, "utf8")));
    expect(bare).toEqual([]);
  });
});
