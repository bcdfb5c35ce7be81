// Marking notifications read (manual 7.1: once the customer has looked, they are all «прочитанные»
// and the envelope turns grey). Only the owner's rows are touched; repeating is harmless.
import type { SqlRunner } from "../../db/client.js";
import type { Notification, PrismaClient } from "../../db/generated/prisma/client.js";
import type { PubSub } from "../../integrations/pubsub.js";
import type { Clock } from "../../shared/clock.js";
import { userError } from "./errors.js";
import { invalidate } from "../../shared/invalidation.js";

type Deps = { db: PrismaClient; clock: Clock; pubsub?: PubSub };

export async function markRead(deps: Deps, userId: number, notificationId: number): Promise<Notification> {
  // Keep the first reading time: a second look does not move it.
  const { count } = await deps.db.notification.updateMany({ where: { id: notificationId, userId, readAt: null }, data: { readAt: deps.clock.now() } });
  if (count) await invalidate(deps, { users: [userId] });
  const n = await deps.db.notification.findFirst({ where: { id: notificationId, userId } });
  if (!n) throw userError("NOT_FOUND", ["input", "notificationId"]);
  return n;
}

/**
 * Marks every unread notification read, or only those up to `upToId` (the newest one the
 * customer was shown): one that arrived while the list was open stays unread.
 */
export async function markAllRead(deps: Deps, userId: number, upToId?: number | null): Promise<number> {
  const { count } = await deps.db.notification.updateMany({
    where: { userId, readAt: null, ...(upToId != null ? { id: { lte: upToId } } : {}) },
    data: { readAt: deps.clock.now() },
  });
  if (count) await invalidate(deps, { users: [userId] });
  return count;
}

/** The number on the envelope in the header: one prepared statement, as the header asks on every page. */
export async function unreadCount(sql: SqlRunner, userId: number): Promise<number> {
  const [row] = await sql.query<{ n: number }>(`SELECT count(*)::int AS n FROM "Notification" WHERE "userId" = $1 AND "readAt" IS NULL`, [userId], {
    prepareAs: "unread_count",
  });
  return row!.n;
}
