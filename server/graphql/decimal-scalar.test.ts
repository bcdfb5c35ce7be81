import type { GraphQLScalarType } from "graphql";
import { describe, expect, it } from "vitest";
import { money } from "../shared/money.js";
import { getSchema } from "./schema.js";

const Decimal = getSchema().getType("Decimal") as GraphQLScalarType;

describe("the Decimal scalar", () => {
  it("writes exact decimals as plain strings: no exponent, no float rounding, trailing zeros dropped", () => {
    expect(Decimal.serialize(money("2640.000"))).toBe("2640");
    expect(Decimal.serialize(money("2640.125"))).toBe("2640.125");
    expect(Decimal.serialize(money("0.0000001"))).toBe("0.0000001"); // decimal.js toString gives 1e-7
    expect(Decimal.serialize(money("123456789012345678901234"))).toBe("123456789012345678901234");
    expect(Decimal.serialize(money("0.1").plus(money("0.2")))).toBe("0.3");
    expect(Decimal.serialize(money("-14.43"))).toBe("-14.43");
  });

  it("reads strings of the documented format and whole numbers, and refuses anything else", () => {
    expect(String(Decimal.parseValue("2640.5"))).toBe("2640.5");
    expect(String(Decimal.parseValue(-3))).toBe("-3");
    for (const bad of ["1e3", "2640,5", " 1", "1.", ".5", "1.1234567", "", "NaN", 0.1, 1e21, null, {}]) {
      expect(() => Decimal.parseValue(bad), String(bad)).toThrow(/Decimal: недопустимое значение/);
    }
  });

  it("types every meter value and quantity of the schema, never String or Float", () => {
    const schema = getSchema();
    const fieldType = (type: string, field: string) => String((schema.getType(type) as any).getFields()[field].type);
    expect(fieldType("MeterReading", "value")).toBe("Decimal!");
    expect(fieldType("ReadingWarning", "consumption")).toBe("Decimal!");
    expect(fieldType("ReadingHistoryRow", "value")).toBe("Decimal!");
    expect(fieldType("ReadingHistoryRow", "difference")).toBe("Decimal");
    expect(fieldType("PreliminaryLine", "volume")).toBe("Decimal!");
    expect(fieldType("ChargeLine", "volume")).toBe("Decimal");
  });
});
