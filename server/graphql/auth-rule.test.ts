// One rule for authentication, checked over every mutation of the schema: called without a
// credential (or with an expired one), a mutation that needs one answers with the top-level error
// `extensions.code` UNAUTHENTICATED — exactly as queries do — and never with a userError. Only
// the mutations that start a session or act on a link, code or cookie work without one.
import { describe, expect, it } from "vitest";
import { withTestApp } from "../test/app.js";
import { getSchema } from "./schema.js";
import { PUBLIC_MUTATIONS as PUBLIC, mutationOperation as operation } from "../test/schema-samples.js";

describe("a missing or expired credential", () => {
  const mutations = Object.values(getSchema().getMutationType()!.getFields());
  const t = withTestApp();

  it.each([
    ["no credential", {}],
    ["an expired or forged access token", { token: "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl" }],
  ])("with %s, every non-public mutation answers with the top-level UNAUTHENTICATED", async (_name, opts) => {
    expect(mutations.length).toBeGreaterThan(40);
    const answers: Record<string, string> = {};
    for (const field of mutations) {
      const { query, variables } = operation(field);
      const r = await t.gql(query, variables, opts);
      answers[field.name] = r.errors?.[0]?.extensions?.code ?? "ran";
    }
    const expected = Object.fromEntries(mutations.map((m) => [m.name, PUBLIC.has(m.name) ? answers[m.name] : "UNAUTHENTICATED"]));
    expect(answers).toEqual(expected);
    // The public ones do not ask for a sign-in either way.
    for (const name of PUBLIC) expect(answers[name], name).not.toBe("UNAUTHENTICATED");
  });

  it("is never a userError, and queries answer the same way", async () => {
    const r = await t.gql(`mutation { notificationsMarkAllRead(input: {}) { userErrors { code } } }`);
    expect(r.data).toBeNull();
    expect(r.errors?.map((e) => [e.extensions?.code, e.message])).toEqual([["UNAUTHENTICATED", "Войдите в личный кабинет"]]);
    const q = await t.gql(`{ staffAppeals(first: 1) { totalCount } }`);
    expect(q.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });
});
