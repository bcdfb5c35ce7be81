// The common shape of a set-based reminder run: one SQL statement per range of user ids finds
// who is due, inserts their notifications and outbound messages (ON CONFLICT DO NOTHING, so a
// second run — or a run on another replica at the same moment — inserts and sends nothing),
// and returns exactly the rows this run inserted. Those are announced to live subscribers and
// the messages delivered with bounded concurrency; then the next range. Ranges keep memory flat
// however many accounts there are.
import type { Deps } from "../../context.js";
import type { NotificationKind } from "../../db/generated/prisma/client.js";
import type { RecordedMessage } from "../../integrations/messaging/index.js";
import { reminderChannelSql } from "../notifications/channels.js";
import { announce } from "../notifications/service.js";
import { pushReminders } from "../push/notify.js";

/** The Web Push topic and the app's page of a reminder kind; other kinds are not pushed. */
const PUSHED: Partial<Record<NotificationKind, { topic: "readingReminders" | "paymentReminders"; url: string }>> = {
  READINGS_REMINDER: { topic: "readingReminders", url: "/readings" },
  PAYMENT_REMINDER: { topic: "paymentReminders", url: "/payment" },
};

/**
 * The end of every reminder statement: after its `due d (user_id, …)` and `fresh f` (the
 * notifications it inserted) CTEs, one message per user on the channel their contacts and
 * subscriptions allow, and the rows as InsertedReminder. Arguments are SQL (placeholders).
 */
export function reminderMessagesSql(p: { emailBody: string; smsFormat: string; dedupeKey: string; at: string; emailArgs?: string; join?: string }): string {
  return `messages AS (
  INSERT INTO "OutboundMessage" ("userId", channel, recipient, subject, body, "dedupeKey", "createdAt")
  SELECT f."userId", c.channel::"MessageChannel",
         CASE c.channel WHEN 'EMAIL' THEN u.email ELSE u.phone END,
         CASE c.channel WHEN 'EMAIL' THEN f.title END,
         CASE c.channel WHEN 'EMAIL' THEN format(${p.emailBody}, f.body${p.emailArgs ? `, ${p.emailArgs}` : ""}) ELSE format(${p.smsFormat}) END,
         ${p.dedupeKey} || ':user:' || f."userId", ${p.at}::timestamp(3)
    FROM fresh f
    JOIN "User" u ON u.id = f."userId"
    JOIN due d ON d.user_id = f."userId"${p.join ? `\n    ${p.join}` : ""}
   CROSS JOIN LATERAL (SELECT ${reminderChannelSql("u")} AS channel) c
   WHERE c.channel IS NOT NULL
  ON CONFLICT ("dedupeKey") DO NOTHING
  RETURNING id, "userId", channel::text AS channel, recipient, subject, body
)
SELECT f.id, f."userId", f."accountId", f.title, f.body,
       m.id AS "messageId", m.channel, m.recipient, m.subject, m.body AS "messageBody"
  FROM fresh f LEFT JOIN messages m ON m."userId" = f."userId"`;
}

/** A row of a reminder statement: the notification inserted and its message, if any. */
export interface InsertedReminder {
  id: number;
  userId: number;
  accountId: number | null;
  title: string;
  body: string;
  messageId: number | null;
  channel: "EMAIL" | "SMS" | null;
  recipient: string | null;
  subject: string | null;
  messageBody: string | null;
}

export interface ReminderRun {
  /** Notifications created by this run. */
  notifications: number;
  /** Outbound messages created and delivered (or failed) by this run. */
  messages: number;
  sent: number;
  failed: number;
}

export interface DispatchOptions {
  kind: NotificationKind;
  /** The statement; $1 and $2 are the user id range (inclusive), the rest `params`. */
  statement: string;
  params: unknown[];
  /** When the notifications are dated (the run's clock). */
  createdAt: Date;
  /** User ids per statement. */
  chunk?: number;
  /** Messages in flight at once. */
  concurrency?: number;
  /**
   * Rewrites bodies of the messages just inserted before they are sent (what SQL cannot make,
   * such as signed links), inside the range's transaction: returns the changed bodies by message id.
   */
  render?: (rows: InsertedReminder[]) => Promise<Map<number, string>>;
  /** Called after each range (benchmarks print where the time goes). */
  onChunk?: (c: { rows: number; messages: number; sqlMs: number; deliverMs: number }) => void;
}

export async function dispatchReminders(deps: Pick<Deps, "sql" | "pubsub" | "messenger">, o: DispatchOptions): Promise<ReminderRun> {
  const run: ReminderRun = { notifications: 0, messages: 0, sent: 0, failed: 0 };
  const [range] = await deps.sql.query<{ lo: number | null; hi: number | null }>(`SELECT min(id) AS lo, max(id) AS hi FROM "User"`);
  if (!range || range.lo === null || range.hi === null) return run;
  const chunk = o.chunk ?? 25_000;
  const query = (lo: number) => {
    const t0 = performance.now();
    return deps.sql
      .transaction(async (q) => {
        // A range is a short statement over index lookups; the planner's JIT (its cost estimate
        // crosses the threshold) would spend longer compiling than the statement takes.
        await q("SET LOCAL jit = off");
        const rows = await q<InsertedReminder>(o.statement, [lo, lo + chunk - 1, ...o.params]);
        const bodies = o.render ? await o.render(rows) : new Map<number, string>();
        if (bodies.size) {
          await q(`UPDATE "OutboundMessage" m SET body = v.body FROM unnest($1::int[], $2::text[]) AS v(id, body) WHERE m.id = v.id`, [
            [...bodies.keys()],
            [...bodies.values()],
          ]);
          for (const r of rows) if (r.messageId !== null && bodies.has(r.messageId)) r.messageBody = bodies.get(r.messageId)!;
        }
        return rows;
      })
      .then((rows) => ({ rows, sqlMs: performance.now() - t0 }));
  };
  // The next range's statement runs in the database while this range's messages go out.
  let next: ReturnType<typeof query> | null = query(range.lo);
  for (let lo = range.lo; next; lo += chunk) {
    const { rows, sqlMs } = await next;
    next = lo + chunk <= range.hi ? query(lo + chunk) : null;
    // Keep a failed prefetch from surfacing as an unhandled rejection before it is awaited.
    next?.catch(() => {});
    if (!rows.length) continue;
    const t1 = performance.now();
    run.notifications += rows.length;
    await announce(
      deps.pubsub,
      rows.map((r) => ({ id: r.id, userId: r.userId, accountId: r.accountId, kind: o.kind, title: r.title, body: r.body, createdAt: o.createdAt })),
    );
    const messages: RecordedMessage[] = [];
    for (const r of rows) {
      if (r.messageId !== null && r.channel && r.recipient && r.messageBody !== null) {
        messages.push({ id: r.messageId, channel: r.channel, recipient: r.recipient, subject: r.subject, body: r.messageBody });
      }
    }
    run.messages += messages.length;
    const delivered = await deps.messenger.deliverRecorded(messages, { concurrency: o.concurrency });
    run.sent += delivered.sent;
    run.failed += delivered.failed;
    // Also to the browsers whose owners switched the topic on (Профиль → Подписки); keyed by the
    // notification, so only this run's fresh rows are pushed.
    const pushed = PUSHED[o.kind];
    if (pushed) {
      const p = await pushReminders(
        deps,
        pushed.topic,
        rows.map((r) => ({ userId: r.userId, notice: { title: r.title, body: r.body, url: pushed.url, dedupeKey: `notification:${r.id}` } })),
        o.concurrency,
      );
      run.sent += p.sent;
      run.failed += p.failed;
    }
    o.onChunk?.({ rows: rows.length, messages: messages.length, sqlMs, deliverMs: performance.now() - t1 });
  }
  return run;
}
