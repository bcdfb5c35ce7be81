// Web Push subscriptions against a real database and a loopback push service: a bad browser
// subscription is refused and saves nothing; a saved one gets only the topics it asked for, each
// delivery recorded in the outbox; a browser that signs in as someone else moves its
// subscription; a subscription the push service says is gone (410) is removed.
import ece from "http_ece";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../db/client.js";
import { DevOutbox, Messenger, vapidKeys, webPushTransport } from "../../integrations/messaging/index.js";
import { UserFacingError } from "../../shared/errors.js";
import { testDatabases } from "../../test/db.js";
import { createCustomer } from "../../test/fixtures.js";
import { browserSubscription, pushServiceAgent, startPushService } from "../../test/push-service.js";
import { notifyByPush, pushReminders } from "./notify.js";
import { deletePushSubscription, findPushSubscription, savePushSubscription } from "./subscriptions.js";

const ALL = { readingReminders: true, paymentReminders: true, appealAnswers: true };

describe.each(testDatabases())("push subscriptions on $name", (backend) => {
  let database: Database;
  const outbox = new DevOutbox({ log: null });
  const keys = vapidKeys({ subject: "mailto:noreply@kabinet.local" });
  beforeAll(async () => void (database = await backend.open()));
  afterAll(async () => void (await database?.close()));
  const messenger = () =>
    new Messenger({
      db: database.prisma,
      email: outbox.email,
      sms: outbox.sms,
      push: webPushTransport({ subject: "mailto:noreply@kabinet.local", ...keys, agent: pushServiceAgent }),
      retry: { baseDelayMs: 5 },
      log: null,
    });

  it("refuses what is not a browser subscription, saving nothing", async () => {
    const { user } = await createCustomer(database.prisma);
    const good = browserSubscription("https://push.example.net");
    const bad = [
      { ...good, endpoint: "http://push.example.net/x" },
      { ...good, endpoint: "not a url" },
      { ...good, keys: { ...good.keys, p256dh: good.keys.p256dh.slice(0, 40) } },
      { ...good, keys: { ...good.keys, auth: "AAAA" } },
    ];
    for (const b of bad) {
      const err = await savePushSubscription(database.prisma, user.id, { endpoint: b.endpoint, ...b.keys, ...ALL }, true).catch((e) => e);
      expect(err).toBeInstanceOf(UserFacingError);
      expect((err as UserFacingError).errors[0]!.code).toBe("PUSH_SUBSCRIPTION_INVALID");
    }
    const off = await savePushSubscription(database.prisma, user.id, { endpoint: good.endpoint, ...good.keys, ...ALL }, false).catch((e) => e);
    expect((off as UserFacingError).errors[0]!.code).toBe("PUSH_DISABLED");
    expect(await database.prisma.pushSubscription.count({ where: { userId: user.id } })).toBe(0);
  });

  it("delivers only the topics asked for, records each delivery, moves a browser to whoever signs in, removes a gone one", async () => {
    const service = await startPushService(201);
    try {
      const { user } = await createCustomer(database.prisma);
      const sub = browserSubscription(service.origin);
      await savePushSubscription(database.prisma, user.id, { endpoint: sub.endpoint, ...sub.keys, ...ALL, paymentReminders: false }, true);
      const deps = { db: database.prisma, messenger: messenger() };

      expect(await notifyByPush(deps, user.id, "paymentReminders", { title: "Оплатите", body: "x", url: "/payment" })).toEqual({ sent: 0, failed: 0 });
      expect(service.received).toHaveLength(0);
      const r = await notifyByPush(deps, user.id, "appealAnswers", {
        title: "Ответ на обращение",
        body: "Ответ на обращение № 12 готов.",
        url: "/appeals",
        dedupeKey: "appeal:12",
      });
      expect(r).toEqual({ sent: 1, failed: 0 });
      // The same key again (a job run twice): nothing more is sent.
      await notifyByPush(deps, user.id, "appealAnswers", {
        title: "Ответ на обращение",
        body: "Ответ на обращение № 12 готов.",
        url: "/appeals",
        dedupeKey: "appeal:12",
      });
      expect(service.received).toHaveLength(1);
      const plain = ece.decrypt(service.received[0]!.body, { version: "aes128gcm", privateKey: sub.ecdh, authSecret: sub.keys.auth });
      expect(JSON.parse(plain.toString("utf8"))).toEqual({ title: "Ответ на обращение", body: "Ответ на обращение № 12 готов.", url: "/appeals" });
      const rows = await database.prisma.outboundMessage.findMany({ where: { userId: user.id, channel: "PUSH" } });
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ status: "SENT", subject: "Ответ на обращение" });

      // Someone else signs in on this browser and switches push on: the subscription is theirs now.
      const { user: other } = await createCustomer(database.prisma);
      await savePushSubscription(database.prisma, other.id, { endpoint: sub.endpoint, ...sub.keys, ...ALL }, true);
      expect(await findPushSubscription(database.prisma, user.id, sub.endpoint)).toBeNull();
      expect(await findPushSubscription(database.prisma, other.id, sub.endpoint)).not.toBeNull();
      expect(await deletePushSubscription(database.prisma, user.id, sub.endpoint)).toBe(false); // not theirs to remove
    } finally {
      await service.close();
    }

    const gone = await startPushService(410);
    try {
      const { user } = await createCustomer(database.prisma);
      const sub = browserSubscription(gone.origin);
      await savePushSubscription(database.prisma, user.id, { endpoint: sub.endpoint, ...sub.keys, ...ALL }, true);
      const r = await notifyByPush({ db: database.prisma, messenger: messenger() }, user.id, "readingReminders", {
        title: "Передайте показания",
        body: "x",
        url: "/readings",
      });
      expect(r).toEqual({ sent: 0, failed: 1 });
      expect(await database.prisma.pushSubscription.count({ where: { userId: user.id } })).toBe(0);
    } finally {
      await gone.close();
    }
  });

  it("a reminder run's range reaches, in one pass, the browsers of those who want that reminder only", async () => {
    const service = await startPushService(201);
    try {
      const { user: wants } = await createCustomer(database.prisma);
      const { user: declines } = await createCustomer(database.prisma);
      const a = browserSubscription(service.origin);
      const b = browserSubscription(service.origin);
      await savePushSubscription(database.prisma, wants.id, { endpoint: a.endpoint, ...a.keys, ...ALL }, true);
      await savePushSubscription(database.prisma, declines.id, { endpoint: b.endpoint, ...b.keys, ...ALL, readingReminders: false }, true);
      const notice = (id: number) => ({
        title: "Передайте показания",
        body: "Напоминаем передать показания.",
        url: "/readings",
        dedupeKey: `notification:${id}`,
      });
      const deps = { sql: database.sql, messenger: messenger() };
      expect(
        await pushReminders(deps, "readingReminders", [
          { userId: wants.id, notice: notice(1) },
          { userId: declines.id, notice: notice(2) },
        ]),
      ).toEqual({ sent: 1, failed: 0 });
      expect(service.received.map((r) => r.path)).toEqual([new URL(a.endpoint).pathname]);
      // The run again (same notifications): nothing more.
      await pushReminders(deps, "readingReminders", [{ userId: wants.id, notice: notice(1) }]);
      expect(service.received).toHaveLength(1);
    } finally {
      await service.close();
    }
  });
});
