// The rules of autopay (manual 6.4.4), free of the database: the settings a customer may choose,
// the day an autopay is due, and how much one run charges to which supplier.
import type { AutopayMode, AutopayStatus, SupplierKind } from "../../db/generated/prisma/client.js";
import { UserFacingError, type UserErrorData } from "../../shared/errors.js";
import { problem } from "./errors.js";
import { Money, sumMoney } from "../../shared/money.js";
import { MAX_PAYMENT } from "../payments/rules.js";
import { daysInMonth, type LocalDay } from "../../shared/calendar.js";

/** The most an autopay may charge at once: the acquirer's limit for one card operation. */
export const MAX_AUTOPAY_AMOUNT = MAX_PAYMENT;

/** «в назначенный день (с 1 по 27 число месяца)» */
export const FIRST_DAY = 1;
export const LAST_CHOOSABLE_DAY = 27;

export const MODE_TEXT: Record<AutopayMode, string> = {
  DAY_OF_MONTH: "В назначенный день (с 1 по 27 число месяца)",
  LAST_DAY: "В последний день месяца",
  ON_INVOICE: "По факту выставления счета",
};

/** What another user of the account sees instead of «Подключен»: never that user's card. */
export const OTHER_USER_STATUS_TEXT = "Автоплатеж подключен другим пользователем";

/**
 * A connected autopay belongs to the user who connected it, with that user's card: another user
 * of the same account sees only that it is connected and may neither change nor switch it off.
 * (One still waiting for its card, or switched off, may be set up by any user of the account.)
 */
export function ownedByOther(a: { status: AutopayStatus; userId: number } | null | undefined, userId: number): boolean {
  return !!a && a.status === "ACTIVE" && a.userId !== userId;
}

/** The manual knows two states (figures 24, 27); a card still being verified is «Не подключен». */
export const STATUS_TEXT: Record<AutopayStatus, string> = {
  ACTIVE: "Подключен",
  PENDING_CARD: "Не подключен",
  DISABLED: "Не подключен",
};

export interface SettingsInput {
  mode: AutopayMode;
  day: number | null | undefined;
  maxAmount: Money;
}

/** Checks the settings; every problem at once, each on its field. Returns what is stored. */
export function checkSettings(s: SettingsInput): { mode: AutopayMode; day: number | null; maxAmount: Money } {
  const errors: UserErrorData[] = [];
  const day = s.mode === "DAY_OF_MONTH" ? s.day : null;
  if (s.mode === "DAY_OF_MONTH" && (day == null || !Number.isInteger(day) || day < FIRST_DAY || day > LAST_CHOOSABLE_DAY)) {
    errors.push(problem("INVALID_DAY", ["input", "day"]));
  }
  const max = new Money(s.maxAmount);
  const field = ["input", "maxAmount"];
  if (!max.gt(0)) errors.push(problem("AMOUNT_NOT_POSITIVE", field));
  else if (max.decimalPlaces() > 2) errors.push(problem("AMOUNT_KOPECKS", field));
  else if (max.gt(MAX_AUTOPAY_AMOUNT)) errors.push(problem("AMOUNT_TOO_LARGE", field));
  if (errors.length) throw new UserFacingError(errors);
  return { mode: s.mode, day: day ?? null, maxAmount: max };
}

// ───────────── dates ─────────────

const iso = (year: number, month: number, day: number) => `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;

/** The day of this month an autopay with a fixed date charges on (null: ON_INVOICE follows the invoice). */
export function chargeDayOf(mode: AutopayMode, day: number | null, year: number, month: number): number | null {
  if (mode === "DAY_OF_MONTH") return day;
  if (mode === "LAST_DAY") return daysInMonth(new Date(Date.UTC(year, month - 1, 1)));
  return null;
}

/**
 * Whether a fixed-date autopay is due on `today` (the caller knows it has no run this month).
 * On its day; or later in the month when the job missed that day (the service was down) — but
 * only for an autopay that was set up before the day came: one set up on the 20th for the 5th
 * starts next month, as the customer was told.
 */
export function fixedDateDue(a: { mode: AutopayMode; day: number | null; changedOn: string }, today: LocalDay): boolean {
  const due = chargeDayOf(a.mode, a.day, today.year, today.month);
  if (due === null || today.day < due) return false;
  return today.day === due || a.changedOn < iso(today.year, today.month, due);
}

/**
 * The next date an ACTIVE fixed-date autopay charges, seen from `today`; `ranThisMonth` when this
 * month's run exists. Null for ON_INVOICE (it waits for the invoice).
 */
export function nextChargeDate(a: { mode: AutopayMode; day: number | null; changedOn: string }, today: LocalDay, ranThisMonth: boolean): string | null {
  const here = chargeDayOf(a.mode, a.day, today.year, today.month);
  if (here === null) return null;
  if (!ranThisMonth && (today.day <= here || fixedDateDue(a, today))) return iso(today.year, today.month, Math.max(here, today.day));
  const y = today.month === 12 ? today.year + 1 : today.year;
  const m = today.month === 12 ? 1 : today.month + 1;
  return iso(y, m, chargeDayOf(a.mode, a.day, y, m)!);
}

// ───────────── what one run charges ─────────────

export interface SupplierDue {
  supplier: { id: number; name: string; kind: SupplierKind };
  total: Money;
}

export interface ChargePlan {
  /** Lines to charge, positive, in the order they were filled. */
  items: { supplierId: number; amount: Money }[];
  total: Money;
  /** What the suppliers autopay pays are owed (before the maximum). */
  due: Money;
  /** The maximum cut the charge short of `due`. */
  capped: boolean;
  /** Suppliers left out: they take payment only on its own (SEPARATE), never in a combined charge. */
  separate: SupplierDue[];
}

/**
 * What an autopay run charges: the amount due to each supplier of the common split, never more
 * than the maximum in total. When more is due than the maximum, the maximum is paid and spread in
 * the bill's order — the retailer's ЖКУ first, then the regional waste operator, then capital
 * repair (amountDueBySupplier's order) — each supplier in full before the next gets anything, so
 * the main bill (and its penalties) is settled first. Suppliers that accept only a separate
 * payment (6.4.3) are not charged by autopay: the rule forbids combining them, and a run is one
 * charge; the e-mail tells the customer to pay them in «Оплата».
 */
export function planCharge(dues: SupplierDue[], max: Money): ChargePlan {
  const payable = dues.filter((d) => d.supplier.kind !== "SEPARATE" && d.total.gt(0));
  const separate = dues.filter((d) => d.supplier.kind === "SEPARATE" && d.total.gt(0));
  const due = sumMoney(payable.map((d) => d.total));
  let left = new Money(max);
  const items: ChargePlan["items"] = [];
  for (const d of payable) {
    if (!left.gt(0)) break;
    const amount = Money.min(d.total, left);
    items.push({ supplierId: d.supplier.id, amount });
    left = left.minus(amount);
  }
  const total = sumMoney(items.map((i) => i.amount));
  return { items, total, due, capped: total.lt(due), separate };
}
