// «Почему такая сумма»: a charge line's arithmetic in the customer's words, from the inputs the
// close kept (charge-inputs.ts). Steps go from «К оплате на начало» to «К оплате на конец»:
// opening + charged + recalculation + penalty − paid, each with its numbers, so the steps' values
// add up to the line's closing balance to the kopeck (exact decimals throughout). Whatever the
// inputs do not hold, or do not reproduce the line's figure, is said as «нет данных» and never
// made up: the values are always the line's own.
import type { ChargeMethod, TariffZone } from "../../db/generated/prisma/client.js";
import { Money, formatRub, money, sumMoney } from "../../shared/money.js";
import { dateValue, periodName, ruDate } from "../../shared/calendar.js";
import { ZONE_LABEL } from "../accounts/tariffs.js";
import { parseChargeInputs, type ChargeInputs, type ReadingInput } from "./charge-inputs.js";

export interface ExplanationStep {
  label: string;
  formula: string;
  value: Money;
}

export interface Explanation {
  steps: ExplanationStep[];
  /** The line's «К оплате на конец»: the sum of the steps' values. */
  total: Money;
}

/** What of a charge line the explanation reads. */
export interface ExplainableLine {
  /** The line's name as the table shows it, e.g. «Электроэнергия (день)». */
  service: string;
  serviceCode: string;
  zone: TariffZone;
  unit: string;
  method: ChargeMethod;
  norm: Money | null;
  volume: Money | null;
  tariff: Money | null;
  lossesPercent: Money | null;
  transformationRatio: Money | null;
  openingBalance: Money;
  charged: Money;
  paid: Money;
  recalculation: Money;
  penalty: Money;
  closingBalance: Money;
  inputs: unknown;
}

const NO_DATA = "нет данных";
const NBSP = "\u00a0";
const MINUS = "\u2212";

/** 27417.000 → «27 417», 4.8100 → «4,81», −3 → «−3»: grouped thousands, a decimal comma. */
export function num(value: Money | string): string {
  const [whole, frac = ""] = money(value).toFixed().split(".");
  const f = frac.replace(/0+$/, "");
  const negative = whole!.startsWith("-");
  const digits = whole!.replace("-", "").replace(/\B(?=(\d{3})+(?!\d))/g, NBSP);
  return `${negative ? MINUS : ""}${digits}${f ? `,${f}` : ""}`;
}

const rub = (v: Money) => formatRub(v, { unit: "р." });
/** "2026-09-20T05:00:00" (UTC, as PostgreSQL writes a timestamp) → the instant. */
const instant = (s: string) => new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(s) ? s : `${s}Z`);

const SOURCE: Record<string, string> = {
  WEB: "личный кабинет",
  MOBILE_APP: "мобильное приложение",
  PARTNER: "АСКУЭ",
  OFFICE: "клиентский офис",
  CONTROL_ROUND: "контрольный обход",
  CONTROL_CORRECTION: "корректировка по заявлению",
  REMOVAL: "при демонтаже прибора",
  API_TOKEN: "приложение клиента",
};

export function explainCharge(line: ExplainableLine, timeZone: string): Explanation {
  const inputs = parseChargeInputs(line.inputs);
  const steps: ExplanationStep[] = [];

  if (!line.openingBalance.isZero()) {
    steps.push({
      label: "К оплате на начало месяца",
      formula: line.openingBalance.gt(0)
        ? `Долг на начало месяца: ${rub(line.openingBalance)}`
        : `Переплата на начало месяца: ${rub(line.openingBalance.neg())} — уменьшает сумму к оплате`,
      value: line.openingBalance,
    });
  }
  if (line.volume !== null || !line.charged.isZero()) steps.push(chargedStep(line, inputs, timeZone));
  if (!line.recalculation.isZero()) steps.push(recalculationStep(line, inputs));
  if (!line.penalty.isZero()) steps.push(penaltyStep(line, inputs));
  if (!line.paid.isZero()) steps.push(paidStep(line, inputs, timeZone));

  return { steps, total: sumMoney(steps.map((s) => s.value)) };
}

const LABEL: Record<ChargeMethod, string> = {
  METER: "Начислено по прибору учета",
  NORM: "Начислено по нормативу",
  AVERAGE: "Начислено по среднему",
  FIXED: "Начислено (фиксированный размер платы)",
};

function chargedStep(line: ExplainableLine, inputs: ChargeInputs | null, timeZone: string): ExplanationStep {
  const parts: string[] = [];
  const zone = line.zone === "ALL_DAY" ? "" : ` (${ZONE_LABEL[line.zone]})`;
  const volume = line.volume;
  if (volume !== null) {
    if (line.method === "METER") parts.push(...meterVolume(line, inputs, timeZone, zone));
    else if (line.method === "NORM") parts.push(normVolume(line, inputs));
    else if (line.method === "FIXED") parts.push(fixedVolume(line, inputs));
    else parts.push(`Объем: ${num(volume)} ${line.unit}${zone} (по среднему; расчет объема: ${NO_DATA})`);
  }
  if (line.tariff !== null) parts.push(tariffText(line, inputs));
  if (volume !== null && line.tariff !== null) {
    const exact = volume.mul(line.tariff);
    const rounded = exact.toDecimalPlaces(2, Money.ROUND_HALF_UP);
    if (rounded.eq(line.charged)) {
      parts.push(`${num(volume)} × ${num(line.tariff)} = ${exact.eq(rounded) ? rub(rounded) : `${num(exact)} ≈ ${rub(rounded)}`}`);
    } else {
      parts.push(`Начислено: ${rub(line.charged)} (${num(volume)} × ${num(line.tariff)} = ${num(exact)}; расчет суммы: ${NO_DATA})`);
    }
  } else {
    parts.push(`Начислено: ${rub(line.charged)}`);
  }
  return { label: LABEL[line.method], formula: parts.join(" · "), value: line.charged };
}

function meterVolume(line: ExplainableLine, inputs: ChargeInputs | null, timeZone: string, zone: string): string[] {
  const volume = line.volume!;
  const readings = (inputs?.readings ?? []).filter((r): r is ReadingInput & { prev: string; cur: string } => r.prev !== undefined && r.cur !== undefined);
  const ratio = line.transformationRatio && !line.transformationRatio.eq(1) ? line.transformationRatio : null;
  const losses = line.lossesPercent && !line.lossesPercent.isZero() ? line.lossesPercent : null;
  if (readings.length && readings.length === inputs!.readings!.length) {
    const delta = sumMoney(readings.map((r) => money(r.cur).sub(r.prev)));
    let v = delta;
    if (ratio) v = v.mul(ratio);
    if (losses) v = v.mul(money(1).add(losses.div(100)));
    if (v.toDecimalPlaces(3, Money.ROUND_HALF_UP).eq(volume)) {
      const diff = (r: { prev: string; cur: string }) => `${num(r.cur)} − ${num(r.prev)}`;
      const sum = readings.length === 1 ? diff(readings[0]!) : readings.map((r) => `(${diff(r)})`).join(" + ");
      let text = `Объем: ${sum} = ${num(delta)} ${line.unit}${zone}`;
      if (ratio) text += ` × коэф. трансформации ${num(ratio)}`;
      if (losses) text += ` × (1 + ${num(losses)} % потерь)`;
      if (ratio || losses) text += ` = ${num(volume)} ${line.unit}`;
      const when = readings.map(
        (r) =>
          `прибор № ${r.meter}: ${readingWhen(r.cur, r.curAt, r.curSource, timeZone)}, предыдущее ${readingWhen(r.prev, r.prevAt, r.prevSource, timeZone, r.prevPeriod)}`,
      );
      return [text, `Показания: ${when.join("; ")}`];
    }
  }
  return [`Объем: ${num(volume)} ${line.unit}${zone} (показания: ${NO_DATA})`];
}

function readingWhen(value: string, at: string | undefined, source: string | undefined, timeZone: string, period?: string): string {
  const bits = [
    at ? `от ${ruDate(instant(at), timeZone)}` : null,
    period ? `за ${periodName(dateValue(period.slice(0, 10)))}` : null,
    source ? (SOURCE[source] ?? source) : null,
  ];
  return `${num(value)} (${bits.filter(Boolean).join(", ") || NO_DATA})`;
}

function baseText(basis: string | undefined, base: Money): string {
  if (basis === "PER_RESIDENT") return `${num(base)} чел.`;
  if (basis === "PER_AREA") return `${num(base)} м²`;
  return num(base);
}

function normVolume(line: ExplainableLine, inputs: ChargeInputs | null): string {
  const volume = line.volume!;
  const norm = line.norm;
  const nb = inputs?.normBase;
  const why = nb?.meters === undefined ? `причина: ${NO_DATA}` : nb.meters === 0 ? "прибор учета не установлен" : "показания не переданы";
  if (!norm) return `По нормативу: ${num(volume)} ${line.unit} (норматив: ${NO_DATA}), ${why}`;
  let base = nb?.base !== undefined ? money(nb.base) : null;
  // Lines closed before the inputs were kept: the base is what the volume says, when exact.
  if (!base && !norm.isZero()) {
    const b = volume.div(norm);
    if (b.eq(b.toDecimalPlaces(3))) base = b;
  }
  if (!base || !norm.mul(base).toDecimalPlaces(3).eq(volume))
    return `По нормативу: ${num(norm)} ${line.unit} × (${NO_DATA}) = ${num(volume)} ${line.unit}, ${why}`;
  return `По нормативу: ${baseText(nb?.basis, base)} × ${num(norm)} ${line.unit} = ${num(volume)} ${line.unit}, ${why}`;
}

function fixedVolume(line: ExplainableLine, inputs: ChargeInputs | null): string {
  const volume = line.volume!;
  const nb = inputs?.normBase;
  if (nb?.quantity !== undefined && nb.base !== undefined && !money(nb.quantity).eq(1)) {
    return `Объем: ${num(nb.quantity)} × ${baseText(nb.basis, money(nb.base))} = ${num(volume)} ${line.unit}`;
  }
  return `Объем: ${num(volume)} ${line.unit}`;
}

function tariffText(line: ExplainableLine, inputs: ChargeInputs | null): string {
  const t = inputs?.tariff;
  const zone = t?.zone && t.zone !== "ALL_DAY" && t.zone in ZONE_LABEL ? ` (${ZONE_LABEL[t.zone as TariffZone]})` : "";
  const head = `Тариф ${num(line.tariff!)} р. за ${line.unit}${zone}`;
  if (!t?.from || !money(t.rate).eq(line.tariff!)) return `${head} (срок действия: ${NO_DATA})`;
  return `${head}, действует с ${ruDate(dateValue(t.from.slice(0, 10)))}${t.to ? ` по ${ruDate(dateValue(t.to.slice(0, 10)))}` : ""}`;
}

function recalculationStep(line: ExplainableLine, inputs: ChargeInputs | null): ExplanationStep {
  const r = inputs?.recalculation;
  const months = r?.months ?? [];
  if (
    r?.reason === "NORM_REVERSED" &&
    months.length &&
    sumMoney(months.map((m) => m.amount))
      .neg()
      .eq(line.recalculation)
  ) {
    const list = months.map((m) => `${periodName(dateValue(m.period.slice(0, 10)))} — ${rub(money(m.amount))}`).join(", ");
    const since = r.since ? ` с показания за ${periodName(dateValue(r.since.slice(0, 10)))}` : "";
    return {
      label: "Перерасчет",
      formula: `Начисления по нормативу за ${list} сняты: объем по прибору учета${since} начислен в этом месяце полностью (п. 61 Правил № 354) · ${MINUS}${months.map((m) => formatRub(m.amount, { unit: null })).join(` ${MINUS} `)} = ${rub(line.recalculation)}`,
      value: line.recalculation,
    };
  }
  return { label: "Перерасчет", formula: `Перерасчет: ${rub(line.recalculation)} (причина и период: ${NO_DATA})`, value: line.recalculation };
}

function penaltyStep(line: ExplainableLine, inputs: ChargeInputs | null): ExplanationStep {
  const p = inputs?.penalty;
  if (p) {
    const base = money(p.base);
    const rate = money(p.rate);
    const exact = base.mul(rate).mul(p.days).div(300);
    const rounded = exact.toDecimalPlaces(2, Money.ROUND_HALF_UP);
    if (rounded.eq(line.penalty)) {
      const unpaid =
        p.unpaidPenalty && !money(p.unpaidPenalty).isZero()
          ? ` (просроченный долг ${rub(money(p.overdue))} без неоплаченных пеней ${rub(money(p.unpaidPenalty))})`
          : "";
      return {
        label: "Пени",
        formula: `Пени: ${rub(base)} × ${p.days} дн. × 1/300 × ${num(rate.mul(100))} % = ${rub(rounded)}${unpaid}`,
        value: line.penalty,
      };
    }
  }
  return { label: "Пени", formula: `Пени: ${rub(line.penalty)} (расчет: ${NO_DATA})`, value: line.penalty };
}

function paidStep(line: ExplainableLine, inputs: ChargeInputs | null, timeZone: string): ExplanationStep {
  const list = inputs?.payments?.list ?? [];
  const total = inputs?.payments?.supplierTotal ? money(inputs.payments.supplierTotal) : sumMoney(list.map((p) => p.amount));
  const value = line.paid.neg();
  if (!list.length) return { label: "Оплачено", formula: `Оплачено: ${rub(line.paid)} (платежи: ${NO_DATA})`, value };
  const payments = list.map((p) => `${ruDate(instant(p.at), timeZone)} — ${rub(money(p.amount))}`).join(", ");
  const share = total.eq(line.paid) ? "" : ` · в счет этой строки ${rub(line.paid)} из ${rub(total)} (сначала долг, затем начисления месяца по порядку услуг)`;
  return { label: "Оплачено", formula: `Оплачено: ${payments}${share}`, value };
}
