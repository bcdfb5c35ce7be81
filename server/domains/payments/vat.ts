// НДС of receipt lines (54-ФЗ): each line's rate is its service's catalogue rate (capital repair
// contributions: «Без НДС»). The VAT a line's amount includes is amount × rate / (100 + rate),
// rounded half-up to the kopeck per line, as a fiscal register prints it (tag 1200); the
// receipt's sums per rate add the lines up.
import type { VatRate } from "../../db/generated/prisma/client.js";
import { Money, money, sumMoney } from "../../shared/money.js";

export type { VatRate };

/** In the order the receipt lists its sums per rate. */
export const VAT_RATES: Record<VatRate, { percent: number | null; label: string }> = {
  VAT22: { percent: 22, label: "НДС 22%" },
  VAT20: { percent: 20, label: "НДС 20%" },
  VAT10: { percent: 10, label: "НДС 10%" },
  VAT0: { percent: 0, label: "НДС 0%" },
  NONE: { percent: null, label: "Без НДС" },
};

const ORDER = Object.keys(VAT_RATES) as VatRate[];

/** The general rate became 22 % on 1 January 2026; a payment of a local day before it had 20 %. */
export function rateOn(rate: VatRate, localDay: string): VatRate {
  return rate === "VAT22" && localDay < "2026-01-01" ? "VAT20" : rate;
}

/** The VAT included in `amount` at `rate`, to the kopeck; null when the line is not subject to VAT. */
export function vatIncluded(amount: Money | string, rate: VatRate): Money | null {
  const percent = VAT_RATES[rate].percent;
  if (percent === null) return null;
  return money(amount)
    .mul(percent)
    .div(100 + percent)
    .toDecimalPlaces(2, Money.ROUND_HALF_UP);
}

/** The rate a printed label stands for (receipts stored before lines kept their rate). */
export function rateOfLabel(label: string): VatRate | null {
  return ORDER.find((r) => VAT_RATES[r].label === label) ?? null;
}

/**
 * A payment to one supplier whose services have different rates, split into one amount per rate
 * in proportion to the weights (what each part's services owe), kopeck-exact: the parts add up
 * to `amount`, leftover kopecks go to the largest remainders. With no positive weight the whole
 * amount takes the highest rate, so no VAT goes undeclared.
 */
export function splitByRate(amount: Money, parts: { rate: VatRate; weight: Money }[]): { rate: VatRate; amount: Money }[] {
  const rates = [...new Set(parts.map((p) => p.rate))];
  if (rates.length <= 1) return rates.length ? [{ rate: rates[0]!, amount }] : [];
  const weights = rates.map((rate) => ({ rate, weight: sumMoney(parts.filter((p) => p.rate === rate).map((p) => Money.max(p.weight, 0))) }));
  const total = sumMoney(weights.map((w) => w.weight));
  if (total.lte(0)) {
    const highest = rates.reduce((a, b) => ((VAT_RATES[b].percent ?? -1) > (VAT_RATES[a].percent ?? -1) ? b : a));
    return [{ rate: highest, amount }];
  }
  const kopecks = amount.mul(100);
  const shares = weights.map((w) => {
    const exact = kopecks.mul(w.weight).div(total);
    return { rate: w.rate, kopecks: exact.floor(), rest: exact.minus(exact.floor()) };
  });
  let left = kopecks.minus(sumMoney(shares.map((s) => s.kopecks))).toNumber();
  for (const s of [...shares].sort((a, b) => b.rest.comparedTo(a.rest))) {
    if (left <= 0) break;
    s.kopecks = s.kopecks.plus(1);
    left -= 1;
  }
  return shares.filter((s) => s.kopecks.gt(0)).map((s) => ({ rate: s.rate, amount: s.kopecks.div(100) }));
}

export interface VatTotal {
  rate: VatRate;
  label: string;
  /** The lines' sum at this rate. */
  amount: Money;
  /** The VAT those lines include; null for «Без НДС». */
  vatAmount: Money | null;
}

/** The receipt's sums per rate (tags 1102–1107), in the order of VAT_RATES. */
export function vatTotals(lines: { vatRate: VatRate; amount: string; vatAmount: string | null }[]): VatTotal[] {
  return ORDER.filter((rate) => lines.some((l) => l.vatRate === rate)).map((rate) => {
    const at = lines.filter((l) => l.vatRate === rate);
    return {
      rate,
      label: VAT_RATES[rate].label,
      amount: sumMoney(at.map((l) => l.amount)),
      vatAmount: VAT_RATES[rate].percent === null ? null : sumMoney(at.map((l) => l.vatAmount ?? vatIncluded(l.amount, rate)!)),
    };
  });
}
