import { describe, expect, it } from "vitest";
import { formatRub, fromKopecks, money, toKopecks } from "./money.js";

describe("money", () => {
  it("formats roubles one way, with the unit the place asks for", () => {
    expect(formatRub(money("1234.5"))).toBe("1\u00a0234,50\u00a0₽");
    expect(formatRub("6504.30", { unit: "р." })).toBe("6\u00a0504,30\u00a0р.");
    expect(formatRub(money("1234567.891"), { unit: null })).toBe("1\u00a0234\u00a0567,89");
    expect(formatRub(money("-532.5"))).toBe("\u2212532,50\u00a0₽");
    expect(formatRub(money("-0.001"))).toBe("0,00\u00a0₽");
    expect(formatRub(0)).toBe("0,00\u00a0₽");
  });

  it("converts to and from kopecks exactly, refusing fractions of a kopeck", () => {
    expect(toKopecks(money("0.29"))).toBe(29); // 0.29 * 100 in floats is 28.999999999999996
    expect(toKopecks("1234567890.12")).toBe(123456789012);
    expect(toKopecks(money("-3.10"))).toBe(-310);
    expect(toKopecks(money("1.005"))).toBeNull();
    expect(fromKopecks(650430).toFixed(2)).toBe("6504.30");
  });
});
