// The previous portal's customers (manual 3): a CSV imported twice gives one result, its refused
// rows are reported with their reasons, and the customers sign in with their old passwords —
// upgraded to argon2id at once, and made to change a password that breaks the rules of 3.1.
import bcrypt from "bcryptjs";
import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../db/client.js";
import type { PrismaClient } from "../../db/generated/prisma/client.js";
import { createTestApp, type TestApp } from "../../test/app.js";
import { testDatabases } from "../../test/db.js";
import { importLegacyUsers, LegacyFileError } from "./legacy-import.js";
import { saltedSha, verifyLegacy } from "./legacy-hashes.js";

const SIGN_IN = `mutation($login: String!, $password: String!) {
  sessionCreate(input: { login: $login, password: $password, refreshTokenDelivery: BODY }) {
    session { accessToken } viewer { login } passwordChangeRequired userErrors { code message }
  }
}`;
const CHANGE = `mutation($input: ViewerPasswordChangeInput!) { viewerPasswordChange(input: $input) { viewer { login } userErrors { code field message } } }`;
const NOW = new Date("2026-11-24T07:00:00.000Z");

async function account(db: PrismaClient, number: string) {
  return db.account.create({
    data: {
      number,
      ownerLastName: "Петров",
      ownerFirstName: "Иван",
      ownerMiddleName: "Ильич",
      address: "628300, ХМАО - Югра, Нефтеюганск г, 2 мкр., д. 5, кв. 7",
      objectType: "Квартира",
    },
  });
}

/** What the import decides: users, their contacts, hashes and links (no ids or timestamps). */
async function state(db: PrismaClient) {
  const users = await db.user.findMany({ orderBy: { login: "asc" }, include: { accounts: { include: { account: { select: { number: true } } } } } });
  return users.map((u) => ({
    login: u.login,
    legacyLogin: u.legacyLogin,
    passwordHash: u.passwordHash,
    email: u.email,
    emailConfirmedAt: u.emailConfirmedAt,
    phone: u.phone,
    phoneConfirmedAt: u.phoneConfirmedAt,
    accounts: u.accounts.map((l) => l.account.number).sort(),
  }));
}

describe.each(testDatabases())("legacy users on $name", (backend) => {
  let database: Database;
  let db: PrismaClient;
  let t: TestApp;
  const bcryptHash = bcrypt.hashSync("staryi2019", 4).replace("$2b$", "$2y$");
  const sha1Weak = saltedSha("sha1", "k9Xq", "qwerty"); // no digit: breaks 3.1
  const sha256 = saltedSha("sha256", "7f3a91", "Lenina15kv");

  const csv = [
    "login,password_hash,email,phone,accounts",
    `petrov,${bcryptHash},Petrov@Mail.ru,+7 (912) 345-67-89,7100000001`,
    `sidorova,${sha1Weak},,89123456780,7100000002`,
    `kuznetsov,${sha256},kuznetsov@example.com,,7100000001;7100000003`,
    `md5user,5f4dcc3b5aa765d61d8327deb882cf99,md5@example.com,,7100000001`,
    `ghost,${saltedSha("sha1", "s", "ghost123")},,,7199999999`,
    `Petrov,${bcryptHash},other@example.com,,7100000001`,
    `badmail,${saltedSha("sha256", "x", "abc123")},почта@пример.рф,,7100000001`,
    `registered,${saltedSha("sha1", "y", "abc123")},,,7100000001`,
    `unsalted,sha1$$${"a".repeat(40)},,,7100000001`,
  ].join("\n");

  beforeAll(async () => {
    database = await backend.open();
    db = database.prisma;
    t = createTestApp(database);
    for (const n of ["7100000001", "7100000002", "7100000003"]) await account(db, n);
    // Someone already registered in the new portal under a login of the old one.
    await db.user.create({ data: { login: "registered", passwordHash: "x" } });
  });
  afterAll(async () => database?.close());

  it("imports bcrypt and salted SHA users, reports the refused rows with reasons, and a second run changes nothing", async () => {
    const first = await importLegacyUsers(db, csv, NOW);
    const byLogin = Object.fromEntries(first.rows.map((r) => [`${r.line}:${r.login}`, [r.outcome, r.reasons]]));
    expect(byLogin).toEqual({
      "2:petrov": ["imported", []],
      "3:sidorova": ["imported", []],
      "4:kuznetsov": ["imported", []],
      "5:md5user": ["skipped", [expect.stringMatching(/^формат хеша пароля не поддерживается: unsupported hash format/)]],
      "6:ghost": ["skipped", ["лицевой счет 7199999999 не найден в базе"]],
      "7:Petrov": ["skipped", ["логин повторяется в файле (впервые в строке 2)"]],
      "8:badmail": ["skipped", ["e-mail «почта@пример.рф»: Адреса домена «.рф» не поддерживаются"]],
      "9:registered": ["skipped", ["логин занят пользователем нового личного кабинета"]],
      "10:unsalted": ["skipped", ["формат хеша пароля не поддерживается: unsalted hash (empty salt)"]],
    });
    expect(first.counts).toEqual({ imported: 3, updated: 0, unchanged: 0, skipped: 6 });
    const after1 = await state(db);
    expect(after1.find((u) => u.login === "petrov")).toEqual({
      login: "petrov",
      legacyLogin: "petrov",
      passwordHash: bcryptHash,
      email: "petrov@mail.ru",
      emailConfirmedAt: null,
      phone: "79123456789",
      phoneConfirmedAt: null,
      accounts: ["7100000001"],
    });
    expect(after1.find((u) => u.login === "kuznetsov")?.accounts).toEqual(["7100000001", "7100000003"]);
    expect(after1.map((u) => u.login)).toEqual(["kuznetsov", "petrov", "registered", "sidorova"]);

    const second = await importLegacyUsers(db, csv, NOW);
    expect(second.counts).toEqual({ imported: 0, updated: 0, unchanged: 3, skipped: 6 });
    expect(second.rows.filter((r) => r.outcome === "skipped")).toEqual(first.rows.filter((r) => r.outcome === "skipped"));
    expect(await state(db)).toEqual(after1);
    expect(await db.userAccount.count()).toBe(4);
  });

  it("the example file of the docs is valid and its hashes match the passwords it names", async () => {
    const example = fs.readFileSync(new URL("../../../docs/legacy-users.example.csv", import.meta.url), "utf8");
    const [, petrov, sidorova, kuznetsov] = example
      .trim()
      .split("\n")
      .map((l) => l.split(",")[1]!);
    expect([await verifyLegacy("staryi2019", petrov!), await verifyLegacy("qwerty", sidorova!), await verifyLegacy("Lenina15kv", kuznetsov!)]).toEqual([
      true,
      true,
      true,
    ]);
    expect(await verifyLegacy("staryi2018", petrov!)).toBe(false);
  });

  it("refuses a file that is not the documented CSV, importing nothing", async () => {
    await expect(importLegacyUsers(db, "user,hash\nx,y", NOW)).rejects.toThrow(LegacyFileError);
    await expect(importLegacyUsers(db, 'login,password_hash,accounts\n"x,y', NOW)).rejects.toThrow(LegacyFileError);
  });

  it("a legacy user signs in with the old password; the hash is upgraded at once and the old one is gone", async () => {
    expect((await t.gql(SIGN_IN, { login: "petrov", password: "wrong2019" })).data.sessionCreate.userErrors[0].code).toBe("INVALID_CREDENTIALS");
    const r = await t.gql(SIGN_IN, { login: "petrov", password: "staryi2019" });
    expect(r.data.sessionCreate).toMatchObject({ viewer: { login: "petrov" }, passwordChangeRequired: null, userErrors: [] });
    const upgraded = (await db.user.findUniqueOrThrow({ where: { login: "petrov" } })).passwordHash;
    expect(upgraded).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await db.user.count({ where: { passwordHash: bcryptHash } })).toBe(0);
    // The second sign-in checks the new hash (and leaves it as it is).
    expect((await t.gql(SIGN_IN, { login: "petrov", password: "staryi2019" })).data.sessionCreate.viewer).toEqual({ login: "petrov" });
    expect((await db.user.findUniqueOrThrow({ where: { login: "petrov" } })).passwordHash).toBe(upgraded);
    // By an account number too (manual 4), and the file no longer touches the user.
    expect((await t.gql(SIGN_IN, { login: "7100000003", password: "Lenina15kv" })).data.sessionCreate.viewer).toEqual({ login: "kuznetsov" });
    const again = await importLegacyUsers(db, csv, NOW);
    expect(again.rows.find((r) => r.login === "petrov")).toMatchObject({
      outcome: "unchanged",
      reasons: [expect.stringContaining("уже работает в новом личном кабинете")],
    });
    expect((await db.user.findUniqueOrThrow({ where: { login: "petrov" } })).passwordHash).toBe(upgraded);
  });

  it("the imported contacts are unconfirmed and confirmed the usual way", async () => {
    const s = (await t.gql(SIGN_IN, { login: "kuznetsov", password: "Lenina15kv" })).data.sessionCreate.session;
    const v = await t.gql(`{ viewer { email emailConfirmed } }`, {}, { token: s.accessToken });
    expect(v.data.viewer).toEqual({ email: "kuznetsov@example.com", emailConfirmed: false });
    const sent = await t.gql(`mutation { contactCodeSend(input: { channel: EMAIL }) { sent userErrors { message } } }`, {}, { token: s.accessToken });
    expect(sent.data.contactCodeSend).toEqual({ sent: true, userErrors: [] });
    const letter = t.outbox!.list({ to: "kuznetsov@example.com" })[0]!; // newest first
    const token = /confirm-email\?token=([\w-]+)/.exec(letter.text)![1]!;
    const confirmed = await t.gql(`mutation($t: String!) { contactConfirm(input: { token: $t }) { userErrors { message } } }`, { t: token });
    expect(confirmed.data.contactConfirm.userErrors).toEqual([]);
    expect((await t.gql(`{ viewer { emailConfirmed } }`, {}, { token: s.accessToken })).data.viewer.emailConfirmed).toBe(true);
  });

  it("a password breaking 3.1 must be changed before anything else, with the 3.1 messages", async () => {
    const r = await t.gql(SIGN_IN, { login: "sidorova", password: "qwerty" });
    const p = r.data.sessionCreate;
    expect(p.viewer).toBeNull();
    expect(p.passwordChangeRequired).toBe(
      "Смените пароль, чтобы продолжить работу: пароль не соответствует требованиям к паролям системы. Пароль должен содержать цифры (0-9).",
    );
    const token = p.session.accessToken;
    // The hash is upgraded all the same: the weak password is no longer stored as SHA-1.
    expect((await db.user.findUniqueOrThrow({ where: { login: "sidorova" } })).passwordHash).toMatch(/^\$argon2id\$/);

    const refused = [
      await t.gql(`{ viewer { login } }`, {}, { token }),
      await t.gql(`mutation { viewerContactsUpdate(input: { email: "s@example.com" }) { userErrors { code } } }`, {}, { token }),
      await t.gql(`mutation { sessionRevokeAll { revoked } }`, {}, { token }),
    ];
    for (const x of refused) expect(x.errors?.map((e) => [e.extensions?.code, e.message])).toEqual([["PASSWORD_CHANGE_REQUIRED", p.passwordChangeRequired]]);
    expect((await db.user.findUniqueOrThrow({ where: { login: "sidorova" } })).email).toBeNull();

    // The change applies the rules of 3.1 and their messages.
    const change = (password: string, currentPassword = "qwerty") =>
      t.gql(CHANGE, { input: { currentPassword, password, passwordConfirmation: password } }, { token });
    expect((await change("abcdef")).data.viewerPasswordChange.userErrors).toEqual([
      { code: "WEAK_PASSWORD", field: ["input", "password"], message: "Пароль должен содержать цифры (0-9)." },
    ]);
    expect((await change("ABC123")).data.viewerPasswordChange.userErrors[0].message).toBe("Пароль должен содержать латинские символы нижнего регистра (a-z).");
    expect((await change("пароль12")).data.viewerPasswordChange.userErrors[0].message).toBe(
      "Пароль должен содержать латинские символы нижнего регистра (a-z).",
    );
    expect((await change("ab1")).data.viewerPasswordChange.userErrors[0].message).toBe("Пароль должен содержать не менее 6 символов.");
    expect((await change("novyi2026", "qwerty1")).data.viewerPasswordChange.userErrors[0].code).toBe("WRONG_PASSWORD");
    expect((await t.gql(`{ viewer { login } }`, {}, { token })).errors?.[0]?.extensions?.code).toBe("PASSWORD_CHANGE_REQUIRED");

    expect((await change("novyi2026")).data.viewerPasswordChange).toEqual({ viewer: { login: "sidorova" }, userErrors: [] });
    // The same session is a full one now; the new password signs in without the restriction.
    expect((await t.gql(`{ viewer { login accounts { number } } }`, {}, { token })).data.viewer).toEqual({
      login: "sidorova",
      accounts: [{ number: "7100000002" }],
    });
    expect((await t.gql(SIGN_IN, { login: "sidorova", password: "novyi2026" })).data.sessionCreate).toMatchObject({
      passwordChangeRequired: null,
      viewer: { login: "sidorova" },
    });
    expect((await t.gql(SIGN_IN, { login: "sidorova", password: "qwerty" })).data.sessionCreate.userErrors[0].code).toBe("INVALID_CREDENTIALS");
  });

  it("sign-in limits apply to legacy users as to anyone: five wrong passwords lock the user", async () => {
    const hash = saltedSha("sha256", "lim", "limit2019");
    await importLegacyUsers(db, `login,password_hash,accounts\nlimited,${hash},7100000003`, NOW);
    const answers = await Promise.all(Array.from({ length: 8 }, (_, i) => t.gql(SIGN_IN, { login: "limited", password: `wrong${i}x1` })));
    const codes = answers.map((a) => a.data.sessionCreate.userErrors[0].code).sort();
    expect(codes).toEqual([...Array(5).fill("INVALID_CREDENTIALS"), ...Array(3).fill("TOO_MANY_ATTEMPTS")].sort());
    const right = await t.gql(SIGN_IN, { login: "limited", password: "limit2019" });
    expect(right.data.sessionCreate.userErrors[0].code).toBe("TOO_MANY_ATTEMPTS");
    expect((await db.user.findUniqueOrThrow({ where: { login: "limited" } })).passwordHash).toBe(hash);
  });
});
