// What production shows of itself: no «Did you mean …?» hints, no internal messages, and
// variables too deep or too big are refused with 400 before anything walks them.
import { createClient } from "graphql-ws";
import { describe, expect, it } from "vitest";
import WebSocket from "ws";
import { startHttpServer } from "../http/server.js";
import { createTestApp, type TestApp, withTestApp } from "../test/app.js";
import { createCustomer } from "../test/fixtures.js";
import { signInAs } from "../test/session.js";
import { VARIABLES_LIMITS, VMSG, variablesProblem } from "./variables-limit.js";

// What production shows to callers that may send documents of their own (API clients; browsers
// run only persisted documents there, graphql/persisted-operations.test.ts).
const PRODUCTION = {
  NODE_ENV: "production",
  JWT_SECRET: "p".repeat(40),
  BANK_WEBHOOK_SECRET: "w".repeat(40),
  BANK_PROVIDER: "sandbox",
  PERSISTED_OPERATIONS_ONLY: "false",
};
const CHARGES = `query($p: Period!) { viewer { activeAccount { charges(from: $p, to: $p) { __typename } } } }`;

const nested = (levels: number) => {
  let json = "1";
  for (let i = 0; i < levels; i++) json = `{"a":${json}}`;
  return json;
};

describe("production error surface", () => {
  let prod: TestApp;
  const dev = withTestApp({
    seed: () => {
      prod = createTestApp(database, { env: PRODUCTION });
    },
  });
  const { database } = dev;

  const post = async (t: TestApp, body: string, token?: string) => {
    const res = await t.app.yoga.fetch("http://kabinet.test/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body,
    });
    return { status: res.status, body: (await res.json()) as { data?: any; errors?: { message: string; extensions?: { code?: string } }[] } };
  };

  it("answers a misspelt field without suggesting the right one", async () => {
    expect(prod.config.env).toBe("production");
    const r = await prod.gql(`{ viewr { login } }`);
    expect(r.errors?.map((e) => e.message)).toEqual(['Cannot query field "viewr" on type "Query".']);
    // Development keeps graphql-js's hint.
    expect((await dev.gql(`{ viewr { login } }`)).errors?.[0]?.message).toMatch(/Did you mean "viewer"/);
  });

  it("answers misspelt enum values and input fields in variables without suggestions", async () => {
    const send = `mutation($i: ContactCodeSendInput!) { contactCodeSend(input: $i) { sent } }`;
    for (const i of [{ channel: "PHONEE" }, { channel: "PHONE", chanel: "PHONE" }]) {
      const r = await post(prod, JSON.stringify({ query: send, variables: { i } }));
      expect(r.status).toBe(400);
      expect(r.body.errors?.length).toBeGreaterThan(0);
      for (const e of r.body.errors!) {
        expect(e.message).not.toMatch(/Did you mean/);
        expect(e.extensions?.code).toBe("BAD_USER_INPUT");
      }
    }
    const enumError = (await post(prod, JSON.stringify({ query: send, variables: { i: { channel: "PHONEE" } } }))).body.errors![0]!.message;
    expect(enumError).toBe('Variable "$i" got invalid value "PHONEE" at "i.channel"; Value "PHONEE" does not exist in "ContactChannel" enum.');
  });

  it("refuses 10,000-level nested variables with 400, and keeps serving", async () => {
    const c = await createCustomer(database.prisma);
    const { accessToken } = await signInAs(prod, c.user.login, c.password);
    // Signed in: the response cache builds its key from the variables too.
    const r = await post(prod, `{"query":${JSON.stringify(CHARGES)},"variables":{"p":${nested(10_000)}}}`, accessToken);
    expect(r.status).toBe(400);
    expect(r.body.errors).toEqual([{ message: VMSG.tooDeep(VARIABLES_LIMITS.maxDepth), extensions: { code: "BAD_USER_INPUT" } }]);
    const ok = await post(prod, JSON.stringify({ query: CHARGES, variables: { p: "2026-10" } }), accessToken);
    expect(ok.status).toBe(200);
    expect(ok.body.data.viewer.activeAccount.charges.__typename).toBeTruthy();
  });

  it("refuses a 2 MB variables object with 400", async () => {
    const r = await post(prod, JSON.stringify({ query: CHARGES, variables: { p: "2026-10", pad: "я".repeat(2_000_000) } }));
    expect(r.status).toBe(400);
    expect(r.body.errors).toEqual([{ message: VMSG.tooBig(VARIABLES_LIMITS.maxBytes), extensions: { code: "BAD_USER_INPUT" } }]);
    // Many small values add up the same way.
    const many = await post(prod, JSON.stringify({ query: CHARGES, variables: { p: Array.from({ length: 200_000 }, () => 0) } }));
    expect(many.status).toBe(400);
    expect(many.body.errors?.[0]?.message).toBe(VMSG.tooBig(VARIABLES_LIMITS.maxBytes));
  });

  it("lets ordinary variables through (an appeal-sized text, a few levels)", () => {
    expect(variablesProblem({ input: { text: "ж".repeat(20_000), items: [{ a: { b: [1, 2, 3] } }] } })).toBeNull();
    expect(variablesProblem(JSON.parse(nested(VARIABLES_LIMITS.maxDepth)))).toBeNull();
    expect(variablesProblem(JSON.parse(nested(VARIABLES_LIMITS.maxDepth + 1)))).toBe(VMSG.tooDeep(VARIABLES_LIMITS.maxDepth));
  });

  it("refuses deep variables over WebSocket too", async () => {
    const server = await startHttpServer(prod.app, { port: 0, host: "127.0.0.1", clientDir: "/nonexistent", health: {} });
    const client = createClient({ url: `ws://127.0.0.1:${server.port}/graphql`, webSocketImpl: WebSocket, retryAttempts: 0 });
    try {
      const outcome = await new Promise<unknown>((resolve) => {
        client.subscribe(
          { query: `subscription($x: ID) { notificationAdded { id } }`, variables: { x: JSON.parse(nested(1_000)) } }, // the client must still stringify it
          { next: (v) => resolve(v), error: (e) => resolve(e), complete: () => resolve("complete") },
        );
      });
      expect(JSON.stringify(outcome)).toContain(VMSG.tooDeep(VARIABLES_LIMITS.maxDepth));
    } finally {
      await client.dispose();
      await server.close(500);
    }
  });

  // Last: it breaks the database under the app.
  it("masks internal errors: no database or stack text reaches the client", async () => {
    await database.sql.exec(`DROP TABLE "News" CASCADE`);
    const r = await prod.gql(`{ news { title } }`);
    expect(r.errors).toEqual([expect.objectContaining({ message: "Внутренняя ошибка сервера", extensions: { code: "INTERNAL_SERVER_ERROR" } })]);
  });
});
