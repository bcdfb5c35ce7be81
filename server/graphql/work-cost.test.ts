// The cost limit sees heavy fields: many aliases of a 36-month `charges` over the customer's
// accounts are refused in validation (nothing runs), a normal query passes, and every document
// of the web client passes with its largest variables (the UI is never refused).
import { GraphQLError, Kind, parse, validate, type DocumentNode, type OperationDefinitionNode } from "graphql";
import { costLimitRule } from "@escape.tech/graphql-armor-cost-limit";
import { describe, expect, it } from "vitest";
import * as clientDocuments from "../../client/src/gql/graphql.js";
import { loadConfig } from "../config.js";
import { withTestApp } from "../test/app.js";
import { signInAs } from "../test/session.js";
import { getSchema } from "./schema.js";
import { workCost } from "./work-cost.js";

const heavy = (aliases: number, from: string, to: string) =>
  `query { viewer { accounts { ${Array.from({ length: aliases }, (_, i) => `c${i}: charges(from: "${from}", to: "${to}") { months { period lines { service charged } } }`).join(" ")} } } }`;

describe("work cost", () => {
  let token: string;
  const t = withTestApp({
    demo: true,
    timeout: 120_000,
    seed: async () => {
      token = (await signInAs(t, "0710000000", "demo2026")).accessToken;
    },
  });

  it("refuses 15 aliases of a 36-month charges over two accounts before they run", async () => {
    const started = performance.now();
    const r = await t.gql(heavy(15, "2023-12", "2026-11"), undefined, { token });
    expect(r.data).toBeUndefined();
    expect(r.errors?.[0]?.message).toMatch(/Query Cost limit of 5000 exceeded, found \d+/);
    expect(performance.now() - started).toBeLessThan(500);
  });

  it("reads the range from variables too", async () => {
    const q = `query($from: Period!, $to: Period!) { viewer { accounts { ${Array.from({ length: 15 }, (_, i) => `c${i}: charges(from: $from, to: $to) { months { period } }`).join(" ")} } } }`;
    const refused = await t.gql(q, { from: "2023-12", to: "2026-11" }, { token });
    expect(refused.errors?.[0]?.message).toMatch(/Query Cost limit/);
    const small = await t.gql(q, { from: "2026-11", to: "2026-11" }, { token });
    expect(small.errors).toBeUndefined();
  });

  it("passes a normal 12-month charges query", async () => {
    const r = await t.gql(heavy(1, "2025-12", "2026-11"), undefined, { token });
    expect(r.errors).toBeUndefined();
    expect(r.data.viewer.accounts.length).toBe(2);
    expect(r.data.viewer.accounts[0].c0.months.length).toBeGreaterThan(0);
  });

  it("prices a page by its rows", () => {
    const rows = (first: number) =>
      workCost(
        getSchema(),
        parse(
          `{ viewer { accounts { ${Array.from({ length: 12 }, (_, i) => `p${i}: paymentHistory(first: ${first}) { nodes { id amount } }`).join(" ")} } } }`,
        ),
        undefined,
      );
    expect(rows(10)).toBe(12 * 10 * 2);
    expect(rows(100)).toBe(10 * rows(10));
    expect(rows(100_000)).toBe(rows(100)); // pages stop at 100 rows
  });

  it("passes every document of the web client with its largest variables", () => {
    const config = loadConfig({ NODE_ENV: "test" });
    const documents = Object.entries(clientDocuments).filter(([, v]) => (v as DocumentNode)?.kind === Kind.DOCUMENT) as [string, DocumentNode][];
    expect(documents.length).toBeGreaterThan(50);
    for (const [name, doc] of documents) {
      const op = doc.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
      // The widest the UI asks for: 36 months, the biggest page.
      const variables = Object.fromEntries(
        (op?.variableDefinitions ?? []).map((v) => [
          v.variable.name.value,
          v.variable.name.value === "from" ? "2023-12" : v.variable.name.value === "to" ? "2026-11" : 100,
        ]),
      );
      expect(workCost(getSchema(), doc, variables), name).toBeLessThanOrEqual(config.limits.maxCost);
      const errors: readonly GraphQLError[] = validate(getSchema(), doc, [costLimitRule({ maxCost: config.limits.maxCost })]);
      expect(
        errors.map((e) => e.message),
        name,
      ).toEqual([]);
    }
  });
});
