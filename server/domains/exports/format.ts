// The two file formats of «Скачать CSV» / «Скачать JSON», from one table of typed cells:
//   CSV  for Russian Excel: UTF-8 with a BOM (else Excel reads it as cp1251), «;» between fields
//        (the list separator of the Russian locale, where «,» is the decimal one), CRLF lines,
//        dates ДД.ММ.ГГГГ on the retailer's calendar, decimals with a comma and no grouping (so
//        Excel reads a number, not text);
//   JSON for programs: ISO 8601 dates, decimals as exact strings ("1234.50"), never floats.
import { stringify } from "csv-stringify/sync";
import { isoDate, isoPeriod, periodTitle, ruDate } from "../../shared/calendar.js";
import { formatMoney, type Money } from "../../shared/money.js";

export type Cell =
  | { t: "text"; v: string | null }
  | { t: "money"; v: Money | null }
  | { t: "decimal"; v: Money | null }
  /** A DATE value (a day). */
  | { t: "date"; v: Date | null }
  /** An instant: its day on the retailer's calendar in CSV, the instant itself in JSON. */
  | { t: "instant"; v: Date | null }
  /** A billing month: «Ноябрь 2026» in CSV, "2026-11" in JSON. */
  | { t: "period"; v: Date }
  | { t: "bool"; v: boolean };

export interface Column {
  /** The CSV header, as the screen's column. */
  header: string;
  /** The JSON field name. */
  key: string;
}

export interface Table {
  columns: readonly Column[];
  rows: Cell[][];
}

export const BOM = "\uFEFF";

/**
 * A text cell Excel would take for a formula («=», «+», «-», «@», tab, CR at the start) gets a
 * leading apostrophe (OWASP's advice for CSV injection); numbers are never text cells.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

const decimalComma = (s: string) => s.replace(".", ",");

export function csvCell(c: Cell, timeZone: string): string {
  if (c.v === null) return "";
  switch (c.t) {
    case "text":
      return FORMULA_START.test(c.v) ? `'${c.v}` : c.v;
    case "money":
      return decimalComma(formatMoney(c.v));
    case "decimal":
      return decimalComma(c.v.toFixed());
    case "date":
      return ruDate(c.v);
    case "instant":
      return ruDate(c.v, timeZone);
    case "period":
      return periodTitle(c.v);
    case "bool":
      return c.v ? "да" : "нет";
  }
}

export function jsonCell(c: Cell, _timeZone: string): string | boolean | null {
  if (c.v === null) return null;
  switch (c.t) {
    case "text":
      return c.v;
    case "money":
      return formatMoney(c.v);
    case "decimal":
      return c.v.toFixed();
    case "date":
      return isoDate(c.v);
    case "instant":
      return c.v.toISOString();
    case "period":
      return isoPeriod(c.v);
    case "bool":
      return c.v;
  }
}

export function toCsv(table: Table, timeZone: string): string {
  const records = [table.columns.map((c) => c.header), ...table.rows.map((r) => r.map((c) => csvCell(c, timeZone)))];
  return BOM + stringify(records, { delimiter: ";", record_delimiter: "windows", quoted_match: /[\r\n]/ /* a lone LF too */ });
}

/** `meta`: what the file is of (account, range, when made), before the rows. */
export function toJson(table: Table, meta: Record<string, string | boolean>, timeZone: string): string {
  const rows = table.rows.map((r) => Object.fromEntries(table.columns.map((col, i) => [col.key, jsonCell(r[i]!, timeZone)])));
  return `${JSON.stringify({ ...meta, rows }, null, 2)}\n`;
}
