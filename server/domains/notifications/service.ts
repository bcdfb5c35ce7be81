// Creating in-app notifications: stored first, then announced to live subscribers. A dedupe
// key makes repeats (a job fired twice, on two replicas) a no-op that announces nothing.
import type { Notification, NotificationKind, PrismaClient } from "../../db/generated/prisma/client.js";
import type { NotificationEvent, PubSub } from "../../integrations/pubsub.js";

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
  await announce(deps.pubsub, [created]);
  return created;
}

type Announced = Pick<Notification, "id" | "userId" | "accountId" | "kind" | "title" | "body" | "createdAt">;

/**
 * Publishes new notifications to their owners' live subscriptions (on every replica). A job's
 * thousands go out in slices with a turn of the event loop between them, so deliveries start
 * at once and requests in between are not held up behind the whole batch.
 */
export async function announce(pubsub: PubSub, rows: readonly Announced[], slice = 256): Promise<number> {
  for (let i = 0; i < rows.length; i += slice) {
    if (i > 0) await new Promise((resolve) => setImmediate(resolve));
    for (const row of rows.slice(i, i + slice)) {
      pubsub.publish("notification:added", row.userId, { notificationId: row.id, notification: toEvent(row) });
    }
  }
  return rows.length;
}

export function toEvent(row: Announced): NotificationEvent {
  return {
    id: row.id,
    userId: row.userId,
    accountId: row.accountId,
    kind: row.kind,
    title: row.title,
    body: row.body,
    createdAt: new Date(row.createdAt).toISOString(),
  };
}

/** The event as the Notification type's resolvers expect a row (a new one is unread). */
export function fromEvent(e: NotificationEvent): Notification {
  return { ...e, kind: e.kind as NotificationKind, createdAt: new Date(e.createdAt), readAt: null, dedupeKey: null };
}
