// Calendar of the demo data, on shared/calendar.ts. Billing periods are DATE columns holding the
// first day of a month (UTC midnights); timestamps are built on the retailer's wall clock so
// "paid on the 20th" is the 20th on the customer's calendar.
import { addMonths, localTime as zonedTime, periodOf } from "../../shared/calendar.js";

export const RETAILER_TIMEZONE = "Asia/Yekaterinburg";

/** A DATE value: UTC midnight of the given day (month is 0-based). */
export function day(year: number, month0: number, date = 1): Date {
  return new Date(Date.UTC(year, month0, date));
}

/** A moment given on the retailer's wall clock within `period`'s month. */
export function localTime(period: Date, date: number, hour = 0, minute = 0): Date {
  return zonedTime(period, date, hour, minute, RETAILER_TIMEZONE);
}

/** The `count` closed periods ending with the month before `now`'s, oldest first. */
export function closedPeriods(now: Date, count: number, timeZone = RETAILER_TIMEZONE): Date[] {
  const last = addMonths(periodOf(now, timeZone), -1);
  return Array.from({ length: count }, (_, i) => addMonths(last, i - count + 1));
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
