// Sends notifications to the browsers of users that want the topic, each delivery recorded in
// the outbox (channel PUSH). A subscription the push service answers 404/410 for is removed:
// the browser dropped it and it will never work again.
import type { PrismaClient } from "../../db/generated/prisma/client.js";
import type { SqlRunner } from "../../db/client.js";
import type { Messenger } from "../../integrations/messaging/index.js";
import type { PushTopic } from "./subscriptions.js";

type PushMessenger = Pick<Messenger, "sendPush" | "pushPublicKey">;

export interface PushNotice {
  title: string;
  body: string;
  /** The app's path a click opens, e.g. /readings. */
  url: string;
  /** One delivery per subscription and key (a job run twice sends once). */
  dedupeKey?: string;
}

type Sub = { id: number; userId: number; endpoint: string; p256dh: string; auth: string };

const GONE = /push service answered (404|410)\b/;

/** Sends each notice to its user's subscriptions, `concurrency` at a time; returns the gone subscriptions' ids. */
async function sendAll(messenger: PushMessenger, lastError: (id: number) => Promise<string | null>, jobs: { sub: Sub; notice: PushNotice }[], concurrency = 8) {
  let sent = 0;
  let failed = 0;
  const gone: number[] = [];
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const { sub: s, notice } = jobs[next++]!;
      const r = await messenger.sendPush(
        s.id,
        { endpoint: s.endpoint, keys: { p256dh: s.p256dh, auth: s.auth }, title: notice.title, body: notice.body, url: notice.url },
        { userId: s.userId, dedupeKey: notice.dedupeKey ? `push:${s.id}:${notice.dedupeKey}` : undefined },
      );
      if (r.status === "SENT") sent += 1;
      else if (r.status === "FAILED") {
        failed += 1;
        if (GONE.test((await lastError(r.id)) ?? "")) gone.push(s.id);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, Math.max(1, jobs.length)) }, worker));
  return { sent, failed, gone };
}

/** One user's notice (an appeal answered): to each of their browsers that wants `topic`. */
export async function notifyByPush(
  deps: { db: PrismaClient; messenger: PushMessenger },
  userId: number,
  topic: PushTopic,
  notice: PushNotice,
): Promise<{ sent: number; failed: number }> {
  if (!deps.messenger.pushPublicKey) return { sent: 0, failed: 0 };
  const subs = await deps.db.pushSubscription.findMany({ where: { userId, [topic]: true }, orderBy: { id: "asc" } });
  const lastError = async (id: number) => (await deps.db.outboundMessage.findUnique({ where: { id }, select: { lastError: true } }))?.lastError ?? null;
  const r = await sendAll(
    deps.messenger,
    lastError,
    subs.map((sub) => ({ sub, notice })),
  );
  if (r.gone.length) await deps.db.pushSubscription.deleteMany({ where: { id: { in: r.gone } } });
  return { sent: r.sent, failed: r.failed };
}

/**
 * A reminder run's range of notices (set-based jobs, reminders/dispatch.ts): one query for the
 * subscriptions of all their users that want `topic`, then the deliveries.
 */
export async function pushReminders(
  deps: { sql: SqlRunner; messenger: PushMessenger },
  topic: "readingReminders" | "paymentReminders",
  notices: { userId: number; notice: PushNotice }[],
  concurrency?: number,
): Promise<{ sent: number; failed: number }> {
  if (!deps.messenger.pushPublicKey || !notices.length) return { sent: 0, failed: 0 };
  const column = topic === "readingReminders" ? `"readingReminders"` : `"paymentReminders"`;
  const subs = await deps.sql.query<Sub>(
    `SELECT id, "userId", endpoint, p256dh, auth FROM "PushSubscription" WHERE "userId" = ANY($1::int[]) AND ${column} ORDER BY id`,
    [[...new Set(notices.map((n) => n.userId))]],
  );
  if (!subs.length) return { sent: 0, failed: 0 };
  const byUser = new Map<number, PushNotice[]>();
  for (const n of notices) byUser.set(n.userId, [...(byUser.get(n.userId) ?? []), n.notice]);
  const jobs = subs.flatMap((sub) => (byUser.get(sub.userId) ?? []).map((notice) => ({ sub, notice })));
  const lastError = async (id: number) =>
    (await deps.sql.query<{ lastError: string | null }>(`SELECT "lastError" FROM "OutboundMessage" WHERE id = $1`, [id]))[0]?.lastError ?? null;
  const r = await sendAll(deps.messenger, lastError, jobs, concurrency);
  if (r.gone.length) await deps.sql.query(`DELETE FROM "PushSubscription" WHERE id = ANY($1::int[])`, [r.gone]);
  return { sent: r.sent, failed: r.failed };
}
