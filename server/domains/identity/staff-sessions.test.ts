import { describe, expect, it } from "vitest";
import { testDatabases } from "../../test/db.js";
import { withTestApp } from "../../test/app.js";
import { createCustomer } from "../../test/fixtures.js";
import { signInAs, signInAsStaff } from "../../test/session.js";
import { hashPassword } from "./password.js";

const STAFF_SIGN_IN = `mutation($l: String!, $p: String!) {
  staffSessionCreate(input: { login: $l, password: $p, refreshTokenDelivery: BODY }) { session { accessToken refreshToken } staff { login fullName role } userErrors { field code message } }
}`;
const WHO = `{ staffViewer { login role } viewer { login } }`;

describe.each(testDatabases())("staff sign-in on $name", (backend) => {
  const t = withTestApp({
    backend,
    seed: async () => {
      const passwordHash = await hashPassword("operator2026");
      await database.prisma.staffUser.createMany({
        data: [
          { login: "operator", passwordHash, fullName: "Оператор Контактного центра", role: "OPERATOR" },
          { login: "retired", passwordHash, fullName: "Бывший сотрудник", role: "OPERATOR", active: false },
        ],
      });
    },
  });
  const { database } = t;

  it("an operator signs in, sees themselves as staff and not as a customer, and refreshes", async () => {
    const r = await t.gql(STAFF_SIGN_IN, { l: "operator", p: "operator2026" });
    expect(r.data.staffSessionCreate.userErrors).toEqual([]);
    expect(r.data.staffSessionCreate.staff).toEqual({ login: "operator", fullName: "Оператор Контактного центра", role: "OPERATOR" });
    const who = await t.gql(WHO, {}, { token: r.data.staffSessionCreate.session.accessToken });
    expect(who.data).toEqual({ staffViewer: { login: "operator", role: "OPERATOR" }, viewer: null });

    const refreshed = await t.gql(`mutation($t: String!) { sessionRefresh(input: { refreshToken: $t }) { session { accessToken } userErrors { code } } }`, {
      t: r.data.staffSessionCreate.session.refreshToken,
    });
    const again = await t.gql(WHO, {}, { token: refreshed.data.sessionRefresh.session.accessToken });
    expect(again.data.staffViewer).toEqual({ login: "operator", role: "OPERATOR" });
  });

  it("refuses wrong passwords, inactive staff and customer credentials with the manual's message", async () => {
    const c = await createCustomer(database.prisma);
    for (const [l, p] of [
      ["operator", "wrong-password"],
      ["retired", "operator2026"],
      [c.user.login, c.password],
    ]) {
      const r = await t.gql(STAFF_SIGN_IN, { l, p });
      expect(r.data.staffSessionCreate.session).toBeNull();
      expect(r.data.staffSessionCreate.userErrors).toEqual([{ field: ["password"], code: "INVALID_CREDENTIALS", message: "Неверный логин или пароль" }]);
    }
    // A customer's token is not a staff token.
    const customer = await signInAs(t, c.user.login, c.password);
    const who = await t.gql(WHO, {}, { token: customer.accessToken });
    expect(who.data.staffViewer).toBeNull();
    expect(who.data.viewer).toEqual({ login: c.user.login });
    await expect(signInAsStaff(t, "operator", "operator2026")).resolves.toHaveProperty("accessToken");
  });
});
