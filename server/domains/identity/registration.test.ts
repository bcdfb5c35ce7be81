import { beforeEach, describe, expect, it } from "vitest";
import { withTestApp } from "../../test/app.js";
import { testDatabases } from "../../test/db.js";
import { accountErrors } from "../accounts/errors.js";
import { FIELD_TEXT, identityErrors } from "./errors.js";

const REGISTER = `mutation($input: UserRegisterInput!) {
  userRegister(input: $input) {
    viewer { login email emailConfirmed phone phoneConfirmed activeAccount { number } }
    session { accessToken }
    emailConfirmationSent phoneConfirmationRequired
    userErrors { field message code }
  }
}`;
const CONFIRM = `mutation($input: ContactConfirmInput!) { contactConfirm(input: $input) { viewer { emailConfirmed phoneConfirmed } userErrors { field message code } } }`;
const SEND = `mutation($c: ContactChannel!) { contactCodeSend(input: { channel: $c }) { sent userErrors { message code } } }`;

interface Sent {
  channel: "EMAIL" | "SMS";
  to: string;
  text: string;
}

describe.each(testDatabases())("registration and contact confirmation on $name", (backend) => {
  const sent: Sent[] = [];
  let n = 0;

  const t = withTestApp({ backend, sink: (m) => sent.push(m) });
  const { database } = t;

  async function account(surname = "Иванов") {
    n += 1;
    const number = `50822${String(n).padStart(5, "0")}`;
    await database.prisma.account.create({
      data: { number, ownerLastName: surname, ownerFirstName: "Пётр", address: "Сургут, ул. Ленина, 1", objectType: "Квартира" },
    });
    return number;
  }
  const input = (over: Record<string, unknown>) => ({
    accountNumber: "0000000000",
    ownerLastName: "Иванов",
    email: null,
    phone: null,
    password: "secret12",
    passwordConfirmation: "secret12",
    consentPersonalData: true,
    ...over,
  });
  const counts = async () => ({
    users: await database.prisma.user.count(),
    consents: await database.prisma.consent.count(),
    links: await database.prisma.userAccount.count(),
  });

  beforeEach(() => void (sent.length = 0));

  it("registers with e-mail: consent recorded, a link sent, following it confirms the e-mail once", async () => {
    const number = await account();
    const r = (
      await t.gql(REGISTER, { input: input({ accountNumber: number, ownerLastName: " иванов ", email: "Petr.Ivanov@Mail.ru" }) }, { clientAddress: "10.1.2.3" })
    ).data.userRegister;
    expect(r.userErrors).toEqual([]);
    expect(r.viewer).toEqual({
      login: "petr.ivanov@mail.ru",
      email: "petr.ivanov@mail.ru",
      emailConfirmed: false,
      phone: null,
      phoneConfirmed: false,
      activeAccount: { number },
    });
    expect(r.emailConfirmationSent).toBe(true);
    const consent = await database.prisma.consent.findFirstOrThrow({ where: { user: { login: "petr.ivanov@mail.ru" } } });
    expect(consent).toMatchObject({ kind: "PERSONAL_DATA", textVersion: "2023-01", clientAddress: "10.1.2.3" });

    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ channel: "EMAIL", to: "petr.ivanov@mail.ru" });
    const token = /confirm-email\?token=([\w-]+)/.exec(sent[0]!.text)![1]!;
    const ok = (await t.gql(CONFIRM, { input: { token } })).data.contactConfirm;
    expect(ok).toEqual({ viewer: { emailConfirmed: true, phoneConfirmed: false }, userErrors: [] });
    const again = (await t.gql(CONFIRM, { input: { token } })).data.contactConfirm;
    expect(again.userErrors[0].code).toBe("LINK_INVALID");
    // Signed in right away; a confirmed e-mail is not asked again.
    const resend = (await t.gql(SEND, { c: "EMAIL" }, { token: r.session.accessToken })).data.contactCodeSend;
    expect(resend.userErrors[0]).toEqual({ code: "ALREADY_CONFIRMED", message: "Контакт уже подтвержден" });
  });

  it("registers with a phone and confirms it by a 6-digit SMS code, resend at most once a minute", async () => {
    const number = await account();
    const r = (await t.gql(REGISTER, { input: input({ accountNumber: number, phone: "8 (912) 345-67-89" }) })).data.userRegister;
    expect(r.userErrors).toEqual([]);
    expect(r.viewer).toMatchObject({ login: number, phone: "79123456789", phoneConfirmed: false });
    expect(r.phoneConfirmationRequired).toBe(true);
    const token = r.session.accessToken;

    expect((await t.gql(SEND, { c: "PHONE" }, { token })).data.contactCodeSend).toEqual({ sent: true, userErrors: [] });
    const tooSoon = (await t.gql(SEND, { c: "PHONE" }, { token })).data.contactCodeSend;
    expect(tooSoon.userErrors[0].code).toBe("RESEND_TOO_SOON");
    const sms = sent.filter((m) => m.channel === "SMS");
    expect(sms).toHaveLength(1);
    expect(sms[0]!.to).toBe("79123456789");
    const code = /(\d{6})/.exec(sms[0]!.text)![1]!;

    const wrong = (await t.gql(CONFIRM, { input: { code: code === "000000" ? "111111" : "000000" } }, { token })).data.contactConfirm;
    expect(wrong.userErrors[0]).toEqual({ field: ["code"], code: "CODE_WRONG", message: "Неверный код. Осталось попыток: 4" });
    const right = (await t.gql(CONFIRM, { input: { code } }, { token })).data.contactConfirm;
    expect(right).toEqual({ viewer: { emailConfirmed: false, phoneConfirmed: true }, userErrors: [] });
  });

  it("spends a code after 5 wrong tries and refuses an expired one", async () => {
    const number = await account();
    const token = (await t.gql(REGISTER, { input: input({ accountNumber: number, phone: "+7 999 000 11 22" }) })).data.userRegister.session.accessToken;
    await t.gql(SEND, { c: "PHONE" }, { token });
    const code = /(\d{6})/.exec(sent.at(-1)!.text)![1]!;
    const wrongCode = code === "999999" ? "888888" : "999999";
    for (let i = 0; i < 5; i++) await t.gql(CONFIRM, { input: { code: wrongCode } }, { token });
    expect((await t.gql(CONFIRM, { input: { code } }, { token })).data.contactConfirm.userErrors[0].code).toBe("CODE_EXHAUSTED");

    t.clock.advance(61_000);
    await t.gql(SEND, { c: "PHONE" }, { token });
    const fresh = /(\d{6})/.exec(sent.at(-1)!.text)![1]!;
    t.clock.advance(10 * 60_000 + 1);
    expect((await t.gql(CONFIRM, { input: { code: fresh } }, { token })).data.contactConfirm.userErrors[0].code).toBe("CODE_EXPIRED");
  });

  it("reports every mistake with the manual's messages and writes nothing", async () => {
    const number = await account("Петров");
    const before = await counts();
    const cases: [Record<string, unknown>, string, string][] = [
      [{ accountNumber: "12345" }, "accountNumber", accountErrors.message("INVALID_ACCOUNT_NUMBER")],
      [{ accountNumber: "9999999999" }, "accountNumber", "Указанный лицевой счет не найден в базе."],
      [{ accountNumber: number, ownerLastName: "Иванов", email: "a@b.ru" }, "ownerLastName", "Введены ошибочные данные (ЛС или Фамилия)"],
      [{ accountNumber: number, ownerLastName: "Петров" }, "email", "Обязательно необходим один из контактов"],
      [{ accountNumber: number, ownerLastName: "Петров", email: "petrov@почта.рф" }, "email", FIELD_TEXT.emailRf],
      [{ accountNumber: number, ownerLastName: "Петров", phone: "12345" }, "phone", identityErrors.message("INVALID_PHONE")],
      [
        { accountNumber: number, ownerLastName: "Петров", email: "p@b.ru", password: "пароль12", passwordConfirmation: "пароль12" },
        "password",
        "Пароль должен содержать латинские символы нижнего регистра (a-z).",
      ],
      [
        { accountNumber: number, ownerLastName: "Петров", email: "p@b.ru", password: "12345678", passwordConfirmation: "12345678" },
        "password",
        FIELD_TEXT.passwordLower,
      ],
      [
        { accountNumber: number, ownerLastName: "Петров", email: "p@b.ru", passwordConfirmation: "secret13" },
        "passwordConfirmation",
        identityErrors.message("PASSWORD_MISMATCH"),
      ],
      [
        { accountNumber: number, ownerLastName: "Петров", email: "p@b.ru", consentPersonalData: false },
        "consentPersonalData",
        identityErrors.message("CONSENT_REQUIRED"),
      ],
    ];
    for (const [over, field, message] of cases) {
      const r = (await t.gql(REGISTER, { input: input(over) })).data.userRegister;
      expect(r.viewer).toBeNull();
      expect(r.userErrors).toContainEqual(expect.objectContaining({ field: ["input", field], message }));
    }
    expect(await counts()).toEqual(before);
    expect(sent).toEqual([]);
  });

  it("refuses an e-mail that is already registered", async () => {
    const a = await account();
    const b = await account();
    await t.gql(REGISTER, { input: input({ accountNumber: a, email: "same@mail.ru" }) });
    const r = (await t.gql(REGISTER, { input: input({ accountNumber: b, email: "SAME@mail.ru" }) })).data.userRegister;
    expect(r.userErrors).toEqual([{ field: ["input", "email"], code: "EMAIL_TAKEN", message: identityErrors.message("EMAIL_TAKEN") }]);
  });
});
