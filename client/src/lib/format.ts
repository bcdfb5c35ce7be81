// Display formatting for money, dates and counted nouns.
// Money arrives as exact decimal strings ("6504.30"); it is formatted by string and
// BigInt manipulation only, so no float ever touches an amount.

// The retailer's timezone (Query.retailer, the server's TZ_RETAILER): DateTimes are shown as
// local time there, not the browser's. RetailerSettings sets it before any page renders.
let retailerZone: string | undefined;

export function setRetailerTimeZone(timeZone: string): void {
  if (timeZone === retailerZone) return;
  retailerZone = timeZone;
  zonedFormats.clear();
}

/** The retailer's timezone; undefined (the browser's) only if the API could not tell it. */
export function retailerTimeZone(): string | undefined {
  return retailerZone;
}

const zonedFormats = new Map<string, Intl.DateTimeFormat>();

/** An Intl formatter on the retailer's clock, built once per zone and set of options. */
export function retailerFormat(key: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  let f = zonedFormats.get(key);
  if (!f) zonedFormats.set(key, (f = new Intl.DateTimeFormat("en-CA", { ...options, timeZone: retailerZone })));
  return f;
}

const NBSP = "\u00a0"; // keeps "6 504,30 ₽" on one line
const MINUS = "\u2212";
const MONEY_RE = /^\s*([+-]?)(\d+)(?:\.(\d*))?\s*$/;

/** Splits a decimal string into sign and kopecks (rounded half-up to 2 places), or null. */
export function parseMoney(value: string): { negative: boolean; kopecks: bigint } | null {
  const m = MONEY_RE.exec(value);
  if (!m) return null;
  const [, sign = "", whole = "0", fraction = ""] = m;
  let kopecks = BigInt(whole + fraction.padEnd(2, "0").slice(0, 2));
  if (fraction.length > 2 && fraction.charCodeAt(2) >= 53 /* '5' */) kopecks += 1n;
  return { negative: sign === "-" && kopecks !== 0n, kopecks };
}

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, NBSP);
}

/** "6504.3" -> "6 504,30" (no currency sign). Unparseable input is returned unchanged. */
export function formatAmount(value: string): string {
  const parsed = parseMoney(value);
  if (!parsed) return value;
  const digits = parsed.kopecks.toString().padStart(3, "0");
  const rubles = groupThousands(digits.slice(0, -2));
  return `${parsed.negative ? MINUS : ""}${rubles},${digits.slice(-2)}`;
}

/** General UI form: "6 504,30 ₽". */
export function formatMoney(value: string): string {
  return `${formatAmount(value)}${NBSP}₽`;
}

/** The header's form from the manual (figure 9): "6 504,30 р.". */
export function formatRub(value: string): string {
  return `${formatAmount(value)}${NBSP}р.`;
}

/** A typed sum ("1821,84", "1 821.84", "500") as the API's decimal ("1821.84"); null unless it is rubles with at most 2 kopeck digits. */
export function parseRubles(value: string): string | null {
  const m = /^(\d{1,12})(?:[.,](\d{1,2}))?$/.exec(value.replace(/[\s\u00a0]/g, ""));
  if (!m) return null;
  const kopecks = BigInt(m[1]!) * 100n + BigInt((m[2] ?? "").padEnd(2, "0"));
  return `${kopecks / 100n}.${String(kopecks % 100n).padStart(2, "0")}`;
}

/** A decimal from the API as an amount to edit: "1821.84" -> "1821,84" (no grouping). */
export function rublesForInput(value: string): string {
  return formatAmount(value).replace(/\u00a0/g, "");
}

const ZONED_PARTS: Intl.DateTimeFormatOptions = { year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23" };

/** Calendar parts of a Date ("2026-11-24") or DateTime (ISO, shown in the retailer's zone). */
function dateParts(value: string): { y: string; m: string; d: string; time?: string } | null {
  const plain = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (plain) return { y: plain[1]!, m: plain[2]!, d: plain[3]! };
  const instant = new Date(value);
  if (Number.isNaN(instant.getTime())) return null;
  const p = Object.fromEntries(
    retailerFormat("parts", ZONED_PARTS)
      .formatToParts(instant)
      .map((x) => [x.type, x.value]),
  );
  return { y: p.year!, m: p.month!, d: p.day!, time: `${p.hour}:${p.minute}` };
}

/** "2026-11-24" or an ISO DateTime -> "24.11.2026". */
export function formatDate(value: string): string {
  const p = dateParts(value);
  return p ? `${p.d}.${p.m}.${p.y}` : value;
}

/** ISO DateTime -> "24.11.2026 14:05" in the retailer's zone. */
export function formatDateTime(value: string): string {
  const p = dateParts(value);
  if (!p) return value;
  return p.time ? `${p.d}.${p.m}.${p.y} ${p.time}` : `${p.d}.${p.m}.${p.y}`;
}

// Month names are Intl's «ru-RU» (as the server's shared/calendar.ts): «октябрь», «25 октября».
const monthNominative = new Intl.DateTimeFormat("ru-RU", { timeZone: "UTC", month: "long" });
const monthGenitive = new Intl.DateTimeFormat("ru-RU", { timeZone: "UTC", month: "long", day: "numeric" });
const firstOf = (month: number) => new Date(Date.UTC(2000, month - 1, 1));

/** News dates as in figure 9 of the manual: "15 сентября 2022". */
export function formatDateLong(value: string): string {
  const p = dateParts(value);
  if (!p) return value;
  const month = monthGenitive.formatToParts(firstOf(Number(p.m))).find((x) => x.type === "month")!.value;
  return `${Number(p.d)} ${month} ${p.y}`;
}

/** Russian plural form: plural(5, ["уведомление", "уведомления", "уведомлений"]) -> "уведомлений". */
export function plural(n: number, forms: readonly [one: string, few: string, many: string]): string {
  const mod100 = Math.abs(n) % 100;
  const mod10 = mod100 % 10;
  if (mod100 >= 11 && mod100 <= 14) return forms[2];
  if (mod10 === 1) return forms[0];
  if (mod10 >= 2 && mod10 <= 4) return forms[1];
  return forms[2];
}

/**
 * A stored phone ("79991234567") as the manual writes it: "+7(999)123-45-67". Anything that
 * is not 11 digits is returned unchanged.
 */
export function formatPhone(value: string): string {
  const d = value.replace(/\D/g, "");
  if (d.length !== 11) return value;
  return `+7(${d.slice(1, 4)})${d.slice(4, 7)}-${d.slice(7, 9)}-${d.slice(9, 11)}`;
}

/** Typed phone -> the stored form (7XXXXXXXXXX) when it is an 11-digit number, else its digits. */
export function normalizePhone(value: string): string {
  const d = value.replace(/\D/g, "");
  return d.length === 11 && d.startsWith("8") ? `7${d.slice(1)}` : d;
}

/** A billing month (Period scalar, "2020-07") as in figure 13: "Июль 2020". */
export function formatPeriod(period: string): string {
  const m = /^(\d{4})-(\d{2})$/.exec(period);
  const month = m ? Number(m[2]) : 0;
  if (!m || month < 1 || month > 12) return period;
  const name = monthNominative.format(firstOf(month));
  return `${name[0]!.toUpperCase()}${name.slice(1)} ${m[1]}`;
}

const MONTHS_SHORT = ["янв", "фев", "мар", "апр", "май", "июн", "июл", "авг", "сен", "окт", "ноя", "дек"];

/** A month in a narrow place (a phone's chart axis): "2025-12" -> «дек 25». */
export function formatPeriodShort(period: string): string {
  const m = /^(\d{4})-(\d{2})$/.exec(period);
  const name = m && MONTHS_SHORT[Number(m[2]) - 1];
  return name ? `${name} ${m[1]!.slice(2)}` : period;
}

/** The billing month of an instant in the retailer's timezone: "2026-11". */
export function periodOf(instant: Date = new Date()): string {
  const p = dateParts(instant.toISOString());
  return p ? `${p.y}-${p.m}` : instant.toISOString().slice(0, 7);
}

/** "2026-11" plus n months (n may be negative): addMonths("2026-01", -1) -> "2025-12". */
export function addMonths(period: string, n: number): string {
  const [y, m] = period.split("-").map(Number) as [number, number];
  const index = y * 12 + (m - 1) + n;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;
}

/** Whole months from one period to another: monthsBetween("2025-12", "2026-11") -> 11. */
export function monthsBetween(from: string, to: string): number {
  const [fy, fm] = from.split("-").map(Number) as [number, number];
  const [ty, tm] = to.split("-").map(Number) as [number, number];
  return (ty - fy) * 12 + (tm - fm);
}
