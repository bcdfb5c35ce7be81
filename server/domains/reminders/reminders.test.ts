import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../config.js";
import type { Deps } from "../../context.js";
import type { Database } from "../../db/client.js";
import { seedCatalog } from "../../db/seed/catalog.js";
import ece from "http_ece";
import { devMessenger, DeliveryError, DevOutbox, Messenger, type OutboxEntry, vapidKeys, webPushTransport } from "../../integrations/messaging/index.js";
import { createAppPubSub } from "../../integrations/pubsub.js";
import { fixedClock } from "../../shared/clock.js";
import { testDatabases } from "../../test/db.js";
import { createCustomer } from "../../test/fixtures.js";
import { browserSubscription, pushServiceAgent, startPushService } from "../../test/push-service.js";
import { savePushSubscription } from "../push/subscriptions.js";
import { amountDue } from "../accounts/amount-due.js";
import { refreshDebtNotices } from "./debt-notices.js";
import { sendPaymentReminders } from "./payments.js";
import { sendReadingsReminders } from "./readings.js";

const TENTH = "2026-11-10T05:00:00.000Z"; // 10:00 in Yekaterinburg
const NOV = new Date("2026-11-01T00:00:00.000Z");
const OCT = new Date("2026-10-01T00:00:00.000Z");

describe.each(testDatabases())("reminders on $name", (backend) => {
  let database: Database;
  let deps: Deps;
  let sent: OutboxEntry[];
  let electricity: { id: number; supplierId: number };

  beforeAll(async () => {
    database = await backend.open();
    const catalog = await seedCatalog(database.prisma);
    electricity = catalog.services.get("ELECTRICITY")!;
    sent = [];
    deps = {
      db: database.prisma,
      sql: database.sql,
      config: loadConfig({ NODE_ENV: "test", PUBLIC_URL: "https://lk.example" }),
      clock: fixedClock(TENTH),
      pubsub: createAppPubSub(),
      messenger: devMessenger({ db: database.prisma, log: null, retry: { baseDelayMs: 1 }, onMessage: (m) => sent.push(m) }),
    };
  });
  afterAll(async () => database?.close());

  let seq = 0;
  async function customer(contacts: { email?: string; phone?: string; confirmed?: boolean; subscribeInfo?: boolean } = {}) {
    const c = await createCustomer(database.prisma);
    const at = contacts.confirmed === false ? null : new Date(TENTH);
    const user = await database.prisma.user.update({
      where: { id: c.user.id },
      data: {
        email: contacts.email ?? null,
        emailConfirmedAt: contacts.email ? at : null,
        phone: contacts.phone ?? null,
        phoneConfirmedAt: contacts.phone ? at : null,
        subscribeInfo: contacts.subscribeInfo ?? false,
      },
    });
    return { user, account: c.account };
  }
  async function secondAccount(userId: number) {
    seq += 1;
    const account = await database.prisma.account.create({
      data: {
        number: `55${String(Date.now() % 1e5).padStart(5, "0")}${String(seq).padStart(3, "0")}`,
        ownerLastName: "Сидоров",
        ownerFirstName: "Пётр",
        address: "г. Сургут",
        objectType: "Квартира",
      },
    });
    await database.prisma.userAccount.create({ data: { userId, accountId: account.id } });
    return account;
  }
  async function meter(accountId: number, extra: { status?: "ACTIVE" | "DISABLED"; blockedReason?: string; automatic?: boolean } = {}) {
    seq += 1;
    return database.prisma.meter.create({
      data: {
        accountId,
        serviceId: electricity.id,
        number: `M${seq}-${accountId}`,
        resource: "ELECTRICITY",
        unit: "кВт.ч",
        zones: ["ALL_DAY"],
        installedAt: new Date("2020-01-01"),
        ...extra,
      },
    });
  }
  async function reading(meterId: number, period: Date, source: "WEB" | "PARTNER" = "WEB", status: "SUBMITTED" | "REJECTED" = "SUBMITTED") {
    await database.prisma.meterReading.create({ data: { meterId, zone: "ALL_DAY", period, value: "100", source, status } });
  }
  async function charge(accountId: number, period: Date, charged: string, closing: string) {
    await database.prisma.charge.create({
      data: { accountId, serviceId: electricity.id, supplierId: electricity.supplierId, period, method: "METER", charged, closingBalance: closing },
    });
  }
  const notificationsOf = (userId: number) => database.prisma.notification.findMany({ where: { userId }, orderBy: { id: "asc" } });
  const messagesOf = (userId: number) => database.prisma.outboundMessage.findMany({ where: { userId }, orderBy: { id: "asc" } });

  it("reminds once per customer whose active meters lack this month's reading, however many accounts", async () => {
    const many = await customer({ email: "many@example.com", subscribeInfo: true });
    const second = await secondAccount(many.user.id);
    await meter(many.account.id);
    await meter(second.id);
    const done = await customer({ phone: "79990000001" });
    const m = await meter(done.account.id);
    await reading(m.id, NOV);
    const rejected = await customer({ phone: "79990000002" });
    await reading((await meter(rejected.account.id)).id, NOV, "WEB", "REJECTED");
    const auto = await customer({ phone: "79990000003" });
    await meter(auto.account.id, { automatic: true });
    const askue = await customer({ phone: "79990000004" });
    await reading((await meter(askue.account.id)).id, OCT, "PARTNER");
    const blocked = await customer({ phone: "79990000005" });
    await meter(blocked.account.id, { blockedReason: "Истек срок поверки" });
    await meter(blocked.account.id, { status: "DISABLED" });
    const noMeters = await customer({ phone: "79990000006" });

    const live = deps.pubsub.subscribe("notification:added", many.user.id)[Symbol.asyncIterator]();
    const next = live.next();
    const run = await sendReadingsReminders(deps);
    expect(run.key).toBe("readings:2026-11:10");

    const [n, ...more] = await notificationsOf(many.user.id);
    expect(more).toEqual([]);
    expect(n).toMatchObject({ kind: "READINGS_REMINDER", accountId: null, title: "Передайте показания приборов учета", readAt: null });
    const numbers = [many.account.number, second.number].sort().join(", ");
    expect(n!.body).toBe(
      `Не переданы показания приборов учета за ноябрь 2026 по лицевым счетам ${numbers}. Передайте их до 25 ноября в разделе «Показания» личного кабинета.`,
    );
    // Announced live, with the row itself.
    expect((await next).value).toMatchObject({ notificationId: n!.id, notification: { title: n!.title, body: n!.body, kind: "READINGS_REMINDER" } });
    await live.return?.();

    // A meter with a reading (even a rejected one counts as missing), ASKUE, blocked or disabled ones, none at all.
    expect(await notificationsOf(rejected.user.id)).toHaveLength(1);
    for (const c of [done, auto, askue, blocked, noMeters]) expect(await notificationsOf(c.user.id)).toEqual([]);

    // By e-mail (confirmed and subscribed to «другая информация»), to the customer's address, once.
    const mail = sent.filter((e) => e.to === "many@example.com");
    expect(mail).toHaveLength(1);
    expect(mail[0]).toMatchObject({ channel: "EMAIL", subject: "Передайте показания приборов учета" });
    expect(mail[0]!.text).toContain(n!.body);
    expect(mail[0]!.text).toContain("https://lk.example/readings");
    expect(await messagesOf(many.user.id)).toMatchObject([
      { channel: "EMAIL", status: "SENT", attempts: 1, dedupeKey: `readings:2026-11:10:user:${many.user.id}` },
    ]);
  });

  it("chooses e-mail only with a confirmed, subscribed address; otherwise SMS to a confirmed phone; otherwise only the envelope", async () => {
    const cases = {
      subscribed: await customer({ email: "sub@example.com", phone: "79991110001", subscribeInfo: true }),
      notSubscribed: await customer({ email: "nosub@example.com", phone: "79991110002" }),
      unconfirmed: await customer({ email: "unconf@example.com", phone: "79991110003", confirmed: false, subscribeInfo: true }),
      phoneOnly: await customer({ phone: "79991110004" }),
      nothing: await customer(),
    };
    for (const c of Object.values(cases)) await meter(c.account.id);
    await sendReadingsReminders(deps);
    const channels = Object.fromEntries(
      await Promise.all(Object.entries(cases).map(async ([name, c]) => [name, (await messagesOf(c.user.id)).map((m) => `${m.channel} ${m.recipient}`)])),
    );
    expect(channels).toEqual({
      subscribed: ["EMAIL sub@example.com"],
      notSubscribed: ["SMS 79991110002"],
      unconfirmed: [],
      phoneOnly: ["SMS 79991110004"],
      nothing: [],
    });
    for (const c of Object.values(cases)) expect(await notificationsOf(c.user.id)).toHaveLength(1);
    const sms = sent.find((e) => e.to === "79991110004")!;
    // With the account's short personal link (reminder-link.test.ts follows it).
    expect(sms.text).toMatch(
      new RegExp(`^Передайте показания за ноябрь 2026 до 25\\.11: ЛС ${cases.phoneOnly.account.number} https://lk\\.example/r/[A-Za-z0-9]{12}$`),
    );
  });

  it("is idempotent: a second run, or two at once, sends nothing more; the 24th is a new round", async () => {
    const a = await customer({ phone: "79992220001" });
    const b = await customer({ email: "b@example.com", subscribeInfo: true });
    await meter(a.account.id);
    await meter(b.account.id);
    const before = sent.length;
    const runs = await Promise.all([sendReadingsReminders(deps), sendReadingsReminders(deps), sendReadingsReminders(deps)]);
    const again = await sendReadingsReminders(deps);
    expect(again.notifications).toBe(0);
    expect(again.messages).toBe(0);
    for (const c of [a, b]) {
      expect(await notificationsOf(c.user.id)).toHaveLength(1);
      expect(await messagesOf(c.user.id)).toHaveLength(1);
    }
    const ours = sent.slice(before).filter((e) => e.to === "79992220001" || e.to === "b@example.com");
    expect(ours).toHaveLength(2);
    expect(runs.reduce((s, r) => s + r.messages, 0)).toBe(sent.length - before);

    // The 24th: the repeat reminder for whoever still has not sent readings.
    await reading((await database.prisma.meter.findFirstOrThrow({ where: { accountId: b.account.id } })).id, NOV);
    const clock = fixedClock("2026-11-24T05:00:00.000Z");
    const r24 = await sendReadingsReminders({ ...deps, clock });
    expect(r24.key).toBe("readings:2026-11:24");
    expect((await notificationsOf(a.user.id)).map((n) => n.title)).toEqual([
      "Передайте показания приборов учета",
      "Повторное напоминание: передайте показания приборов учета",
    ]);
    expect(await notificationsOf(b.user.id)).toHaveLength(1);
  });

  it("pushes the readings and payment reminders to the browsers that switched them on, once per round, recorded in the outbox", async () => {
    const service = await startPushService(201);
    try {
      const subject = "mailto:noreply@kabinet.local";
      const outbox = new DevOutbox({ log: null });
      const messenger = new Messenger({
        db: database.prisma,
        email: outbox.email,
        sms: outbox.sms,
        push: webPushTransport({ subject, ...vapidKeys({ subject }), agent: pushServiceAgent }),
        retry: { baseDelayMs: 1 },
        log: null,
      });
      const on = await customer({ phone: "79995550001" });
      const readingsOnly = await customer({ phone: "79995550002" });
      for (const c of [on, readingsOnly]) {
        await meter(c.account.id);
        await charge(c.account.id, OCT, "250", "250");
      }
      const browser = browserSubscription(service.origin);
      const other = browserSubscription(service.origin);
      const topics = { readingReminders: true, paymentReminders: true, appealAnswers: true };
      await savePushSubscription(database.prisma, on.user.id, { endpoint: browser.endpoint, ...browser.keys, ...topics }, true);
      await savePushSubscription(database.prisma, readingsOnly.user.id, { endpoint: other.endpoint, ...other.keys, ...topics, paymentReminders: false }, true);
      const pushDeps = { ...deps, messenger, clock: fixedClock("2026-11-13T05:00:00.000Z") };

      await sendReadingsReminders(pushDeps);
      await sendReadingsReminders(pushDeps); // the same round again: nothing more
      await sendPaymentReminders({ ...pushDeps, clock: fixedClock("2026-11-16T06:00:00.000Z") });

      const decrypt = (sub: ReturnType<typeof browserSubscription>) =>
        service.received
          .filter((r) => r.path === new URL(sub.endpoint).pathname)
          .map((r) => JSON.parse(ece.decrypt(r.body, { version: "aes128gcm", privateKey: sub.ecdh, authSecret: sub.keys.auth }).toString("utf8")));
      const [readings, payment] = await notificationsOf(on.user.id);
      expect([readings!.kind, payment!.kind]).toEqual(["READINGS_REMINDER", "PAYMENT_REMINDER"]);
      expect(decrypt(browser)).toEqual([
        { title: readings!.title, body: readings!.body, url: "/readings" },
        { title: payment!.title, body: payment!.body, url: "/payment" },
      ]);
      expect(decrypt(other).map((m) => m.url)).toEqual(["/readings"]);
      // Every push is a row of the outbox, beside the SMS of the same reminder.
      expect((await messagesOf(on.user.id)).map((m) => [m.channel, m.status])).toEqual([
        ["SMS", "SENT"],
        ["PUSH", "SENT"],
        ["SMS", "SENT"],
        ["PUSH", "SENT"],
      ]);
    } finally {
      await service.close();
    }
  });

  it("records a message that could not be delivered, after retries, without failing the run", async () => {
    const down = new Messenger({
      db: database.prisma,
      log: null,
      retry: { baseDelayMs: 1 },
      email: { send: async () => Promise.reject(new DeliveryError("SMTP: connection refused")) },
      sms: { send: async () => Promise.reject(new DeliveryError("SMS gateway: 400 bad number", true)) },
    });
    const e = await customer({ email: "down@example.com", subscribeInfo: true });
    const s = await customer({ phone: "79993330001" });
    await meter(e.account.id);
    await meter(s.account.id);
    const run = await sendReadingsReminders({ ...deps, messenger: down, clock: fixedClock("2026-11-12T05:00:00.000Z") });
    expect(run.failed).toBeGreaterThanOrEqual(2);
    expect(await messagesOf(e.user.id)).toMatchObject([{ status: "FAILED", attempts: 3, lastError: "SMTP: connection refused" }]);
    expect(await messagesOf(s.user.id)).toMatchObject([{ status: "FAILED", attempts: 1 }]); // permanent: no retry
    expect(await notificationsOf(e.user.id)).toHaveLength(1);
  });

  it("reminds about payment whoever has a debt on any account, as «К оплате» computes it", async () => {
    const debtor = await customer({ email: "debtor@example.com", subscribeInfo: true });
    const other = await secondAccount(debtor.user.id);
    await charge(debtor.account.id, OCT, "1234.56", "1234.56");
    await charge(other.id, OCT, "100", "100");
    const paid = await customer({ phone: "79994440001" });
    await charge(paid.account.id, OCT, "500", "500");
    await database.prisma.payment.create({
      data: { accountId: paid.account.id, amount: "500", status: "SUCCEEDED", paidAt: new Date("2026-11-05T10:00:00Z") },
    });
    const part = await customer({ phone: "79994440002" });
    await charge(part.account.id, OCT, "500", "500");
    await database.prisma.payment.create({
      data: { accountId: part.account.id, amount: "200", status: "SUCCEEDED", paidAt: new Date("2026-11-05T10:00:00Z") },
    });
    // Booked by October's close: already in the closing balance, not counted again.
    await database.prisma.payment.create({
      data: { accountId: part.account.id, amount: "999", status: "SUCCEEDED", paidAt: new Date("2026-10-20T10:00:00Z"), billedPeriod: OCT },
    });
    const overpaid = await customer({ phone: "79994440003" });
    await charge(overpaid.account.id, OCT, "100", "-50");
    const verification = await customer({ phone: "79994440004" });
    await charge(verification.account.id, OCT, "100", "0");
    await database.prisma.payment.create({
      data: { accountId: verification.account.id, amount: "1", status: "SUCCEEDED", purpose: "CARD_VERIFICATION", paidAt: new Date("2026-11-05T10:00:00Z") },
    });

    const clock = fixedClock("2026-11-15T06:00:00.000Z");
    const run = await sendPaymentReminders({ ...deps, clock });
    expect(run.key).toBe("payment:2026-11");
    const [d] = await notificationsOf(debtor.user.id);
    const list = [
      [debtor.account.number, "1\u00a0234,56\u00a0₽"],
      [other.number, "100,00\u00a0₽"],
    ].sort((x, y) => x[0]!.localeCompare(y[0]!));
    expect(d).toMatchObject({ kind: "PAYMENT_REMINDER", title: "Напоминание об оплате", accountId: null });
    expect(d!.body).toBe(
      `По лицевым счетам на 15.11.2026 имеется задолженность: ${list.map(([n, a]) => `${n} — ${a}`).join(", ")}. Оплатить её можно в разделе «Оплата» личного кабинета.`,
    );
    const [p] = await notificationsOf(part.user.id);
    expect(p!.body).toBe(
      `По лицевому счету ${part.account.number} на 15.11.2026 имеется задолженность 300,00\u00a0₽. Оплатить её можно в разделе «Оплата» личного кабинета.`,
    );
    expect(p!.accountId).toBe(part.account.id);
    expect(sent.find((e) => e.to === "79994440002")!.text).toBe(
      `Задолженность на 15.11.2026: ЛС ${part.account.number} — 300,00\u00a0₽. Оплатите в личном кабинете: https://lk.example`,
    );

    // Exactly the accounts whose header shows an amount due.
    for (const c of [debtor, paid, part, overpaid, verification]) {
      const due = (await amountDue(database.prisma, c.account.id)).total.gt(0);
      expect((await notificationsOf(c.user.id)).length > 0, `user ${c.user.login}`).toBe(due);
    }
    expect((await sendPaymentReminders({ ...deps, clock })).notifications).toBe(0);
  });

  it("keeps the home page's debt notice for two months or more, once, and resolves it when paid", async () => {
    const two = await customer();
    await charge(two.account.id, OCT, "700", "1500"); // 800 unpaid from before October
    const one = await customer();
    await charge(one.account.id, OCT, "700", "700");
    const notices = (accountId: number) => database.prisma.accountNotice.findMany({ where: { accountId, kind: "DEBT" } });

    await Promise.all([refreshDebtNotices(deps), refreshDebtNotices(deps)]);
    await refreshDebtNotices(deps);
    const [notice, ...dupes] = await notices(two.account.id);
    expect(dupes).toEqual([]);
    expect(notice).toMatchObject({ resolvedAt: null });
    expect(notice!.text).toContain(`по лицевому счету ${two.account.number}`);
    expect(await notices(one.account.id)).toEqual([]);

    await database.prisma.payment.create({
      data: { accountId: two.account.id, amount: "1000", status: "SUCCEEDED", paidAt: new Date("2026-11-11T10:00:00Z") },
    });
    const r = await refreshDebtNotices({ ...deps, clock: fixedClock("2026-11-12T00:00:00.000Z") });
    expect(r.resolved).toBeGreaterThanOrEqual(1);
    expect((await notices(two.account.id))[0]!.resolvedAt).toEqual(new Date("2026-11-12T00:00:00.000Z"));
  });
});
