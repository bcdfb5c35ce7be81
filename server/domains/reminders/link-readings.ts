// Readings by a reminder's personal link, without signing in (7.1 with 6.2.1): the page shows
// the one account's meters and its address masked; a submission goes through the readings
// domain's own service (window, never below the accepted value, zones, blocked and disabled
// meters, over-limit confirmation) as the link's user, recorded with the source REMINDER_LINK
// («по ссылке из напоминания»), and the user is told in the envelope each time it is used.
import type { Deps } from "../../context.js";
import type { Meter, MeterReading } from "../../db/generated/prisma/client.js";
import { localDate, ruDateTime } from "../../shared/calendar.js";
import { inWindow } from "../readings/rules.js";
import { submitReadings, type ReadingInput, type SubmitResult } from "../readings/submit.js";
import { channelFor } from "../readings/channels.js";
import { ZONE_TEXT } from "../readings/texts.js";
import { notify } from "../notifications/service.js";
import { maskedAddress, openReminderLink } from "./link-access.js";

export interface LinkMeter extends Meter {
  resourceName: string;
  lastAccepted: MeterReading[];
  lastSubmitted: MeterReading[];
}

export interface LinkPage {
  address: string;
  /** Readings are accepted today (the retailer's timezone). */
  open: boolean;
  expiresAt: Date;
  meters: LinkMeter[];
}

type LinkDeps = Pick<Deps, "db" | "sql" | "clock" | "config" | "pubsub">;

/** The latest reading per zone among `rows` (newest first). */
function latestPerZone(rows: MeterReading[]): MeterReading[] {
  const out = new Map<string, MeterReading>();
  for (const r of rows) if (!out.has(r.zone)) out.set(r.zone, r);
  return [...out.values()];
}

/** What the link's page shows; a user error when the link does not work (link-access.ts). */
export async function reminderLinkPage(deps: LinkDeps, token: string): Promise<LinkPage> {
  const link = await openReminderLink({ db: deps.db, jwtSecret: deps.config.jwtSecret, now: deps.clock.now() }, token);
  const meters = await deps.db.meter.findMany({
    where: { accountId: link.accountId, removedAt: null },
    orderBy: { number: "asc" },
    include: { service: { select: { name: true } }, readings: { orderBy: [{ period: "desc" }, { submittedAt: "desc" }], take: 60 } },
  });
  return {
    address: maskedAddress(link.account.address),
    open: inWindow(localDate(deps.clock.now(), deps.config.timezone), deps.config.readingsWindow),
    expiresAt: link.expiresAt,
    meters: meters.map(({ service, readings, ...m }) => ({
      ...m,
      resourceName: service.name,
      lastAccepted: latestPerZone(readings.filter((r) => r.status === "ACCEPTED")),
      lastSubmitted: latestPerZone([...readings].filter((r) => r.status !== "REJECTED").sort((a, b) => +b.submittedAt - +a.submittedAt || b.id - a.id)),
    })),
  };
}

/** «Передать показания» by the link: the readings service's rules, as the link's user. */
export async function submitByReminderLink(
  deps: LinkDeps,
  token: string,
  input: { readings: ReadingInput[]; confirmOverLimit: boolean },
): Promise<SubmitResult> {
  const now = deps.clock.now();
  const link = await openReminderLink({ db: deps.db, jwtSecret: deps.config.jwtSecret, now }, token);
  const result = await submitReadings(
    { sql: deps.sql, clock: deps.clock, timezone: deps.config.timezone, window: deps.config.readingsWindow },
    { accountId: link.accountId, readings: input.readings, confirmOverLimit: input.confirmOverLimit },
    { source: channelFor("reminderLink", null)!, userId: link.userId },
  );
  if (result.saved.length) await notifyUse(deps, link, result.saved, now);
  return result;
}

const decimalText = (v: { toString(): string }) => v.toString().replace(".", ",");

/** The envelope's note of a use: what was sent, when — and what to do if it was not them. */
async function notifyUse(deps: LinkDeps, link: { userId: number; accountId: number; account: { number: string } }, saved: MeterReading[], now: Date) {
  const meters = await deps.db.meter.findMany({
    where: { id: { in: [...new Set(saved.map((r) => r.meterId))] } },
    select: { id: true, number: true, unit: true, zones: true },
  });
  const lines = meters.map((m) => {
    const values = saved
      .filter((r) => r.meterId === m.id)
      .map((r) => (m.zones.length > 1 ? `${ZONE_TEXT[r.zone].toLowerCase()} ${decimalText(r.value)}` : decimalText(r.value)));
    return `счетчик ${m.number} — ${values.join(", ")} ${m.unit}`;
  });
  await notify(deps, {
    userId: link.userId,
    accountId: link.accountId,
    kind: "INFO",
    title: "Показания переданы по ссылке из напоминания",
    body:
      `${ruDateTime(now, deps.config.timezone)} по лицевому счету ${link.account.number} по ссылке из напоминания переданы показания: ${lines.join("; ")}. ` +
      "Если это были не Вы, смените пароль в разделе «Профиль»: ссылка перестанет действовать.",
  });
}
