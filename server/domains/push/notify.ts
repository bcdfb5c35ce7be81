// Sends a notification to every browser of a user that wants the topic, each delivery recorded
// in the outbox (channel PUSH). A subscription the push service answers 404/410 for is removed:
// the browser dropped it and it will never work again.
import type { PrismaClient } from "../../db/generated/prisma/client.js";
import type { Messenger } from "../../integrations/messaging/index.js";
import type { PushTopic } from "./subscriptions.js";

export interface PushNotice {
  title: string;
  body: string;
  /** The app's path a click opens, e.g. /readings. */
  url: string;
  /** One delivery per subscription and key (a job run twice sends once). */
  dedupeKey?: string;
}

export async function notifyByPush(deps: { db: PrismaClient; messenger: Messenger }, userId: number, topic: PushTopic, notice: PushNotice): Promise<{ sent: number; failed: number }> {
  if (!deps.messenger.pushPublicKey) return { sent: 0, failed: 0 };
  const subs = await deps.db.pushSubscription.findMany({ where: { userId, [topic]: true }, orderBy: { id: "asc" } });
  let sent = 0;
  let failed = 0;
  for (const s of subs) {
    const r = await deps.messenger.sendPush(
      s.id,
      { endpoint: s.endpoint, keys: { p256dh: s.p256dh, auth: s.auth }, title: notice.title, body: notice.body, url: notice.url },
      { userId, dedupeKey: notice.dedupeKey ? `push:${s.id}:${notice.dedupeKey}` : undefined },
    );
    if (r.status === "SENT") sent += 1;
    else if (r.status === "FAILED") {
      failed += 1;
      const row = await deps.db.outboundMessage.findUnique({ where: { id: r.id }, select: { lastError: true } });
      if (/push service answered (404|410)\b/.test(row?.lastError ?? "")) await deps.db.pushSubscription.deleteMany({ where: { id: s.id } });
    }
  }
  return { sent, failed };
}
