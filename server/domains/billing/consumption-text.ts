// The plain sentences of «Потребление в сравнении» (billing/consumption.ts): «На 12 % больше,
// чем в ноябре 2025», «На 8 % меньше норматива (200 кВт.ч)», and what is said instead when a month
// was billed by the norm — never a comparison with a figure nobody measured.
import { monthName, periodName } from "../../shared/calendar.js";
import type { Money } from "../../shared/money.js";
import type { ConsumptionPoint, ObjectNorm } from "./consumption.js";

const NBSP = "\u00a0";

/** (current − reference) / reference in whole percent, half away from zero; null when the reference is zero. */
export function percentChange(current: Money, reference: Money): number | null {
  if (reference.isZero()) return null;
  return current.minus(reference).dividedBy(reference).times(100).toDecimalPlaces(0, 4 /* ROUND_HALF_UP */).toNumber();
}

/** 1234.500 → «1 234,5»: no trailing zeros, a decimal comma, thousands apart. */
export function ruNumber(v: Money): string {
  const [whole, frac] = v.toFixed().split(".");
  const grouped = whole!.replace(/\B(?=(\d{3})+(?!\d))/g, NBSP);
  return frac ? `${grouped},${frac}` : grouped;
}

/** «в ноябре 2025» */
const inMonth = (p: Date) => `в ${monthName(p, "prepositional")} ${p.getUTCFullYear()}`;
/** «За ноябрь 2025» */
const forMonth = (p: Date) => `За ${periodName(p)}`;

const NOT_MEASURED: Record<"NORM" | "AVERAGE", string> = { NORM: "по нормативу", AVERAGE: "по среднему" };

function side(basis: ConsumptionPoint["basis"]): "missing" | "unmeasured" | "catchUp" | "measured" {
  if (basis === null) return "missing";
  if (basis === "NORM" || basis === "AVERAGE") return "unmeasured";
  if (basis === "CATCH_UP") return "catchUp";
  return "measured";
}

/**
 * The month against the same month a year before. `open`: the month is not closed yet;
 * `meterless`: the service has no active meter (the close bills it by the norm).
 */
export function yearAgoSentence(
  current: ConsumptionPoint,
  yearAgo: ConsumptionPoint,
  month: { open: boolean; meterless: boolean },
  change: number | null,
): string {
  switch (side(current.basis)) {
    case "missing":
      if (!month.open) return `${forMonth(current.period)} начислений по услуге нет`;
      if (month.meterless) return `Прибора учета нет: ${periodName(current.period)} будет начислен по нормативу — с прошлым годом не сравниваем`;
      return `Показания за ${periodName(current.period)} еще не переданы — сравнивать пока нечего`;
    case "unmeasured":
      return `${forMonth(current.period)} начислено ${NOT_MEASURED[current.basis as "NORM"]}, а не по показаниям — с прошлым годом не сравниваем`;
    case "catchUp":
      return `Объем за ${periodName(current.period)} включает месяцы, начисленные по нормативу, — с прошлым годом не сравниваем`;
  }
  switch (side(yearAgo.basis)) {
    case "missing":
      return `${forMonth(yearAgo.period)} данных нет — сравнить не с чем`;
    case "unmeasured":
      return `${forMonth(yearAgo.period)} начислено ${NOT_MEASURED[yearAgo.basis as "NORM"]}, а не по показаниям — сравнить не с чем`;
    case "catchUp":
      return `Объем за ${periodName(yearAgo.period)} включал месяцы, начисленные по нормативу, — сравнить не с чем`;
  }
  if (change === null)
    return current.volume!.isZero()
      ? `Потребления не было, как и ${inMonth(yearAgo.period)}`
      : `Больше, чем ${inMonth(yearAgo.period)}: тогда потребления не было`;
  if (change === 0) return `Столько же, сколько ${inMonth(yearAgo.period)}`;
  return `На ${Math.abs(change)}${NBSP}% ${change > 0 ? "больше" : "меньше"}, чем ${inMonth(yearAgo.period)}`;
}

/** The month against the object's norm; null when the service has no norm. */
export function normSentence(current: ConsumptionPoint, norm: ObjectNorm | null, unit: string, change: number | null): string | null {
  if (!norm) return null;
  const normVolume = `${ruNumber(norm.volume)} ${unit}`;
  if (current.basis === "NORM") return `Начислено по нормативу: ${normVolume}`;
  if (side(current.basis) !== "measured") return `Норматив для объекта: ${normVolume} в месяц`;
  if (change === null) return `Норматив для объекта: ${normVolume} в месяц`;
  if (change === 0) return `Равно нормативу (${normVolume})`;
  return `На ${Math.abs(change)}${NBSP}% ${change > 0 ? "больше" : "меньше"} норматива (${normVolume})`;
}
