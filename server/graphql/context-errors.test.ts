// A failure outside execution — the database gone while a request is authenticated (the context
// factory and the response cache both ask for the session) — is masked like any other: the
// caller gets a code and a Russian message, never the driver's or Prisma's text.
import { describe, expect, it } from "vitest";
import { withTestApp } from "../test/app.js";
import { createCustomer } from "../test/fixtures.js";
import { signInAs } from "../test/session.js";

describe("errors outside execution", () => {
  let token: string;
  // The test closes the database itself; the suite's close after it does nothing.
  const t = withTestApp({
    seed: async () => {
      const c = await createCustomer(database.prisma);
      token = (await signInAs(t, c.user.login, "secret123")).accessToken;
    },
  });
  const { database } = t;

  it("masks a database failure while the session is checked", async () => {
    await database.close(); // the session's liveness was never asked: the next request must ask the database
    const res = await t.app.yoga.fetch("http://kabinet.test/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: "{ viewer { login } }" }),
    });
    const body = (await res.json()) as { errors?: { message: string; extensions?: { code?: string } }[] };
    expect(body.errors?.length).toBeGreaterThan(0);
    for (const e of body.errors!) {
      expect(["INTERNAL_SERVER_ERROR", "SERVICE_UNAVAILABLE"]).toContain(e.extensions?.code);
      expect(e.message).toMatch(/^(Внутренняя ошибка сервера|Сервис временно недоступен)/);
      expect(e.message).not.toMatch(/prisma|PGlite|queryRaw|closed/i);
    }
  });
});
