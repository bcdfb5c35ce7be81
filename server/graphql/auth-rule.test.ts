// One rule for authentication, checked over every mutation of the schema: called without a
// credential (or with an expired one), a mutation that needs one answers with the top-level error
// `extensions.code` UNAUTHENTICATED — exactly as queries do — and never with a userError. Only
// the mutations that start a session or act on a link, code or cookie work without one.
import { encodeGlobalID } from "@pothos/plugin-relay";
import {
  GraphQLEnumType,
  GraphQLInputObjectType,
  GraphQLList,
  GraphQLNonNull,
  GraphQLScalarType,
  type GraphQLField,
  type GraphQLInputType,
} from "graphql";
import { describe, expect, it } from "vitest";
import { withTestApp } from "../test/app.js";
import { getSchema } from "./schema.js";

/** Mutations meant for callers without a session (sign-in, registration, recovery, refresh, links). */
const PUBLIC = new Set([
  "contactConfirm",
  "passwordReset",
  "passwordResetRequest",
  "sessionCreate",
  "sessionRefresh",
  "sessionRevoke",
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

function operation(field: GraphQLField<unknown, unknown>): { query: string; variables: Record<string, unknown> } {
  const args = field.args.filter((a) => a.type instanceof GraphQLNonNull);
  const decl = args.map((a) => `$${a.name}: ${a.type.toString()}`).join(", ");
  const pass = args.map((a) => `${a.name}: $${a.name}`).join(", ");
  const variables = Object.fromEntries(args.map((a) => [a.name, sample(a.type, a.extensions as Record<string, unknown>)]));
  return { query: `mutation${decl ? `(${decl})` : ""} { ${field.name}${pass ? `(${pass})` : ""} { __typename } }`, variables };
}

describe("a missing or expired credential", () => {
  const mutations = Object.values(getSchema().getMutationType()!.getFields());
  const t = withTestApp();

  it.each([
    ["no credential", {}],
    ["an expired or forged access token", { token: "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl" }],
  ])("with %s, every non-public mutation answers with the top-level UNAUTHENTICATED", async (_name, opts) => {
    expect(mutations.length).toBeGreaterThan(40);
    const answers: Record<string, string> = {};
    for (const field of mutations) {
      const { query, variables } = operation(field);
      const r = await t.gql(query, variables, opts);
      answers[field.name] = r.errors?.[0]?.extensions?.code ?? "ran";
    }
    const expected = Object.fromEntries(mutations.map((m) => [m.name, PUBLIC.has(m.name) ? answers[m.name] : "UNAUTHENTICATED"]));
    expect(answers).toEqual(expected);
    // The public ones do not ask for a sign-in either way.
    for (const name of PUBLIC) expect(answers[name], name).not.toBe("UNAUTHENTICATED");
  });

  it("is never a userError, and queries answer the same way", async () => {
    const r = await t.gql(`mutation { notificationsMarkAllRead(input: {}) { userErrors { code } } }`);
    expect(r.data).toBeNull();
    expect(r.errors?.map((e) => [e.extensions?.code, e.message])).toEqual([["UNAUTHENTICATED", "Войдите в личный кабинет"]]);
    const q = await t.gql(`{ staffAppeals(first: 1) { totalCount } }`);
    expect(q.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });
});
