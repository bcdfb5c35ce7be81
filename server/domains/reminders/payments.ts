// Payment reminders (manual 7.1): on the mailing day (PAYMENT_REMINDER_DAY of each month) a
// customer with a debt on any linked account gets one reminder for the month, listing the
// accounts and amounts, in the envelope and by e-mail or SMS.
import type { Deps } from "../../context.js";
import { mailingDay } from "./calendar.js";
import { debtLateral, rubSql } from "./debt.js";
import { dispatchReminders, type ReminderRun, reminderMessagesSql } from "./dispatch.js";
import { emailFooter, type ReminderOptions } from "./readings.js";

export const PAYMENT_TEXT = {
  title: "Напоминание об оплате",
  bodyOne: (date: string) => `По лицевому счету %s на ${date} имеется задолженность %s. Оплатить её можно в разделе «Оплата» личного кабинета.`,
  bodyMany: (date: string) => `По лицевым счетам на ${date} имеется задолженность: %s. Оплатить её можно в разделе «Оплата» личного кабинета.`,
  sms: (date: string) => `Задолженность на ${date}: ЛС %s. Оплатите в личном кабинете`,
};

// $1..$2 user id range; $3 dedupe key; $4 now; $5 title; $6/$7 body for one / several accounts;
// $8 e-mail text around the body; $9 SMS text.
const STATEMENT = `
WITH linked AS (
  SELECT ua."userId" AS user_id, ua."accountId" AS account_id,
         (SELECT a.number FROM "Account" a WHERE a.id = ua."accountId" AND a."closedAt" IS NULL) AS number
    FROM "UserAccount" ua
   WHERE ua."userId" BETWEEN $1 AND $2
),
debts AS (
  SELECT l.user_id, l.account_id, l.number, d.balance AS due
    FROM linked l
    ${debtLateral("l.account_id")}
   WHERE l.number IS NOT NULL AND d.balance > 0
),
due AS (
  SELECT user_id, count(*) AS accounts, min(account_id) AS account_id, min(number) AS number, sum(due) AS total,
         string_agg(number || ' — ' || ${rubSql("due")}, ', ' ORDER BY number) AS list
    FROM debts GROUP BY user_id
),
fresh AS (
  INSERT INTO "Notification" ("userId", "accountId", kind, title, body, "dedupeKey", "createdAt")
  SELECT d.user_id, CASE WHEN d.accounts = 1 THEN d.account_id END, 'PAYMENT_REMINDER', $5,
         CASE WHEN d.accounts = 1 THEN format($6, d.number, ${rubSql("d.total")}) ELSE format($7, d.list) END,
         $3, $4::timestamp(3)
    FROM due d JOIN "User" u ON u.id = d.user_id AND u."deletionRequestedAt" IS NULL
   ORDER BY d.user_id
  ON CONFLICT ("userId", "dedupeKey") DO NOTHING
  RETURNING id, "userId", "accountId", title, body
),
${reminderMessagesSql({ emailBody: "$8", smsFormat: "$9, d.list", dedupeKey: "$3", at: "$4" })}`;

/** Sends the payment reminders of the month of `deps.clock.now()`; idempotent per month. */
export async function sendPaymentReminders(
  deps: Pick<Deps, "sql" | "pubsub" | "messenger" | "clock" | "config">,
  o: ReminderOptions = {},
): Promise<ReminderRun & { key: string }> {
  const now = deps.clock.now();
  const day = mailingDay(now, deps.config.timezone);
  const key = `payment:${day.period.slice(0, 7)}`;
  const esc = (s: string) => s.replaceAll("%", "%%");
  const run = await dispatchReminders(deps, {
    kind: "PAYMENT_REMINDER",
    statement: STATEMENT,
    params: [
      key,
      day.at,
      PAYMENT_TEXT.title,
      PAYMENT_TEXT.bodyOne(day.dateText),
      PAYMENT_TEXT.bodyMany(day.dateText),
      `%s${esc(emailFooter(deps.config.publicUrl, "/payment"))}`,
      `${PAYMENT_TEXT.sms(day.dateText)}: ${esc(deps.config.publicUrl)}`,
    ],
    createdAt: now,
    chunk: o.chunk,
    concurrency: o.concurrency,
    onChunk: o.onChunk,
  });
  return { ...run, key };
}
