// Number forms of the printed documents (sums: shared/money.ts formatRub; dates: shared/calendar.ts).
import type { Money } from "../../shared/money.js";

/** A volume, norm, tariff or coefficient without trailing zeros: 9.620 → "9,62". */
export function dec(value: Money | null): string {
  if (value === null) return "—";
  const [whole, frac = ""] = value.toFixed().split(".");
  const f = frac.replace(/0+$/, "");
  return `${whole!.replace("-", "\u2212")}${f ? `,${f}` : ""}`;
}
