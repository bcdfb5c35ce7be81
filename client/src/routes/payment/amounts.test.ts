import { describe, expect, it } from "vitest";
import { newIdempotencyKey } from "../../lib/idempotencyKey";
import { fromKopecks, toKopecks, totalOf, typedAmount } from "./amounts";

describe("payment sums on the client", () => {
  it("converts between decimals and kopecks exactly", () => {
    expect(toKopecks("1234.5")).toBe(123450n);
    expect(toKopecks("0.01")).toBe(1n);
    expect(toKopecks("-79.58")).toBe(-7958n);
    expect(fromKopecks(123450n)).toBe("1234.50");
    expect(fromKopecks(5n)).toBe("0.05");
    expect(fromKopecks(-7958n)).toBe("-79.58");
  });

  it("totals typed sums to the kopeck: 0,10 + 0,20 is 0.30", () => {
    expect(
      totalOf([
        { key: 1, typed: "0,10" },
        { key: 2, typed: "0.20" },
      ]),
    ).toEqual({ total: "0.30", invalid: [], positive: 2 });
    expect(
      totalOf([
        { key: 1, typed: "3 548,41" },
        { key: 2, typed: "" },
        { key: 3, typed: "150,05" },
      ]),
    ).toEqual({ total: "3698.46", invalid: [], positive: 2 });
  });

  it("lists the sums that are not amounts and counts empty ones as zero", () => {
    expect(
      totalOf([
        { key: "a", typed: "12,345" },
        { key: "b", typed: "abc" },
        { key: "c", typed: "5" },
      ]),
    ).toEqual({ total: "5.00", invalid: ["a", "b"], positive: 1 });
    expect(typedAmount("  ")).toBe("0.00");
    expect(typedAmount("-5")).toBeNull();
  });

  it("makes a different idempotency key each time", () => {
    const a = newIdempotencyKey();
    expect(a).toMatch(/^[0-9a-f-]{32,36}$/);
    expect(newIdempotencyKey()).not.toBe(a);
  });
});
