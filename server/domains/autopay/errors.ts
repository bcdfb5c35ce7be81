// The autopay domain's error codes and messages (manual 6.4.4: «Автоплатеж»).
import { errorCatalogue } from "../../shared/errors.js";
import { MAX_PAYMENT } from "../payments/rules.js";
import { formatRub } from "../../shared/money.js";

export const autopayErrors = errorCatalogue({
  INVALID_DAY: { description: "The autopay day («день списания») must be 1–27.", message: "Выберите день списания: с 1 по 27 число месяца" },
  CARD_REQUIRED: {
    description: "Neither a saved card nor «Новая карта» was chosen for the autopay.",
    message: "Выберите банковскую карту для списания или отметьте «Новая карта»",
  },
  CARD_CHOICE: { description: "Both a saved card and «Новая карта» were chosen; pick one.", message: "Выберите либо сохраненную карту, либо «Новая карта»" },
  AUTOPAY_NOT_CONNECTED: { description: "The account's autopay is «Не подключен».", message: "Автоплатеж по этому лицевому счету не подключен" },
  AUTOPAY_FORBIDDEN: {
    description: "Another user of the account connected its autopay; only that user may change or disable it.",
    message: "Автоплатеж подключен другим пользователем лицевого счета. Изменить или отключить его может только тот, кто его подключил.",
  },
  CARD_VERIFICATION_FAILED: {
    description: "The bank refused the 1 ₽ verification of the new card; the message gives the bank's reason when known.",
    message: (reason: string | null) => `Карта не привязана${reason ? `: ${reason}` : ""}. Повторите привязку карты.`,
  },
  AMOUNT_NOT_POSITIVE: { message: "Максимальная сумма списания должна быть больше нуля" },
  AMOUNT_KOPECKS: { message: "Максимальная сумма списания указывается в рублях и копейках: не больше двух знаков после запятой" },
  AMOUNT_TOO_LARGE: { message: `Максимальная сумма списания не может превышать ${formatRub(MAX_PAYMENT, { unit: "р." })}` },
  INVALID_IDEMPOTENCY_KEY: { message: "Для привязки новой карты нужен ключ идемпотентности: от 8 до 100 латинских букв, цифр и знаков - _ : ." },
});
export const { userError, problem } = autopayErrors;
