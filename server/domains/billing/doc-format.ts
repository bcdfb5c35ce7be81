// Number and date forms of the printed documents (the web client formats the same way).
import type { Money } from "../../shared/money.js";

const NBSP = "\u00a0";

/** 6504.3 → "6 504,30"; negatives with a minus sign (overpayment). */
export function rub(value: Money): string {
  const fixed = value.toFixed(2);
  const negative = fixed.startsWith("-") && !/^-0\.00$/.test(fixed);
  const [whole, kop] = fixed.replace("-", "").split(".");
  return `${negative ? "\u2212" : ""}${whole!.replace(/\B(?=(\d{3})+(?!\d))/g, NBSP)},${kop}`;
}

/** A volume, norm, tariff or coefficient without trailing zeros: 9.620 → "9,62". */
export function dec(value: Money | null): string {
  if (value === null) return "—";
  const [whole, frac = ""] = value.toFixed().split(".");
  const f = frac.replace(/0+$/, "");
  return `${whole!.replace("-", "\u2212")}${f ? `,${f}` : ""}`;
}
