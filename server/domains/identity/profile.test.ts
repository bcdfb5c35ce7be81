import { describe, expect, it } from "vitest";
import { purgeDeletedUsers } from "../accounts/links.js";
import { createTestApp, withTestApp } from "../../test/app.js";
import { testDatabases } from "../../test/db.js";
import { createCustomer } from "../../test/fixtures.js";
import { signInAs } from "../../test/session.js";
import { identityErrors } from "./errors.js";

describe.each(testDatabases())("profile on $name", (backend) => {
  const sent: { channel: string; to: string; text: string }[] = [];
  const t = withTestApp({ backend, sink: (m) => sent.push(m) });
  const { database } = t;

  it("links an account by number and owner surname; refuses wrong ones and repeats", async () => {
    const c = await createCustomer(database.prisma);
    const other = await database.prisma.account.create({
      data: { number: `77${String(Date.now()).slice(-8)}`, ownerLastName: "Кузнецова", ownerFirstName: "Анна", address: "Тюмень", objectType: "Квартира" },
    });
    const { accessToken } = await signInAs(t, c.user.login, c.password);
    const LINK = `mutation($n: String!, $s: String!) { accountLink(input: { accountNumber: $n, ownerLastName: $s }) { account { number } userErrors { message code } } }`;
    expect((await t.gql(LINK, { n: other.number, s: "Иванова" }, { token: accessToken })).data.accountLink.userErrors[0].message).toBe(
      "Введены ошибочные данные (ЛС или Фамилия)",
    );
    expect((await t.gql(LINK, { n: other.number, s: "кузнецова" }, { token: accessToken })).data.accountLink).toEqual({
      account: { number: other.number },
      userErrors: [],
    });
    expect((await t.gql(LINK, { n: other.number, s: "Кузнецова" }, { token: accessToken })).data.accountLink.userErrors[0].code).toBe("ALREADY_LINKED");
    const v = await t.gql(`{ viewer { accounts { number } profileCompleteness } }`, {}, { token: accessToken });
    expect(v.data.viewer.accounts.map((a: { number: string }) => a.number).sort()).toEqual([c.account.number, other.number].sort());
    expect(v.data.viewer.profileCompleteness).toBe(20);
  });

  it("changes the password only with the current one and signs out the other devices", async () => {
    const c = await createCustomer(database.prisma);
    const here = await signInAs(t, c.user.login, c.password);
    const elsewhere = await signInAs(t, c.user.login, c.password);
    const CHANGE = `mutation($i: ViewerPasswordChangeInput!) { viewerPasswordChange(input: $i) { userErrors { message code } } }`;
    const wrong = await t.gql(CHANGE, { i: { currentPassword: "nope", password: "fresh123", passwordConfirmation: "fresh123" } }, { token: here.accessToken });
    expect(wrong.data.viewerPasswordChange.userErrors[0].message).toBe(identityErrors.message("WRONG_PASSWORD"));
    const ok = await t.gql(CHANGE, { i: { currentPassword: c.password, password: "fresh123", passwordConfirmation: "fresh123" } }, { token: here.accessToken });
    expect(ok.data.viewerPasswordChange.userErrors).toEqual([]);
    expect((await t.gql(`{ viewer { login } }`, {}, { token: here.accessToken })).data.viewer).not.toBeNull();
    expect((await t.gql(`{ viewer { login } }`, {}, { token: elsewhere.accessToken })).data.viewer).toBeNull();
  });

  it("changes the login (unique) and contacts; a changed e-mail is confirmed anew, subscriptions need it", async () => {
    const a = await createCustomer(database.prisma);
    const b = await createCustomer(database.prisma);
    const { accessToken: token } = await signInAs(t, a.user.login, a.password);
    const LOGIN = `mutation($l: String!) { viewerLoginChange(input: { login: $l }) { viewer { login } userErrors { message code } } }`;
    expect((await t.gql(LOGIN, { l: b.user.login }, { token })).data.viewerLoginChange.userErrors[0].message).toBe(identityErrors.message("LOGIN_TAKEN"));
    expect((await t.gql(LOGIN, { l: "пользователь" }, { token })).data.viewerLoginChange.userErrors[0].code).toBe("INVALID_LOGIN");
    expect((await t.gql(LOGIN, { l: `new.login.${a.user.id}` }, { token })).data.viewerLoginChange.viewer.login).toBe(`new.login.${a.user.id}`);

    const SUBS = `mutation { viewerSubscriptionsUpdate(input: { eInvoice: true, info: false }) { viewer { subscriptions { eInvoice info } } userErrors { message } } }`;
    expect((await t.gql(SUBS, {}, { token })).data.viewerSubscriptionsUpdate.userErrors[0].message).toBe(
      identityErrors.message("EMAIL_NOT_CONFIRMED", "subscription"),
    );

    const CONTACTS = `mutation($e: String, $p: String) { viewerContactsUpdate(input: { email: $e, phone: $p }) { viewer { email emailConfirmed phone } emailConfirmationSent phoneConfirmationRequired userErrors { message code } } }`;
    const email = `c${a.user.id}@mail.ru`;
    const r = (await t.gql(CONTACTS, { e: email, p: "+7 912 111 22 33" }, { token })).data.viewerContactsUpdate;
    expect(r).toMatchObject({ viewer: { email, emailConfirmed: false, phone: "79121112233" }, emailConfirmationSent: true, phoneConfirmationRequired: true });
    const link = /confirm-email\?token=([\w-]+)/.exec(sent.filter((m) => m.to === email).at(-1)!.text)![1]!;
    await t.gql(`mutation($t: String!) { contactConfirm(input: { token: $t }) { userErrors { code } } }`, { t: link });
    expect((await t.gql(SUBS, {}, { token })).data.viewerSubscriptionsUpdate).toEqual({
      viewer: { subscriptions: { eInvoice: true, info: false } },
      userErrors: [],
    });
    // Saving the same e-mail again keeps it confirmed.
    const same = (await t.gql(CONTACTS, { e: email, p: "79121112233" }, { token })).data.viewerContactsUpdate;
    expect(same).toMatchObject({ viewer: { emailConfirmed: true }, emailConfirmationSent: false, phoneConfirmationRequired: false });
    expect((await t.gql(CONTACTS, { e: null, p: null }, { token })).data.viewerContactsUpdate.userErrors[0].message).toBe(
      "Обязательно необходим один из контактов",
    );
  });

  it("unlinking the last account asks for confirmation, then the purge deletes the user and keeps the account", async () => {
    const c = await createCustomer(database.prisma);
    await database.prisma.consent.create({ data: { userId: c.user.id, kind: "PERSONAL_DATA", textVersion: "2023-01" } });
    const { accessToken: token } = await signInAs(t, c.user.login, c.password);
    const id = (await t.gql(`{ viewer { accounts { id } } }`, {}, { token })).data.viewer.accounts[0].id;
    const UNLINK = `mutation($id: ID!, $c: Boolean) { accountUnlink(input: { accountId: $id, confirmDeletion: $c }) { deletionScheduled userErrors { code message } } }`;
    const ask = (await t.gql(UNLINK, { id, c: false }, { token })).data.accountUnlink;
    expect(ask.userErrors[0].code).toBe("CONFIRMATION_REQUIRED");
    expect(await database.prisma.userAccount.count({ where: { userId: c.user.id } })).toBe(1);

    expect((await t.gql(UNLINK, { id, c: true }, { token })).data.accountUnlink).toEqual({ deletionScheduled: true, userErrors: [] });
    expect((await t.gql(`{ viewer { login } }`, {}, { token })).data.viewer).toBeNull();
    const again = await t.gql(`mutation($l: String!, $p: String!) { sessionCreate(input: { login: $l, password: $p }) { userErrors { code } } }`, {
      l: c.user.login,
      p: c.password,
    });
    expect(again.data.sessionCreate.userErrors[0].code).toBe("INVALID_CREDENTIALS");

    expect(await purgeDeletedUsers({ db: database.prisma, clock: t.clock })).toBeGreaterThanOrEqual(1);
    expect(await database.prisma.user.findUnique({ where: { id: c.user.id } })).toBeNull();
    expect(await database.prisma.account.findUnique({ where: { id: c.account.id } })).not.toBeNull();
    const consent = await database.prisma.consent.findFirstOrThrow({ where: { userId: null, textVersion: "2023-01", withdrawnAt: { not: null } } });
    expect(consent.withdrawnAt).not.toBeNull();
    const log = await database.prisma.auditLog.findMany({ where: { entity: "User", entityId: String(c.user.id) }, orderBy: { id: "asc" } });
    expect(log.map((l) => l.action)).toEqual(["consent.withdrawn", "user.deleted"]);
  });
});

describe.each(testDatabases())("changing the e-mail right after registering on $name", (backend) => {
  it("sends a link to the new address at once and keeps the change whole", async () => {
    const database = await backend.open();
    try {
      const sent: { to: string }[] = [];
      const t = createTestApp(database, { sink: (m) => sent.push(m) });
      const acc = await database.prisma.account.create({
        data: { number: "5090000001", ownerLastName: "Орлов", ownerFirstName: "Олег", address: "Тюмень", objectType: "Квартира" },
      });
      const reg = await t.gql(`mutation($i: UserRegisterInput!) { userRegister(input: $i) { session { accessToken } userErrors { code } } }`, {
        i: {
          accountNumber: acc.number,
          ownerLastName: "Орлов",
          email: "first@mail.ru",
          password: "orlov2026",
          passwordConfirmation: "orlov2026",
          consentPersonalData: true,
        },
      });
      const token = reg.data.userRegister.session.accessToken;
      const r = await t.gql(
        `mutation { viewerContactsUpdate(input: { email: "second@mail.ru" }) { emailConfirmationSent userErrors { code } } }`,
        {},
        { token },
      );
      expect(r.data.viewerContactsUpdate).toEqual({ emailConfirmationSent: true, userErrors: [] });
      expect(sent.map((m) => m.to)).toEqual(["first@mail.ru", "second@mail.ru"]);
    } finally {
      await database.close();
    }
  });
});
