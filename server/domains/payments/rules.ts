// The rules of a card payment (6.4.3), free of the database: amounts in roubles and kopecks,
// one line per supplier, a supplier outside the common split paid on its own, a ceiling per
// payment; and the order in which a bank may move a payment's status.
import type { PaymentStatus, SupplierKind } from "../../db/generated/prisma/client.js";
import { UserFacingError, type UserErrorData } from "../../shared/errors.js";
import { problem, userError } from "./errors.js";
import { Money, sumMoney } from "../../shared/money.js";
import { RejectedBankEvent, type BankOrderStatus } from "../../integrations/bank/port.js";
import { MAX_INT_ID } from "../../shared/ids.js";

/** The most one card payment may carry (the acquirer's limit per operation). */
export const MAX_PAYMENT = new Money("600000.00");

/** The 1 ₽ authorisation that binds a card (manual 6.4.4.1), returned right after. */
export const CARD_VERIFICATION_AMOUNT = new Money("1.00");

export interface ItemInput {
  supplierId: number;
  amount: Money;
}

export interface PayableSupplier {
  id: number;
  kind: SupplierKind;
}

/**
 * The lines to pay: zero lines are dropped (the customer cleared a supplier's sum), the rest
 * must be positive whole kopecks of the account's suppliers; the total has a ceiling.
 */
export function checkItems(items: ItemInput[], suppliers: PayableSupplier[]): { items: ItemInput[]; total: Money } {
  const errors: UserErrorData[] = [];
  const seen = new Set<number>();
  const kept: ItemInput[] = [];
  items.forEach((item, i) => {
    const field = ["input", "items", String(i), "amount"];
    const amount = new Money(item.amount);
    if (!suppliers.some((s) => s.id === item.supplierId)) errors.push(problem("SUPPLIER_NOT_FOUND", ["input", "items", String(i), "supplierId"]));
    else if (seen.has(item.supplierId)) errors.push(problem("DUPLICATE_SUPPLIER", ["input", "items", String(i), "supplierId"]));
    else if (amount.isNegative()) errors.push(problem("AMOUNT_NOT_POSITIVE", field));
    else if (amount.decimalPlaces() > 2) errors.push(problem("AMOUNT_KOPECKS", field));
    else if (!amount.isZero()) kept.push({ supplierId: item.supplierId, amount });
    seen.add(item.supplierId);
  });
  if (errors.length) throw new UserFacingError(errors);
  if (!kept.length) throw userError("NO_AMOUNT", ["input", "items"]);
  const separate = kept.filter((k) => suppliers.find((s) => s.id === k.supplierId)!.kind === "SEPARATE");
  if (separate.length && kept.length > 1) {
    const i = items.findIndex((it) => it.supplierId === separate[0]!.supplierId);
    throw userError("SEPARATE_PAYMENT", ["input", "items", String(i), "supplierId"]);
  }
  const total = sumMoney(kept.map((k) => k.amount));
  if (total.gt(MAX_PAYMENT)) throw userError("AMOUNT_TOO_LARGE", ["input", "items"]);
  return { items: kept, total };
}

/**
 * The status a bank event moves a payment to, or null when it changes nothing: SUCCEEDED,
 * FAILED and CANCELLED are final (a late "pending" or "failed" after "succeeded" is ignored);
 * only a succeeded payment can be refunded.
 */
export function nextStatus(current: PaymentStatus, incoming: BankOrderStatus): PaymentStatus | null {
  const open = current === "CREATED" || current === "PENDING";
  switch (incoming) {
    case "PENDING":
      return current === "CREATED" ? "PENDING" : null;
    case "SUCCEEDED":
    case "FAILED":
    case "CANCELLED":
      return open ? incoming : null;
    case "REFUNDED":
      return current === "SUCCEEDED" ? "REFUNDED" : null;
  }
}

/** Only the bank's masked form is stored: first 6 and last 4 digits. Anything longer is masked here. */
export function safeMaskedPan(value: string): string {
  if (/^\d{6}\*{2,9}\d{4}$/.test(value)) return value;
  const digits = value.replace(/\D/g, "");
  if (digits.length >= 12) return `${digits.slice(0, 6)}${"*".repeat(digits.length - 10)}${digits.slice(-4)}`;
  return `******${digits.slice(-4)}`;
}

/** Our reference of a payment at the bank (merchantOrderId) and back. */
export const merchantOrderId = (paymentId: number) => `kab-${paymentId}`;
/** Our payment's id in a merchantOrderId; null when not ours; RejectedBankEvent when ours but out of range. */
export function paymentIdOf(merchantOrder: string): number | null {
  if (!merchantOrder.startsWith("kab-")) return null;
  const id = /^kab-([1-9]\d{0,9})$/.exec(merchantOrder) ? Number(merchantOrder.slice(4)) : Number.NaN;
  if (!(id <= MAX_INT_ID)) throw new RejectedBankEvent(`merchantOrderId ${JSON.stringify(merchantOrder.slice(0, 40))} names no payment`);
  return id;
}
