// CSRF: a cross-site form (form-urlencoded, multipart, text/plain — no preflight) cannot run a
// mutation; the web client's header, a bearer token or a partner key lets a request through.
import { describe, expect, it } from "vitest";
import { testDatabases } from "../test/db.js";
import { withTestApp } from "../test/app.js";
import { createCustomer } from "../test/fixtures.js";
import { sha256 } from "../domains/identity/tokens.js";

const REVOKE = `mutation { sessionRevoke { revoked } }`;

describe.each(testDatabases())("CSRF prevention on $name", (backend) => {
  const t = withTestApp({
    backend,
    seed: async () => {
      await database.prisma.apiKey.create({
        data: { name: "АСКУЭ", partner: "Метроника", prefix: "kab_csrf", keyHash: sha256("kab_csrf_key"), scopes: ["readings:write"] },
      });
    },
  });
  const { database } = t;

  /** A signed-in browser's refresh cookie and its session id. */
  async function browserSession(): Promise<{ cookie: string; sessionId: number }> {
    const c = await createCustomer(database.prisma);
    const res = await t.app.yoga.fetch("http://kabinet.test/graphql", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        query: `mutation($l: String!, $p: String!) { sessionCreate(input: { login: $l, password: $p }) { session { accessToken } } }`,
        variables: { l: c.user.login, p: c.password },
      }),
    });
    const cookie = res.headers
      .getSetCookie()
      .find((x) => x.startsWith("kabinet_refresh="))!
      .split(";")[0]!;
    const row = await database.prisma.refreshToken.findUniqueOrThrow({ where: { tokenHash: sha256(cookie.split("=")[1]!) } });
    return { cookie, sessionId: row.sessionId };
  }
  const revokedAt = async (id: number) => (await database.prisma.session.findUniqueOrThrow({ where: { id } })).revokedAt;
  const post = (headers: Record<string, string>, body: BodyInit) => t.app.yoga.fetch("http://kabinet.test/graphql", { method: "POST", headers, body });

  it("refuses a form-urlencoded cross-site POST of a mutation and changes nothing", async () => {
    const s = await browserSession();
    const res = await post(
      { "content-type": "application/x-www-form-urlencoded", cookie: s.cookie, origin: "https://evil.example" },
      new URLSearchParams({ query: REVOKE }),
    );
    expect(res.status).toBe(403);
    expect((await res.json()).errors[0].message).toBe("Required CSRF header(s) not present");
    expect(await revokedAt(s.sessionId)).toBeNull();
  });

  it("refuses JSON sent with a browser's simple content type (text/plain) without the header", async () => {
    const s = await browserSession();
    const res = await post({ "content-type": "text/plain;charset=UTF-8", cookie: s.cookie }, JSON.stringify({ query: REVOKE }));
    expect(res.status).toBe(403);
    expect(await revokedAt(s.sessionId)).toBeNull();
  });

  it("refuses a multipart form without the header, runs it with the header", async () => {
    const s = await browserSession();
    const form = () => {
      const f = new FormData();
      f.set("operations", JSON.stringify({ query: REVOKE }));
      f.set("map", "{}");
      return f;
    };
    const refused = await post({ cookie: s.cookie }, form());
    expect(refused.status).toBe(403);
    expect(await revokedAt(s.sessionId)).toBeNull();
    const allowed = await post({ cookie: s.cookie, "x-graphql-yoga-csrf": "1" }, form());
    expect(allowed.status).toBe(200);
    expect((await allowed.json()).data.sessionRevoke.revoked).toBe(true);
    expect(await revokedAt(s.sessionId)).not.toBeNull();
  });

  it("lets JSON through without the header, and API callers' multipart with a bearer token or a partner key", async () => {
    const s = await browserSession();
    const json = await post({ "content-type": "application/json", cookie: s.cookie }, JSON.stringify({ query: REVOKE }));
    expect((await json.json()).data.sessionRevoke.revoked).toBe(true);

    const partner = await post({ "content-type": "application/json", "x-api-key": "kab_csrf_key" }, JSON.stringify({ query: `{ partner { name } }` }));
    expect((await partner.json()).data.partner).toEqual({ name: "АСКУЭ" });
    for (const headers of [{ "x-api-key": "kab_csrf_key" }, { authorization: "Bearer not-a-token" }] as Record<string, string>[]) {
      const f = new FormData();
      f.set("operations", JSON.stringify({ query: `{ partner { name } }` }));
      f.set("map", "{}");
      expect((await post(headers, f)).status).toBe(200);
    }
  });

  it("refuses a GET without the header (a link or an <img> cannot run anything)", async () => {
    const res = await t.app.yoga.fetch(`http://kabinet.test/graphql?query=${encodeURIComponent("{ __typename }")}`, { method: "GET" });
    expect(res.status).toBe(403);
  });
});
