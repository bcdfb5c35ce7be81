// Readings reminders (manual 7.1): on the 10th and again on the 24th, a customer whose active
// meters lack a reading for the month gets one reminder — one per customer however many
// accounts they have — in the envelope and by e-mail or SMS. Meters read by a partner system
// (АСКУЭ) are not the customer's to read: flagged `automatic`, or last month's reading came
// from the partner. Blocked and disabled meters cannot take readings, so they do not count.
import type { Deps } from "../../context.js";
import { mailingDay, readingsRound, windowEndText } from "./calendar.js";
import { dispatchReminders, type DispatchOptions, type InsertedReminder, type ReminderRun, reminderMessagesSql } from "./dispatch.js";
import { reminderChannelSql } from "../notifications/channels.js";
import { dateValue, localTime } from "../../shared/calendar.js";
import { EMAIL_LINK_PLACEHOLDER, SHORT_CODE_SQL, emailLinkPath, emailLinkPlaceholderSql, signReminderLink, smsLinkPath } from "./link-token.js";

export const READINGS_TEXT = {
  title: (round: 10 | 24) => (round === 10 ? "Передайте показания приборов учета" : "Повторное напоминание: передайте показания приборов учета"),
  body: (month: string, until: string, many: boolean) =>
    `Не переданы показания приборов учета за ${month} по ${many ? "лицевым счетам" : "лицевому счету"} %s. ` +
    `Передайте их до ${until} в разделе «Показания» личного кабинета.`,
  /** The SMS: a line «ЛС <number> <short link>» per account follows, nothing after a link. */
  sms: (month: string, until: string) => `Передайте показания за ${month} до ${until}: %s`,
  /** A line of the e-mail per account: its personal link (the placeholder is signed before sending). */
  emailLink: "Передать показания по лицевому счету %s без входа в личный кабинет (ссылка действует до конца приема показаний в этом месяце): %s",
};

/** The footer of every reminder e-mail. */
export function emailFooter(publicUrl: string, path: string): string {
  return `\n\nЛичный кабинет: ${publicUrl}${path}\n\nОтказаться от рассылки можно в разделе «Профиль» → «Подписки». Это письмо отправлено автоматически, отвечать на него не нужно.`;
}

// $1..$2 user id range; $3 period; $4 previous period; $5 today (local); $6 dedupe key; $7 now;
// $8 title; $9/$10 body for one / several accounts; $11 e-mail text around the body and the
// links; $12 SMS text around the links; $13 when the links expire; $14 an e-mail link's line;
// $15 an SMS link ('ЛС <number> <PUBLIC_URL>/r/<code>').
const STATEMENT = `
WITH linked AS (
  -- Driven by the range of users: the account comes by its key (a join here would scan all
  -- accounts for every range), then the meters of that account by theirs.
  SELECT ua."userId" AS user_id, ua."accountId" AS account_id, ua."linkedAt" AS linked_at,
         (SELECT a.number FROM "Account" a WHERE a.id = ua."accountId" AND a."closedAt" IS NULL) AS number
    FROM "UserAccount" ua
   WHERE ua."userId" BETWEEN $1 AND $2
     AND EXISTS (
       SELECT 1 FROM "Meter" m
        WHERE m."accountId" = ua."accountId"
          AND m.status = 'ACTIVE' AND m."blockedReason" IS NULL AND NOT m.automatic
          AND m."installedAt" <= $5::date AND (m."removedAt" IS NULL OR m."removedAt" > $5::date)
          AND NOT EXISTS (SELECT 1 FROM "MeterReading" r
                           WHERE r."meterId" = m.id AND r.period = $3::date AND r.status <> 'REJECTED')
          AND NOT EXISTS (SELECT 1 FROM "MeterReading" r
                           WHERE r."meterId" = m.id AND r.period = $4::date AND r.source = 'PARTNER'))
),
due AS (
  SELECT user_id, string_agg(number, ', ' ORDER BY number) AS numbers, count(*) AS accounts, min(account_id) AS account_id
    FROM linked WHERE number IS NOT NULL
   GROUP BY user_id
),
fresh AS (
  INSERT INTO "Notification" ("userId", "accountId", kind, title, body, "dedupeKey", "createdAt")
  SELECT d.user_id, CASE WHEN d.accounts = 1 THEN d.account_id END, 'READINGS_REMINDER', $8,
         format(CASE WHEN d.accounts = 1 THEN $9 ELSE $10 END, d.numbers), $6, $7::timestamp(3)
    FROM due d JOIN "User" u ON u.id = d.user_id AND u."deletionRequestedAt" IS NULL
   ORDER BY d.user_id
  ON CONFLICT ("userId", "dedupeKey") DO NOTHING
  RETURNING id, "userId", "accountId", title, body
),
-- A personal readings link per account of each reminded user who gets a message (link-token.ts).
links AS (
  INSERT INTO "ReminderLink" (code, "userId", "accountId", "linkedAt", "passwordStamp", "expiresAt", "createdAt")
  SELECT ${SHORT_CODE_SQL}, l.user_id, l.account_id, l.linked_at,
         encode(sha256(convert_to(u."passwordHash", 'UTF8')), 'hex'), $13::timestamp(3), $7::timestamp(3)
    FROM fresh f
    JOIN "User" u ON u.id = f."userId"
    JOIN linked l ON l.user_id = f."userId" AND l.number IS NOT NULL
   WHERE ${reminderChannelSql("u")} IS NOT NULL
  RETURNING id, code, "userId", "accountId"
),
link_lines AS (
  SELECT k."userId" AS user_id,
         string_agg(format($14, l.number, format('${emailLinkPlaceholderSql}', k.id)), E'\n' ORDER BY l.number) AS email,
         -- A line per account: a comma or a full stop right after a link would be taken into it.
         string_agg(format($15, l.number, k.code), E'\n' ORDER BY l.number) AS sms
    FROM links k JOIN linked l ON l.user_id = k."userId" AND l.account_id = k."accountId"
   GROUP BY k."userId"
),
${reminderMessagesSql({ emailBody: "$11", emailArgs: "ll.email", smsFormat: "$12, ll.sms", dedupeKey: "$6", at: "$7", join: `JOIN link_lines ll ON ll.user_id = f."userId"` })}`;

export interface ReminderOptions {
  chunk?: number;
  concurrency?: number;
  onChunk?: DispatchOptions["onChunk"];
}

/** Sends the readings reminders due on the day of `deps.clock.now()`; idempotent per round. */
export async function sendReadingsReminders(
  deps: Pick<Deps, "sql" | "pubsub" | "messenger" | "clock" | "config">,
  o: ReminderOptions = {},
): Promise<ReminderRun & { key: string }> {
  const now = deps.clock.now();
  const day = mailingDay(now, deps.config.timezone);
  const round = readingsRound(day.day);
  const until = windowEndText(day, deps.config.readingsWindow);
  const key = `readings:${day.period.slice(0, 7)}:${round}`;
  const t = READINGS_TEXT;
  const esc = (s: string) => s.replaceAll("%", "%%"); // literal text inside a format() template
  const expiresAt = localTime(dateValue(day.period), deps.config.readingsWindow.toDay + 1, 0, 0, deps.config.timezone);
  const run = await dispatchReminders(deps, {
    kind: "READINGS_REMINDER",
    statement: STATEMENT,
    params: [
      day.period,
      day.previousPeriod,
      day.date,
      key,
      day.at,
      t.title(round),
      t.body(day.monthName, until.long, false),
      t.body(day.monthName, until.long, true),
      `%s\n\n%s${esc(emailFooter(deps.config.publicUrl, "/readings"))}`,
      t.sms(day.monthName, until.short),
      expiresAt.toISOString().replace("T", " ").replace("Z", ""),
      t.emailLink,
      `ЛС %s ${esc(deps.config.publicUrl)}${smsLinkPath("%s")}`,
    ],
    render: (rows) => signEmailLinks(deps, rows, expiresAt, now),
    createdAt: now,
    chunk: o.chunk,
    concurrency: o.concurrency,
    onChunk: o.onChunk,
  });
  return { ...run, key };
}

/** The e-mails' link placeholders become signed links (link-token.ts): SQL cannot sign. */
async function signEmailLinks(deps: Pick<Deps, "config">, rows: InsertedReminder[], expiresAt: Date, now: Date): Promise<Map<number, string>> {
  const bodies = new Map<number, string>();
  for (const r of rows) {
    if (r.channel !== "EMAIL" || r.messageId === null || r.messageBody === null) continue;
    const ids = [...r.messageBody.matchAll(EMAIL_LINK_PLACEHOLDER)].map((m) => Number(m[1]));
    const links = new Map(await Promise.all(ids.map(async (id) => [id, await signReminderLink(deps.config.jwtSecret, { id, expiresAt }, now)] as const)));
    bodies.set(
      r.messageId,
      r.messageBody.replace(EMAIL_LINK_PLACEHOLDER, (_m, id: string) => `${deps.config.publicUrl}${emailLinkPath(links.get(Number(id))!)}`),
    );
  }
  return bodies;
}
