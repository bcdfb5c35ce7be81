// «Начисления» as export rows: every line of every month of the range (months without charges
// have none), all columns — a file is data, nothing is hidden for being zero. One function builds
// a row, so a column (e.g. the line's explanation) is added in one place.
import type { PrismaClient } from "../../db/generated/prisma/client.js";
import { chargeHistory, type ChargeLine } from "../billing/charges.js";
import { METHOD_TEXT } from "../billing/lines.js";
import type { Cell, Column, Table } from "./format.js";

export const CHARGE_EXPORT_COLUMNS: readonly Column[] = [
  { header: "Период", key: "period" },
  { header: "Услуга", key: "service" },
  { header: "Код услуги", key: "serviceCode" },
  { header: "Зона суток", key: "zone" },
  { header: "Поставщик", key: "supplier" },
  { header: "Процент потерь", key: "lossesPercent" },
  { header: "Коэффициент трансформации", key: "transformationRatio" },
  { header: "К оплате на начало", key: "openingBalance" },
  { header: "Способ расчета", key: "method" },
  { header: "Норматив", key: "norm" },
  { header: "Объем", key: "volume" },
  { header: "Единица", key: "unit" },
  { header: "Тариф, р.", key: "tariff" },
  { header: "Начислено", key: "charged" },
  { header: "Оплачено", key: "paid" },
  { header: "Перерасчеты", key: "recalculation" },
  { header: "Пени", key: "penalty" },
  { header: "К оплате на конец", key: "closingBalance" },
];

/** One line of one month, in CHARGE_EXPORT_COLUMNS' order. */
export function chargeExportRow(period: Date, l: ChargeLine): Cell[] {
  return [
    { t: "period", v: period },
    { t: "text", v: l.service },
    { t: "text", v: l.serviceCode },
    { t: "text", v: l.zone },
    { t: "text", v: l.supplier },
    { t: "decimal", v: l.lossesPercent },
    { t: "decimal", v: l.transformationRatio },
    { t: "money", v: l.openingBalance },
    { t: "text", v: METHOD_TEXT[l.method] },
    { t: "decimal", v: l.norm },
    { t: "decimal", v: l.volume },
    { t: "text", v: l.unit },
    { t: "decimal", v: l.tariff },
    { t: "money", v: l.charged },
    { t: "money", v: l.paid },
    { t: "money", v: l.recalculation },
    { t: "money", v: l.penalty },
    { t: "money", v: l.closingBalance },
  ];
}

/** Oldest month first, as a spreadsheet reads down. */
export async function chargesTable(db: PrismaClient, accountId: number, from: Date, to: Date): Promise<Table> {
  const history = await chargeHistory(db, accountId, from, to);
  const rows = [...history.months].reverse().flatMap((m) => m.lines.map((l) => chargeExportRow(m.period, l)));
  return { columns: CHARGE_EXPORT_COLUMNS, rows };
}
