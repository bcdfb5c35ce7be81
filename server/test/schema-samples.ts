// Well-formed operations for any field of the schema, for tests that call every mutation (the
// auth rules: graphql/auth-rule.test.ts, identity/password-change-gate.test.ts).
import { encodeGlobalID } from "@pothos/plugin-relay";
import { GraphQLEnumType, GraphQLInputObjectType, GraphQLList, GraphQLNonNull, GraphQLScalarType, type GraphQLField, type GraphQLInputType } from "graphql";

/** Mutations meant for callers without a session (sign-in, registration, recovery, refresh, links). */
export const PUBLIC_MUTATIONS = new Set([
  "contactConfirm",
  "passwordReset",
  "passwordResetRequest",
  "sessionCreate",
  "sessionRefresh",
  "sessionRevoke",
  "reminderReadingsSubmit", // the reminder link's token is its credential (reminders/schema-link.ts)
  "staffSessionCreate",
  "staffSessionRefresh",
  "staffSessionRevoke",
  "userRegister",
]);

const SCALARS: Record<string, unknown> = {
  String: "x-12345678",
  Int: 1,
  Float: 1,
  Boolean: false,
  Money: "1.00",
  Date: "2026-01-01",
  Period: "2026-01",
  DateTime: "2026-01-01T00:00:00.000Z",
};

/** A well-formed value for a required input: global ids name the type the field expects. */
function sample(type: GraphQLInputType, ext: Record<string, unknown> = {}): unknown {
  if (type instanceof GraphQLNonNull) return sample(type.ofType, ext);
  if (type instanceof GraphQLList) return [];
  if (type instanceof GraphQLEnumType) return type.getValues()[0]!.value;
  if (type instanceof GraphQLInputObjectType) {
    return Object.fromEntries(
      Object.values(type.getFields())
        .filter((f) => f.type instanceof GraphQLNonNull)
        .map((f) => [f.name, sample(f.type, f.extensions as Record<string, unknown>)]),
    );
  }
  if (ext.isRelayGlobalID) return encodeGlobalID((ext.relayGlobalIDFor as { typename: string }[] | null)?.[0]?.typename ?? "Account", 1);
  return SCALARS[(type as GraphQLScalarType).name] ?? "x";
}

export function mutationOperation(field: GraphQLField<unknown, unknown>): { query: string; variables: Record<string, unknown> } {
  const args = field.args.filter((a) => a.type instanceof GraphQLNonNull);
  const decl = args.map((a) => `$${a.name}: ${a.type.toString()}`).join(", ");
  const pass = args.map((a) => `${a.name}: $${a.name}`).join(", ");
  const variables = Object.fromEntries(args.map((a) => [a.name, sample(a.type, a.extensions as Record<string, unknown>)]));
  return { query: `mutation${decl ? `(${decl})` : ""} { ${field.name}${pass ? `(${pass})` : ""} { __typename } }`, variables };
}
