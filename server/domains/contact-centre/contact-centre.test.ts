// The contact centre (7.2): finds a user by account number, login, e-mail or phone (masked),
// opens the card (audited), signs the user out everywhere, resends a confirmation, and resets
// the credentials so that the owner can register again with the same account.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../db/client.js";
import { testDatabases } from "../../test/db.js";
import { createTestApp, type TestApp } from "../../test/app.js";
import { createCustomer } from "../../test/fixtures.js";
import { signInAs, signInAsStaff } from "../../test/session.js";
import { hashPassword } from "../identity/password.js";

const SEARCH = `query($q: String!) { contactCentreUserSearch(query: $q) { userId login email phone accountNumbers deletionRequested } }`;
const OPEN = `mutation($input: ContactCentreUserOpenInput!) { contactCentreUserOpen(input: $input) {
  user { userId login email emailConfirmedAt phone phoneConfirmedAt accounts { number } sessions { startedAt endedAt endReason } }
  userErrors { field code message } } }`;
const SIGN_OUT = `mutation($input: ContactCentreUserSignOutInput!) { contactCentreUserSignOut(input: $input) { sessionsEnded userErrors { field code message } } }`;
const RESET = `mutation($input: ContactCentreUserResetInput!) { contactCentreUserReset(input: $input) { login accountNumbers userErrors { field code message } } }`;
const RESEND = `mutation($input: ContactCentreConfirmationResendInput!) { contactCentreConfirmationResend(input: $input) { sent userErrors { field code message } } }`;
const REGISTER = `mutation($input: UserRegisterInput!) { userRegister(input: $input) { viewer { login } userErrors { field code message } } }`;
const REFRESH = `mutation($t: String!) { sessionRefresh(input: { refreshToken: $t }) { session { accessToken } userErrors { code message } } }`;

describe.each(testDatabases())("contact centre on $name", (backend) => {
  let database: Database;
  let t: TestApp;
  let cc: string; // a contact-centre employee's access token
  let operator: string;
  let customer: Awaited<ReturnType<typeof createCustomer>>;

  beforeAll(async () => {
    database = await backend.open();
    t = createTestApp(database);
    const passwordHash = await hashPassword("staff-password-1");
    await database.prisma.staffUser.createMany({
      data: [
        { login: "cc", passwordHash, fullName: "Сотрудник контакт-центра", role: "CONTACT_CENTRE" },
        { login: "op", passwordHash, fullName: "Оператор", role: "OPERATOR" },
      ],
    });
    cc = (await signInAsStaff(t, "cc", "staff-password-1")).accessToken;
    operator = (await signInAsStaff(t, "op", "staff-password-1")).accessToken;
    customer = await createCustomer(database.prisma, { accountNumber: "5090000001", login: "5090000001", password: "secret12" });
    await database.prisma.user.update({
      where: { id: customer.user.id },
      data: { email: "petr.sidorov@mail.ru", phone: "79123456789", phoneConfirmedAt: t.clock.now() },
    });
  });
  afterAll(async () => database?.close());

  const audits = (action: string) => database.prisma.auditLog.findMany({ where: { action }, orderBy: { id: "asc" } });

  it("finds the user by phone in any notation, by e-mail, login and account number — masked", async () => {
    for (const q of ["+7 (912) 345-67-89", "89123456789", "Petr.Sidorov@mail.ru", "5090000001"]) {
      const r = await t.gql(SEARCH, { q }, { token: cc });
      expect(r.errors, q).toBeUndefined();
      expect(r.data.contactCentreUserSearch, q).toEqual([
        {
          userId: expect.any(String),
          login: "50***01",
          email: "p***@mail.ru",
          phone: "+7 *** ***-**-89",
          accountNumbers: ["5090000001"],
          deletionRequested: false,
        },
      ]);
    }
    // Exact matches only: a part of a number lists nobody.
    expect((await t.gql(SEARCH, { q: "912345" }, { token: cc })).data.contactCentreUserSearch).toEqual([]);
    const short = await t.gql(SEARCH, { q: " 7 " }, { token: cc });
    expect(short.errors?.[0]?.message).toBe("Введите номер лицевого счета, логин, e-mail или телефон");
  });

  it("is for the contact centre only: operators and customers are refused", async () => {
    const own = await signInAs(t, customer.user.login, customer.password);
    for (const token of [operator, own.accessToken]) {
      const r = await t.gql(SEARCH, { q: "5090000001" }, { token });
      expect(r.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
      expect(r.data?.contactCentreUserSearch ?? null).toBeNull();
    }
    expect((await t.gql(SEARCH, { q: "5090000001" })).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("opens the card only with a reason, and writes each opening to the audit log", async () => {
    const [match] = (await t.gql(SEARCH, { q: "5090000001" }, { token: cc })).data.contactCentreUserSearch;
    const none = await t.gql(OPEN, { input: { userId: match.userId, reason: " " } }, { token: cc });
    expect(none.data.contactCentreUserOpen).toEqual({
      user: null,
      userErrors: [{ field: ["input", "reason"], code: "REASON_REQUIRED", message: "Укажите причину (от 3 до 500 символов): она записывается в журнал" }],
    });
    const before = (await audits("contact_centre.user_opened")).length;

    const r = await t.gql(OPEN, { input: { userId: match.userId, reason: "Звонок клиента 8-800" } }, { token: cc });
    expect(r.data.contactCentreUserOpen.userErrors).toEqual([]);
    expect(r.data.contactCentreUserOpen.user).toMatchObject({
      login: "5090000001",
      email: "petr.sidorov@mail.ru",
      emailConfirmedAt: null,
      phone: "79123456789",
      accounts: [{ number: "5090000001" }],
    });
    expect(r.data.contactCentreUserOpen.user.phoneConfirmedAt).not.toBeNull();
    const opened = await audits("contact_centre.user_opened");
    expect(opened).toHaveLength(before + 1);
    expect(opened.at(-1)).toMatchObject({ actorType: "STAFF", entity: "User", entityId: String(customer.user.id), data: { reason: "Звонок клиента 8-800" } });

    const forged = await t.gql(OPEN, { input: { userId: Buffer.from("Account:1").toString("base64"), reason: "Звонок" } }, { token: cc });
    expect(forged.data.contactCentreUserOpen.userErrors[0].code).toBe("NOT_FOUND");
  });

  it("resends the unconfirmed e-mail's link; a confirmed phone is refused", async () => {
    const [match] = (await t.gql(SEARCH, { q: "5090000001" }, { token: cc })).data.contactCentreUserSearch;
    const mail = await t.gql(RESEND, { input: { userId: match.userId, channel: "EMAIL", reason: "Не пришло письмо" } }, { token: cc });
    expect(mail.data.contactCentreConfirmationResend).toEqual({ sent: true, userErrors: [] });
    expect(t.outbox!.list({ to: "petr.sidorov@mail.ru" }).at(-1)?.text).toContain("/confirm-email?token=");
    const phone = await t.gql(RESEND, { input: { userId: match.userId, channel: "PHONE", reason: "Не пришло SMS" } }, { token: cc });
    expect(phone.data.contactCentreConfirmationResend.sent).toBe(false);
    expect(phone.data.contactCentreConfirmationResend.userErrors[0].code).toBe("ALREADY_CONFIRMED");
    expect(await audits("contact_centre.confirmation_resent")).toHaveLength(1);
  });

  it("signs the user out everywhere: every refresh token stops working", async () => {
    const a = await signInAs(t, customer.user.login, customer.password);
    const b = await signInAs(t, customer.user.login, customer.password);
    const [match] = (await t.gql(SEARCH, { q: "5090000001" }, { token: cc })).data.contactCentreUserSearch;
    const r = await t.gql(SIGN_OUT, { input: { userId: match.userId, reason: "Клиент потерял телефон" } }, { token: cc });
    expect(r.data.contactCentreUserSignOut.userErrors).toEqual([]);
    expect(r.data.contactCentreUserSignOut.sessionsEnded).toBeGreaterThanOrEqual(2);
    for (const s of [a, b]) {
      const refreshed = await t.gql(REFRESH, { t: s.refreshToken });
      expect(refreshed.data?.sessionRefresh?.session ?? null).toBeNull();
      expect((await t.gql(`{ viewer { login } }`, {}, { token: s.accessToken })).data?.viewer ?? null).toBeNull();
    }
    expect((await audits("contact_centre.signed_out")).at(-1)?.data).toMatchObject({ reason: "Клиент потерял телефон" });
  });

  it("resets the credentials: the user is gone at once, audited, and the owner registers again with the account", async () => {
    const session = await signInAs(t, customer.user.login, customer.password);
    const [match] = (await t.gql(SEARCH, { q: "5090000001" }, { token: cc })).data.contactCentreUserSearch;
    const r = await t.gql(RESET, { input: { userId: match.userId, reason: "Обращение №123: сброс учетных данных" } }, { token: cc });
    expect(r.data.contactCentreUserReset).toEqual({ login: "5090000001", accountNumbers: ["5090000001"], userErrors: [] });
    expect(await database.prisma.user.findUnique({ where: { id: customer.user.id } })).toBeNull();
    expect((await t.gql(`{ viewer { login } }`, {}, { token: session.accessToken })).data?.viewer ?? null).toBeNull();
    expect((await audits("contact_centre.user_reset")).at(-1)).toMatchObject({
      entityId: String(customer.user.id),
      data: { reason: "Обращение №123: сброс учетных данных", accountNumbers: ["5090000001"] },
    });
    expect((await audits("user.deleted")).at(-1)).toMatchObject({ actorType: "STAFF", entityId: String(customer.user.id) });
    expect((await t.gql(SEARCH, { q: "5090000001" }, { token: cc })).data.contactCentreUserSearch).toEqual([]);

    // A second reset of the same user changes nothing.
    const again = await t.gql(RESET, { input: { userId: match.userId, reason: "Повтор" } }, { token: cc });
    expect(again.data.contactCentreUserReset.userErrors[0].code).toBe("NOT_FOUND");

    const registered = await t.gql(REGISTER, {
      input: {
        accountNumber: "5090000001",
        ownerLastName: "Сидоров",
        email: null,
        phone: "+7 912 345-67-89",
        password: "newpass12",
        passwordConfirmation: "newpass12",
        consentPersonalData: true,
      },
    });
    expect(registered.data.userRegister.userErrors).toEqual([]);
    expect(registered.data.userRegister.viewer.login).toBe("5090000001");
  });
});
