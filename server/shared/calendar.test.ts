import { describe, expect, it } from "vitest";
import { dayOf, localDate, localTime, monthName, periodEnd, periodOf, periodStart, periodTitle, periodName, ruDate, ruDateTime } from "./calendar.js";

const EKB = "Asia/Yekaterinburg";
const D = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

describe("the retailer's calendar", () => {
  it("counts the day and the month on the retailer's clock, not UTC's", () => {
    // 19:30 UTC on 31 October is 00:30 on 1 November in Yekaterinburg (UTC+5).
    const instant = new Date("2026-10-31T19:30:00Z");
    expect(localDate(instant, EKB)).toBe("2026-11-01");
    expect(localDate(instant, "UTC")).toBe("2026-10-31");
    expect(dayOf(instant, EKB)).toEqual(D("2026-11-01"));
    expect(periodOf(instant, EKB)).toEqual(D("2026-11-01"));
    expect(periodOf(new Date("2026-10-31T18:59:59Z"), EKB)).toEqual(D("2026-10-01"));
  });

  it("gives a period's bounds as the local midnights, across daylight saving changes", () => {
    expect(periodStart(D("2026-11-01"), EKB).toISOString()).toBe("2026-10-31T19:00:00.000Z");
    expect(periodEnd(D("2026-12-01"), EKB).toISOString()).toBe("2026-12-31T19:00:00.000Z");
    // New York: March starts in winter time (UTC−5), April in summer time (UTC−4).
    expect(periodStart(D("2026-03-01"), "America/New_York").toISOString()).toBe("2026-03-01T05:00:00.000Z");
    expect(periodEnd(D("2026-03-01"), "America/New_York").toISOString()).toBe("2026-04-01T04:00:00.000Z");
    expect(localTime(D("2026-10-01"), 20, 14, 5, EKB).toISOString()).toBe("2026-10-20T09:05:00.000Z");
  });

  it("writes dates and months in Russian", () => {
    expect(ruDate(D("2026-11-10"))).toBe("10.11.2026");
    expect(ruDate(new Date("2026-10-31T19:30:00Z"), EKB)).toBe("01.11.2026");
    expect(ruDateTime(new Date("2026-11-24T09:05:00Z"), EKB)).toBe("24.11.2026 14:05");
    expect(Array.from({ length: 12 }, (_, m) => monthName(new Date(Date.UTC(2026, m, 1))))).toEqual([
      "январь",
      "февраль",
      "март",
      "апрель",
      "май",
      "июнь",
      "июль",
      "август",
      "сентябрь",
      "октябрь",
      "ноябрь",
      "декабрь",
    ]);
    expect(Array.from({ length: 12 }, (_, m) => monthName(new Date(Date.UTC(2026, m, 1)), "genitive"))).toEqual([
      "января",
      "февраля",
      "марта",
      "апреля",
      "мая",
      "июня",
      "июля",
      "августа",
      "сентября",
      "октября",
      "ноября",
      "декабря",
    ]);
    expect(periodTitle(D("2026-05-01"))).toBe("Май 2026");
    expect(periodName(D("2026-10-01"))).toBe("октябрь 2026");
  });
});
