// The mailing calendar of 7.1 on the retailer's clock: which billing month a run is about and
// which round (the 10th or the repeat on the 24th) it is, so a repeated run maps to the same key.
import { dateValue, localDate, monthName, periodName, periodValue } from "../../shared/calendar.js";
import type { ReadingWindow } from "../../config.js";

export interface MailingDay {
  /** YYYY-MM-DD on the retailer's clock. */
  date: string;
  /** The billing month, YYYY-MM-01. */
  period: string;
  /** The month before, YYYY-MM-01. */
  previousPeriod: string;
  day: number;
  /** "ноябрь 2026" */
  monthName: string;
  /** "15.11.2026" */
  dateText: string;
  /** The instant, as a UTC timestamp literal for SQL ("2026-11-10 05:00:00.000"). */
  at: string;
}

export function mailingDay(now: Date, timezone: string): MailingDay {
  const date = localDate(now, timezone);
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const prev = m === 1 ? `${y - 1}-12-01` : `${y}-${String(m - 1).padStart(2, "0")}-01`;
  return {
    date,
    period: `${date.slice(0, 7)}-01`,
    previousPeriod: prev,
    day: d,
    monthName: periodName(periodValue(date.slice(0, 7))),
    dateText: `${date.slice(8, 10)}.${date.slice(5, 7)}.${y}`,
    at: now.toISOString().replace("T", " ").replace("Z", ""),
  };
}

/** The first reminder goes on the 10th, the repeat on the 24th; a run on another day counts as the round it follows. */
export function readingsRound(day: number): 10 | 24 {
  return day >= 24 ? 24 : 10;
}

/** "до 25 ноября": the last day of the readings window in this month. */
export function windowEndText(m: MailingDay, { toDay }: ReadingWindow): { long: string; short: string } {
  return { long: `${toDay} ${monthName(dateValue(m.period), "genitive")}`, short: `${String(toDay).padStart(2, "0")}.${m.period.slice(5, 7)}` };
}
