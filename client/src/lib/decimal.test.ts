import { describe, expect, it } from "vitest";
import { consumption, formatDecimal, formatReading, fromThousandths, isBelow, isReading, normalizeReading, readingMaxLength, toThousandths } from "./decimal";

describe("readings as exact decimals", () => {
  it("parses the meter's display with a comma or a dot", () => {
    expect(toThousandths("2640")).toBe(2640000n);
    expect(toThousandths("2640,5")).toBe(2640500n);
    expect(toThousandths("2640.125")).toBe(2640125n);
    expect(toThousandths(" 7 ")).toBe(7000n);
    expect(toThousandths("1.2500")).toBe(1250n); // trailing zeros beyond the scale are fine
    expect(toThousandths("1.2345")).toBeNull();
    expect(toThousandths("12a")).toBeNull();
    expect(toThousandths("")).toBeNull();
  });

  it("prints the shortest form with a comma", () => {
    expect(fromThousandths(2640000n)).toBe("2640");
    expect(fromThousandths(2640500n)).toBe("2640,5");
    expect(fromThousandths(5n)).toBe("0,005");
    expect(fromThousandths(-1500n)).toBe("\u22121,5");
    expect(fromThousandths(0n)).toBe("0");
  });

  it("accepts what the API accepts", () => {
    for (const ok of ["0", "2640", "2640,5", "2640.125", "999999999999"]) expect(isReading(ok)).toBe(true);
    for (const bad of ["", "-1", "1,2345", "1e3", "1 000", "9999999999999", ",5", "5,"]) expect(isReading(bad)).toBe(false);
  });

  it("holds a reading to the meter's display: its digits before the separator, 3 after", () => {
    for (const ok of ["999999", "27423,125", " 000001 ", "0"]) expect(isReading(ok, 6)).toBe(true);
    for (const bad of ["1000000", "1000000,5", "27423,1255"]) expect(isReading(bad, 6)).toBe(false);
    expect(readingMaxLength(6)).toBe("999999,999".length);
  });

  it("computes the consumption without floats", () => {
    expect(consumption("27523", "27423")).toBe("100");
    expect(consumption("0,3", "0.1")).toBe("0,2"); // 0.3 - 0.1 in floats is 0.19999999999999998
    expect(consumption("999999999999.999", "0.001")).toBe("999999999999,998");
    expect(consumption("27400", "27423")).toBe("\u221223");
    expect(consumption("27", null)).toBeNull();
    expect(consumption("27x", "1")).toBeNull();
  });

  it("tells a value below the last accepted one", () => {
    expect(isBelow("27422,999", "27423")).toBe(true);
    expect(isBelow("27423", "27423.000")).toBe(false);
    expect(isBelow("", "27423")).toBe(false);
  });

  it("formats API values and normalises typed ones", () => {
    expect(formatReading("2640.500")).toBe("2640,5");
    expect(formatReading("n/a")).toBe("n/a");
    expect(normalizeReading(" 2640,5 ")).toBe("2640.5");
    expect(formatDecimal("9.620")).toBe("9,62");
    expect(formatDecimal("0.0345")).toBe("0,0345");
    expect(formatDecimal("272")).toBe("272");
    expect(formatDecimal("136.000")).toBe("136");
    expect(formatDecimal("-1.5")).toBe("\u22121,5");
    expect(formatDecimal("n/a")).toBe("n/a");
  });
});
