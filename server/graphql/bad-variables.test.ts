import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../db/client.js";
import { createTestApp, type TestApp } from "../test/app.js";
import { testDatabases } from "../test/db.js";

describe("malformed variables", () => {
  let database: Database;
  let t: TestApp;
  beforeAll(async () => {
    database = await testDatabases()[0]!.open();
    t = createTestApp(database);
  });
  afterAll(async () => database?.close());

  it("are a client error, not a server error", async () => {
    const r = await t.gql(`mutation($i: SessionCreateInput!) { sessionCreate(input: $i) { userErrors { code } } }`, { i: { login: "x", password: "y", extra: 1 } });
    expect(r.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });
});
