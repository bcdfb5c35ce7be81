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
