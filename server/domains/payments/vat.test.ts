// The VAT arithmetic of receipt lines: included VAT to the kopeck (half-up), the switch to 22 %
// on the retailer's 1 January 2026, kopeck-exact splits of one supplier's payment by rate, and
// the sums per rate.
import { describe, expect, it } from "vitest";
import { money } from "../../shared/money.js";
import { rateOfLabel, rateOn, splitByRate, vatIncluded, vatTotals } from "./vat.js";

describe("VAT of a receipt line", () => {
  it("is the VAT included in the amount, rounded half-up to the kopeck; none for «Без НДС»", () => {
    expect(vatIncluded("1200.30", "VAT22")!.toFixed(2)).toBe("216.45"); // 216.4475…
    expect(vatIncluded("122.00", "VAT22")!.toFixed(2)).toBe("22.00");
    expect(vatIncluded("0.03", "VAT20")!.toFixed(2)).toBe("0.01"); // exactly 0.005
    expect(vatIncluded("0.02", "VAT20")!.toFixed(2)).toBe("0.00"); // 0.00333…
    expect(vatIncluded("110.00", "VAT10")!.toFixed(2)).toBe("10.00");
    expect(vatIncluded("99999999999.99", "VAT22")!.toFixed(2)).toBe("18032786885.24"); // no float drift
    expect(vatIncluded("500.00", "VAT0")!.toFixed(2)).toBe("0.00");
    expect(vatIncluded("420.42", "NONE")).toBeNull();
  });

  it("takes the general rate of the payment's local day: 20 % until 31 December 2025, then 22 %", () => {
    expect(rateOn("VAT22", "2025-12-31")).toBe("VAT20");
    expect(rateOn("VAT22", "2026-01-01")).toBe("VAT22");
    expect(rateOn("NONE", "2025-06-01")).toBe("NONE");
    expect(rateOn("VAT10", "2025-06-01")).toBe("VAT10");
  });

  it("reads the rate of a receipt stored with its label only", () => {
    expect(rateOfLabel("НДС 22%")).toBe("VAT22");
    expect(rateOfLabel("НДС 20%")).toBe("VAT20");
    expect(rateOfLabel("Без НДС")).toBe("NONE");
    expect(rateOfLabel("НДС 18%")).toBeNull();
  });
});

describe("one supplier's payment split by its services' rates", () => {
  const split = (amount: string, parts: [rate: "VAT22" | "VAT10" | "NONE", weight: string][]) =>
    splitByRate(
      money(amount),
      parts.map(([rate, weight]) => ({ rate, weight: money(weight) })),
    ).map((p) => [p.rate, p.amount.toFixed(2)]);

  it("keeps one line when the rates agree", () => {
    expect(
      split("100.00", [
        ["VAT22", "10"],
        ["VAT22", "0"],
      ]),
    ).toEqual([["VAT22", "100.00"]]);
  });

  it("splits by what each rate's services owe, to the kopeck, adding up to the payment", () => {
    expect(
      split("100.00", [
        ["VAT22", "1"],
        ["VAT10", "1"],
        ["NONE", "1"],
      ]),
    ).toEqual([
      ["VAT22", "33.34"],
      ["VAT10", "33.33"],
      ["NONE", "33.33"],
    ]);
    expect(
      split("1000.00", [
        ["VAT22", "600.00"],
        ["NONE", "200.00"],
        ["VAT22", "-50"],
      ]),
    ).toEqual([
      ["VAT22", "750.00"],
      ["NONE", "250.00"],
    ]);
    const parts = split("0.05", [
      ["VAT22", "1"],
      ["VAT10", "1"],
      ["NONE", "1"],
    ]);
    expect(parts.reduce((s, [, a]) => s + Math.round(Number(a) * 100), 0)).toBe(5);
  });

  it("takes the highest rate when nothing is owed (no VAT goes undeclared)", () => {
    expect(
      split("50.00", [
        ["NONE", "0"],
        ["VAT10", "0"],
        ["VAT22", "-3"],
      ]),
    ).toEqual([["VAT22", "50.00"]]);
  });
});

describe("the receipt's sums per rate", () => {
  it("adds the lines up per rate, in the order НДС 22% … Без НДС", () => {
    const totals = vatTotals([
      { vatRate: "NONE", amount: "420.42", vatAmount: null },
      { vatRate: "VAT22", amount: "1200.30", vatAmount: "216.45" },
      { vatRate: "VAT22", amount: "150.05", vatAmount: "27.06" },
    ]);
    expect(totals.map((t) => [t.label, t.amount.toFixed(2), t.vatAmount?.toFixed(2) ?? null])).toEqual([
      ["НДС 22%", "1350.35", "243.51"],
      ["Без НДС", "420.42", null],
    ]);
  });
});
