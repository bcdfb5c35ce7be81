// Sums of «Оплата услуг» on the client: typed roubles to exact kopecks (BigInt) and back, so
// totals never meet a float.
import { parseRubles } from "../../lib/format";

export const AMOUNT_MSG = {
  format: "Введите сумму в рублях, например 1500 или 1500,50.",
  none: "Укажите сумму оплаты хотя бы по одному поставщику",
} as const;

/** An API decimal ("1234.50", "-3.1") as kopecks. */
export function toKopecks(decimal: string): bigint {
  const m = /^(-?)(\d+)(?:\.(\d{1,2}))?$/.exec(decimal.trim());
  if (!m) throw new Error(`not a money decimal: ${decimal}`);
  const k = BigInt(m[2]!) * 100n + BigInt((m[3] ?? "").padEnd(2, "0"));
  return m[1] ? -k : k;
}

/** Kopecks as an API decimal: 123450n -> "1234.50". */
export function fromKopecks(k: bigint): string {
  const negative = k < 0n;
  const abs = negative ? -k : k;
  return `${negative ? "-" : ""}${abs / 100n}.${String(abs % 100n).padStart(2, "0")}`;
}

/** An empty field counts as 0 (the supplier is left out); anything else must be roubles and kopecks. */
export function typedAmount(value: string): string | null {
  return value.trim() === "" ? "0.00" : parseRubles(value);
}

/**
 * The lines to pay and their total: typed sums per key, exact. `invalid` lists the keys whose sum
 * is not an amount; zero lines are kept (the server leaves them out) but do not count.
 */
export function totalOf<K>(lines: { key: K; typed: string }[]): { total: string; invalid: K[]; positive: number } {
  let sum = 0n;
  let positive = 0;
  const invalid: K[] = [];
  for (const line of lines) {
    const amount = typedAmount(line.typed);
    if (amount === null) invalid.push(line.key);
    else {
      const k = toKopecks(amount);
      sum += k;
      if (k > 0n) positive += 1;
    }
  }
  return { total: fromKopecks(sum), invalid, positive };
}
