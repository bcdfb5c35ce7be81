// Words of «Оплата» shown to customers: statuses, channels, amounts as the manual writes them.
import type { PaymentChannel, PaymentPurpose, PaymentStatus } from "../../db/generated/prisma/client.js";
import type { Money } from "../../shared/money.js";

export const STATUS_TEXT: Record<PaymentStatus, string> = {
  CREATED: "Создан",
  PENDING: "Ожидает оплаты в банке",
  SUCCEEDED: "Оплачен",
  FAILED: "Не выполнен",
  CANCELLED: "Отменен",
  REFUNDED: "Возвращен",
};

export const PURPOSE_TEXT: Record<PaymentPurpose, string> = {
  BILL: "Оплата услуг",
  ADVANCE: "Оплата авансом",
  AUTOPAY: "Автоплатеж",
  CARD_VERIFICATION: "Проверка карты",
};

/** «Способ платежа» when the payment has no label of its own. */
export const CHANNEL_TEXT: Record<PaymentChannel, string> = {
  LKK: "Банковская карта, личный кабинет",
  AUTOPAY: "Автоплатеж",
  MOBILE_APP: "Мобильное приложение",
  BANK: "Банк",
  OFFICE: "Клиентский офис",
};

/** "1234.5" → "1 234,50 р." (figure 21's form). */
export function rub(value: Money | string): string {
  const [int, frac = ""] = (typeof value === "string" ? value : value.toFixed(2)).split(".");
  const negative = int!.startsWith("-");
  const digits = negative ? int!.slice(1) : int!;
  return `${negative ? "−" : ""}${digits.replace(/\B(?=(\d{3})+(?!\d))/g, "\u00a0")},${frac.padEnd(2, "0").slice(0, 2)}\u00a0р.`;
}
