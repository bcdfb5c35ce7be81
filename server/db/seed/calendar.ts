// Производственный календарь: the exceptions to "Monday–Friday work" for 2025–2027, used to
// count appeal deadlines in working days. 2025 and 2026 follow the government decrees
// (№ 1335 of 04.10.2024; the 2026 decree of 24.09.2025); 2027 is provisional — holidays per
// art. 112 of the Labour Code with the usual transfer of 2–3 January to 5 November and
// 31 December — until its decree is published.
import type { Prisma, PrismaClient } from "../generated/prisma/client.js";
import { dateValue } from "../../shared/calendar.js";

type Tx = Prisma.TransactionClient | PrismaClient;

const HOLIDAYS: Record<string, string> = {
  // 2025
  "2025-01-01": "Новогодние каникулы",
  "2025-01-02": "Новогодние каникулы",
  "2025-01-03": "Новогодние каникулы",
  "2025-01-06": "Новогодние каникулы",
  "2025-01-07": "Рождество Христово",
  "2025-01-08": "Новогодние каникулы",
  "2025-05-01": "Праздник Весны и Труда",
  "2025-05-02": "Перенос с 4 января",
  "2025-05-08": "Перенос с 23 февраля",
  "2025-05-09": "День Победы",
  "2025-06-12": "День России",
  "2025-06-13": "Перенос с 8 марта",
  "2025-11-03": "Перенос с 1 ноября",
  "2025-11-04": "День народного единства",
  "2025-12-31": "Перенос с 5 января",
  // 2026
  "2026-01-01": "Новогодние каникулы",
  "2026-01-02": "Новогодние каникулы",
  "2026-01-05": "Новогодние каникулы",
  "2026-01-06": "Новогодние каникулы",
  "2026-01-07": "Рождество Христово",
  "2026-01-08": "Новогодние каникулы",
  "2026-01-09": "Перенос с 3 января",
  "2026-02-23": "День защитника Отечества",
  "2026-03-09": "Перенос с 8 марта (воскресенье)",
  "2026-05-01": "Праздник Весны и Труда",
  "2026-05-11": "Перенос с 9 мая (суббота)",
  "2026-06-12": "День России",
  "2026-11-04": "День народного единства",
  "2026-12-31": "Перенос с 4 января",
  // 2027 (provisional)
  "2027-01-01": "Новогодние каникулы",
  "2027-01-04": "Новогодние каникулы",
  "2027-01-05": "Новогодние каникулы",
  "2027-01-06": "Новогодние каникулы",
  "2027-01-07": "Рождество Христово",
  "2027-01-08": "Новогодние каникулы",
  "2027-02-23": "День защитника Отечества",
  "2027-03-08": "Международный женский день",
  "2027-05-03": "Перенос с 1 мая (суббота)",
  "2027-05-10": "Перенос с 9 мая (воскресенье)",
  "2027-06-14": "Перенос с 12 июня (суббота)",
  "2027-11-04": "День народного единства",
  "2027-11-05": "Перенос со 2 января (предварительно)",
  "2027-12-31": "Перенос с 3 января (предварительно)",
};

/** Saturdays and Sundays that are working days. */
const WORKDAYS: Record<string, string> = {
  "2025-11-01": "Рабочая суббота (перенос на 3 ноября)",
};

export function calendarRows(): Prisma.CalendarDayCreateManyInput[] {
  return [
    ...Object.entries(HOLIDAYS).map(([date, note]) => ({ date: dateValue(date), kind: "HOLIDAY" as const, note })),
    ...Object.entries(WORKDAYS).map(([date, note]) => ({ date: dateValue(date), kind: "WORKDAY" as const, note })),
  ];
}

export async function seedCalendar(prisma: Tx): Promise<number> {
  return (await prisma.calendarDay.createMany({ data: calendarRows(), skipDuplicates: true })).count;
}
