// Readings by a reminder's personal link (7.1 with 6.2.1), end to end through the API: the
// reminder e-mail is caught on a real SMTP server on loopback, the link in its text opens the
// page and submits readings with no session; every rule of 6.2.1 holds through it; it stops
// working after the 25th, after a password change and after unlinking; and it opens nothing
// else. The SMS carries a short link (under 40 characters) that works the same way.
import { encodeGlobalID } from "@pothos/plugin-relay";
import { SignJWT } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../db/client.js";
import { seedCatalog } from "../../db/seed/catalog.js";
import { createMessenger } from "../../integrations/messaging/index.js";
import { loadConfig } from "../../config.js";
import { fixedClock } from "../../shared/clock.js";
import { runJobNow } from "../../jobs/schedule.js";
import { purposeKey } from "../../shared/keys.js";
import { createTestApp, type TestApp } from "../../test/app.js";
import { testDatabases } from "../../test/db.js";
import { createCustomer } from "../../test/fixtures.js";
import { signInAs } from "../../test/session.js";
import { startTestSmtp, type TestSmtp } from "../../test/smtp.js";
import { signDocumentLink } from "../documents/links.js";
import { maskedAddress } from "./link-access.js";
import { sendReadingsReminders } from "./readings.js";

const TENTH = "2026-11-10T05:00:00.000Z"; // 10:00 in Yekaterinburg
const OCT = new Date("2026-10-01T00:00:00.000Z");
const PUBLIC_URL = "http://localhost:4000";

const PAGE = `query($t: String!) { reminderLink(token: $t) {
  problem problemCode
  page { address expiresAt windowOpen meters { id number resource unit zones status statusText blockedReason lastAccepted { zone value } lastSubmitted { zone value sourceText } } }
} }`;
const SUBMIT = `mutation($i: ReminderReadingsSubmitInput!) { reminderReadingsSubmit(input: $i) {
  readings { zone value source sourceText status } warnings { meterId zone message } userErrors { field code message }
} }`;

describe.each(testDatabases())("readings by a reminder's link on $name", (backend) => {
  let database: Database;
  let smtp: TestSmtp;
  let t: TestApp;
  let services: Awaited<ReturnType<typeof seedCatalog>>["services"];
  let seq = 0;

  beforeAll(async () => {
    database = await backend.open();
    services = (await seedCatalog(database.prisma)).services;
    smtp = await startTestSmtp();
    const env = { NODE_ENV: "test", PUBLIC_URL, SMTP_URL: smtp.url };
    // Real SMTP for e-mail; SMS (no gateway configured) to the dev outbox.
    const messenger = createMessenger({ config: loadConfig(env), db: database.prisma, clock: fixedClock(TENTH), log: null });
    t = createTestApp(database, { now: TENTH, env, messenger });
  });
  afterAll(async () => {
    await smtp?.close();
    await database?.close();
  });

  const now = (iso: string) => t.clock.set(iso);

  async function meter(
    accountId: number,
    o: { zones?: ("ALL_DAY" | "DAY" | "NIGHT")[]; accepted?: string[]; threshold?: string; status?: "ACTIVE" | "DISABLED"; blockedReason?: string } = {},
  ) {
    seq += 1;
    const zones = o.zones ?? ["ALL_DAY"];
    const m = await database.prisma.meter.create({
      data: {
        accountId,
        serviceId: services.get("ELECTRICITY")!.id,
        number: `L${seq}-${accountId}`,
        resource: "ELECTRICITY",
        unit: "кВт.ч",
        zones,
        installedAt: new Date("2020-01-01"),
        overLimitThreshold: o.threshold ?? null,
        status: o.status ?? "ACTIVE",
        blockedReason: o.blockedReason ?? null,
      },
    });
    for (const [i, z] of zones.entries()) {
      await database.prisma.meterReading.create({
        data: {
          meterId: m.id,
          zone: z,
          period: OCT,
          value: o.accepted?.[i] ?? "1000",
          source: "WEB",
          status: "ACCEPTED",
          submittedAt: new Date("2026-10-20T10:00:00Z"),
          acceptedAt: new Date("2026-11-01T00:00:00Z"),
        },
      });
    }
    return { ...m, gid: encodeGlobalID("Meter", m.id) };
  }

  /** A customer reminded by e-mail (confirmed, subscribed) with a two-zone meter and a one-zone one. */
  async function emailCustomer() {
    const c = await createCustomer(database.prisma);
    const email = `link${c.user.id}@example.com`;
    await database.prisma.user.update({ where: { id: c.user.id }, data: { email, emailConfirmedAt: new Date(TENTH), subscribeInfo: true } });
    const twoZone = await meter(c.account.id, { zones: ["DAY", "NIGHT"], accepted: ["2600", "1100"], threshold: "500" });
    const oneZone = await meter(c.account.id);
    return { ...c, email, twoZone, oneZone };
  }

  /** Runs the reminders and follows the link of the next e-mail to `email`. */
  async function emailedToken(email: string): Promise<{ token: string; text: string }> {
    await sendReadingsReminders(t.deps);
    const mail = await smtp.waitFor(email);
    const text = mail.text ?? "";
    const m = new RegExp(`${PUBLIC_URL}/readings/link\\?token=([A-Za-z0-9_.-]+)`).exec(text);
    expect(m, text).not.toBeNull();
    return { token: m![1]!, text };
  }

  const page = async (token: string) => (await t.gql(PAGE, { t: token })).data?.reminderLink;
  const submit = (token: string, readings: { meterId: string; zone: string; value: string }[], confirmOverLimit = false, opts: { token?: string } = {}) =>
    t.gql(SUBMIT, { i: { token, readings, confirmOverLimit } }, opts);

  it("the e-mail's link opens the account's meters, address masked, and submits a reading without signing in", async () => {
    now(TENTH);
    const c = await emailCustomer();
    const { token, text } = await emailedToken(c.email);
    expect(text).toContain(`лицевому счету ${c.account.number} без входа`);
    expect(text).not.toContain("{{reminder-link");

    const p = await page(token);
    expect(p.problem).toBeNull();
    expect(p.page.address).toBe("2 мкр., д. 5"); // «628300, ХМАО - Югра, Нефтеюганск г, 2 мкр., д. 5, кв. 7»
    expect(JSON.stringify(p)).not.toMatch(/кв\. 7|Сидоров|Пётр/);
    expect(p.page.windowOpen).toBe(true);
    expect(new Date(p.page.expiresAt).toISOString()).toBe("2026-11-25T19:00:00.000Z"); // 26 Nov 00:00 UTC+5
    expect(p.page.meters.map((m: { number: string }) => m.number).sort()).toEqual([c.twoZone.number, c.oneZone.number].sort());
    const two = p.page.meters.find((m: { number: string }) => m.number === c.twoZone.number);
    expect(two).toMatchObject({ id: c.twoZone.gid, zones: ["DAY", "NIGHT"], lastAccepted: expect.arrayContaining([{ zone: "DAY", value: "2600" }]) });

    // No Authorization header at all: the token is the only credential.
    const r = await submit(token, [{ meterId: c.oneZone.gid, zone: "ALL_DAY", value: "1042" }]);
    expect(r.errors).toBeUndefined();
    expect(r.data.reminderReadingsSubmit).toMatchObject({
      userErrors: [],
      readings: [{ zone: "ALL_DAY", value: "1042", source: "REMINDER_LINK", sourceText: "По ссылке из напоминания", status: "SUBMITTED" }],
    });
    const row = await database.prisma.meterReading.findFirstOrThrow({ where: { meterId: c.oneZone.id, status: "SUBMITTED" } });
    expect(row).toMatchObject({ source: "REMINDER_LINK", submittedByUserId: c.user.id, period: new Date("2026-11-01T00:00:00Z") });

    // Told in the envelope, once per use.
    const notes = await database.prisma.notification.findMany({ where: { userId: c.user.id, kind: "INFO" } });
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ title: "Показания переданы по ссылке из напоминания", accountId: c.account.id });
    expect(notes[0]!.body).toContain(
      `по лицевому счету ${c.account.number} по ссылке из напоминания переданы показания: счетчик ${c.oneZone.number} — 1042 кВт.ч`,
    );

    // Resubmitting inside the window is allowed (the last one counts), from the same link.
    const again = await submit(token, [{ meterId: c.oneZone.gid, zone: "ALL_DAY", value: "1043" }]);
    expect(again.data.reminderReadingsSubmit.userErrors).toEqual([]);
    expect(await database.prisma.notification.count({ where: { userId: c.user.id, kind: "INFO" } })).toBe(2);
    expect((await page(token)).page.meters.find((m: { number: string }) => m.number === c.oneZone.number).lastSubmitted).toEqual([
      { zone: "ALL_DAY", value: "1043", sourceText: "По ссылке из напоминания" },
    ]);
  });

  it("applies every rule of 6.2.1 through the readings service: no decrease, zones, over-limit confirmation, blocked and disabled meters", async () => {
    now(TENTH);
    const c = await emailCustomer();
    const blocked = await meter(c.account.id, { blockedReason: "Истек срок поверки" });
    const disabled = await meter(c.account.id, { status: "DISABLED" });
    const { token } = await emailedToken(c.email);
    const codes = async (readings: { meterId: string; zone: string; value: string }[]) =>
      (await submit(token, readings)).data.reminderReadingsSubmit.userErrors.map((e: { code: string }) => e.code);

    const below = await submit(token, [{ meterId: c.oneZone.gid, zone: "ALL_DAY", value: "999" }]);
    expect(below.data.reminderReadingsSubmit.userErrors[0]).toMatchObject({ code: "BELOW_ACCEPTED", field: ["input", "readings", "0", "value"] });
    expect(below.data.reminderReadingsSubmit.userErrors[0].message).toContain("менее ранее принятых (1000)");
    expect(await codes([{ meterId: c.twoZone.gid, zone: "DAY", value: "2700" }])).toEqual(["ZONES"]);
    expect(await codes([{ meterId: blocked.gid, zone: "ALL_DAY", value: "1100" }])).toEqual(["METER_BLOCKED"]);
    expect(await codes([{ meterId: disabled.gid, zone: "ALL_DAY", value: "1100" }])).toEqual(["METER_DISABLED"]);
    expect(await codes([{ meterId: c.oneZone.gid, zone: "ALL_DAY", value: "12x" }])).toEqual(["INVALID_VALUE"]);
    expect(await database.prisma.meterReading.count({ where: { meter: { accountId: c.account.id }, status: "SUBMITTED" } })).toBe(0);

    // Too large (threshold 500): a warning, nothing saved, until confirmed.
    const big = [
      { meterId: c.twoZone.gid, zone: "DAY", value: "3200" },
      { meterId: c.twoZone.gid, zone: "NIGHT", value: "1150" },
    ];
    const warned = (await submit(token, big)).data.reminderReadingsSubmit;
    expect(warned).toMatchObject({ readings: [], userErrors: [], warnings: [{ meterId: c.twoZone.gid, zone: "DAY" }] });
    expect(warned.warnings[0].message).toContain("Внесенные показания слишком велики: расход 600 кВт.ч");
    const confirmed = (await submit(token, big, true)).data.reminderReadingsSubmit;
    expect(confirmed.readings.map((r: { zone: string; value: string }) => `${r.zone} ${r.value}`)).toEqual(["DAY 3200", "NIGHT 1150"]);
    const note = await database.prisma.notification.findFirstOrThrow({ where: { userId: c.user.id, kind: "INFO" } });
    expect(note.body).toContain(`счетчик ${c.twoZone.number} — день 3200, ночь 1150 кВт.ч`);
  });

  it("is refused after the 25th: the window closed and the link with it", async () => {
    now(TENTH);
    const c = await emailCustomer();
    const { token } = await emailedToken(c.email);
    now("2026-11-25T18:59:00.000Z"); // 23:59 on the 25th in Yekaterinburg: still open
    expect((await page(token)).problem).toBeNull();
    now("2026-11-25T19:00:00.000Z"); // 00:00 on the 26th
    expect(await page(token)).toMatchObject({
      page: null,
      problemCode: "REMINDER_LINK_EXPIRED",
      problem: expect.stringContaining("Срок действия ссылки истек"),
    });
    const r = await submit(token, [{ meterId: c.oneZone.gid, zone: "ALL_DAY", value: "1042" }]);
    expect(r.data.reminderReadingsSubmit).toMatchObject({ readings: [], userErrors: [{ code: "REMINDER_LINK_EXPIRED", field: ["input", "token"] }] });
    // Still refused on the next month's first days, when the window is open again.
    now("2026-12-02T05:00:00.000Z");
    expect((await page(token)).problemCode).toBe("REMINDER_LINK_EXPIRED");
    expect(await database.prisma.meterReading.count({ where: { meterId: c.oneZone.id, status: "SUBMITTED" } })).toBe(0);
  });

  it("stops working when the password changes", async () => {
    now(TENTH);
    const c = await emailCustomer();
    const { token } = await emailedToken(c.email);
    expect((await page(token)).problem).toBeNull();
    const s = await signInAs(t, c.user.login, c.password);
    const changed = await t.gql(
      `mutation { viewerPasswordChange(input: { currentPassword: "${c.password}", password: "newpass42", passwordConfirmation: "newpass42" }) { userErrors { message } } }`,
      {},
      { token: s.accessToken },
    );
    expect(changed.data.viewerPasswordChange.userErrors).toEqual([]);
    expect(await page(token)).toMatchObject({
      page: null,
      problemCode: "REMINDER_LINK_INVALID",
      problem: "Ссылка недействительна. Войдите в личный кабинет, чтобы передать показания.",
    });
    const r = await submit(token, [{ meterId: c.oneZone.gid, zone: "ALL_DAY", value: "1042" }]);
    expect(r.data.reminderReadingsSubmit.userErrors.map((e: { code: string }) => e.code)).toEqual(["REMINDER_LINK_INVALID"]);
  });

  it("stops working when the account is unlinked, and linking it again does not revive it", async () => {
    now(TENTH);
    const c = await emailCustomer();
    // A second account, so unlinking the first does not delete the user.
    const other = await database.prisma.account.create({
      data: {
        number: `77${String(c.user.id).padStart(8, "0")}`,
        ownerLastName: "Петров",
        ownerFirstName: "Иван",
        address: "г. Сургут, ул. Мира, д. 1, кв. 2",
        objectType: "Квартира",
      },
    });
    await database.prisma.userAccount.create({ data: { userId: c.user.id, accountId: other.id } });
    const { token } = await emailedToken(c.email);
    const s = await signInAs(t, c.user.login, c.password);
    const unlinked = await t.gql(
      `mutation($id: ID!) { accountUnlink(input: { accountId: $id }) { userErrors { message } } }`,
      { id: encodeGlobalID("Account", c.account.id) },
      { token: s.accessToken },
    );
    expect(unlinked.data.accountUnlink.userErrors).toEqual([]);
    expect((await page(token)).problemCode).toBe("REMINDER_LINK_INVALID");
    await database.prisma.userAccount.create({ data: { userId: c.user.id, accountId: c.account.id } });
    expect((await page(token)).problemCode).toBe("REMINDER_LINK_INVALID");
    const r = await submit(token, [{ meterId: c.oneZone.gid, zone: "ALL_DAY", value: "1042" }]);
    expect(r.data.reminderReadingsSubmit.userErrors.map((e: { code: string }) => e.code)).toEqual(["REMINDER_LINK_INVALID"]);
  });

  it("reads nothing else: one account of the user, no other account's meters, and it is no credential for other queries", async () => {
    now(TENTH);
    const c = await emailCustomer();
    // The same user's second account gets its own link; this one's link opens only its own account.
    const second = await database.prisma.account.create({
      data: {
        number: `78${String(c.user.id).padStart(8, "0")}`,
        ownerLastName: "Петров",
        ownerFirstName: "Иван",
        address: "г. Сургут, ул. Мира, д. 3, кв. 4",
        objectType: "Квартира",
      },
    });
    await database.prisma.userAccount.create({ data: { userId: c.user.id, accountId: second.id } });
    const secondMeter = await meter(second.id);
    const stranger = await createCustomer(database.prisma);
    const strangerMeter = await meter(stranger.account.id);
    await sendReadingsReminders(t.deps);
    const text = (await smtp.waitFor(c.email)).text ?? "";
    const tokens = [...text.matchAll(new RegExp(`${PUBLIC_URL}/readings/link\\?token=([A-Za-z0-9_.-]+)`, "g"))].map((m) => m[1]!);
    expect(tokens).toHaveLength(2); // one line per account, in the order of their numbers
    const [token, secondToken] = c.account.number < second.number ? tokens : [tokens[1]!, tokens[0]!];
    expect((await page(secondToken!)).page.meters.map((m: { number: string }) => m.number)).toEqual([secondMeter.number]);

    const p = await page(token!);
    expect(p.page.meters.map((m: { number: string }) => m.number)).not.toContain(secondMeter.number);
    for (const foreign of [secondMeter, strangerMeter]) {
      const r = await submit(token!, [{ meterId: foreign.gid, zone: "ALL_DAY", value: "1100" }]);
      expect(r.data.reminderReadingsSubmit.userErrors.map((e: { code: string }) => e.code)).toEqual(["UNKNOWN_METER"]);
    }

    // As a Bearer token it opens nothing: not the viewer, the profile, charges or any node.
    // Each query is first run with a real session, so a refusal below is the token's, not the query's.
    const session = { token: (await signInAs(t, c.user.login, c.password)).accessToken };
    const asBearer = { token: token! };
    const queries: [string, Record<string, unknown>, string][] = [
      [`{ viewer { id login email phone accounts { number ownerFullName address } } }`, {}, c.user.login],
      [
        `query($id: ID!) { node(id: $id) { id ... on Account { number address amountDue { total } } } }`,
        { id: encodeGlobalID("Account", c.account.id) },
        c.account.number,
      ],
      [`query($id: ID!) { node(id: $id) { id ... on Meter { number lastAccepted { value } } } }`, { id: c.oneZone.gid }, c.oneZone.number],
      [
        `{ viewer { accounts { number charges(from: "2026-10", to: "2026-10") { months { period } } readingHistory(from: "2026-10", to: "2026-11") { period } } } }`,
        {},
        c.account.number,
      ],
    ];
    for (const [q, v, secret] of queries) {
      const real = await t.gql(q, v, session);
      expect(real.errors, q).toBeUndefined();
      expect(JSON.stringify(real.data), q).toContain(secret);
      const withLink = await t.gql(q, v, asBearer);
      // An anonymous caller's answer: null where the session's had the account (or UNAUTHENTICATED).
      const shown = JSON.stringify(withLink.data ?? null);
      expect(shown, q).not.toContain(secret);
      expect(shown, q).toMatch(/^(null|\{"(viewer|node)":null\})$/);
    }
    const viaSubmit = await t.gql(
      `mutation($i: MeterReadingsSubmitInput!) { meterReadingsSubmit(input: $i) { readings { value } userErrors { code } } }`,
      {
        i: { accountId: encodeGlobalID("Account", c.account.id), readings: [{ meterId: c.oneZone.gid, zone: "ALL_DAY", value: "1100" }] },
      },
      asBearer,
    );
    expect(viaSubmit.data?.meterReadingsSubmit?.readings ?? []).toEqual([]);
    expect(await database.prisma.meterReading.count({ where: { meterId: c.oneZone.id, status: "SUBMITTED" } })).toBe(0);
    // Nor can the channel be claimed by a signed-in customer through meterReadingsSubmit.
    const s = await signInAs(t, c.user.login, c.password);
    const claimed = await t.gql(
      `mutation($i: MeterReadingsSubmitInput!) { meterReadingsSubmit(input: $i) { userErrors { code } } }`,
      {
        i: {
          accountId: encodeGlobalID("Account", c.account.id),
          readings: [{ meterId: c.oneZone.gid, zone: "ALL_DAY", value: "1100" }],
          channel: "REMINDER_LINK",
        },
      },
      { token: s.accessToken },
    );
    expect(claimed.data.meterReadingsSubmit.userErrors).toEqual([{ code: "CHANNEL_NOT_ALLOWED" }]);
  });

  it("refuses tokens it did not sign for this purpose: other keys' JWTs, other audiences, tampered or guessed codes", async () => {
    now(TENTH);
    const c = await emailCustomer();
    const { token } = await emailedToken(c.email);
    const secret = t.config.jwtSecret;
    const id = JSON.parse(Buffer.from(token.split(".")[1]!, "base64url").toString()).sub as string;
    const jwt = (purpose: "document-link" | "reminder-link" | "access-token", aud: string) =>
      new SignJWT({})
        .setProtectedHeader({ alg: "HS256" })
        .setSubject(id)
        .setAudience(aud)
        .setIssuer("kabinet")
        .setExpirationTime("1h")
        .sign(purposeKey(secret, purpose));
    const s = await signInAs(t, c.user.login, c.password);
    const forged = [
      await jwt("document-link", "kabinet-reminder-link"), // another purpose's key, our audience
      await jwt("reminder-link", "kabinet-document"), // our key, another audience
      (await signDocumentLink(secret, "", { kind: "readings-history", params: { accountId: c.account.id } }, new Date(TENTH))).url.split("token=")[1]!,
      s.accessToken,
      `${token.slice(0, -3)}${token.endsWith("AAA") ? "BBB" : "AAA"}`,
      "AAAAAAAAAAAA",
      "",
      "x".repeat(10_000),
    ];
    for (const f of forged) expect((await page(f)).problemCode, f.slice(0, 40)).toBe("REMINDER_LINK_INVALID");
    expect((await page(token)).problem).toBeNull();
  });

  it("the SMS carries a short link under 40 characters that opens the page and submits", async () => {
    now(TENTH);
    const c = await createCustomer(database.prisma);
    const phone = `7999${String(c.user.id).padStart(7, "0")}`;
    await database.prisma.user.update({ where: { id: c.user.id }, data: { phone, phoneConfirmedAt: new Date(TENTH) } });
    const m = await meter(c.account.id);
    await sendReadingsReminders(t.deps);
    const sms = t.messenger.outbox!.list().find((e) => e.to === phone);
    expect(sms, "the SMS").toBeDefined();
    const link = /https?:\/\/\S+/.exec(sms!.text)![0];
    expect(link).toMatch(new RegExp(`^${PUBLIC_URL}/r/[A-Za-z0-9]{12}$`));
    expect(link.length).toBeLessThan(40);
    expect(sms!.text).toBe(`Передайте показания за ноябрь 2026 до 25.11: ЛС ${c.account.number} ${link}`);
    const code = link.slice(link.lastIndexOf("/") + 1);
    expect((await database.prisma.reminderLink.findUniqueOrThrow({ where: { code } })).expiresAt.toISOString()).toBe("2026-11-25T19:00:00.000Z");

    const p = await page(code);
    expect(p.page.meters.map((x: { number: string }) => x.number)).toEqual([m.number]);
    const r = await submit(code, [{ meterId: m.gid, zone: "ALL_DAY", value: "1010" }]);
    expect(r.data.reminderReadingsSubmit.readings).toMatchObject([{ value: "1010", source: "REMINDER_LINK" }]);
    now("2026-11-26T05:00:00.000Z");
    expect((await page(code)).problemCode).toBe("REMINDER_LINK_EXPIRED");
    // The nightly job deletes expired links; the code is then simply unknown.
    expect(await runJobNow(t.deps, "expired-reminder-links")).toBeGreaterThan(0);
    expect(await database.prisma.reminderLink.count({ where: { code } })).toBe(0);
    expect((await page(code)).problemCode).toBe("REMINDER_LINK_INVALID");
  });

  it("masks addresses to street and house", () => {
    expect(maskedAddress("628305, ХМАО - Югра, Нефтеюганск г, 16А мкр., д. 84, кв. 31")).toBe("16А мкр., д. 84");
    expect(maskedAddress("628403, ХМАО - Югра, Сургут г, ул. Энергетиков, д. 22, кв. 57")).toBe("ул. Энергетиков, д. 22");
    expect(maskedAddress("628300, ХМАО - Югра, Нефтеюганск г, 1 мкр., дом, кв. 1")).toBe("1 мкр., дом");
    expect(maskedAddress("Тюменская обл., г. Тюмень, ул. Мира, д. 3, комн. 2")).toBe("ул. Мира, д. 3");
    expect(maskedAddress("д. Ивановка, ул. Лесная, д. 7")).toBe("ул. Лесная, д. 7");
    expect(maskedAddress("г. Сургут, пр. Ленина, д. 1, квартира 5")).toBe("пр. Ленина, д. 1");
  });
});
