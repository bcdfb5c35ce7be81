import http from "node:http";
import net, { type AddressInfo } from "node:net";
import { afterAll, describe, expect, it } from "vitest";
import { fixedClock } from "../../shared/clock.js";
import { testDatabases, withTestDatabase } from "../../test/db.js";
import { createCustomer } from "../../test/fixtures.js";
import { startTestSmtp, type TestSmtp } from "../../test/smtp.js";
import { DevOutbox, MessageNotSentError, Messenger } from "./index.js";
import { smsGatewayTransport } from "./sms-gateway.js";
import { smtpTransport } from "./smtp.js";

const FROM = "АО «Газпром энергосбыт Тюмень» <noreply@kabinet.local>";
const fast = { baseDelayMs: 5 };

/** An SMS gateway on loopback: records requests; answers `failFirst` of them with `failStatus`. */
async function startGateway(opts: { failFirst?: number; failStatus?: number } = {}) {
  const requests: { auth?: string; body: any }[] = [];
  const server = http.createServer(async (req, res) => {
    let raw = "";
    for await (const chunk of req) raw += chunk;
    requests.push({ auth: req.headers.authorization, body: JSON.parse(raw) });
    if (requests.length <= (opts.failFirst ?? 0)) return void res.writeHead(opts.failStatus ?? 500).end("upstream busy");
    res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ id: `sms-${requests.length}`, status: "accepted" }));
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1/messages`;
  return { url, requests, close: () => new Promise<void>((r) => server.close(() => r())) };
}

/** A loopback port with nothing listening: connections are refused at once. */
async function deadPort(): Promise<number> {
  const s = net.createServer();
  await new Promise<void>((r) => s.listen(0, "127.0.0.1", r));
  const port = (s.address() as AddressInfo).port;
  await new Promise<void>((r) => s.close(() => r()));
  return port;
}

describe.each(testDatabases())("Messenger on $name", (backend) => {
  let smtp: TestSmtp;
  const clock = fixedClock("2026-11-24T07:00:00.000Z");
  const outbox = new DevOutbox({ log: null });

  const database = withTestDatabase({
    backend,
    seed: async () => {
      smtp = await startTestSmtp();
    },
  });
  afterAll(async () => {
    await smtp?.close();
  });

  const messenger = (o: Partial<ConstructorParameters<typeof Messenger>[0]> = {}) =>
    new Messenger({ db: database.prisma, email: outbox.email, sms: outbox.sms, clock, retry: fast, log: null, ...o });
  const row = (id: number) => database.prisma.outboundMessage.findUniqueOrThrow({ where: { id } });

  it("sends an e-mail through real SMTP: recipient, subject and Cyrillic text intact; the row is SENT", async () => {
    const { user } = await createCustomer(database.prisma);
    const m = messenger({ email: smtpTransport({ url: smtp.url, from: FROM }) });
    const text = "Здравствуйте!\nДля подтверждения перейдите по ссылке:\nhttp://localhost:4000/confirm-email?token=abc-123";
    const r = await m.sendEmail({ to: "petr.ivanov@mail.ru", subject: "Подтверждение регистрации в Личном кабинете клиента", text }, { userId: user.id });
    expect(r.status).toBe("SENT");

    const mail = await smtp.waitFor("Petr.Ivanov@mail.ru");
    expect(mail.subject).toBe("Подтверждение регистрации в Личном кабинете клиента");
    expect(mail.text?.trim()).toBe(text);
    expect(mail.from?.value[0]).toEqual({ name: "АО «Газпром энергосбыт Тюмень»", address: "noreply@kabinet.local" });
    expect(await row(r.id)).toMatchObject({
      channel: "EMAIL",
      recipient: "petr.ivanov@mail.ru",
      subject: "Подтверждение регистрации в Личном кабинете клиента",
      body: text,
      status: "SENT",
      attempts: 1,
      lastError: null,
      userId: user.id,
      sentAt: clock.now(),
      createdAt: clock.now(),
    });
  });

  it("sends the HTML part too", async () => {
    const m = messenger({ email: smtpTransport({ url: smtp.url, from: FROM }) });
    await m.sendEmail({
      to: "html@kabinet.local",
      subject: "Квитанция",
      text: "Ссылка: http://x/y",
      html: '<p><a href="http://x/y">Квитанция за ноябрь</a></p>',
    });
    const mail = await smtp.waitFor("html@kabinet.local");
    expect(mail.html).toContain("Квитанция за ноябрь");
  });

  it("SMTP server down: three attempts with backoff, then FAILED with the last error", async () => {
    const m = messenger({ email: smtpTransport({ url: `smtp://127.0.0.1:${await deadPort()}`, from: FROM, timeoutMs: 2_000 }) });
    const r = await m.sendEmail({ to: "nobody@kabinet.local", subject: "Тест", text: "Тест" });
    expect(r.status).toBe("FAILED");
    const saved = await row(r.id);
    expect(saved).toMatchObject({ status: "FAILED", attempts: 3, sentAt: null });
    expect(saved.lastError).toMatch(/ECONNREFUSED/);
  });

  it("throws only when asked to", async () => {
    const m = messenger({ email: smtpTransport({ url: `smtp://127.0.0.1:${await deadPort()}`, from: FROM }), retry: { attempts: 1 } });
    await expect(m.sendEmail({ to: "a@kabinet.local", subject: "s", text: "t" }, { throwOnFailure: true })).rejects.toBeInstanceOf(MessageNotSentError);
  });

  it("SMS gateway: bearer token and payload; retries through two 500s and succeeds", async () => {
    const gw = await startGateway({ failFirst: 2 });
    try {
      const m = messenger({ sms: smsGatewayTransport({ url: gw.url, token: "tok-123", sender: "ESBT" }) });
      const r = await m.sendSms({ to: "79123456789", text: "Код подтверждения: 123456" });
      expect(r.status).toBe("SENT");
      expect(gw.requests).toHaveLength(3);
      for (const req of gw.requests) {
        expect(req.auth).toBe("Bearer tok-123");
        expect(req.body).toEqual({ to: "79123456789", text: "Код подтверждения: 123456", sender: "ESBT" });
      }
      expect(await row(r.id)).toMatchObject({ channel: "SMS", recipient: "79123456789", status: "SENT", attempts: 3 });
      expect((await row(r.id)).lastError).toMatch(/HTTP 500/);
    } finally {
      await gw.close();
    }
  });

  it("SMS gateway answering 500 every time: FAILED after three attempts with the status", async () => {
    const gw = await startGateway({ failFirst: 99 });
    try {
      const m = messenger({ sms: smsGatewayTransport({ url: gw.url, token: "t" }) });
      const r = await m.sendSms({ to: "79123456789", text: "x" });
      expect(r.status).toBe("FAILED");
      expect(gw.requests).toHaveLength(3);
      expect(await row(r.id)).toMatchObject({ status: "FAILED", attempts: 3, lastError: expect.stringMatching(/HTTP 500/) });
    } finally {
      await gw.close();
    }
  });

  it("SMS gateway refusing the request (401): not retried", async () => {
    const gw = await startGateway({ failFirst: 99, failStatus: 401 });
    try {
      const r = await messenger({ sms: smsGatewayTransport({ url: gw.url, token: "wrong" }) }).sendSms({ to: "79123456789", text: "x" });
      expect(gw.requests).toHaveLength(1);
      expect(await row(r.id)).toMatchObject({ status: "FAILED", attempts: 1, lastError: expect.stringMatching(/HTTP 401/) });
    } finally {
      await gw.close();
    }
  });

  it("SMS gateway not answering in time: the timeout is an error", async () => {
    const hang = http.createServer(() => {});
    await new Promise<void>((r) => hang.listen(0, "127.0.0.1", r));
    try {
      const url = `http://127.0.0.1:${(hang.address() as AddressInfo).port}/`;
      const r = await messenger({ sms: smsGatewayTransport({ url, token: "t", timeoutMs: 100 }), retry: { attempts: 2, baseDelayMs: 1 } }).sendSms({
        to: "79123456789",
        text: "x",
      });
      expect(await row(r.id)).toMatchObject({ status: "FAILED", attempts: 2, lastError: expect.stringMatching(/no answer in 100 ms/) });
    } finally {
      hang.closeAllConnections();
      await new Promise<void>((r) => hang.close(() => r()));
    }
  });

  it("a malformed number is recorded as FAILED without reaching the gateway", async () => {
    const gw = await startGateway();
    try {
      const r = await messenger({ sms: smsGatewayTransport({ url: gw.url, token: "t" }) }).sendSms({ to: "89123456789", text: "x" });
      expect(r.status).toBe("FAILED");
      expect(gw.requests).toHaveLength(0);
    } finally {
      await gw.close();
    }
  });

  it("dedupeKey: the second send with the same key sends nothing", async () => {
    const m = messenger({ email: smtpTransport({ url: smtp.url, from: FROM }) });
    const msg = { to: "dedupe@kabinet.local", subject: "Напоминание", text: "Передайте показания" };
    const first = await m.sendEmail(msg, { dedupeKey: "reminder:2026-11:dedupe" });
    const second = await m.sendEmail(msg, { dedupeKey: "reminder:2026-11:dedupe" });
    expect(first).toEqual({ id: first.id, status: "SENT" });
    expect(second).toEqual({ id: first.id, status: "SENT", duplicate: true });
    await smtp.waitFor("dedupe@kabinet.local");
    await new Promise((r) => setTimeout(r, 100));
    expect(smtp.messages.filter((x) => x.subject === "Напоминание")).toHaveLength(1);
    expect(await database.prisma.outboundMessage.count({ where: { dedupeKey: "reminder:2026-11:dedupe" } })).toBe(1);
  });

  it("dedupeKey: concurrent sends with one key deliver once", async () => {
    const before = outbox.list({ to: "race@kabinet.local" }).length;
    const m = messenger();
    const results = await Promise.all([1, 2, 3, 4].map(() => m.sendEmail({ to: "race@kabinet.local", subject: "s", text: "t" }, { dedupeKey: "race" })));
    expect(results.filter((r) => !r.duplicate)).toHaveLength(1);
    expect(outbox.list({ to: "race@kabinet.local" }).length - before).toBe(1);
  });

  it("dedupeKey: a message that FAILED is tried again on the next send with its key", async () => {
    const down = messenger({ email: smtpTransport({ url: `smtp://127.0.0.1:${await deadPort()}`, from: FROM }), retry: { attempts: 1 } });
    const msg = { to: "retry@kabinet.local", subject: "Повтор", text: "t" };
    const failed = await down.sendEmail(msg, { dedupeKey: "retry-key" });
    expect(failed.status).toBe("FAILED");
    const up = messenger({ email: smtpTransport({ url: smtp.url, from: FROM }) });
    expect(await up.sendEmail(msg, { dedupeKey: "retry-key" })).toEqual({ id: failed.id, status: "SENT" });
    await smtp.waitFor("retry@kabinet.local");
    expect(await row(failed.id)).toMatchObject({ status: "SENT", attempts: 2 });
  });

  it("redacts secrets in the stored copy only", async () => {
    const m = messenger();
    const r = await m.sendSms({ to: "79001112233", text: "Код подтверждения: 482913" }, { redact: ["482913"] });
    expect((await row(r.id)).body).toBe("Код подтверждения: •••");
    expect(outbox.list({ to: "79001112233" })[0]!.text).toBe("Код подтверждения: 482913");
  });
  it("sends what a stopped process left PENDING, leaves a live run's messages alone and expires the too old", async () => {
    // Rows as a reminder statement records them; their process "died" before delivering.
    const pending = (recipient: string, minutesAgo: number) =>
      database.prisma.outboundMessage.create({
        data: {
          channel: "EMAIL",
          recipient,
          subject: "Напоминание",
          body: "Передайте показания",
          createdAt: new Date(clock.now().getTime() - minutesAgo * 60_000),
        },
      });
    const stranded = await pending("stranded@example.ru", 20);
    const live = await pending("live@example.ru", 1);
    const stale = await pending("stale@example.ru", 3 * 24 * 60);
    const r = await messenger().deliverStranded();
    expect(r).toMatchObject({ sent: 1, failed: 0, expired: 1 });
    expect(outbox.list({ to: "stranded@example.ru" })).toHaveLength(1);
    expect((await row(stranded.id)).status).toBe("SENT");
    expect((await row(live.id)).status).toBe("PENDING");
    expect(outbox.list({ to: "live@example.ru" })).toHaveLength(0);
    expect(await row(stale.id)).toMatchObject({ status: "FAILED", lastError: expect.stringContaining("stranded") });
    expect(outbox.list({ to: "stale@example.ru" })).toHaveLength(0);
    // A second fire finds nothing more to send.
    expect(await messenger().deliverStranded()).toMatchObject({ sent: 0, expired: 0 });
  });
});
