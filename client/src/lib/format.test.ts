import { describe, expect, it } from "vitest";
import {
  addMonths,
  formatAmount,
  parseRubles,
  rublesForInput,
  formatDate,
  formatDateLong,
  formatDateTime,
  formatMoney,
  formatPeriod,
  formatPeriodShort,
  formatPhone,
  formatRub,
  monthsBetween,
  normalizePhone,
  periodOf,
  plural,
  setRetailerTimeZone,
} from "./format";

// The app sets it from Query.retailer before any page renders (components/RetailerSettings.tsx).
setRetailerTimeZone("Asia/Yekaterinburg");

// Normalise no-break spaces so expectations read naturally.
const s = (x: string) => x.replace(/\u00a0/g, " ");

describe("money", () => {
  it("formats decimal strings with grouping and a comma", () => {
    expect(s(formatMoney("6504.30"))).toBe("6 504,30 ₽");
    expect(s(formatMoney("6504.3"))).toBe("6 504,30 ₽");
    expect(s(formatMoney("0"))).toBe("0,00 ₽");
    expect(s(formatMoney("0.05"))).toBe("0,05 ₽");
    expect(s(formatMoney("1234567.89"))).toBe("1 234 567,89 ₽");
    expect(s(formatMoney("100"))).toBe("100,00 ₽");
  });
  it("shows overpayment with a minus and never a negative zero", () => {
    expect(s(formatMoney("-1200.50"))).toBe("\u22121 200,50 ₽");
    expect(s(formatMoney("-0.00"))).toBe("0,00 ₽");
  });
  it("rounds extra digits half-up without floats", () => {
    expect(formatAmount("0.005")).toBe("0,01");
    expect(formatAmount("0.004")).toBe("0,00");
    expect(s(formatAmount("99999999999999999.995"))).toBe("100 000 000 000 000 000,00");
  });
  it("keeps the manual's «р.» form for the header", () => {
    expect(s(formatRub("0"))).toBe("0,00 р.");
    expect(s(formatRub("6504.3"))).toBe("6 504,30 р.");
  });
  it("reads a typed sum of rubles exactly, with a comma or a dot and spaces between thousands", () => {
    expect(parseRubles("1821,84")).toBe("1821.84");
    expect(parseRubles(" 1 821.8 ")).toBe("1821.80");
    expect(parseRubles("1\u00a0821,05")).toBe("1821.05");
    expect(parseRubles("500")).toBe("500.00");
    expect(parseRubles("007,1")).toBe("7.10");
    expect(parseRubles("0")).toBe("0.00");
    for (const bad of ["", "-5", "1,234", "1e3", "12р", ",5", "5,", "1.2.3"]) expect(parseRubles(bad)).toBeNull();
  });
  it("offers an amount for editing without grouping", () => {
    expect(rublesForInput("1821.84")).toBe("1821,84");
    expect(rublesForInput("6504.3")).toBe("6504,30");
    expect(rublesForInput("0.00")).toBe("0,00");
  });
  it("returns unparseable input unchanged", () => {
    expect(formatAmount("abc")).toBe("abc");
  });
});

describe("dates", () => {
  it("formats Date scalars without timezone shifts", () => {
    expect(formatDate("2026-11-24")).toBe("24.11.2026");
  });
  it("shows DateTimes in the retailer's timezone (UTC+5)", () => {
    expect(formatDate("2026-11-23T20:30:00Z")).toBe("24.11.2026");
    expect(formatDateTime("2026-11-23T20:30:00Z")).toBe("24.11.2026 01:30");
    expect(formatDateLong("2022-09-15T07:00:00Z")).toBe("15 сентября 2022");
  });
});

describe("plural", () => {
  const forms = ["новое уведомление", "новых уведомления", "новых уведомлений"] as const;
  it.each([
    [1, forms[0]],
    [2, forms[1]],
    [4, forms[1]],
    [5, forms[2]],
    [11, forms[2]],
    [14, forms[2]],
    [21, forms[0]],
    [22, forms[1]],
    [111, forms[2]],
  ])("%i -> %s", (n, expected) => expect(plural(n, forms)).toBe(expected));
});

describe("phones", () => {
  it("shows a stored number as in the manual", () => {
    expect(formatPhone("79991234567")).toBe("+7(999)123-45-67");
    expect(formatPhone("")).toBe("");
    expect(formatPhone("12345")).toBe("12345");
  });
  it("normalises typed numbers to the stored form", () => {
    expect(normalizePhone("+7 (999) 123-45-67")).toBe("79991234567");
    expect(normalizePhone("8 999 123 45 67")).toBe("79991234567");
    expect(normalizePhone("+7(999)123-45-67")).toBe("79991234567");
  });
});

describe("billing months", () => {
  it("names a month as figure 13 does", () => {
    expect(formatPeriod("2020-07")).toBe("Июль 2020");
    expect(formatPeriod("2026-12")).toBe("Декабрь 2026");
    expect(formatPeriod("2026-13")).toBe("2026-13");
  });
  it("names it short for a phone's chart axis", () => {
    expect(formatPeriodShort("2025-12")).toBe("дек 25");
    expect(formatPeriodShort("2026-05")).toBe("май 26");
    expect(formatPeriodShort("2026-13")).toBe("2026-13");
  });
  it("takes the month in the retailer's timezone", () => {
    expect(periodOf(new Date("2026-11-30T19:30:00Z"))).toBe("2026-12"); // 00:30 on 1 December in UTC+5
    expect(periodOf(new Date("2026-11-30T18:59:00Z"))).toBe("2026-11");
  });
  it("steps and counts months across years", () => {
    expect(addMonths("2026-01", -1)).toBe("2025-12");
    expect(addMonths("2026-11", -11)).toBe("2025-12");
    expect(addMonths("2025-12", 13)).toBe("2027-01");
    expect(monthsBetween("2025-12", "2026-11")).toBe(11);
    expect(monthsBetween("2026-11", "2026-10")).toBe(-1);
  });
});

describe("the retailer's timezone", () => {
  it("is the one the API names: another zone shows the same instant on its own clock", () => {
    try {
      setRetailerTimeZone("Europe/Moscow");
      expect(formatDateTime("2026-11-23T20:30:00Z")).toBe("23.11.2026 23:30");
      expect(periodOf(new Date("2026-11-30T19:30:00Z"))).toBe("2026-11");
    } finally {
      setRetailerTimeZone("Asia/Yekaterinburg");
    }
    expect(formatDateTime("2026-11-23T20:30:00Z")).toBe("24.11.2026 01:30");
  });
});
