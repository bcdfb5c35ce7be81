import { afterAll, describe, expect, it, vi } from "vitest";
import { buildApp } from "../../app.js";
import { loadConfig } from "../../config.js";
import { devOutboxToMount } from "../../http/dev-outbox-route.js";
import { startHttpServer, type RunningServer } from "../../http/server.js";
import { systemClock } from "../../shared/clock.js";
import { withTestDatabase } from "../../test/db.js";
import { createAppPubSub } from "../pubsub.js";
import { checkMessagingConfig, createMessenger, devMessenger, DevOutbox, type Messenger } from "./index.js";

describe("dev outbox", () => {
  it("keeps the newest messages first, up to its limit, and prints each one", async () => {
    const log = vi.fn();
    const outbox = new DevOutbox({ limit: 2, log });
    await outbox.email.send({ to: "a@kabinet.local", subject: "Первое", text: "Ссылка: http://localhost:4000/confirm-email?token=t1" });
    await outbox.sms.send({ to: "79123456789", text: "Код: 123456" });
    await outbox.email.send({ to: "b@kabinet.local", subject: "Третье", text: "3" });
    expect(outbox.list().map((e) => e.to)).toEqual(["b@kabinet.local", "79123456789"]);
    expect(log.mock.calls[0]![0]).toMatch(/e-mail to a@kabinet\.local: «Первое»[\s\S]*confirm-email\?token=t1/);
    expect(log.mock.calls[1]![0]).toMatch(/SMS to \+79123456789[\s\S]*Код: 123456/);
  });
});

describe("messenger settings", () => {
  const prod = { NODE_ENV: "production", JWT_SECRET: "p".repeat(40) };

  it("uses the dev outbox for channels without settings outside production", () => {
    expect(createMessenger({ config: loadConfig({ NODE_ENV: "development" }), db: {} as any }).outbox).toBeInstanceOf(DevOutbox);
    const real = loadConfig({ NODE_ENV: "development", SMTP_URL: "smtp://127.0.0.1:2525", SMS_GATEWAY_URL: "http://127.0.0.1:1/", SMS_GATEWAY_TOKEN: "t" });
    expect(createMessenger({ config: real, db: {} as any }).outbox).toBeUndefined();
  });

  it("refuses to start in production without SMTP and the SMS gateway", () => {
    expect(() => checkMessagingConfig(loadConfig(prod))).toThrow(/SMTP_URL and SMS_GATEWAY_URL must be set in production/);
    expect(() => checkMessagingConfig(loadConfig({ ...prod, SMTP_URL: "smtps://u:p@mail.example" }))).toThrow(/^SMS_GATEWAY_URL must be set/);
    expect(() => checkMessagingConfig(loadConfig({ NODE_ENV: "development", SMS_GATEWAY_URL: "http://x/" }))).toThrow(/SMS_GATEWAY_TOKEN/);
    const full = loadConfig({ ...prod, SMTP_URL: "smtps://u:p@mail.example", SMS_GATEWAY_URL: "https://sms.example/v1", SMS_GATEWAY_TOKEN: "t" });
    expect(() => checkMessagingConfig(full)).not.toThrow();
    expect(full.mailFrom).toBe("АО «Газпром энергосбыт Тюмень» <noreply@kabinet.local>");
  });
});

describe("GET /dev/outbox", () => {
  const servers: RunningServer[] = [];

  const database = withTestDatabase();
  afterAll(async () => {
    for (const s of servers) await s.close();
  });

  async function serve(env: Record<string, string>, given?: Messenger): Promise<{ server: RunningServer; messenger: Messenger }> {
    const config = loadConfig(env);
    const messenger = given ?? createMessenger({ config, db: database.prisma, log: null });
    const app = buildApp({ db: database.prisma, sql: database.sql, config, clock: systemClock, pubsub: createAppPubSub(), messenger });
    const server = await startHttpServer(app, {
      port: 0,
      host: "127.0.0.1",
      clientDir: "/nonexistent",
      health: {},
      devOutbox: devOutboxToMount(config.env, messenger),
    });
    servers.push(server);
    return { server, messenger };
  }

  it("lists sent messages newest first and filters by recipient", async () => {
    const { server, messenger } = await serve({ NODE_ENV: "development" });
    await messenger.sendEmail({
      to: "ivanov@mail.ru",
      subject: "Подтверждение",
      text: "Ссылка: http://localhost:4000/confirm-email?token=abc",
      html: "<a>x</a>",
    });
    await messenger.sendSms({ to: "79123456789", text: "Код: 654321" });
    await messenger.sendEmail({ to: "Ivanov@Mail.ru", subject: "Второе", text: "2" });

    const res = await fetch(`${server.url}/dev/outbox`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/application\/json/);
    const all = (await res.json()) as any[];
    expect(all.map((e) => [e.channel, e.to])).toEqual([
      ["EMAIL", "Ivanov@Mail.ru"],
      ["SMS", "79123456789"],
      ["EMAIL", "ivanov@mail.ru"],
    ]);
    expect(all[2]).toEqual({
      id: 1,
      channel: "EMAIL",
      to: "ivanov@mail.ru",
      subject: "Подтверждение",
      text: "Ссылка: http://localhost:4000/confirm-email?token=abc",
      html: "<a>x</a>",
      at: expect.any(String),
    });
    expect(all[1]).not.toHaveProperty("subject");

    const mine = (await (await fetch(`${server.url}/dev/outbox?to=ivanov%40mail.ru`)).json()) as any[];
    expect(mine.map((e) => e.subject)).toEqual(["Второе", "Подтверждение"]);
    const phone = (await (await fetch(`${server.url}/dev/outbox?to=79123456789`)).json()) as any[];
    expect(phone.map((e) => e.text)).toEqual(["Код: 654321"]);
    expect((await fetch(`${server.url}/dev/outbox`, { method: "POST" })).status).toBe(405);
  });

  it("is not mounted in production, even for a messenger that has an outbox", async () => {
    const messenger = devMessenger({ db: database.prisma });
    await messenger.sendEmail({ to: "a@kabinet.local", subject: "s", text: "secret link" });
    const { server } = await serve({ NODE_ENV: "production", JWT_SECRET: "p".repeat(40) }, messenger);
    const res = await fetch(`${server.url}/dev/outbox`);
    expect(res.headers.get("content-type")).not.toMatch(/json/); // fell through to the (unbuilt) web client
    expect(await res.text()).not.toContain("secret link");
    expect(devOutboxToMount("production", { outbox: new DevOutbox({ log: null }) })).toBeUndefined();
    expect(devOutboxToMount("development", { outbox: new DevOutbox({ log: null }) })).toBeInstanceOf(DevOutbox);
  });
});
