// The schema describes itself (issue 16): every public type, field, argument, input field and
// enum value of the built schema has a description. Introspection types and the built-in
// scalars are GraphQL's own; everything else is ours to explain to a partner developer.
import { isEnumType, isInputObjectType, isInterfaceType, isObjectType, isScalarType, isSpecifiedScalarType } from "graphql";
import { describe, expect, it } from "vitest";
import { getSchema } from "./schema.js";

/** Every schema element without a description, as "Type", "Type.field", "Type.field(arg)", "Enum.VALUE". */
function undescribed(): string[] {
  const missing: string[] = [];
  const has = (d: string | null | undefined) => !!d && d.trim().length > 0;
  for (const type of Object.values(getSchema().getTypeMap())) {
    if (type.name.startsWith("__") || (isScalarType(type) && isSpecifiedScalarType(type))) continue;
    if (!has(type.description)) missing.push(type.name);
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (!has(field.description)) missing.push(`${type.name}.${field.name}`);
        for (const arg of field.args) if (!has(arg.description)) missing.push(`${type.name}.${field.name}(${arg.name})`);
      }
    } else if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) if (!has(field.description)) missing.push(`${type.name}.${field.name}`);
    } else if (isEnumType(type)) {
      for (const value of type.getValues()) if (!has(value.description)) missing.push(`${type.name}.${value.name}`);
    }
  }
  return missing.sort();
}

describe("schema descriptions", () => {
  it("describes every public type, field, argument and enum value", () => {
    expect(undescribed()).toEqual([]);
  });
});
