import { describe, expect, it } from "vitest";
import { SignJWT } from "jose";
import { testDatabases } from "../../test/db.js";
import { withTestApp } from "../../test/app.js";
import { createCustomer } from "../../test/fixtures.js";
import { purposeKey } from "../../shared/keys.js";

const SIGN_IN = `mutation($login: String!, $password: String!) {
  sessionCreate(input: { login: $login, password: $password, refreshTokenDelivery: BODY }) {
    session { accessToken refreshToken accessTokenExpiresAt }
    viewer { login }
    userErrors { field message code }
  }
}`;
const VIEWER = `{ viewer { login accounts { id number ownerFullName address } activeAccount { number amountDue { asOf total penalty } } } }`;
const REFRESH = `mutation($t: String!) { sessionRefresh(input: { refreshToken: $t }) { session { accessToken refreshToken } userErrors { code message } } }`;

describe.each(testDatabases())("sign-in and sessions on $name", (backend) => {
  const t = withTestApp({ backend });
  const { database } = t;

  it("signs in by login and by account number, and the viewer sees their account", async () => {
    const c = await createCustomer(database.prisma);
    for (const login of [c.user.login, c.account.number]) {
      const r = await t.gql(SIGN_IN, { login, password: c.password });
      expect(r.data.sessionCreate.userErrors).toEqual([]);
      expect(r.data.sessionCreate.viewer.login).toBe(c.user.login);
      const v = await t.gql(VIEWER, {}, { token: r.data.sessionCreate.session.accessToken });
      expect(v.data.viewer.accounts).toEqual([expect.objectContaining({ number: c.account.number, ownerFullName: "Сидоров Пётр Ильич" })]);
      expect(v.data.viewer.activeAccount).toEqual({ number: c.account.number, amountDue: { asOf: "2026-11-24", total: "0.00", penalty: "0.00" } });
    }
  });

  it("refuses a wrong password or unknown login with the same message and issues nothing", async () => {
    const c = await createCustomer(database.prisma);
    const before = await database.prisma.session.count();
    for (const [login, password] of [
      [c.user.login, "wrong123"],
      ["nobody-here", "secret123"],
    ]) {
      const r = await t.gql(SIGN_IN, { login, password });
      expect(r.data.sessionCreate).toEqual({
        session: null,
        viewer: null,
        userErrors: [{ field: ["password"], message: "Неверный логин или пароль", code: "INVALID_CREDENTIALS" }],
      });
    }
    expect(await database.prisma.session.count()).toBe(before);
  });

  it("rotates refresh tokens given in the body; reusing a spent one revokes the whole session", async () => {
    const c = await createCustomer(database.prisma);
    const first = (await t.gql(SIGN_IN, { login: c.user.login, password: c.password })).data.sessionCreate.session;
    const second = (await t.gql(REFRESH, { t: first.refreshToken })).data.sessionRefresh.session;
    expect(second.refreshToken).not.toBe(first.refreshToken);
    expect((await t.gql(VIEWER, {}, { token: second.accessToken })).data.viewer.login).toBe(c.user.login);

    // Presented again at once (the answer was lost): the same successor, the device stays signed in.
    const lost = (await t.gql(REFRESH, { t: first.refreshToken })).data.sessionRefresh;
    expect(lost.userErrors).toEqual([]);
    expect(lost.session.refreshToken).toBe(second.refreshToken);
    expect((await t.gql(VIEWER, {}, { token: second.accessToken })).data.viewer.login).toBe(c.user.login);

    t.clock.advance(11_000);
    const reuse = await t.gql(REFRESH, { t: first.refreshToken });
    expect(reuse.data.sessionRefresh.userErrors[0].code).toBe("SESSION_EXPIRED");
    // The thief's reuse signs the device out: the newer tokens stop working too.
    expect((await t.gql(REFRESH, { t: second.refreshToken })).data.sessionRefresh.session).toBeNull();
    expect((await t.gql(VIEWER, {}, { token: second.accessToken })).data.viewer).toBeNull();
  });

  it("signs out with sessionRevoke", async () => {
    const c = await createCustomer(database.prisma);
    const s = (await t.gql(SIGN_IN, { login: c.user.login, password: c.password })).data.sessionCreate.session;
    const r = await t.gql(`mutation($t: String!) { sessionRevoke(input: { refreshToken: $t }) { revoked } }`, { t: s.refreshToken });
    expect(r.data.sessionRevoke.revoked).toBe(true);
    expect((await t.gql(VIEWER, {}, { token: s.accessToken })).data.viewer).toBeNull();
  });

  it("rejects expired, forged, wrong-algorithm, wrong-audience and wrong-issuer tokens", async () => {
    const c = await createCustomer(database.prisma);
    const s = (await t.gql(SIGN_IN, { login: c.user.login, password: c.password })).data.sessionCreate.session;
    t.clock.advance(16 * 60 * 1000);
    expect((await t.gql(VIEWER, {}, { token: s.accessToken })).data.viewer).toBeNull();
    t.clock.advance(-16 * 60 * 1000);

    const unsigned = `${Buffer.from('{"alg":"none"}').toString("base64url")}.${Buffer.from(JSON.stringify({ sub: `user:${c.user.id}`, sid: 1, aud: "kabinet-api", iss: "kabinet", exp: 4e9 })).toString("base64url")}.`;
    const otherKey = await new SignJWT({ sid: 1 })
      .setProtectedHeader({ alg: "HS256" })
      .setSubject(`user:${c.user.id}`)
      .setAudience("kabinet-api")
      .setIssuer("kabinet")
      .setExpirationTime("1h")
      .sign(new TextEncoder().encode("x".repeat(40)));
    const key = purposeKey(t.config.jwtSecret, "access-token");
    const sid = JSON.parse(Buffer.from(s.accessToken.split(".")[1], "base64url").toString()).sid;
    const claims = (aud: string, iss: string) =>
      new SignJWT({ sid }).setProtectedHeader({ alg: "HS256" }).setSubject(`user:${c.user.id}`).setAudience(aud).setIssuer(iss).setExpirationTime("1h");
    const wrongAudience = await claims("kabinet-document", "kabinet").sign(key);
    const wrongIssuer = await claims("kabinet-api", "someone-else").sign(key);
    const rightOnes = await claims("kabinet-api", "kabinet").sign(key);
    expect((await t.gql(VIEWER, {}, { token: rightOnes })).data.viewer).not.toBeNull(); // the forgeries below differ only in one claim
    for (const token of [unsigned, otherKey, wrongAudience, wrongIssuer]) expect((await t.gql(VIEWER, {}, { token })).data.viewer).toBeNull();
  });

  it("never shows another customer's account, even by its global ID", async () => {
    const a = await createCustomer(database.prisma);
    const b = await createCustomer(database.prisma);
    const tokenA = (await t.gql(SIGN_IN, { login: a.user.login, password: a.password })).data.sessionCreate.session.accessToken;
    const tokenB = (await t.gql(SIGN_IN, { login: b.user.login, password: b.password })).data.sessionCreate.session.accessToken;
    const idB = (await t.gql(VIEWER, {}, { token: tokenB })).data.viewer.accounts[0].id;
    const q = `query($id: ID!) { node(id: $id) { ... on Account { number } } }`;
    expect((await t.gql(q, { id: idB }, { token: tokenB })).data.node).toEqual({ number: b.account.number });
    expect((await t.gql(q, { id: idB }, { token: tokenA })).data.node).toBeNull();
    expect((await t.gql(q, { id: idB })).data.node).toBeNull();
    const set = await t.gql(
      `mutation($id: ID!) { viewerActiveAccountSet(input: { accountId: $id }) { viewer { login } userErrors { code message } } }`,
      { id: idB },
      { token: tokenA },
    );
    expect(set.data.viewerActiveAccountSet.userErrors).toEqual([{ code: "ACCOUNT_NOT_LINKED", message: "Лицевой счет не привязан к учетной записи" }]);
  });
});

describe.each(testDatabases())("sign-in throttling on $name", (backend) => {
  const t = withTestApp({ backend });
  const { database } = t;

  it("locks a login after 5 failures for 15 minutes, even with the right password", async () => {
    const c = await createCustomer(database.prisma);
    for (let i = 0; i < 5; i++) {
      const r = await t.gql(SIGN_IN, { login: c.user.login, password: `wrong${i}x` });
      expect(r.data.sessionCreate.userErrors[0].code).toBe("INVALID_CREDENTIALS");
    }
    const locked = await t.gql(SIGN_IN, { login: c.user.login, password: c.password });
    expect(locked.data.sessionCreate.session).toBeNull();
    expect(locked.data.sessionCreate.userErrors[0]).toEqual({
      field: ["login"],
      code: "TOO_MANY_ATTEMPTS",
      message: "Слишком много неудачных попыток входа. Повторите попытку через 15 мин.",
    });
    t.clock.advance(15 * 60_000 + 1000);
    const after = await t.gql(SIGN_IN, { login: c.user.login, password: c.password });
    expect(after.data.sessionCreate.userErrors).toEqual([]);
    t.clock.advance(-(15 * 60_000 + 1000));
  });

  it("counts parallel failures exactly", async () => {
    const c = await createCustomer(database.prisma);
    await Promise.all(Array.from({ length: 5 }, (_, i) => t.gql(SIGN_IN, { login: c.user.login, password: `bad${i}xx` })));
    const row = await database.prisma.loginThrottle.findUnique({ where: { key: `user:${c.user.id}` } });
    expect(row?.failures).toBe(5);
    expect(row?.lockedUntil).not.toBeNull();
  });
});
