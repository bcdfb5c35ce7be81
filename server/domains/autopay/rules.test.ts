// The autopay rules without a database: settings, due dates, and what one run charges.
import { describe, expect, it } from "vitest";
import { UserFacingError } from "../../shared/errors.js";
import { money } from "../../shared/money.js";
import { autopayErrors } from "./errors.js";
import { checkSettings, fixedDateDue, nextChargeDate, planCharge, type SupplierDue } from "./rules.js";
import { localDay } from "../../shared/calendar.js";

const codes = (f: () => unknown) => {
  try {
    f();
  } catch (err) {
    if (err instanceof UserFacingError) return err.errors.map((e) => `${e.code}@${e.field?.join(".")}`);
    throw err;
  }
  return [];
};

describe("autopay settings", () => {
  it("takes a day of 1–27 only for «в назначенный день», and a maximum above zero up to the acquirer's limit", () => {
    expect(checkSettings({ mode: "DAY_OF_MONTH", day: 1, maxAmount: money("0.01") })).toMatchObject({ day: 1 });
    expect(checkSettings({ mode: "DAY_OF_MONTH", day: 27, maxAmount: money("600000.00") })).toMatchObject({ day: 27 });
    expect(checkSettings({ mode: "LAST_DAY", day: 31, maxAmount: money("5000") })).toMatchObject({ mode: "LAST_DAY", day: null });
    expect(checkSettings({ mode: "ON_INVOICE", day: null, maxAmount: money("5000") })).toMatchObject({ day: null });
    for (const day of [0, 28, 31, -1, null, undefined, 2.5])
      expect(codes(() => checkSettings({ mode: "DAY_OF_MONTH", day, maxAmount: money(1) }))).toEqual(["INVALID_DAY@input.day"]);
    expect(codes(() => checkSettings({ mode: "LAST_DAY", day: null, maxAmount: money(0) }))).toEqual(["AMOUNT_NOT_POSITIVE@input.maxAmount"]);
    expect(codes(() => checkSettings({ mode: "LAST_DAY", day: null, maxAmount: money("-5") }))).toEqual(["AMOUNT_NOT_POSITIVE@input.maxAmount"]);
    expect(codes(() => checkSettings({ mode: "LAST_DAY", day: null, maxAmount: money("600000.01") }))).toEqual(["AMOUNT_TOO_LARGE@input.maxAmount"]);
    expect(codes(() => checkSettings({ mode: "LAST_DAY", day: null, maxAmount: money("1.005") }))).toEqual(["AMOUNT_KOPECKS@input.maxAmount"]);
    // both at once
    expect(codes(() => checkSettings({ mode: "DAY_OF_MONTH", day: 30, maxAmount: money(0) }))).toEqual([
      "INVALID_DAY@input.day",
      "AMOUNT_NOT_POSITIVE@input.maxAmount",
    ]);
    expect(autopayErrors.message("AMOUNT_TOO_LARGE")).toBe("Максимальная сумма списания не может превышать 600\u00a0000,00\u00a0р.");
  });
});

describe("when an autopay is due", () => {
  const nov = (d: number) => localDay(`2026-11-${String(d).padStart(2, "0")}`);
  const before = "2026-10-20";

  it("charges on its day, on the last day of the month, and catches up a missed day only for an autopay set before it", () => {
    const day15 = { mode: "DAY_OF_MONTH" as const, day: 15, changedOn: before };
    expect(fixedDateDue(day15, nov(14))).toBe(false);
    expect(fixedDateDue(day15, nov(15))).toBe(true);
    expect(fixedDateDue(day15, nov(17))).toBe(true); // the job missed the 15th
    expect(fixedDateDue({ ...day15, changedOn: "2026-11-16" }, nov(17))).toBe(false); // set up after its day: next month
    expect(fixedDateDue({ ...day15, changedOn: "2026-11-15" }, nov(15))).toBe(true); // set up on the day, before 09:00
    const last = { mode: "LAST_DAY" as const, day: null, changedOn: before };
    expect(fixedDateDue(last, nov(29))).toBe(false);
    expect(fixedDateDue(last, nov(30))).toBe(true);
    expect(fixedDateDue(last, localDay("2027-02-28"))).toBe(true);
    expect(fixedDateDue(last, localDay("2028-02-28"))).toBe(false); // a leap year
    expect(fixedDateDue({ mode: "ON_INVOICE", day: null, changedOn: before }, nov(1))).toBe(false); // the job asks the invoices
  });

  it("tells the next charge date", () => {
    const day15 = { mode: "DAY_OF_MONTH" as const, day: 15, changedOn: before };
    expect(nextChargeDate(day15, nov(10), false)).toBe("2026-11-15");
    expect(nextChargeDate(day15, nov(15), true)).toBe("2026-12-15");
    expect(nextChargeDate({ ...day15, changedOn: "2026-11-20" }, nov(20), false)).toBe("2026-12-15");
    expect(nextChargeDate(day15, localDay("2026-12-20"), true)).toBe("2027-01-15");
    expect(nextChargeDate({ mode: "LAST_DAY", day: null, changedOn: before }, localDay("2027-01-31"), true)).toBe("2027-02-28");
    expect(nextChargeDate({ mode: "ON_INVOICE", day: null, changedOn: before }, nov(10), false)).toBeNull();
  });
});

describe("what a run charges", () => {
  const due = (id: number, kind: SupplierDue["supplier"]["kind"], total: string): SupplierDue => ({
    supplier: { id, name: `S${id}`, kind },
    total: money(total),
  });
  const dues = [due(1, "RETAILER", "1200.30"), due(2, "SEPARATE", "99.99"), due(3, "WASTE_OPERATOR", "150.05"), due(4, "CAPITAL_REPAIR", "420.42")];
  const lines = (p: ReturnType<typeof planCharge>) => p.items.map((i) => [i.supplierId, i.amount.toFixed(2)]);

  it("pays every supplier of the common split what is due, leaving out the separate-payment one", () => {
    const p = planCharge(dues, money("5000"));
    expect(lines(p)).toEqual([
      [1, "1200.30"],
      [3, "150.05"],
      [4, "420.42"],
    ]);
    expect(p.total.toFixed(2)).toBe("1770.77");
    expect(p.capped).toBe(false);
    expect(p.separate.map((s) => s.supplier.id)).toEqual([2]);
  });

  it("stops at the maximum, filling suppliers in the bill's order", () => {
    const p = planCharge(dues, money("1300.00"));
    expect(lines(p)).toEqual([
      [1, "1200.30"],
      [3, "99.70"],
    ]);
    expect(p.total.toFixed(2)).toBe("1300.00");
    expect(p.due.toFixed(2)).toBe("1770.77");
    expect(p.capped).toBe(true);
    expect(lines(planCharge(dues, money("1200.30")))).toEqual([[1, "1200.30"]]);
    expect(lines(planCharge(dues, money("0.01")))).toEqual([[1, "0.01"]]);
  });

  it("charges nothing when nothing is due", () => {
    const p = planCharge([due(1, "RETAILER", "0"), due(2, "SEPARATE", "99.99")], money("5000"));
    expect(p.items).toEqual([]);
    expect(p.total.toFixed(2)).toBe("0.00");
  });
});
