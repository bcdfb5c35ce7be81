// The error catalogues as a partner developer relies on them: every code a user error can
// carry is a described value of the enum `UserErrorCode`, in English (the manual's Russian term
// in «»), with a Russian message; every domain's errors.ts is part of the enum; and a code in
// no catalogue neither compiles nor runs.
import fs from "node:fs";
import path from "node:path";
import { GraphQLEnumType, GraphQLNonNull, GraphQLObjectType, buildSchema } from "graphql";
import { describe, expect, it } from "vitest";
import { SHARED_ERRORS, sharedErrors } from "../shared/errors.js";
import { SCHEMA_FILE } from "./print-schema.js";
import { DOMAIN_CATALOGUES, allErrorCodes } from "./user-error-codes.js";

const ROOT = path.dirname(SCHEMA_FILE);
const schema = buildSchema(fs.readFileSync(SCHEMA_FILE, "utf8"));
const enumType = schema.getType("UserErrorCode") as GraphQLEnumType;
const CYRILLIC = /[А-Яа-яЁё]/;

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === "generated" || e.name === "node_modules" ? [] : sources(p);
    return /\.tsx?$/.test(e.name) && !/\.test\.ts$/.test(e.name) ? [p] : [];
  });
}

describe("UserErrorCode", () => {
  it("is the type of UserError.code in the published schema", () => {
    const code = (schema.getType("UserError") as GraphQLObjectType).getFields().code!.type;
    expect(code).toBeInstanceOf(GraphQLNonNull);
    expect((code as GraphQLNonNull<GraphQLEnumType>).ofType.name).toBe("UserErrorCode");
  });

  it("has every catalogued code, each described in English with Russian terms only in «»", () => {
    const values = enumType.getValues();
    expect(values.map((v) => v.name).sort()).toEqual([...allErrorCodes().keys()].sort());
    for (const v of values) {
      expect(v.description?.trim(), `${v.name} has no description`).toBeTruthy();
      expect(v.description!.replace(/«[^»]*»/g, ""), `${v.name}: Russian outside «»`).not.toMatch(CYRILLIC);
    }
    expect(enumType.description).toBeTruthy();
  });

  it("lists every domain's errors.ts", () => {
    const domains = fs.readdirSync(path.join(ROOT, "server/domains")).filter((d) => fs.existsSync(path.join(ROOT, "server/domains", d, "errors.ts")));
    expect(Object.keys(DOMAIN_CATALOGUES).sort()).toEqual(domains.sort());
  });

  it("gives every code a Russian message, and a domain's message for a shared code only where the code is shared", () => {
    const texts = (m: unknown) => (typeof m === "string" ? [m] : []);
    for (const [code, e] of Object.entries(SHARED_ERRORS)) for (const t of texts(e.message)) expect(t, code).toMatch(CYRILLIC);
    for (const [domain, c] of Object.entries(DOMAIN_CATALOGUES)) {
      for (const [code, e] of Object.entries(c.entries)) {
        for (const t of texts(e.message)) expect(t, `${domain}.${code}`).toMatch(CYRILLIC);
        if (e.description === undefined) expect(Object.keys(SHARED_ERRORS), `${domain}.${code} has no description and is not shared`).toContain(code);
      }
    }
  });

  it("knows every code the server or the web client names", () => {
    const known = new Set(enumType.getValues().map((v) => v.name));
    const used = new Map<string, string>();
    const files = [...sources(path.join(ROOT, "server")), ...sources(path.join(ROOT, "client/src"))].filter((f) => !f.includes(`${path.sep}gql${path.sep}`));
    for (const file of files) {
      const text = fs.readFileSync(file, "utf8");
      // userError("X" / problem("X" / .message("X" on the server; code === "X" / case "X" in the client.
      for (const m of text.matchAll(/(?:userError|problem|\.message)\(\s*"([A-Z][A-Z0-9_]+)"/g)) used.set(m[1]!, file);
      if (file.includes(`${path.sep}client${path.sep}`)) {
        for (const m of text.matchAll(/\bcode\s*[!=]==?\s*"([A-Z][A-Z0-9_]+)"/g)) used.set(m[1]!, file);
      }
    }
    expect(used.size).toBeGreaterThan(50);
    // The client's top-level `extensions.code` values are not user errors.
    const topLevel = new Set(["SERVICE_UNAVAILABLE", "INTERNAL_SERVER_ERROR", "BAD_USER_INPUT", "PERSISTED_QUERY_NOT_FOUND"]);
    const unknown = [...used].filter(([code]) => !known.has(code) && !topLevel.has(code));
    expect(unknown, "codes in no catalogue").toEqual([]);
  });

  it("refuses a code in no catalogue at compile time and at run time", () => {
    // @ts-expect-error — "TYPO" is in no catalogue, so this line would not compile without the directive.
    expect(() => sharedErrors.userError("TYPO")).toThrow(/in no catalogue/);
    // @ts-expect-error — a missing credential is never a userError: it is the top-level UNAUTHENTICATED.
    sharedErrors.problem("UNAUTHENTICATED");
  });
});
