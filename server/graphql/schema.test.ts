import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { printSdl } from "./schema.js";
import { SCHEMA_FILE } from "./print-schema.js";

const ROOT = path.resolve(path.dirname(SCHEMA_FILE));

describe("committed API artefacts", () => {
  it("schema.graphql is the printed schema (run `npm run schema`)", () => {
    expect(fs.readFileSync(SCHEMA_FILE, "utf8")).toBe(printSdl());
  });

  it("the client's codegen output is current (run `npm run codegen`)", async () => {
    const { generate } = await import("@graphql-codegen/cli");
    const config = (await import(path.join(ROOT, "codegen.ts"))).default;
    const outputs: { filename: string; content: string }[] = await generate({ ...config, cwd: ROOT, silent: true }, false);
    expect(outputs.length).toBeGreaterThan(0);
    for (const out of outputs) {
      const file = path.resolve(ROOT, out.filename);
      expect(fs.existsSync(file), `${out.filename} is missing`).toBe(true);
      expect(fs.readFileSync(file, "utf8"), `${out.filename} is stale`).toBe(out.content);
    }
  }, 60_000);
});
