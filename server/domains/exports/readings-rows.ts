// «История показаний» as export rows: the readings of the range with the screen's columns (and the
// zone and status the screen shows as an icon and a badge), oldest first.
import type { PrismaClient } from "../../db/generated/prisma/client.js";
import { readingHistory, type HistoryRow } from "../readings/history.js";
import { METER_STATUS_TEXT, READING_SOURCE_TEXT, ZONE_TEXT } from "../readings/texts.js";
import type { Cell, Column, Table } from "./format.js";

export const READING_EXPORT_COLUMNS: readonly Column[] = [
  { header: "Период", key: "period" },
  { header: "Дата передачи", key: "submittedAt" },
  { header: "Ресурс", key: "resource" },
  { header: "Номер ПУ", key: "meterNumber" },
  { header: "Состояние ПУ", key: "meterStatus" },
  { header: "Зона суток", key: "zone" },
  { header: "Переданные показания", key: "value" },
  { header: "Разница с предыдущими", key: "difference" },
  { header: "Единица", key: "unit" },
  { header: "Способ передачи", key: "source" },
  { header: "Принято к расчету", key: "accepted" },
];

export function readingExportRow(period: Date, r: HistoryRow): Cell[] {
  return [
    { t: "period", v: period },
    { t: "instant", v: r.submittedAt },
    { t: "text", v: r.resource },
    { t: "text", v: r.meterNumber },
    { t: "text", v: METER_STATUS_TEXT[r.meterStatus] },
    { t: "text", v: ZONE_TEXT[r.zone] },
    { t: "decimal", v: r.value },
    { t: "decimal", v: r.difference },
    { t: "text", v: r.unit },
    { t: "text", v: READING_SOURCE_TEXT[r.source] },
    { t: "bool", v: r.status === "ACCEPTED" },
  ];
}

export async function readingsTable(db: PrismaClient, accountId: number, from: Date, to: Date, acceptedOnly: boolean): Promise<Table> {
  const months = await readingHistory(db, accountId, from, to, acceptedOnly);
  const rows = [...months].reverse().flatMap((m) => [...m.rows].reverse().map((r) => readingExportRow(m.period, r)));
  return { columns: READING_EXPORT_COLUMNS, rows };
}
