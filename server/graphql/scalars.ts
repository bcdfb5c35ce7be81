// Scalars: DateTime (ISO 8601), Date (YYYY-MM-DD), Period (YYYY-MM, a billing month),
// Money (exact decimal as a string), Decimal (exact quantity as a string), Upload (multipart file).
import { GraphQLError, Kind } from "graphql";
import { MONEY_PATTERN, Money, formatMoney, money } from "../shared/money.js";
import { builder } from "./builder.js";
import { dateValue, periodValue } from "../shared/calendar.js";

const bad = (what: string, value: unknown) =>
  new GraphQLError(`${what}: недопустимое значение ${JSON.stringify(value)}`, { extensions: { code: "BAD_USER_INPUT" } });

function stringLiteral(ast: { kind: string; value?: string }): unknown {
  return ast.kind === Kind.STRING ? ast.value : undefined;
}

// A broadcast's results share one creation time: its text is made once, not once per subscriber.
let lastInstant = { time: Number.NaN, iso: "" };

function isoString(d: unknown): string {
  const time = d instanceof Date ? d.getTime() : new Date(d as string | number).getTime();
  if (time !== lastInstant.time) lastInstant = { time, iso: new Date(time).toISOString() }; // throws for an invalid date, as before
  return lastInstant.iso;
}

builder.scalarType("DateTime", {
  description: "An instant, ISO 8601 with timezone, e.g. 2026-11-24T10:15:00.000Z",
  serialize: isoString,
  parseValue: (v) => {
    const d = typeof v === "string" ? new Date(v) : null;
    if (!d || Number.isNaN(d.getTime())) throw bad("DateTime", v);
    return d;
  },
  parseLiteral: (ast) => {
    const d = new Date(String(stringLiteral(ast as never)));
    if (Number.isNaN(d.getTime())) throw bad("DateTime", stringLiteral(ast as never));
    return d;
  },
});

function parseDate(v: unknown): Date {
  if (typeof v !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(v)) throw bad("Date", v);
  const d = dateValue(v);
  if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== v) throw bad("Date", v);
  return d;
}

builder.scalarType("Date", {
  description: "A calendar date, YYYY-MM-DD",
  serialize: (d) => new Date(d).toISOString().slice(0, 10),
  parseValue: parseDate,
  parseLiteral: (ast) => parseDate(stringLiteral(ast as never)),
});

function parsePeriod(v: unknown): Date {
  if (typeof v !== "string" || !/^\d{4}-(0[1-9]|1[0-2])$/.test(v)) throw bad("Period", v);
  return periodValue(v);
}

builder.scalarType("Period", {
  description: "A billing month, YYYY-MM",
  serialize: (d) => new Date(d).toISOString().slice(0, 7),
  parseValue: parsePeriod,
  parseLiteral: (ast) => parsePeriod(stringLiteral(ast as never)),
});

function parseMoney(v: unknown) {
  const s = typeof v === "number" ? String(v) : v;
  if (typeof s !== "string" || !MONEY_PATTERN.test(s)) throw bad("Money", v);
  return money(s);
}

builder.scalarType("Money", {
  description: 'An exact amount in roubles as a decimal string with kopecks, e.g. "1234.50"',
  serialize: (v) => formatMoney(v as never),
  parseValue: parseMoney,
  parseLiteral: (ast) => parseMoney(ast.kind === Kind.STRING || ast.kind === Kind.INT || ast.kind === Kind.FLOAT ? ast.value : undefined),
});

// Quantities (meter readings, consumption, norms, volumes) are exact decimals: never a JSON
// number, which a client would read as a binary float.
export const DECIMAL_PATTERN = /^-?\d{1,18}(\.\d{1,6})?$/;

function parseDecimal(v: unknown) {
  const s = typeof v === "number" && Number.isSafeInteger(v) ? String(v) : v;
  if (typeof s !== "string" || !DECIMAL_PATTERN.test(s)) throw bad("Decimal", v);
  return money(s);
}

builder.scalarType("Decimal", {
  description:
    'An exact decimal number as a string: an optional minus, digits, and a point with up to 6 decimals; no exponent, no thousands separator, trailing zeros dropped on output, e.g. "2640", "2640.5", "0.125". Used for meter readings and quantities (кВт.ч, м³, Гкал); the unit is given next to it.',
  serialize: (v) => new Money(v as never).toFixed(),
  parseValue: parseDecimal,
  parseLiteral: (ast) => parseDecimal(ast.kind === Kind.STRING ? ast.value : ast.kind === Kind.INT ? Number(ast.value) : undefined),
});

builder.scalarType("Upload", {
  description: "A file sent with the GraphQL multipart request",
  serialize: () => {
    throw new GraphQLError("Upload is an input-only scalar");
  },
  parseValue: (v) => {
    if (!(v instanceof File)) throw bad("Upload", typeof v);
    return v;
  },
});
