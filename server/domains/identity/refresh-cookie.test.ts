// The refresh token as an HttpOnly cookie (issue 12, item 5): what the browser is told to keep,
// rotation by cookie, one successor for every reuse within the grace period (one after another
// and in parallel), revocation after it, and the two consoles' cookies kept apart.
import { describe, expect, it } from "vitest";
import { testDatabases } from "../../test/db.js";
import { createTestApp, type TestApp, withTestApp } from "../../test/app.js";
import { createCustomer } from "../../test/fixtures.js";
import { hashPassword } from "./password.js";
import { sha256 } from "./tokens.js";
import { REUSE_GRACE_MS } from "./sessions.js";

const SESSION = `session { accessToken refreshToken refreshTokenExpiresAt } userErrors { code message }`;
const SIGN_IN = `mutation($l: String!, $p: String!, $d: RefreshTokenDelivery) { sessionCreate(input: { login: $l, password: $p, refreshTokenDelivery: $d }) { ${SESSION} } }`;
const STAFF_SIGN_IN = `mutation($l: String!, $p: String!) { staffSessionCreate(input: { login: $l, password: $p }) { ${SESSION} } }`;
const REFRESH = `mutation { sessionRefresh { ${SESSION} } }`;
const STAFF_REFRESH = `mutation { staffSessionRefresh { ${SESSION} } }`;
const VIEWER = `{ viewer { login } staffViewer { login } }`;

type Answer = { status: number; body: any; text: string; cookies: string[] };

/** A browser-like call: JSON, with the cookies given; returns the refresh Set-Cookie lines too. */
async function call(t: TestApp, query: string, variables: Record<string, unknown> = {}, cookie?: string, token?: string): Promise<Answer> {
  const res = await t.app.yoga.fetch("http://kabinet.test/graphql", {
    method: "POST",
    headers: {
      "content-type": "application/json",
      ...(cookie ? { cookie } : {}),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const text = await res.text();
  // The response cache's own cookie (kabinet_wrote, after mutations) is not ours to check.
  const cookies = res.headers.getSetCookie().filter((c) => /^kabinet_(staff_)?refresh=/.test(c));
  return { status: res.status, body: JSON.parse(text), text, cookies };
}

/** name=value of the Set-Cookie line for `name` ("" when cleared); undefined when none was sent. */
function cookieValue(a: Answer, name: string): string | undefined {
  const line = a.cookies.find((c) => c.startsWith(`${name}=`));
  return line === undefined ? undefined : line.slice(name.length + 1).split(";")[0]!;
}

describe.each(testDatabases())("refresh token cookie on $name", (backend) => {
  const t = withTestApp({
    backend,
    seed: async () => {
      await database.prisma.staffUser.create({
        data: { login: "op-cookie", passwordHash: await hashPassword("operator2026"), fullName: "Оператор", role: "OPERATOR" },
      });
    },
  });
  const { database } = t;

  const live = async (sessionId: number) =>
    database.prisma.refreshToken.findMany({ where: { sessionId, usedAt: null, expiresAt: { gt: t.clock.now() }, session: { revokedAt: null } } });
  const sessionOf = async (value: string) => (await database.prisma.refreshToken.findUniqueOrThrow({ where: { tokenHash: sha256(value) } })).sessionId;

  async function signIn(): Promise<{ value: string; login: string }> {
    const c = await createCustomer(database.prisma);
    const a = await call(t, SIGN_IN, { l: c.user.login, p: c.password });
    return { value: cookieValue(a, "kabinet_refresh")!, login: c.user.login };
  }

  it("sessionCreate sets an HttpOnly, SameSite=Strict cookie for /graphql and keeps the token out of the JSON", async () => {
    const c = await createCustomer(database.prisma);
    const a = await call(t, SIGN_IN, { l: c.user.login, p: c.password });
    expect(a.body.data.sessionCreate.userErrors).toEqual([]);
    expect(a.cookies).toHaveLength(1);
    const attrs = a.cookies[0]!.split("; ");
    expect(attrs).toEqual(expect.arrayContaining(["HttpOnly", "SameSite=Strict", "Path=/graphql"]));
    expect(attrs).not.toContain("Secure"); // PUBLIC_URL is http here
    const expires = attrs.find((x) => x.startsWith("Expires="))!.slice(8);
    expect(new Date(expires).getTime()).toBe(Math.floor(Date.parse(a.body.data.sessionCreate.session.refreshTokenExpiresAt) / 1000) * 1000);
    const value = cookieValue(a, "kabinet_refresh")!;
    expect(value).toMatch(/^[\w-]{43}$/);
    expect(a.body.data.sessionCreate.session.refreshToken).toBeNull();
    expect(a.text).not.toContain(value);
    expect(await live(await sessionOf(value))).toHaveLength(1);
  });

  it("marks the cookie Secure when PUBLIC_URL is https", async () => {
    const https = createTestApp(database, { env: { PUBLIC_URL: "https://lk.example.ru" } });
    const c = await createCustomer(database.prisma);
    const a = await call(https, SIGN_IN, { l: c.user.login, p: c.password });
    expect(a.cookies[0]!.split("; ")).toEqual(expect.arrayContaining(["Secure", "HttpOnly", "SameSite=Strict", "Path=/graphql"]));
  });

  it("refreshes by cookie: a new cookie, no token in the JSON, a working access token", async () => {
    const { value, login } = await signIn();
    const r = await call(t, REFRESH, {}, `kabinet_refresh=${value}`);
    expect(r.body.data.sessionRefresh.userErrors).toEqual([]);
    const next = cookieValue(r, "kabinet_refresh")!;
    expect(next).toMatch(/^[\w-]{43}$/);
    expect(next).not.toBe(value);
    expect(r.body.data.sessionRefresh.session.refreshToken).toBeNull();
    expect(r.text).not.toContain(next);
    expect((await call(t, VIEWER, {}, undefined, r.body.data.sessionRefresh.session.accessToken)).body.data.viewer).toEqual({ login });
    // Without a cookie there is nothing to refresh, and nothing is set.
    const none = await call(t, REFRESH);
    expect(none.body.data.sessionRefresh).toEqual({ session: null, userErrors: [{ code: "SESSION_EXPIRED", message: "Сеанс истёк. Войдите снова." }] });
    expect(none.cookies).toEqual([]);
  });

  it("answers every reuse within the grace period with the same successor, one after another", async () => {
    const { value } = await signIn();
    const answers: Answer[] = [];
    for (let i = 0; i < 5; i++) {
      answers.push(await call(t, REFRESH, {}, `kabinet_refresh=${value}`));
      t.clock.advance(1000);
    }
    const successors = answers.map((a) => cookieValue(a, "kabinet_refresh"));
    expect(new Set(successors).size).toBe(1);
    expect(new Set(answers.map((a) => a.body.data.sessionRefresh.session.refreshTokenExpiresAt)).size).toBe(1);
    const sessionId = await sessionOf(value);
    expect((await live(sessionId)).map((r) => r.tokenHash)).toEqual([sha256(successors[0]!)]);
    // Each access token works (freshly signed each time).
    for (const a of answers) expect((await call(t, VIEWER, {}, undefined, a.body.data.sessionRefresh.session.accessToken)).body.data.viewer).not.toBeNull();
    // The successor rotates on as usual.
    const next = await call(t, REFRESH, {}, `kabinet_refresh=${successors[0]}`);
    expect(cookieValue(next, "kabinet_refresh")).not.toBe(successors[0]);
    expect(await live(sessionId)).toHaveLength(1);
  });

  it("gives 5 parallel refreshes with one token the same successor", async () => {
    const { value } = await signIn();
    const answers = await Promise.all(Array.from({ length: 5 }, () => call(t, REFRESH, {}, `kabinet_refresh=${value}`)));
    for (const a of answers) expect(a.body.data.sessionRefresh.userErrors).toEqual([]);
    const successors = new Set(answers.map((a) => cookieValue(a, "kabinet_refresh")));
    expect(successors.size).toBe(1);
    const [successor] = [...successors];
    expect((await live(await sessionOf(value))).map((r) => r.tokenHash)).toEqual([sha256(successor!)]);
  });

  it("a reuse after the grace period revokes the session and clears the cookie", async () => {
    const { value } = await signIn();
    const first = await call(t, REFRESH, {}, `kabinet_refresh=${value}`);
    const successor = cookieValue(first, "kabinet_refresh")!;
    t.clock.advance(REUSE_GRACE_MS + 1000);
    const reuse = await call(t, REFRESH, {}, `kabinet_refresh=${value}`);
    expect(reuse.body.data.sessionRefresh.userErrors[0].code).toBe("SESSION_EXPIRED");
    expect(reuse.cookies).toHaveLength(1);
    expect(cookieValue(reuse, "kabinet_refresh")).toBe("");
    expect(reuse.cookies[0]).toContain("Expires=Thu, 01 Jan 1970 00:00:00 GMT");
    expect(reuse.cookies[0]).toContain("Path=/graphql");
    const theSuccessor = await call(t, REFRESH, {}, `kabinet_refresh=${successor}`);
    expect(theSuccessor.body.data.sessionRefresh.session).toBeNull();
    expect((await call(t, VIEWER, {}, undefined, first.body.data.sessionRefresh.session.accessToken)).body.data.viewer).toBeNull();
  });

  it("a reuse within the grace period after the successor moved on is theft: the session is revoked", async () => {
    const { value } = await signIn();
    const successor = cookieValue(await call(t, REFRESH, {}, `kabinet_refresh=${value}`), "kabinet_refresh")!;
    const third = await call(t, REFRESH, {}, `kabinet_refresh=${successor}`);
    expect(third.body.data.sessionRefresh.userErrors).toEqual([]);
    const stale = await call(t, REFRESH, {}, `kabinet_refresh=${value}`);
    expect(stale.body.data.sessionRefresh.userErrors[0].code).toBe("SESSION_EXPIRED");
    expect(await live(await sessionOf(value))).toEqual([]);
  });

  it("sessionRevoke signs out by cookie and clears it", async () => {
    const c = await createCustomer(database.prisma);
    const a = await call(t, SIGN_IN, { l: c.user.login, p: c.password });
    const value = cookieValue(a, "kabinet_refresh")!;
    const r = await call(t, `mutation { sessionRevoke { revoked } }`, {}, `kabinet_refresh=${value}`);
    expect(r.body.data.sessionRevoke.revoked).toBe(true);
    expect(cookieValue(r, "kabinet_refresh")).toBe("");
    expect((await call(t, VIEWER, {}, undefined, a.body.data.sessionCreate.session.accessToken)).body.data.viewer).toBeNull();
    expect((await call(t, REFRESH, {}, `kabinet_refresh=${value}`)).body.data.sessionRefresh.session).toBeNull();
  });

  it("keeps the operators' console cookie apart from the customer's", async () => {
    const staff = await call(t, STAFF_SIGN_IN, { l: "op-cookie", p: "operator2026" });
    expect(staff.body.data.staffSessionCreate.session.refreshToken).toBeNull();
    const staffValue = cookieValue(staff, "kabinet_staff_refresh")!;
    expect(staff.cookies[0]!.split("; ")).toEqual(expect.arrayContaining(["HttpOnly", "SameSite=Strict", "Path=/graphql"]));
    const customer = await signIn();
    const both = `kabinet_refresh=${customer.value}; kabinet_staff_refresh=${staffValue}`;

    // Each console's refresh reads and rotates only its own cookie.
    const s = await call(t, STAFF_REFRESH, {}, both);
    expect(s.cookies.map((c) => c.split("=")[0])).toEqual(["kabinet_staff_refresh"]);
    expect((await call(t, VIEWER, {}, undefined, s.body.data.staffSessionRefresh.session.accessToken)).body.data).toEqual({
      viewer: null,
      staffViewer: { login: "op-cookie" },
    });
    const c = await call(t, REFRESH, {}, both);
    expect(c.cookies.map((x) => x.split("=")[0])).toEqual(["kabinet_refresh"]);
    expect((await call(t, VIEWER, {}, undefined, c.body.data.sessionRefresh.session.accessToken)).body.data.viewer).toEqual({ login: customer.login });

    // A staff token under the customer's cookie name (or back) refreshes nothing and spends nothing.
    const other = await signIn();
    const swapped = await call(t, STAFF_REFRESH, {}, `kabinet_staff_refresh=${other.value}`);
    expect(swapped.body.data.staffSessionRefresh.session).toBeNull();
    expect(await live(await sessionOf(other.value))).toHaveLength(1);
    expect((await call(t, REFRESH, {}, `kabinet_refresh=${other.value}`)).body.data.sessionRefresh.userErrors).toEqual([]);

    const out = await call(t, `mutation { staffSessionRevoke { revoked } }`, {}, `kabinet_staff_refresh=${cookieValue(s, "kabinet_staff_refresh")}`);
    expect(out.body.data.staffSessionRevoke.revoked).toBe(true);
    expect(cookieValue(out, "kabinet_staff_refresh")).toBe("");
  });

  it("still serves apps that ask for the token in the body: no cookie, token in the JSON, refresh by body", async () => {
    const c = await createCustomer(database.prisma);
    const a = await call(t, SIGN_IN, { l: c.user.login, p: c.password, d: "BODY" });
    expect(a.cookies).toEqual([]);
    const token = a.body.data.sessionCreate.session.refreshToken as string;
    expect(token).toMatch(/^[\w-]{43}$/);
    const r = await call(t, `mutation($t: String) { sessionRefresh(input: { refreshToken: $t }) { ${SESSION} } }`, { t: token });
    expect(r.cookies).toEqual([]);
    expect(r.body.data.sessionRefresh.session.refreshToken).toMatch(/^[\w-]{43}$/);
    expect(r.body.data.sessionRefresh.session.refreshToken).not.toBe(token);
  });
});
