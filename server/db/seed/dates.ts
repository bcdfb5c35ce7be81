// Calendar arithmetic for demo data. Billing periods are DATE columns holding the first day of
// a month; Prisma passes them as UTC midnights. Timestamps are built in the retailer's zone
// (Asia/Yekaterinburg, UTC+5 all year) so "paid on the 20th" is the 20th on the customer's clock.

export const RETAILER_UTC_OFFSET_HOURS = 5;
export const RETAILER_TIMEZONE = "Asia/Yekaterinburg";

/** A DATE value: UTC midnight of the given day (month is 0-based). */
export function day(year: number, month0: number, date = 1): Date {
  return new Date(Date.UTC(year, month0, date));
}

/** "2025-07-01" → DATE value. */
export function isoDay(text: string): Date {
  return new Date(`${text}T00:00:00.000Z`);
}

export function addMonths(period: Date, months: number): Date {
  return day(period.getUTCFullYear(), period.getUTCMonth() + months, 1);
}

export function daysInMonth(period: Date): number {
  return new Date(Date.UTC(period.getUTCFullYear(), period.getUTCMonth() + 1, 0)).getUTCDate();
}

/** A moment given on the retailer's wall clock within `period`'s month. */
export function localTime(period: Date, date: number, hour = 0, minute = 0): Date {
  return new Date(
    Date.UTC(period.getUTCFullYear(), period.getUTCMonth(), date, hour - RETAILER_UTC_OFFSET_HOURS, minute),
  );
}

/** First day of the month that `now` falls in on the retailer's clock. */
export function currentPeriod(now: Date, timeZone = RETAILER_TIMEZONE): Date {
  const parts = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit" }).formatToParts(now);
  const year = Number(parts.find((p) => p.type === "year")!.value);
  const month = Number(parts.find((p) => p.type === "month")!.value);
  return day(year, month - 1, 1);
}

/** The `count` closed periods ending with the month before `now`'s, oldest first. */
export function closedPeriods(now: Date, count: number, timeZone = RETAILER_TIMEZONE): Date[] {
  const last = addMonths(currentPeriod(now, timeZone), -1);
  return Array.from({ length: count }, (_, i) => addMonths(last, i - count + 1));
}

/** "YYYY-MM-DD" of a DATE value. */
export function sqlDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** "YYYYMM" of a period, used in document numbers. */
export function yyyymm(period: Date): string {
  return `${period.getUTCFullYear()}${String(period.getUTCMonth() + 1).padStart(2, "0")}`;
}

const MONTHS_GENITIVE = ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь"];

/** "октябрь 2026" — the period as printed on receipts. */
export function periodName(period: Date): string {
  return `${MONTHS_GENITIVE[period.getUTCMonth()]} ${period.getUTCFullYear()}`;
}

/** Deterministic PRNG (mulberry32) seeded from a string, so demo data is stable run to run. */
export function rng(seed: string): () => number {
  let a = 0;
  for (const ch of seed) a = (Math.imul(a, 31) + ch.charCodeAt(0)) | 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Integer in [min, max] from a PRNG. */
export function between(random: () => number, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}
