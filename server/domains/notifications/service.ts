// Creating in-app notifications: stored first, then announced to live subscribers. A dedupe
// key makes repeats (a job fired twice, on two replicas) a no-op that announces nothing.
import type { NotificationKind, PrismaClient } from "../../db/generated/prisma/client.js";
import type { PubSub } from "../../integrations/pubsub.js";

export interface NewNotification {
  userId: number;
  accountId?: number | null;
  kind: NotificationKind;
  title: string;
  body: string;
  dedupeKey?: string;
}

/** Returns the notification, or null when one with the same dedupe key already exists. */
export async function notify(deps: { db: PrismaClient; pubsub: PubSub }, n: NewNotification) {
  const data = { ...n, accountId: n.accountId ?? null, dedupeKey: n.dedupeKey ?? null };
  let created;
  if (n.dedupeKey) {
    // ON CONFLICT DO NOTHING: the loser of a race learns it lost without an error.
    const { count } = await deps.db.notification.createMany({ data: [data], skipDuplicates: true });
    if (count === 0) return null;
    created = await deps.db.notification.findUniqueOrThrow({ where: { userId_dedupeKey: { userId: n.userId, dedupeKey: n.dedupeKey } } });
  } else {
    created = await deps.db.notification.create({ data });
  }
  deps.pubsub.publish("notification:added", n.userId, { notificationId: created.id });
  return created;
}
