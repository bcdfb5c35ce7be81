// Property-style attack on every argument of the schema: each mutation (as the demo customer and
// as an admin) and every query field with ID arguments, with malformed, out-of-range and
// wrong-type global IDs and with texts carrying NUL, lone surrogates and noncharacters. Nothing
// may answer INTERNAL_SERVER_ERROR and no table may gain or lose a row.
import { encodeGlobalID } from "@pothos/plugin-relay";
import {
  GraphQLEnumType,
  GraphQLInputObjectType,
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLScalarType,
  getNamedType,
  isCompositeType,
  type GraphQLField,
  type GraphQLInputType,
} from "graphql";
import { describe, expect, it } from "vitest";
import { withTestApp } from "../test/app.js";
import { testDatabases } from "../test/db.js";
import { signInAs, signInAsStaff } from "../test/session.js";
import { getSchema } from "./schema.js";

const b64 = (s: string) => Buffer.from(s).toString("base64");
type Mode = { kind: "id"; bad: (typename: string) => string } | { kind: "text"; bad: string };
const ID_VARIANTS: Record<string, (typename: string) => string> = {
  nonInteger: (t) => b64(`${t}:abc`),
  huge: (t) => b64(`${t}:99999999999999999999`),
  overInt: (t) => b64(`${t}:2147483648`),
  zero: (t) => b64(`${t}:0`),
  wrongType: () => b64("AppealTopic:1"),
  unknownType: () => b64("Nope:1"),
  notBase64: (t) => `${t}:x`,
  nul: (t) => b64(`${t}:1\u0000`),
};
const TEXT_VARIANTS: Record<string, string> = { nul: "ab\u0000c", loneSurrogate: "ab\ud800c", lowSurrogate: "\udc00", nonchar: "x\uFFFE", control: "a\u0007b" };

const forType = (ext: unknown) => (ext as { relayGlobalIDFor?: { typename: string }[] | null })?.relayGlobalIDFor?.[0]?.typename ?? "Account";

/** A value of the input type where every ID and String is the attack of the mode; the rest is plausible. */
function attackValue(type: GraphQLInputType, mode: Mode, ext?: unknown, depth = 0): unknown {
  if (type instanceof GraphQLNonNull) return attackValue(type.ofType, mode, ext, depth);
  if (type instanceof GraphQLList) return [attackValue(type.ofType, mode, ext, depth)];
  if (type instanceof GraphQLInputObjectType) {
    if (depth > 4) return undefined;
    return Object.fromEntries(
      Object.values(type.getFields())
        .map((f) => [f.name, attackValue(f.type, mode, f.extensions, depth + 1)] as const)
        .filter(([, v]) => v !== undefined),
    );
  }
  if (type instanceof GraphQLEnumType) return type.getValues()[0]!.value;
  const scalar = (type as GraphQLScalarType).name;
  switch (scalar) {
    case "ID":
      return mode.kind === "id" ? mode.bad(forType(ext)) : encodeGlobalID(forType(ext), 1);
    case "String":
      return mode.kind === "text" ? mode.bad : "x";
    case "Int":
      return 1;
    case "Float":
      return 1;
    case "Boolean":
      return false;
    case "Money":
      return "10.00";
    case "Date":
      return "2026-11-20";
    case "Period":
      return "2026-11";
    case "DateTime":
      return "2026-11-20T10:00:00.000Z";
    default:
      return undefined; // Upload: left out (required uploads make the request invalid, which is fine)
  }
}

const hasInput = (type: GraphQLInputType, scalar: string, depth = 0): boolean => {
  const t = type instanceof GraphQLNonNull || type instanceof GraphQLList ? type.ofType : type;
  if (t instanceof GraphQLNonNull || t instanceof GraphQLList) return hasInput(t, scalar, depth);
  if (t instanceof GraphQLInputObjectType) return depth < 5 && Object.values(t.getFields()).some((f) => hasInput(f.type, scalar, depth + 1));
  return (t as GraphQLScalarType).name === scalar;
};

function operation(kind: "mutation" | "query", field: GraphQLField<unknown, unknown>) {
  const vars = field.args.map((a, i) => `$a${i}: ${a.type.toString()}`).join(", ");
  const args = field.args.map((a, i) => `${a.name}: $a${i}`).join(", ");
  const ret = getNamedType(field.type);
  const sel =
    ret instanceof GraphQLObjectType && "userErrors" in ret.getFields()
      ? "{ userErrors { code field message } }"
      : isCompositeType(ret)
        ? "{ __typename }"
        : "";
  return `${kind}${vars ? `(${vars})` : ""} { f: ${field.name}${args ? `(${args})` : ""} ${sel} }`;
}

describe.each(testDatabases())("bad input on $name", (backend) => {
  let customer: string;
  let admin: string;
  const schema = getSchema();
  const mutations = Object.values(schema.getMutationType()!.getFields());

  const t = withTestApp({
    backend,
    demo: true,
    now: "2026-11-20T07:00:00.000Z",
    timeout: 120_000,
    seed: async () => {
      customer = (await signInAs(t, "0710000000", "demo2026")).accessToken;
      admin = (await signInAsStaff(t, "admin", "admin2026")).accessToken;
    },
  });
  const { database } = t;

  async function rowCounts(): Promise<Record<string, number>> {
    const tables = await database.sql.query<{ t: string }>(`SELECT tablename AS t FROM pg_tables WHERE schemaname = 'public' ORDER BY 1`);
    const out: Record<string, number> = {};
    for (const { t: name } of tables) out[name] = Number((await database.sql.query<{ n: number }>(`SELECT count(*)::int AS n FROM "${name}"`))[0]!.n);
    return out;
  }

  const modes: [string, Mode][] = [
    ...Object.entries(ID_VARIANTS).map(([n, bad]) => [`id:${n}`, { kind: "id", bad }] as [string, Mode]),
    ...Object.entries(TEXT_VARIANTS).map(([n, bad]) => [`text:${n}`, { kind: "text", bad }] as [string, Mode]),
  ];

  it("refuses malformed ids and texts in every mutation with a userError, writing nothing", async () => {
    const before = await rowCounts();
    const failures: string[] = [];
    let refused = 0;
    for (const field of mutations) {
      for (const [modeName, mode] of modes) {
        const scalar = mode.kind === "id" ? "ID" : "String";
        if (!field.args.some((a) => hasInput(a.type, scalar))) continue;
        const variables = Object.fromEntries(field.args.map((a, i) => [`a${i}`, attackValue(a.type, mode, a.extensions)]));
        for (const [who, token] of [
          ["customer", customer],
          ["admin", admin],
        ] as const) {
          const r = await t.gql(operation("mutation", field), variables, { token });
          const label = `${field.name} ${modeName} as ${who}`;
          if (r.errors?.some((e) => e.extensions?.code === "INTERNAL_SERVER_ERROR")) failures.push(`${label}: ${JSON.stringify(r.errors)}`);
          const userErrors = (r.data as { f?: { userErrors?: { code: string; field: string[] }[] } } | undefined)?.f?.userErrors;
          if (r.errors === undefined) {
            const expected = mode.kind === "id" ? "NOT_FOUND" : "INVALID_TEXT";
            if (userErrors?.[0]?.code !== expected) failures.push(`${label}: ${JSON.stringify(userErrors)}`);
            else refused++;
          }
        }
      }
    }
    expect(failures).toEqual([]);
    expect(refused).toBeGreaterThan(100);
    expect(await rowCounts()).toEqual(before);
  }, 300_000);

  it("gives no internal error for malformed ids and texts in query arguments", async () => {
    const fields = Object.values(schema.getQueryType()!.getFields()).filter((f) => f.args.length && f.name !== "nodes");
    const failures: string[] = [];
    for (const field of fields) {
      for (const [modeName, mode] of modes) {
        const variables = Object.fromEntries(field.args.map((a, i) => [`a${i}`, attackValue(a.type, mode, a.extensions)]));
        for (const token of [customer, admin]) {
          const r = await t.gql(operation("query", field), variables, { token });
          if (r.errors?.some((e) => e.extensions?.code === "INTERNAL_SERVER_ERROR")) failures.push(`${field.name} ${modeName}: ${JSON.stringify(r.errors)}`);
        }
      }
    }
    expect(failures).toEqual([]);
  }, 300_000);

  it("reads a malformed node id as null, in node and in its slot of nodes", async () => {
    const account = await database.prisma.account.findUniqueOrThrow({ where: { number: "0710000000" } });
    const good = encodeGlobalID("Account", account.id);
    const bad = [...Object.values(ID_VARIANTS).map((v) => v("Account")), b64("Viewer:1"), b64("Account:1:2"), "garbage", ""];
    for (const id of bad) {
      const r = await t.gql(`query($id: ID!) { node(id: $id) { id } }`, { id }, { token: customer });
      expect(r, id).toEqual({ data: { node: null } });
    }
    const r = await t.gql(`query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, { ids: [bad[0], good, bad[2]] }, { token: customer });
    expect(r).toEqual({ data: { nodes: [null, { id: good }, null] } });
  });

  it("names the field: a meter id over 2^31-1, a bad saved card, a bad appeal type, a lone surrogate in appeal text", async () => {
    const account = await database.prisma.account.findUniqueOrThrow({ where: { number: "0710000000" } });
    const accountId = encodeGlobalID("Account", account.id);
    const cases: [string, string, Record<string, unknown>, unknown][] = [
      [
        "meterReadingsSubmit",
        "MeterReadingsSubmitInput",
        { accountId, readings: [{ meterId: b64("Meter:2147483648"), zone: "ALL_DAY", value: "1" }] },
        ["input", "readings", "0", "meterId"],
      ],
      ["paymentCreate", "PaymentCreateInput", { accountId, items: [], savedCardId: b64("SavedCard:x"), idempotencyKey: "k1" }, ["input", "savedCardId"]],
      [
        "appealSubmit",
        "AppealSubmitInput",
        { accountId, typeId: b64("AppealType:x"), consentPersonalData: true, consentSimpleSignature: true },
        ["input", "typeId"],
      ],
      ["viewerActiveAccountSet", "ViewerActiveAccountSetInput", { accountId: b64("Account:99999999999999999999") }, ["input", "accountId"]],
    ];
    for (const [name, input, i, field] of cases) {
      const r = await t.gql(`mutation($i: ${input}!) { ${name}(input: $i) { userErrors { code field message } } }`, { i }, { token: customer });
      expect(r, name).toEqual({ data: { [name]: { userErrors: [{ code: "NOT_FOUND", field, message: "Объект не найден" }] } } });
    }
    for (const text of ["Вопрос\ud800", "Вопрос\u0000"]) {
      const r = await t.gql(
        `mutation($i: AppealQuestionSubmitInput!) { appealQuestionSubmit(input: $i) { userErrors { code field message } } }`,
        { i: { accountId, text, consentPersonalData: true, consentSimpleSignature: true } },
        { token: customer },
      );
      expect(r).toEqual({
        data: { appealQuestionSubmit: { userErrors: [{ code: "INVALID_TEXT", field: ["input", "text"], message: "Текст содержит недопустимые символы" }] } },
      });
    }
  });
});
