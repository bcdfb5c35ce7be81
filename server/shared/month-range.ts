// Month ranges «с» / «по» (readings history, charges): one rule and one set of messages for
// every section that takes them. A period is the UTC midnight of its month's first day.
import { MAX_RANGE_MONTHS, userError } from "./errors.js";

export { MAX_RANGE_MONTHS };

export function monthsBetween(from: Date, to: Date): number {
  return (to.getUTCFullYear() - from.getUTCFullYear()) * 12 + to.getUTCMonth() - from.getUTCMonth();
}

/** Checks «с» / «по»: not reversed, at most 36 months counting both ends; returns to − from in months. */
export function checkMonthRange(from: Date, to: Date): number {
  const span = monthsBetween(from, to);
  if (span < 0) throw userError("INVALID_RANGE", ["from"], "order");
  if (span >= MAX_RANGE_MONTHS) throw userError("INVALID_RANGE", ["to"], "span");
  return span;
}
