// «Начисления» (6.3): an account's charges per service and month for a range «с» / «по»,
// monthly totals for the chart, and which columns hold nothing but zeros (those may hide).
import type { ChargeMethod, PrismaClient, Supplier, TariffZone } from "../../db/generated/prisma/client.js";
import type { Money } from "../../shared/money.js";
import { lineName, sortCharges, totalsOf, type Totals } from "./lines.js";
import { checkMonthRange } from "../../shared/month-range.js";
import { addMonths } from "../../shared/calendar.js";

export interface ChargeLine {
  service: string;
  serviceCode: string;
  zone: TariffZone;
  supplier: string;
  supplierDetails: Supplier;
  lossesPercent: Money | null;
  transformationRatio: Money | null;
  openingBalance: Money;
  method: ChargeMethod;
  norm: Money | null;
  volume: Money | null;
  unit: string;
  tariff: Money | null;
  charged: Money;
  paid: Money;
  recalculation: Money;
  penalty: Money;
  closingBalance: Money;
  /** What the close computed it from (charge-inputs.ts); null for lines closed before it was kept. */
  inputs: unknown;
}

export interface ChargeMonth {
  period: Date;
  lines: ChargeLine[];
  totals: Totals;
}

/** The table's columns that can be empty; service, supplier and method always show. */
export const CHARGE_COLUMNS = [
  "LOSSES_PERCENT",
  "TRANSFORMATION_RATIO",
  "OPENING_BALANCE",
  "NORM",
  "VOLUME",
  "TARIFF",
  "CHARGED",
  "PAID",
  "RECALCULATION",
  "PENALTY",
  "CLOSING_BALANCE",
] as const;
export type ChargeColumn = (typeof CHARGE_COLUMNS)[number];

const VALUE: Record<ChargeColumn, (l: ChargeLine) => Money | null> = {
  LOSSES_PERCENT: (l) => l.lossesPercent,
  TRANSFORMATION_RATIO: (l) => l.transformationRatio,
  OPENING_BALANCE: (l) => l.openingBalance,
  NORM: (l) => l.norm,
  VOLUME: (l) => l.volume,
  TARIFF: (l) => l.tariff,
  CHARGED: (l) => l.charged,
  PAID: (l) => l.paid,
  RECALCULATION: (l) => l.recalculation,
  PENALTY: (l) => l.penalty,
  CLOSING_BALANCE: (l) => l.closingBalance,
};

export interface ChargeHistory {
  from: Date;
  to: Date;
  /** Newest month first; months without charges are there with no lines. */
  months: ChargeMonth[];
  /** Columns whose every value in the range is zero or empty. */
  emptyColumns: ChargeColumn[];
}

export async function chargeHistory(db: PrismaClient, accountId: number, from: Date, to: Date): Promise<ChargeHistory> {
  const span = checkMonthRange(from, to);
  const rows = await db.charge.findMany({
    where: { accountId, period: { gte: from, lte: to } },
    include: { service: { select: { id: true, name: true, code: true, unit: true, sortOrder: true } }, supplier: true },
  });
  const months: ChargeMonth[] = [];
  for (let i = span; i >= 0; i--) {
    const period = addMonths(from, i);
    const own = sortCharges(rows.filter((r) => r.period.getTime() === period.getTime()));
    const lines = own.map<ChargeLine>((c) => ({
      service: lineName(
        c.service.name,
        c.zone,
        own.some((o) => o.serviceId === c.serviceId && o.zone !== "ALL_DAY"),
      ),
      serviceCode: c.service.code,
      zone: c.zone,
      supplier: c.supplier.name,
      supplierDetails: c.supplier,
      lossesPercent: c.lossesPercent,
      transformationRatio: c.transformationRatio,
      openingBalance: c.openingBalance,
      method: c.method,
      norm: c.norm,
      volume: c.volume,
      unit: c.service.unit,
      tariff: c.tariff,
      charged: c.charged,
      paid: c.paid,
      recalculation: c.recalculation,
      penalty: c.penalty,
      closingBalance: c.closingBalance,
      inputs: c.inputs,
    }));
    months.push({
      period,
      lines,
      totals: totalsOf(
        lines.map((l) => ({
          opening: l.openingBalance,
          charged: l.charged,
          paid: l.paid,
          recalculation: l.recalculation,
          penalty: l.penalty,
          closing: l.closingBalance,
        })),
      ),
    });
  }
  const all = months.flatMap((m) => m.lines);
  const emptyColumns = CHARGE_COLUMNS.filter((c) =>
    all.every((l) => {
      const v = VALUE[c](l);
      return v === null || v.isZero();
    }),
  );
  return { from, to, months, emptyColumns };
}
