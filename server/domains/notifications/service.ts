// Creating in-app notifications: stored first, then announced to live subscribers. A dedupe
// key makes repeats (a job fired twice, on two replicas) a no-op that announces nothing.
import type { Notification, NotificationKind, PrismaClient } from "../../db/generated/prisma/client.js";
import type { NotificationEvent, PubSub } from "../../integrations/pubsub.js";
import { invalidate } from "../../shared/invalidation.js";

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
    // The unread counts of cached pages (not awaited: no customer's own action waits on it).
    void invalidate({ pubsub }, { users: [...new Set(rows.slice(i, i + slice).map((r) => r.userId))] });
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
    createdAt: isoOf(row.createdAt),
  };
}

/** The event as the Notification type's resolvers expect a row (a new one is unread). */
export function fromEvent(e: NotificationEvent): Notification {
  return {
    id: e.id,
    userId: e.userId,
    accountId: e.accountId,
    kind: e.kind as NotificationKind,
    title: e.title,
    body: e.body,
    createdAt: dateOf(e.createdAt),
    readAt: null,
    dedupeKey: null,
  };
}

// A broadcast's rows share one creation time: it is converted once, not once per subscriber.
// (The Date is shared between results; nothing mutates a row's dates.)
let lastIso: { time: number; iso: string } | undefined;
let lastDate: { iso: string; date: Date } | undefined;

function isoOf(d: Date | string): string {
  const time = new Date(d).getTime();
  if (lastIso?.time !== time) lastIso = { time, iso: new Date(time).toISOString() };
  return lastIso.iso;
}

function dateOf(iso: string): Date {
  if (lastDate?.iso !== iso) lastDate = { iso, date: new Date(iso) };
  return lastDate.date;
}
