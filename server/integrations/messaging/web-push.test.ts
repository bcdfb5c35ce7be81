// Web Push end to end over loopback: a "browser" subscription made of a real P-256 key pair and
// auth secret, an http server standing in for the vendor's push service. The Messenger's message
// arrives encrypted (aes128gcm, RFC 8291), is decrypted here with the browser's private key, is
// signed with a VAPID JWT (RFC 8292) that verifies against our public key for the endpoint's
// origin, and is recorded in the outbox as SENT. A subscription the browser dropped (410) fails
// at once and is recorded FAILED.
import crypto from "node:crypto";
import ece from "http_ece";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../db/client.js";
import { fixedClock } from "../../shared/clock.js";
import { testDatabases } from "../../test/db.js";
import { createCustomer } from "../../test/fixtures.js";
import { browserSubscription, pushServiceAgent as agent, startPushService } from "../../test/push-service.js";
import { DevOutbox, Messenger, vapidKeys, webPushTransport } from "./index.js";

/** Verifies an ES256 JWT against a raw uncompressed P-256 public key (base64url). */
function verifyVapidJwt(jwt: string, publicKey: string): Record<string, unknown> {
  const [h, p, sig] = jwt.split(".");
  const raw = Buffer.from(publicKey, "base64url");
  const key = crypto.createPublicKey({
    key: { kty: "EC", crv: "P-256", x: raw.subarray(1, 33).toString("base64url"), y: raw.subarray(33).toString("base64url") },
    format: "jwk",
  });
  const ok = crypto.verify("sha256", Buffer.from(`${h}.${p}`), { key, dsaEncoding: "ieee-p1363" }, Buffer.from(sig!, "base64url"));
  expect(ok).toBe(true);
  return JSON.parse(Buffer.from(p!, "base64url").toString("utf8"));
}

describe.each(testDatabases())("Web Push on $name", (backend) => {
  let database: Database;
  const clock = fixedClock("2026-11-24T07:00:00.000Z");
  const outbox = new DevOutbox({ log: null });
  const keys = vapidKeys({ subject: "mailto:noreply@kabinet.local" }); // generated, as outside production

  beforeAll(async () => void (database = await backend.open()));
  afterAll(async () => void (await database?.close()));

  const messenger = () =>
    new Messenger({
      db: database.prisma,
      email: outbox.email,
      sms: outbox.sms,
      push: webPushTransport({ subject: "mailto:noreply@kabinet.local", ...keys, agent }),
      clock,
      retry: { baseDelayMs: 5 },
      log: null,
    });

  it("delivers an encrypted, VAPID-signed notification the browser's keys decrypt; the outbox row is SENT", async () => {
    const service = await startPushService(201);
    try {
      const { user } = await createCustomer(database.prisma);
      const sub = browserSubscription(service.origin);
      const m = messenger();
      expect(m.pushPublicKey).toBe(keys.publicKey);
      const message = { title: "Передайте показания", body: "Показания принимаются с 15 по 25 число. Лицевой счет № 0710000000.", url: "/readings" };
      const r = await m.sendPush(41, { endpoint: sub.endpoint, keys: sub.keys, ...message }, { userId: user.id });
      expect(r.status).toBe("SENT");

      expect(service.received).toHaveLength(1);
      const got = service.received[0]!;
      expect(got.path).toBe(new URL(sub.endpoint).pathname);
      expect(got.headers["content-encoding"]).toBe("aes128gcm");
      expect(Number(got.headers.ttl)).toBeGreaterThan(0);
      // The payload is not readable on the way: only the browser's private key opens it.
      expect(got.body.includes(Buffer.from("Передайте"))).toBe(false);
      const plain = ece.decrypt(got.body, { version: "aes128gcm", privateKey: sub.ecdh, authSecret: sub.keys.auth });
      expect(JSON.parse(plain.toString("utf8"))).toEqual(message);

      // RFC 8292: "vapid t=<JWT>, k=<our public key>", the JWT for the push service's origin.
      const vapid = /^vapid t=([^,]+), k=(\S+)$/.exec(String(got.headers.authorization));
      expect(vapid?.[2]).toBe(keys.publicKey);
      const claims = verifyVapidJwt(vapid![1]!, keys.publicKey);
      expect(claims).toMatchObject({ aud: service.origin, sub: "mailto:noreply@kabinet.local" });

      const row = await database.prisma.outboundMessage.findUniqueOrThrow({ where: { id: r.id } });
      // The endpoint (a capability URL) is not stored, only which subscription it went to.
      expect(row).toMatchObject({
        channel: "PUSH",
        recipient: "push:41",
        subject: message.title,
        body: message.body,
        status: "SENT",
        attempts: 1,
        userId: user.id,
      });
    } finally {
      await service.close();
    }
  });

  it("a subscription the browser dropped (410 Gone) fails at once, recorded FAILED", async () => {
    const service = await startPushService(410);
    try {
      const sub = browserSubscription(service.origin);
      const r = await messenger().sendPush(42, { endpoint: sub.endpoint, keys: sub.keys, title: "Ответ на обращение", body: "Текст" });
      expect(r.status).toBe("FAILED");
      expect(service.received).toHaveLength(1); // permanent: not retried
      const row = await database.prisma.outboundMessage.findUniqueOrThrow({ where: { id: r.id } });
      expect(row).toMatchObject({ channel: "PUSH", status: "FAILED", attempts: 1 });
      expect(row.lastError).toMatch(/410/);
    } finally {
      await service.close();
    }
  });
});
