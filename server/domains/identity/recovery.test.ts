import { beforeEach, describe, expect, it } from "vitest";
import { withTestApp } from "../../test/app.js";
import { testDatabases } from "../../test/db.js";
import { createCustomer } from "../../test/fixtures.js";
import { signInAs } from "../../test/session.js";
import { identityErrors } from "./errors.js";

const REQUEST = `mutation($login: String!, $channel: ContactChannel!) { passwordResetRequest(input: { login: $login, channel: $channel }) { sentTo userErrors { field message code } } }`;
const RESET = `mutation($input: PasswordResetInput!) { passwordReset(input: $input) { viewer { login } userErrors { field message code } } }`;

describe.each(testDatabases())("password recovery on $name", (backend) => {
  const sent: { channel: string; to: string; text: string }[] = [];
  const t = withTestApp({ backend, sink: (m) => sent.push(m) });
  const { database } = t;
  beforeEach(() => void (sent.length = 0));

  async function customer(contacts: { email?: string; phone?: string; confirmed?: boolean }) {
    const c = await createCustomer(database.prisma);
    const now = new Date();
    await database.prisma.user.update({
      where: { id: c.user.id },
      data: {
        email: contacts.email ?? null,
        phone: contacts.phone ?? null,
        emailConfirmedAt: contacts.email && contacts.confirmed !== false ? now : null,
        phoneConfirmedAt: contacts.phone && contacts.confirmed !== false ? now : null,
      },
    });
    return c;
  }

  it("by e-mail link, for login or account number; every old session is signed out", async () => {
    const c = await customer({ email: `r${Date.now()}@mail.ru` });
    const old = await signInAs(t, c.user.login, c.password);
    const r = (await t.gql(REQUEST, { login: c.account.number, channel: "EMAIL" })).data.passwordResetRequest;
    expect(r.userErrors).toEqual([]);
    expect(r.sentTo).toMatch(/^r\*\*\*@mail\.ru$/);
    const token = /recover\?token=([\w-]+)/.exec(sent[0]!.text)![1]!;
    const done = (await t.gql(RESET, { input: { token, password: "newpass7", passwordConfirmation: "newpass7" } })).data.passwordReset;
    expect(done).toEqual({ viewer: { login: c.user.login }, userErrors: [] });
    expect((await t.gql(`{ viewer { login } }`, {}, { token: old.accessToken })).data.viewer).toBeNull();
    await signInAs(t, c.user.login, "newpass7");
    // Single use.
    const again = (await t.gql(RESET, { input: { token, password: "other123", passwordConfirmation: "other123" } })).data.passwordReset;
    expect(again.userErrors[0].code).toBe("LINK_INVALID");
    // The stored copy of the e-mail does not carry the secret.
    const stored = await database.prisma.outboundMessage.findFirstOrThrow({ where: { userId: c.user.id }, orderBy: { id: "desc" } });
    expect(stored.body).not.toContain(token);
  });

  it("by SMS code with the login", async () => {
    const c = await customer({ phone: "79120000001" });
    const r = (await t.gql(REQUEST, { login: c.user.login, channel: "PHONE" })).data.passwordResetRequest;
    expect(r.sentTo).toBe("+7(912)***-**-01");
    const code = /(\d{6})/.exec(sent[0]!.text)![1]!;
    const weak = (await t.gql(RESET, { input: { login: c.user.login, code, password: "short", passwordConfirmation: "short" } })).data.passwordReset;
    expect(weak.userErrors[0].code).toBe("WEAK_PASSWORD");
    const ok = (await t.gql(RESET, { input: { login: c.user.login, code, password: "sms2026x", passwordConfirmation: "sms2026x" } })).data.passwordReset;
    expect(ok.userErrors).toEqual([]);
    await signInAs(t, c.user.login, "sms2026x");
  });

  it("only to a confirmed contact: figure 8 for a missing one, «не подтвержден» and where to confirm for a saved one", async () => {
    const noEmail = await customer({ phone: "79120000002" });
    expect((await t.gql(REQUEST, { login: noEmail.user.login, channel: "EMAIL" })).data.passwordResetRequest.userErrors[0]).toEqual({
      field: ["input", "channel"],
      code: "NO_CONFIRMED_EMAIL",
      message: "У пользователя не указан e-mail. Выберите отправку кода по sms",
    });
    const noPhone = await customer({ email: `p${Date.now()}@mail.ru` });
    expect((await t.gql(REQUEST, { login: noPhone.user.login, channel: "PHONE" })).data.passwordResetRequest.userErrors[0]).toEqual({
      field: ["input", "channel"],
      code: "NO_CONFIRMED_PHONE",
      message: "У пользователя не указан номер телефона. Выберите отправку ссылки на e-mail",
    });
    // Saved but not confirmed: not «не указан», but «не подтвержден» and where to confirm it.
    const unconfirmed = await customer({ email: `u${Date.now()}@mail.ru`, phone: "79120000003", confirmed: false });
    const phone = (await t.gql(REQUEST, { login: unconfirmed.user.login, channel: "PHONE" })).data.passwordResetRequest.userErrors[0];
    expect(phone.code).toBe("PHONE_NOT_CONFIRMED");
    expect(phone.message).not.toContain("не указан");
    expect(phone.message).toMatch(/^У пользователя не подтвержден номер телефона\. Выберите отправку ссылки на e-mail\./);
    expect(phone.message).toContain("«Профиль»");
    expect(phone.message).toContain("«Почта, телефон»");
    expect(phone.message).toContain("кодом из SMS");
    const email = (await t.gql(REQUEST, { login: unconfirmed.user.login, channel: "EMAIL" })).data.passwordResetRequest.userErrors[0];
    expect(email).toEqual({ field: ["input", "channel"], code: "EMAIL_NOT_CONFIRMED", message: identityErrors.message("EMAIL_NOT_CONFIRMED", "recovery") });
    expect(email.message).toMatch(/^У пользователя не подтвержден e-mail\. Выберите отправку кода по sms\./);
    expect((await t.gql(REQUEST, { login: "no-such-user", channel: "EMAIL" })).data.passwordResetRequest.userErrors[0].code).toBe("USER_NOT_FOUND");
    expect(sent).toEqual([]);
  });
});
