// Every GraphQL document quoted in the guides (docs/api/guides, README) is valid against the
// schema as built: a renamed field breaks this test, not a partner's first curl.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse, validate } from "graphql";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../shared/project-root.js";
import { getSchema } from "./schema.js";

const GUIDES = path.join(PROJECT_ROOT, "docs/api/guides");
const files = [
  ...readdirSync(GUIDES)
    .filter((f) => f.endsWith(".md"))
    .map((f) => path.join(GUIDES, f)),
  path.join(PROJECT_ROOT, "README.md"),
];

/** The `"query": "…"` strings of JSON bodies, as JSON-decoded text. */
function documentsIn(text: string): string[] {
  return [...text.matchAll(/"query"\s*:\s*"((?:[^"\\]|\\.)*)"/g)].map((m) => JSON.parse(`"${m[1]}"`) as string);
}

describe("GraphQL examples in the guides", () => {
  it("finds examples to check", () => {
    expect(files.flatMap((f) => documentsIn(readFileSync(f, "utf8"))).length).toBeGreaterThan(5);
  });

  it.each(files.map((f) => [path.relative(PROJECT_ROOT, f), f]))("%s: every example validates", (_name, file) => {
    const invalid = documentsIn(readFileSync(file, "utf8"))
      .map((doc) => ({ doc, errors: validate(getSchema(), parse(doc)).map((e) => e.message) }))
      .filter((r) => r.errors.length);
    expect(invalid).toEqual([]);
  });
});
