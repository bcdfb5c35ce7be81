import { describe, expect, it } from "vitest";
import { createTestApp, withTestApp } from "../test/app.js";

describe("error model and query limits", () => {
  const t = withTestApp();
  const { database } = t;

  it("asks for sign-in with a stable code on protected fields", async () => {
    const r = await t.gql(`mutation { viewerActiveAccountSet(input: { accountId: "QWNjb3VudDox" }) { userErrors { code } } }`);
    expect(r.data).toBeNull();
    expect(r.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("refuses over-deep queries", async () => {
    const q = `{ viewer { activeAccount { amountDue { total } } } }`;
    expect((await t.gql(q)).errors).toBeUndefined();
    const limited = createTestApp(database, { env: { GQL_MAX_DEPTH: "2" } });
    const r = await limited.gql(q);
    expect(r.errors?.[0]?.message).toMatch(/depth/i);
  });

  it("refuses alias flooding (one request cannot multiply sign-in attempts)", async () => {
    const aliases = Array.from({ length: 20 }, (_, i) => `a${i}: sessionCreate(input: { login: "x", password: "y${i}" }) { userErrors { code } }`).join("\n");
    const before = await database.prisma.session.count();
    const r = await t.gql(`mutation { ${aliases} }`);
    expect(r.data).toBeUndefined();
    expect(r.errors?.[0]?.message).toMatch(/alias/i);
    expect(await database.prisma.session.count()).toBe(before);
  });

  it("refuses batched requests", async () => {
    const res = await t.app.yoga.fetch("http://kabinet.test/graphql", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify([{ query: "{ viewer { login } }" }, { query: "{ viewer { login } }" }]),
    });
    expect(res.status).toBeGreaterThanOrEqual(400);
  });

  it("reports malformed scalars as a client error (a malformed node id is a missing node)", async () => {
    const r = await t.gql(`query($id: ID!) { node(id: $id) { id } }`, { id: "garbage" });
    expect(r).toEqual({ data: { node: null } });
    const money = await t.gql(`query { news(first: 0) { title } }`);
    expect(money.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("reports malformed variables as a client error, not a server error", async () => {
    const r = await t.gql(`mutation($i: SessionCreateInput!) { sessionCreate(input: $i) { userErrors { code } } }`, {
      i: { login: "x", password: "y", extra: 1 },
    });
    expect(r.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("turns off introspection in production", async () => {
    // (persisted-only off: introspection is refused to API clients too, which may send their own documents)
    const prod = createTestApp(database, { env: { NODE_ENV: "production", JWT_SECRET: "p".repeat(40), PERSISTED_OPERATIONS_ONLY: "false" } });
    const r = await prod.gql(`{ __schema { types { name } } }`);
    expect(r.errors?.[0]?.message).toMatch(/introspection/i);
    const dev = await t.gql(`{ __schema { queryType { name } } }`);
    expect(dev.data.__schema.queryType.name).toBe("Query");
  });
});
