// Billing months. A period is the UTC midnight of the first day of its month (a DATE column);
// its bounds as instants are the retailer's local midnights, so "paid in October" means on
// the customer's calendar, not UTC's.

export const MONTHS = ["Январь", "Февраль", "Март", "Апрель", "Май", "Июнь", "Июль", "Август", "Сентябрь", "Октябрь", "Ноябрь", "Декабрь"];
const MONTHS_LOWER = MONTHS.map((m) => m.toLowerCase());

export function addMonths(period: Date, n: number): Date {
  return new Date(Date.UTC(period.getUTCFullYear(), period.getUTCMonth() + n, 1));
}

export function daysInMonth(period: Date): number {
  return new Date(Date.UTC(period.getUTCFullYear(), period.getUTCMonth() + 1, 0)).getUTCDate();
}

/** "2026-10-01" */
export const isoDate = (d: Date) => d.toISOString().slice(0, 10);
/** "2026-10" */
export const isoPeriod = (d: Date) => d.toISOString().slice(0, 7);
/** "202610", used in invoice numbers (the seed's format). */
export const yyyymm = (d: Date) => isoPeriod(d).replace("-", "");
/** "Октябрь 2026" */
export const periodTitle = (d: Date) => `${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
/** "октябрь 2026", inside a sentence. */
export const periodName = (d: Date) => `${MONTHS_LOWER[d.getUTCMonth()]} ${d.getUTCFullYear()}`;

/** Offset of `timeZone` from UTC at `instant`, in ms. */
function zoneOffset(instant: Date, timeZone: string): number {
  const p = Object.fromEntries(
    new Intl.DateTimeFormat("en-US", { timeZone, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit" })
      .formatToParts(instant)
      .map((x) => [x.type, x.value]),
  );
  return Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour), Number(p.minute), Number(p.second)) - Math.floor(instant.getTime() / 1000) * 1000;
}

/** The instant the period starts on the retailer's clock (local midnight of the 1st). */
export function periodStartInstant(period: Date, timeZone: string): Date {
  const guess = period.getTime();
  const first = guess - zoneOffset(new Date(guess), timeZone);
  return new Date(guess - zoneOffset(new Date(first), timeZone));
}

