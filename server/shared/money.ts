// One money type: Prisma's Decimal (decimal.js). Amounts travel as strings "1234.50".
import { Prisma } from "../db/generated/prisma/client.js";

export type Money = Prisma.Decimal;
export const Money = Prisma.Decimal;

export const MONEY_PATTERN = /^-?\d{1,12}(\.\d{1,2})?$/;

export function money(value: string | number | Prisma.Decimal): Money {
  return new Prisma.Decimal(value);
}

/** Exact string with two decimals: "1234.50". */
export function formatMoney(value: Prisma.Decimal | string | number): string {
  return new Prisma.Decimal(value).toFixed(2);
}

export function sumMoney(values: Iterable<Prisma.Decimal | string | number>): Money {
  let total = new Prisma.Decimal(0);
  for (const v of values) total = total.plus(v);
  return total;
}

/** Whole kopecks of an amount, exactly ("6504.30" → 650430); null when it has a fraction of a kopeck. */
export function toKopecks(value: Prisma.Decimal | string | number): number | null {
  const k = new Prisma.Decimal(value).times(100);
  return k.isInteger() ? k.toNumber() : null;
}

export function fromKopecks(kopecks: number): Money {
  return new Prisma.Decimal(kopecks).dividedBy(100);
}

const NBSP = "\u00a0";
const MINUS = "\u2212";

export interface RubOptions {
  /**
   * After the figure: "₽" (the default, the UI's form), "р." (the manual's texts: headers,
   * messages, receipts — figure 21) or null (a document's table cell under a «руб.» heading).
   */
  unit?: "₽" | "р." | null;
}

/** 1234.5 → "1 234,50 ₽": thousands apart by no-break spaces, a decimal comma, a true minus sign. */
export function formatRub(value: Prisma.Decimal | string | number, o: RubOptions = {}): string {
  const fixed = new Prisma.Decimal(value).toFixed(2);
  const negative = fixed.startsWith("-") && fixed !== "-0.00";
  const [whole, kop] = fixed.replace("-", "").split(".");
  const unit = o.unit === undefined ? "₽" : o.unit;
  return `${negative ? MINUS : ""}${whole!.replace(/\B(?=(\d{3})+(?!\d))/g, NBSP)},${kop}${unit ? NBSP + unit : ""}`;
}
