// The retailer's calendar: one home for «today», billing months and the Russian date words.
// Two kinds of value travel in the code:
//  - a DATE value (a @db.Date column: a day or a billing period) is the UTC midnight of that day;
//    a period is the DATE of its month's first day;
//  - an instant (a timestamp) is read on the retailer's clock (TZ_RETAILER) when it matters
//    which day or month it falls in, so «paid in October» means the customer's October.
// Zone arithmetic is @date-fns/tz's (TZDate); the words are Intl's «ru-RU».
import { TZDate } from "@date-fns/tz";

// ---- Days ------------------------------------------------------------------------------------

/** Calendar date (YYYY-MM-DD) of an instant in the retailer's timezone. */
export function localDate(instant: Date, timeZone: string): string {
  // Busy paths ask many times a second. Every UTC offset is a whole number of minutes, so all
  // instants of one UTC minute share their local date: remember the last one per zone.
  const minute = Math.floor(instant.getTime() / 60_000);
  const last = lastDate.get(timeZone);
  if (last && last.minute === minute) return last.date;
  const z = new TZDate(instant.getTime(), timeZone);
  const date = `${z.getFullYear()}-${pad(z.getMonth() + 1)}-${pad(z.getDate())}`;
  lastDate.set(timeZone, { minute, date });
  return date;
}
const lastDate = new Map<string, { minute: number; date: string }>();

/** The day an instant falls in on the retailer's calendar as a DATE value (UTC midnight), for
 * @db.Date columns: `dayOf(clock.now(), tz)` is «today». */
export function dayOf(instant: Date, timeZone: string): Date {
  return dateValue(localDate(instant, timeZone));
}

/** A day of the retailer's calendar split up, for rules that count days of a month (autopay's). */
export interface LocalDay {
  /** "2026-11-24" */
  iso: string;
  year: number;
  /** 1–12 */
  month: number;
  day: number;
}

/** "2026-11-24" split up; `localDay(localDate(clock.now(), tz))` is «today». */
export function localDay(iso: string): LocalDay {
  const [year, month, day] = iso.split("-").map(Number) as [number, number, number];
  return { iso, year, month, day };
}

/** "2026-11-24" → the DATE value of that day (UTC midnight). */
export function dateValue(iso: string): Date {
  return new Date(`${iso}T00:00:00.000Z`);
}

/** "2026-10-01" of a DATE value. */
export const isoDate = (d: Date) => d.toISOString().slice(0, 10);

/** A moment given on the retailer's wall clock: local `hour:minute` of the day `date` in `period`'s month. */
export function localTime(period: Date, date: number, hour: number, minute: number, timeZone: string): Date {
  return new Date(+new TZDate(period.getUTCFullYear(), period.getUTCMonth(), date, hour, minute, timeZone));
}

/** "2026-11-01T03:00:00" (seconds optional) read on the wall clock of `timeZone`: the instant it names. */
export function localInstant(wallClock: string, timeZone: string): Date {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(wallClock);
  if (!m) throw new Error(`not a wall-clock time: ${wallClock}`);
  const [y, mo, d, h, mi, s] = m.slice(1).map((x) => Number(x ?? 0)) as [number, number, number, number, number, number];
  return new Date(+new TZDate(y, mo - 1, d, h, mi, s, timeZone));
}

// ---- Billing months ------------------------------------------------------------------------------

/** The billing month (DATE of its first day) an instant falls in on the retailer's calendar. */
export function periodOf(instant: Date, timeZone: string): Date {
  return periodValue(localDate(instant, timeZone).slice(0, 7));
}

/** "2026-10" → the period's DATE value (2026-10-01). */
export function periodValue(yyyyMm: string): Date {
  return new Date(`${yyyyMm}-01T00:00:00.000Z`);
}

/** The instant the period starts on the retailer's clock (local midnight of the 1st). */
export function periodStart(period: Date, timeZone: string): Date {
  return new Date(+new TZDate(period.getUTCFullYear(), period.getUTCMonth(), 1, timeZone));
}

/** The instant the period ends (the next one's start, exclusive). */
export function periodEnd(period: Date, timeZone: string): Date {
  return periodStart(addMonths(period, 1), timeZone);
}

export function addMonths(period: Date, n: number): Date {
  return new Date(Date.UTC(period.getUTCFullYear(), period.getUTCMonth() + n, 1));
}

export function daysInMonth(period: Date): number {
  return new Date(Date.UTC(period.getUTCFullYear(), period.getUTCMonth() + 1, 0)).getUTCDate();
}

/** "2026-10" */
export const isoPeriod = (d: Date) => d.toISOString().slice(0, 7);
/** "202610", used in invoice numbers. */
export const yyyymm = (d: Date) => isoPeriod(d).replace("-", "");

// ---- Russian words ------------------------------------------------------------------------------

export type MonthCase = "nominative" | "genitive" | "prepositional";

const nominative = new Intl.DateTimeFormat("ru-RU", { timeZone: "UTC", month: "long" });
const genitive = new Intl.DateTimeFormat("ru-RU", { timeZone: "UTC", month: "long", day: "numeric" });

// Intl has no prepositional case («в октябре»).
const PREPOSITIONAL = ["январе", "феврале", "марте", "апреле", "мае", "июне", "июле", "августе", "сентябре", "октябре", "ноябре", "декабре"] as const;

/** The month of a DATE value in words: "октябрь" (nominative), "октября" (genitive, «25 октября») or "октябре" (prepositional, «в октябре»). */
export function monthName(d: Date, grammaticalCase: MonthCase = "nominative"): string {
  if (grammaticalCase === "nominative") return nominative.format(d);
  if (grammaticalCase === "prepositional") return PREPOSITIONAL[d.getUTCMonth()]!;
  return genitive.formatToParts(d).find((p) => p.type === "month")!.value;
}

/** "Октябрь 2026": a period as a heading. */
export function periodTitle(period: Date): string {
  const name = monthName(period);
  return `${name[0]!.toUpperCase()}${name.slice(1)} ${period.getUTCFullYear()}`;
}

/** "октябрь 2026": a period inside a sentence. */
export const periodName = (period: Date) => `${monthName(period)} ${period.getUTCFullYear()}`;

const ruDates = new Map<string, Intl.DateTimeFormat>();
const ruDateTimes = new Map<string, Intl.DateTimeFormat>();

/** A DATE value or an instant as "10.11.2026" (ДД.ММ.ГГГГ); instants on the calendar of `timeZone`. */
export function ruDate(value: Date, timeZone = "UTC"): string {
  let f = ruDates.get(timeZone);
  if (!f) ruDates.set(timeZone, (f = new Intl.DateTimeFormat("ru-RU", { timeZone, day: "2-digit", month: "2-digit", year: "numeric" })));
  return f.format(value);
}

/** An instant as "24.11.2026 14:05" on the clock of `timeZone`. */
export function ruDateTime(value: Date, timeZone: string): string {
  let f = ruDateTimes.get(timeZone);
  if (!f) {
    const options = { timeZone, day: "2-digit", month: "2-digit", year: "numeric", hour: "2-digit", minute: "2-digit", hourCycle: "h23" } as const;
    ruDateTimes.set(timeZone, (f = new Intl.DateTimeFormat("ru-RU", options)));
  }
  const p = Object.fromEntries(f.formatToParts(value).map((x) => [x.type, x.value]));
  return `${p.day}.${p.month}.${p.year} ${p.hour}:${p.minute}`;
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}
