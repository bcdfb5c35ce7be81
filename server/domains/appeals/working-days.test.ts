// Deadlines in working days by the production calendar: New Year, 8 March and May holidays,
// transferred days off and a working Saturday; and the calendar is data, read from the database.
import { describe, expect, it } from "vitest";
import { calendarRows, seedCalendar } from "../../db/seed/calendar.js";
import { testDatabases, withTestDatabase } from "../../test/db.js";
import { addWorkingDays, isWorkingDay, workingDaysDueDate, type CalendarExceptions } from "./working-days.js";

const calendar: CalendarExceptions = new Map(calendarRows().map((r) => [new Date(r.date).toISOString().slice(0, 10), r.kind]));

describe("working days", () => {
  it.each([
    ["an ordinary week: Friday + 1 is Monday", "2026-10-16", 1, "2026-10-19"],
    ["counting starts after the day of filing, a weekend filing too", "2026-10-17", 1, "2026-10-19"],
    ["New Year: 31 Dec 2025 and 1–11 Jan 2026 are off", "2025-12-30", 3, "2026-01-14"],
    ["8 March 2026 falls on a Sunday: Monday the 9th is off", "2026-03-06", 3, "2026-03-12"],
    ["23 February", "2026-02-20", 1, "2026-02-24"],
    ["May holidays: 1–3 May off", "2026-04-30", 3, "2026-05-06"],
    ["May holidays: 9 May on a Saturday moves to Monday the 11th", "2026-05-08", 1, "2026-05-12"],
    ["11 working days across both May holidays", "2026-04-30", 11, "2026-05-19"],
    ["a working Saturday counts (1 November 2025)", "2025-10-31", 1, "2025-11-01"],
    ["…and the days off it was moved to do not (3–4 November 2025)", "2025-10-31", 2, "2025-11-05"],
    ["30 working days (a question's longest term) over New Year", "2025-12-15", 30, "2026-02-05"],
  ])("%s", (_what, from, days, due) => {
    expect(addWorkingDays(from, days, calendar)).toBe(due);
  });

  it("knows weekends, holidays and working weekend days", () => {
    expect(isWorkingDay("2026-03-09", calendar)).toBe(false); // holiday Monday
    expect(isWorkingDay("2026-03-10", calendar)).toBe(true);
    expect(isWorkingDay("2026-03-14", calendar)).toBe(false); // Saturday
    expect(isWorkingDay("2025-11-01", calendar)).toBe(true); // working Saturday
    expect(() => addWorkingDays("2026-03-06", 0, calendar)).toThrow();
  });
});

describe.each(testDatabases())("working days from the calendar table on $name", (backend) => {
  const db = withTestDatabase({
    backend,
    seed: async () => {
      await seedCalendar(db.prisma);
    },
  });

  it("reads holidays from CalendarDay rows, so a newly declared day off moves deadlines", async () => {
    expect(await workingDaysDueDate(db.prisma, "2025-12-30", 3)).toBe("2026-01-14");
    expect(await workingDaysDueDate(db.prisma, "2026-03-06", 3)).toBe("2026-03-12");
    await db.prisma.calendarDay.create({ data: { date: new Date("2026-03-11T00:00:00Z"), kind: "HOLIDAY", note: "test" } });
    expect(await workingDaysDueDate(db.prisma, "2026-03-06", 3)).toBe("2026-03-13");
    await db.prisma.calendarDay.create({ data: { date: new Date("2026-03-07T00:00:00Z"), kind: "WORKDAY", note: "test" } });
    expect(await workingDaysDueDate(db.prisma, "2026-03-06", 3)).toBe("2026-03-12"); // Sat 7 now works
  });
});
