// Deadlines in working days by the Russian production calendar. Monday–Friday work unless the
// calendar (CalendarDay rows: public holidays, transferred days off, working Saturdays) says
// otherwise. A term of N working days starts the day after the submission, as legal terms do:
// an appeal of Friday with 3 working days is due on Wednesday.
import type { PrismaClient } from "../../db/generated/prisma/client.js";
import { dateValue } from "../../shared/calendar.js";

/** Dates are calendar days as "YYYY-MM-DD". */
export type Day = string;
export type CalendarExceptions = ReadonlyMap<Day, "HOLIDAY" | "WORKDAY">;

const MS_DAY = 86_400_000;

export function addDays(day: Day, n: number): Day {
  return new Date(dateValue(day).getTime() + n * MS_DAY).toISOString().slice(0, 10);
}

export function isWorkingDay(day: Day, calendar: CalendarExceptions): boolean {
  const exception = calendar.get(day);
  if (exception) return exception === "WORKDAY";
  const weekday = dateValue(day).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

/** The `n`-th working day after `from` (n ≥ 1); `from` itself never counts. */
export function addWorkingDays(from: Day, n: number, calendar: CalendarExceptions): Day {
  if (!Number.isInteger(n) || n < 1) throw new Error(`working days must be a positive integer, got ${n}`);
  let day = from;
  for (let counted = 0; counted < n; ) {
    day = addDays(day, 1);
    if (isWorkingDay(day, calendar)) counted += 1;
  }
  return day;
}

/** Loads the calendar's exceptions for [from, to]. */
export async function loadCalendar(db: Pick<PrismaClient, "calendarDay">, from: Day, to: Day): Promise<Map<Day, "HOLIDAY" | "WORKDAY">> {
  const rows = await db.calendarDay.findMany({
    where: { date: { gte: dateValue(from), lte: dateValue(to) } },
  });
  return new Map(rows.map((r) => [r.date.toISOString().slice(0, 10), r.kind]));
}

/** The due date of a term of `n` working days counted from the day `from`. */
export async function workingDaysDueDate(db: Pick<PrismaClient, "calendarDay">, from: Day, n: number): Promise<Day> {
  // Holidays never take more than ~2 weeks in a row: 2n + 40 calendar days always cover n working days.
  const calendar = await loadCalendar(db, addDays(from, 1), addDays(from, 2 * n + 40));
  return addWorkingDays(from, n, calendar);
}
