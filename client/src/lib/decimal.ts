// Exact decimal arithmetic for meter readings. A reading is what the meter's display shows
// ("2640", "2640,5", "2640.125"); the consumption shown while typing is the difference of two
// such strings, computed on scaled BigInts so no float ever touches a value.

/** A meter reading as the API accepts it: up to 12 digits before the separator and 3 after. */
export const READING_PATTERN = /^\d{1,12}([.,]\d{1,3})?$/;

/** The most digits a display has before the separator (the API's limit). */
export const MAX_READING_DIGITS = 12;

const SCALE = 3; // thousandths: the finest a reading can be
const DECIMAL_RE = /^([+-]?)(\d+)(?:[.,](\d*))?$/;

/** A decimal string ("2640", "2640,5", "-3.25") as thousandths, or null when it is not a number or finer than 0.001. */
export function toThousandths(value: string): bigint | null {
  const m = DECIMAL_RE.exec(value.trim());
  if (!m) return null;
  const [, sign = "", whole = "0", fraction = ""] = m;
  if (fraction.replace(/0+$/, "").length > SCALE) return null;
  const scaled = BigInt(whole + fraction.padEnd(SCALE, "0").slice(0, SCALE));
  return sign === "-" ? -scaled : scaled;
}

/** Thousandths back to the shortest decimal, with the Russian comma: 2640500n -> "2640,5"; negatives with a minus sign (−). */
export function fromThousandths(value: bigint): string {
  const negative = value < 0n;
  const digits = (negative ? -value : value).toString().padStart(SCALE + 1, "0");
  const whole = digits.slice(0, -SCALE);
  const fraction = digits.slice(-SCALE).replace(/0+$/, "");
  return `${negative ? "\u2212" : ""}${whole}${fraction ? `,${fraction}` : ""}`;
}

/**
 * A typed reading the API will take ("2640", "2640,5"); spaces around it are ignored. `digits`
 * is the meter's display (Meter.digits): no more digits than that before the separator.
 */
export function isReading(value: string, digits = MAX_READING_DIGITS): boolean {
  const v = value.trim();
  return READING_PATTERN.test(v) && v.split(/[.,]/)[0]!.length <= digits;
}

/** The longest reading a display of `digits` digits shows: the digits, a separator and 3 decimals. */
export function readingMaxLength(digits: number): number {
  return digits + 4;
}

/**
 * Consumption while typing: current − previous, exact; null while the current value is not a
 * reading yet or there is no previous one.
 */
export function consumption(current: string, previous: string | null | undefined): string | null {
  if (previous == null || !isReading(current)) return null;
  const a = toThousandths(current);
  const b = toThousandths(previous);
  if (a === null || b === null) return null;
  return fromThousandths(a - b);
}

/** True when the current reading is below the previous one (not allowed, manual 6.2). */
export function isBelow(current: string, previous: string | null | undefined): boolean {
  if (previous == null || !isReading(current)) return false;
  const a = toThousandths(current);
  const b = toThousandths(previous);
  return a !== null && b !== null && a < b;
}

/** A value from the API ("2640.500") for display: "2640,5". Anything else is returned unchanged. */
export function formatReading(value: string): string {
  const t = toThousandths(value);
  return t === null ? value : fromThousandths(t);
}

/** Any decimal from the API ("9.620", "4.81", "272") for display, with a comma and no trailing zeros: "9,62". */
export function formatDecimal(value: string): string {
  const m = /^(-?)(\d+)(?:\.(\d*))?$/.exec(value.trim());
  if (!m) return value;
  const fraction = (m[3] ?? "").replace(/0+$/, "");
  return `${m[1] ? "\u2212" : ""}${m[2]}${fraction ? `,${fraction}` : ""}`;
}

/** What is sent to the API: trimmed, with a dot ("2640,5" -> "2640.5"). */
export function normalizeReading(value: string): string {
  return value.trim().replace(",", ".");
}
