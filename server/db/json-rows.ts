// A model's row read by a hand-written statement, as Prisma would have returned it: hot paths
// (the home page's loader, accounts/home-loader.ts) read whole rows inside one statement as JSON
// and hand them to the same Pothos types Prisma's rows go to. The column list and the conversions
// come from the Prisma datamodel, so a column added to the model is read here too; json-rows.test.ts
// holds the rows equal to Prisma's on PGlite and PostgreSQL.
//   DateTime  timestamp(3) holding UTC (Prisma's convention) → Date; a @db.Date ("2026-12-07") → its UTC midnight
//   Decimal   sent as text (a JSON number would pass through a float) → Prisma.Decimal
//   BigInt    sent as text → bigint
//   enums, String, Int, Float, Boolean, Json → as JSON has them
import { getDatamodel } from "./generated/pothos-types.js";
import { Prisma } from "./generated/prisma/client.js";

type Field = { name: string; type: string; kind: string; isList: boolean };
type Convert = (v: unknown) => unknown;

const datamodel = getDatamodel().datamodel.models;

function scalarFields(model: string): Field[] {
  const m = datamodel[model];
  if (!m) throw new Error(`json-rows: no model ${model}`);
  const fields = (m.fields as readonly Field[]).filter((f) => f.kind === "scalar" || f.kind === "enum");
  for (const f of fields) if (f.type === "Bytes" || f.type === "Unsupported") throw new Error(`json-rows: ${model}.${f.name} is ${f.type}`);
  return fields;
}

const scalarNames = new Map<string, Set<string>>();

/** True for a column of the model (not a relation). */
export function isScalarField(model: string, field: string): boolean {
  let names = scalarNames.get(model);
  if (!names) scalarNames.set(model, (names = new Set(scalarFields(model).map((f) => f.name))));
  return names.has(field);
}

const ident = (name: string) => `"${name.replaceAll('"', '""')}"`;

/**
 * `json_build_object(...)` of every scalar column of `model` in the row `alias`: the SQL of one
 * row, to select as is or to aggregate (`json_agg(<this> ORDER BY …)`).
 */
export function jsonRowSql(model: string, alias: string): string {
  const pairs = scalarFields(model).map((f) => {
    const col = `${alias}.${ident(f.name)}`;
    const text = f.type === "Decimal" || f.type === "BigInt";
    return `'${f.name}', ${text ? (f.isList ? `${col}::text[]` : `${col}::text`) : col}`;
  });
  // json_build_object takes at most 100 arguments: a wider model is built from two halves.
  if (pairs.length > 50) throw new Error(`json-rows: ${model} has more than 50 columns`);
  return `json_build_object(${pairs.join(", ")})`;
}

const toDate: Convert = (v) => {
  if (typeof v !== "string") return v;
  // A timestamp without a zone holds UTC; a date alone is already read as UTC midnight.
  return new Date(/T[\d:.]+$/.test(v) ? `${v}Z` : v);
};
const CONVERT: Record<string, Convert> = {
  DateTime: toDate,
  Decimal: (v) => (v === null ? v : new Prisma.Decimal(v as string)),
  BigInt: (v) => (v === null ? v : BigInt(v as string)),
};

const converters = new Map<string, [string, Convert][]>();

/** A JSON row built by `jsonRowSql(model, …)` turned into the model's row, in place. */
export function fromJsonRow<T>(model: string, row: Record<string, unknown>): T {
  let list = converters.get(model);
  if (!list) {
    list = [];
    for (const f of scalarFields(model)) {
      const c = CONVERT[f.type];
      if (c) list.push([f.name, f.isList ? (v) => (Array.isArray(v) ? v.map(c) : v) : c]);
    }
    converters.set(model, list);
  }
  for (const [name, convert] of list) {
    const v = row[name];
    if (v !== null && v !== undefined) row[name] = convert(v);
  }
  return row as T;
}
