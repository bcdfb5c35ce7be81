// Words of «Оплата» shown to customers: statuses, purposes, channels (sums: formatRub with unit «р.», shared/money.ts).
import type { PaymentChannel, PaymentPurpose, PaymentStatus } from "../../db/generated/prisma/client.js";

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
