// Consumption compared (issue 18): per service, a month's volume against the same month a year
// before and against the object's norm, with the thirteen months between for the chart.
// A closed month's volume is what its close billed; the open month's (before its close) is read
// from the readings submitted so far, as the close will read them. A month billed by the norm
// (or by the average) is not a measurement: it is marked and nothing is compared with it; nor is
// a metered month that follows norm months, whose volume covers them too (close-sql.ts recalculation).
import type { ChargeMethod, NormBasis, PrismaClient, TariffZone } from "../../db/generated/prisma/client.js";
import { addMonths, periodOf } from "../../shared/calendar.js";
import { money, sumMoney, type Money } from "../../shared/money.js";
import { pickNorm } from "../readings/preliminary.js";
import { normsInForce } from "./norm-table.js";
import { percentChange, normSentence, yearAgoSentence } from "./consumption-text.js";

/**
 * How a month's volume was found: METER by the meters (billed), SUBMITTED by the readings sent
 * for the open month (not billed yet), NORM / AVERAGE billed without readings, CATCH_UP metered
 * after norm months (the volume covers those months as well).
 */
export type ConsumptionBasis = "METER" | "SUBMITTED" | "NORM" | "AVERAGE" | "CATCH_UP";
export const MEASURED: ReadonlySet<ConsumptionBasis> = new Set(["METER", "SUBMITTED"]);

export interface ConsumptionPoint {
  period: Date;
  /** Null: nothing billed or submitted that month. */
  volume: Money | null;
  basis: ConsumptionBasis | null;
}

export interface ObjectNorm {
  /** The norm per resident, m² or object, and what it is multiplied by. */
  value: Money;
  base: Money;
  basis: NormBasis;
  /** value × base: the month's consumption by the norm. */
  volume: Money;
}

export interface ServiceConsumption {
  serviceCode: string;
  service: string;
  unit: string;
  current: ConsumptionPoint;
  yearAgo: ConsumptionPoint;
  /** From the same month a year before to the month itself: 13 points, oldest first. */
  months: ConsumptionPoint[];
  norm: ObjectNorm | null;
  /** Whole percent, null when either side is not a measurement (or the year-ago one is zero). */
  changeFromYearAgo: number | null;
  changeFromNorm: number | null;
  yearAgoText: string;
  normText: string | null;
}

export interface ConsumptionComparison {
  period: Date;
  yearAgo: Date;
  services: ServiceConsumption[];
}

const WATER = new Set(["COLD_WATER", "HOT_WATER"]);
const NOT_CONSUMPTION = new Set(["SOLID_WASTE", "CAPITAL_REPAIR"]); // fixed charges: nothing consumed

interface Line {
  serviceId: number;
  period: Date;
  method: ChargeMethod;
  volume: Money | null;
  norm: Money | null;
}

/** The basis of a billed month from its lines (and whether the month before was billed by the norm). */
function billedPoint(period: Date, lines: Line[], before: Line[]): ConsumptionPoint {
  const priced = lines.filter((l) => l.volume !== null);
  if (!priced.length) return { period, volume: null, basis: null };
  const volume = sumMoney(priced.map((l) => l.volume!));
  if (priced.some((l) => l.method === "NORM")) return { period, volume, basis: "NORM" };
  if (priced.some((l) => l.method === "AVERAGE")) return { period, volume, basis: "AVERAGE" };
  const afterNorm = before.some((l) => l.method === "NORM" || l.method === "AVERAGE");
  return { period, volume, basis: afterNorm ? "CATCH_UP" : "METER" };
}

export async function consumptionComparison(
  db: PrismaClient,
  accountId: number,
  period: Date,
  opts: { now: Date; timezone: string },
): Promise<ConsumptionComparison> {
  const yearAgo = addMonths(period, -12);
  const open = period.getTime() === periodOf(opts.now, opts.timezone).getTime();
  const account = await db.account.findUniqueOrThrow({
    where: { id: accountId },
    select: { residents: true, rooms: true, stoveType: true, totalArea: true },
  });
  // The month before the year-ago one too: it tells whether that one caught up after the norm.
  const charges = await db.charge.findMany({
    where: { accountId, period: { gte: addMonths(yearAgo, -1), lte: period }, method: { not: "FIXED" } },
    select: { serviceId: true, period: true, method: true, volume: true, norm: true },
  });
  const { volumes: submitted, meterless } =
    open && !charges.some((c) => c.period.getTime() === period.getTime())
      ? await submittedVolumes(db, accountId, period)
      : { volumes: new Map<number, Money>(), meterless: new Set<number>() };
  const serviceIds = [...new Set([...charges.map((c) => c.serviceId), ...submitted.keys()])];
  const services = await db.service.findMany({
    where: { id: { in: serviceIds }, resource: { notIn: [...NOT_CONSUMPTION] as never } },
    include: { norms: true },
    orderBy: [{ sortOrder: "asc" }, { id: "asc" }],
  });

  return {
    period,
    yearAgo,
    services: services.map((s) => {
      const own = charges.filter((c) => c.serviceId === s.id);
      const linesOf = (p: Date) => own.filter((c) => c.period.getTime() === p.getTime());
      const months = Array.from({ length: 13 }, (_, i): ConsumptionPoint => {
        const p = addMonths(yearAgo, i);
        const lines = linesOf(p);
        if (!lines.length && i === 12 && submitted.has(s.id)) return { period: p, volume: submitted.get(s.id)!, basis: "SUBMITTED" };
        return billedPoint(p, lines, linesOf(addMonths(p, -1)));
      });
      const current = months[12]!;
      const before = months[0]!;
      const norm = objectNorm(s, account, period, linesOf(period));
      const measured = (p: ConsumptionPoint) => p.basis !== null && MEASURED.has(p.basis);
      const changeFromYearAgo = measured(current) && measured(before) ? percentChange(current.volume!, before.volume!) : null;
      const changeFromNorm = measured(current) && norm ? percentChange(current.volume!, norm.volume) : null;
      return {
        serviceCode: s.code,
        service: s.name,
        unit: s.unit,
        current,
        yearAgo: before,
        months,
        norm,
        changeFromYearAgo,
        changeFromNorm,
        yearAgoText: yearAgoSentence(current, before, { open, meterless: meterless.has(s.id) }, changeFromYearAgo),
        normText: normSentence(current, norm, s.unit, changeFromNorm),
      };
    }),
  };
}

/**
 * The norm of the object for the month: the one billed when the month went by the norm, else the
 * norm in force on its first day for these rooms, residents and stove, × residents or m².
 */
function objectNorm(
  s: { normBasis: NormBasis; norms: Parameters<typeof normsInForce>[0] },
  account: { residents: number; rooms: number | null; stoveType: string | null; totalArea: Money | null },
  period: Date,
  lines: Line[],
): ObjectNorm | null {
  const base = s.normBasis === "PER_AREA" ? money(account.totalArea ?? 0) : s.normBasis === "PER_RESIDENT" ? money(account.residents) : money(1);
  const billed = lines.find((l) => l.method === "NORM" && l.norm !== null);
  const value = billed?.norm ?? pickNorm(normsInForce(s.norms, period), account)?.value;
  if (!value) return null;
  return { value, base, basis: s.normBasis, volume: billed?.volume ?? value.times(base).toDecimalPlaces(3, 4) };
}

/**
 * The open month's volume per service from the readings submitted for it: for every active meter
 * of the service and each of its zones, the month's latest reading minus the last accepted one
 * before it, × transformation ratio × (1 + losses %), as the close computes it; sewerage follows
 * the water meters. A service some meter of which has no reading yet has no volume; one without
 * an active meter is `meterless` (the close will bill it by the norm).
 */
async function submittedVolumes(db: PrismaClient, accountId: number, period: Date): Promise<{ volumes: Map<number, Money>; meterless: Set<number> }> {
  const [links, meters] = await Promise.all([
    db.accountService.findMany({ where: { accountId }, include: { service: { select: { id: true, resource: true } } } }),
    db.meter.findMany({
      where: { accountId, status: "ACTIVE", removedAt: null },
      include: {
        readings: {
          where: {
            OR: [
              { period, status: { in: ["SUBMITTED", "ACCEPTED"] } },
              { period: { lt: period }, status: "ACCEPTED" },
            ],
          },
          orderBy: [{ period: "desc" }, { submittedAt: "desc" }, { id: "desc" }],
        },
      },
    }),
  ]);
  const volumes = new Map<number, Money>();
  const meterless = new Set<number>();
  for (const link of links) {
    const measuring = meters.filter((m) => m.serviceId === link.serviceId || (link.service.resource === "WASTEWATER" && WATER.has(m.resource)));
    if (!measuring.length) {
      meterless.add(link.serviceId);
      continue;
    }
    const deltas: Money[] = [];
    for (const m of measuring) {
      const zones: TariffZone[] = m.zones.length ? m.zones : ["ALL_DAY"];
      for (const zone of zones) {
        const current = m.readings.find((r) => r.zone === zone && r.period.getTime() === period.getTime());
        const previous = m.readings.find((r) => r.zone === zone && r.period < period);
        if (!current || !previous) break;
        deltas.push(current.value.minus(previous.value));
      }
    }
    const expected = measuring.reduce((n, m) => n + Math.max(m.zones.length, 1), 0);
    if (deltas.length !== expected) continue;
    const ratio = link.transformationRatio ?? money(1);
    const losses = link.lossesPercent ?? money(0);
    volumes.set(link.serviceId, sumMoney(deltas).times(ratio).times(losses.dividedBy(100).plus(1)).toDecimalPlaces(3, 4));
  }
  return { volumes, meterless };
}
