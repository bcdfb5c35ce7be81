// Columns of «Начисления» (manual 6.3, figure 17). The API says which of the hideable ones are
// zero or empty in every row of the range; those are left out («могут быть скрыты»).
import type { ChargeColumn, ChargeHistoryQuery } from "../../gql/graphql";
import { formatAmount } from "../../lib/format";
import { formatDecimal } from "../../lib/decimal";

type Account = Extract<NonNullable<ChargeHistoryQuery["node"]>, { charges: unknown }>;
export type ChargeHistoryData = Account["charges"];
export type ChargeMonthData = ChargeHistoryData["months"][number];
export type ChargeLineData = ChargeMonthData["lines"][number];
export type ChargeTotalsData = ChargeMonthData["totals"];

export interface ChargeColumnDef {
  /** Stable key, also the cell's class (c-…). */
  key: string;
  title: string;
  /** Set for columns that may hide when all zero. */
  hideable?: ChargeColumn;
  numeric?: boolean;
  cell: (l: ChargeLineData) => string;
  /** The month's total in this column, if it has one. */
  total?: (t: ChargeTotalsData) => string;
}

const amount = (v: string) => formatAmount(v);
const withUnit = (v: string | null | undefined, unit: string) => (v == null ? "—" : `${formatDecimal(v)} ${unit}`);
const plain = (v: string | null | undefined) => (v == null ? "—" : formatDecimal(v));

export const CHARGE_COLUMNS: ChargeColumnDef[] = [
  { key: "service", title: "Услуга", cell: (l) => l.service },
  { key: "supplier", title: "Поставщик", cell: (l) => l.supplier },
  { key: "losses", title: "Потери, %", hideable: "LOSSES_PERCENT" as ChargeColumn, numeric: true, cell: (l) => plain(l.lossesPercent) },
  { key: "ratio", title: "Коэф. трансформации", hideable: "TRANSFORMATION_RATIO" as ChargeColumn, numeric: true, cell: (l) => plain(l.transformationRatio) },
  {
    key: "opening",
    title: "К оплате на начало",
    hideable: "OPENING_BALANCE" as ChargeColumn,
    numeric: true,
    cell: (l) => amount(l.openingBalance),
    total: (t) => amount(t.openingBalance),
  },
  { key: "method", title: "Способ расчета", cell: (l) => l.methodText },
  { key: "norm", title: "Норматив", hideable: "NORM" as ChargeColumn, numeric: true, cell: (l) => withUnit(l.norm, l.unit) },
  { key: "volume", title: "Объем", hideable: "VOLUME" as ChargeColumn, numeric: true, cell: (l) => withUnit(l.volume, l.unit) },
  { key: "tariff", title: "Тариф, ₽", hideable: "TARIFF" as ChargeColumn, numeric: true, cell: (l) => plain(l.tariff) },
  { key: "charged", title: "Начислено", hideable: "CHARGED" as ChargeColumn, numeric: true, cell: (l) => amount(l.charged), total: (t) => amount(t.charged) },
  { key: "paid", title: "Оплачено", hideable: "PAID" as ChargeColumn, numeric: true, cell: (l) => amount(l.paid), total: (t) => amount(t.paid) },
  {
    key: "recalc",
    title: "Перерасчеты",
    hideable: "RECALCULATION" as ChargeColumn,
    numeric: true,
    cell: (l) => amount(l.recalculation),
    total: (t) => amount(t.recalculation),
  },
  { key: "penalty", title: "Пени", hideable: "PENALTY" as ChargeColumn, numeric: true, cell: (l) => amount(l.penalty), total: (t) => amount(t.penalty) },
  {
    key: "closing",
    title: "К оплате на конец",
    hideable: "CLOSING_BALANCE" as ChargeColumn,
    numeric: true,
    cell: (l) => amount(l.closingBalance),
    total: (t) => amount(t.closingBalance),
  },
];

export function visibleColumns(empty: readonly ChargeColumn[]): ChargeColumnDef[] {
  return CHARGE_COLUMNS.filter((c) => !c.hideable || !empty.includes(c.hideable));
}
