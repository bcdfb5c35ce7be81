// A session that must change its password can do nothing else: every mutation of the schema that
// needs a signed-in customer, called from it, answers PASSWORD_CHANGE_REQUIRED (the operations
// meant for callers without a session work as for anyone), and so do the customer's queries and
// subscriptions. Only viewerPasswordChange runs.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../db/client.js";
import { getSchema } from "../../graphql/schema.js";
import { createTestApp, type TestApp } from "../../test/app.js";
import { testDatabases } from "../../test/db.js";
import { createCustomer } from "../../test/fixtures.js";
import { PUBLIC_MUTATIONS, mutationOperation } from "../../test/schema-samples.js";
import { signInAs } from "../../test/session.js";

describe("a session that must change its password", () => {
  let database: Database;
  let t: TestApp;
  let token: string;
  let refreshToken: string;
  const mutations = Object.values(getSchema().getMutationType()!.getFields());

  beforeAll(async () => {
    database = await testDatabases()[0]!.open();
    t = createTestApp(database);
    const c = await createCustomer(database.prisma, { password: "weakpass" }); // no digit
    ({ accessToken: token, refreshToken } = await signInAs(t, c.user.login, "weakpass"));
  });
  afterAll(async () => database?.close());

  it("gets PASSWORD_CHANGE_REQUIRED from every mutation but the password change and the public ones", async () => {
    expect(mutations.length).toBeGreaterThan(40);
    const answers: Record<string, string> = {};
    for (const field of mutations) {
      if (field.name === "viewerPasswordChange") continue;
      const { query, variables } = mutationOperation(field);
      const r = await t.gql(query, variables, { token });
      answers[field.name] = r.errors?.[0]?.extensions?.code ?? "ran";
    }
    const expected = Object.fromEntries(Object.keys(answers).map((m) => [m, PUBLIC_MUTATIONS.has(m) ? answers[m] : "PASSWORD_CHANGE_REQUIRED"]));
    expect(answers).toEqual(expected);
    for (const name of PUBLIC_MUTATIONS) expect(answers[name], name).not.toBe("PASSWORD_CHANGE_REQUIRED");
  });

  it("reads nothing of the customer's", async () => {
    const message = "Смените пароль, чтобы продолжить работу: пароль не соответствует требованиям к паролям системы. Пароль должен содержать цифры (0-9).";
    for (const q of [`{ viewer { id } }`, `{ staffAppeals(first: 1) { totalCount } }`]) {
      const r = await t.gql(q, {}, { token });
      expect(r.data?.viewer ?? null).toBeNull();
      expect(
        r.errors?.map((e) => [e.extensions?.code, e.message]),
        q,
      ).toEqual([["PASSWORD_CHANGE_REQUIRED", message]]);
    }
    // A refresh keeps the restriction: it belongs to the session, not to the token.
    t.clock.advance(5_000);
    const s = await t.gql(`mutation($r: String) { sessionRefresh(input: { refreshToken: $r }) { session { accessToken } userErrors { code } } }`, {
      r: refreshToken,
    });
    const fresh = s.data.sessionRefresh.session.accessToken;
    expect(fresh).not.toBe(token);
    expect((await t.gql(`{ viewer { id } }`, {}, { token: fresh })).errors?.[0]?.extensions?.code).toBe("PASSWORD_CHANGE_REQUIRED");
  });
});
