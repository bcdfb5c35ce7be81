// What can be exported (the kinds behind signed links and the API fields) and how each file is
// made: the table of a section for the range, as CSV or JSON, with its file name.
import type { Deps } from "../../context.js";
import { isoPeriod, periodValue } from "../../shared/calendar.js";
import { chargesTable } from "./charges-rows.js";
import { toCsv, toJson, type Table } from "./format.js";
import { paymentsTable } from "./payments-rows.js";
import { readingsTable } from "./readings-rows.js";

export type ExportFormat = "csv" | "json";
export type ExportKind = "export-charges" | "export-readings" | "export-payments";

export interface ExportParams {
  accountId: number;
  from: Date;
  to: Date;
  /** «Только принятые к расчету» (readings only). */
  acceptedOnly?: boolean;
}

type Loader = (deps: Pick<Deps, "db" | "config">, p: ExportParams) => Promise<Table>;

export const EXPORT_KINDS: Record<ExportKind, { name: string; what: string; table: Loader }> = {
  "export-charges": { name: "nachisleniya", what: "Начисления", table: (d, p) => chargesTable(d.db, p.accountId, p.from, p.to) },
  "export-readings": {
    name: "istoriya-pokazaniy",
    what: "История показаний",
    table: (d, p) => readingsTable(d.db, p.accountId, p.from, p.to, !!p.acceptedOnly),
  },
  "export-payments": {
    name: "istoriya-platezhey",
    what: "История платежей",
    table: (d, p) => paymentsTable(d.db, p.accountId, p.from, p.to, d.config.timezone),
  },
};

export const isExportKind = (k: string): k is ExportKind => Object.hasOwn(EXPORT_KINDS, k);

export const MEDIA_TYPE: Record<ExportFormat, string> = { csv: "text/csv; charset=utf-8", json: "application/json; charset=utf-8" };

export interface ExportFile {
  filename: string;
  mediaType: string;
  content: string;
}

export function exportFilename(kind: ExportKind, p: ExportParams, format: ExportFormat): string {
  return `${EXPORT_KINDS[kind].name}-${isoPeriod(p.from)}-${isoPeriod(p.to)}.${format}`;
}

export async function exportFile(deps: Pick<Deps, "db" | "config" | "clock">, kind: ExportKind, p: ExportParams, format: ExportFormat): Promise<ExportFile> {
  const table = await EXPORT_KINDS[kind].table(deps, p);
  const tz = deps.config.timezone;
  let content: string;
  if (format === "csv") content = toCsv(table, tz);
  else {
    const account = await deps.db.account.findUniqueOrThrow({ where: { id: p.accountId }, select: { number: true } });
    const meta = {
      title: EXPORT_KINDS[kind].what,
      account: account.number,
      from: isoPeriod(p.from),
      to: isoPeriod(p.to),
      ...(kind === "export-readings" ? { acceptedOnly: !!p.acceptedOnly } : {}),
      createdAt: deps.clock.now().toISOString(),
    };
    content = toJson(table, meta, tz);
  }
  return { filename: exportFilename(kind, p, format), mediaType: MEDIA_TYPE[format], content };
}

/** The claims' params (strings and numbers, as signed) back to ExportParams. */
export function paramsOf(claims: Record<string, string | number | boolean>): ExportParams {
  return {
    accountId: Number(claims.accountId),
    from: periodValue(String(claims.from)),
    to: periodValue(String(claims.to)),
    acceptedOnly: claims.acceptedOnly === true,
  };
}

/** ExportParams as signed into a link. */
export function claimsOf(p: ExportParams, format: ExportFormat): Record<string, string | number | boolean> {
  return { accountId: p.accountId, from: isoPeriod(p.from), to: isoPeriod(p.to), ...(p.acceptedOnly ? { acceptedOnly: true } : {}), format };
}
