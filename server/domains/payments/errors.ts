// The payments domain's error codes and messages: paying by card (manual 6.4.3), saved cards,
// receipts («чек»).
import { errorCatalogue } from "../../shared/errors.js";

export const paymentErrors = errorCatalogue({
  NO_AMOUNT: { description: "Every line of the payment is zero.", message: "Укажите сумму оплаты хотя бы по одному поставщику" },
  DUPLICATE_SUPPLIER: { description: "A supplier («поставщик») appears twice in one payment.", message: "Поставщик указан в платеже дважды" },
  SUPPLIER_NOT_FOUND: {
    description: "The supplier does not serve the chosen personal account.",
    message: "Этот поставщик не обслуживает выбранный лицевой счет",
  },
  SEPARATE_PAYMENT: {
    description: "The supplier takes only a payment of its own («отдельным платежом»); pay it separately.",
    message: "Услуги этого поставщика принимаются только отдельным платежом. Оплатите их отдельно.",
  },
  CARD_NOT_FOUND: { description: "The saved card does not exist or is not the caller's.", message: "Карта не найдена. Выберите другую карту." },
  CARD_EXPIRED: { description: "The saved card has expired.", message: "Срок действия карты истек. Выберите другую карту." },
  BANK_UNAVAILABLE: {
    description: "The acquiring bank is unreachable for a moment; retry later (nothing was charged).",
    message: "Банк временно недоступен. Повторите попытку позже.",
  },
  BANK_REFUSED: { description: "The acquiring bank refused the payment; the message is the bank's reason.", message: (bankReason: string) => bankReason },
  PAYMENTS_UNAVAILABLE: { description: "Card payments are switched off on this installation.", message: "Оплата картой временно недоступна" },
  RECEIPT_NOT_FOUND: { description: "The payment has no receipt («чек») yet.", message: "Чек по этому платежу не найден" },
  AMOUNT_NOT_POSITIVE: { message: "Сумма оплаты должна быть больше нуля" },
  AMOUNT_KOPECKS: { message: "Сумма указывается в рублях и копейках: не больше двух знаков после запятой" },
  AMOUNT_TOO_LARGE: { message: "Сумма платежа не может превышать 600 000,00 р." },
  IDEMPOTENCY_KEY_REUSED: { message: "Этот ключ идемпотентности уже использован для другого платежа" },
});
export const { userError, problem } = paymentErrors;
