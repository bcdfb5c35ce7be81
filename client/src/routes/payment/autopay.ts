// The rules of «Автоплатежи» (6.4.4) the views share: the modes and days offered, the form's
// messages and the address parameter the bank sends the customer back with.
import type { AutopayMode } from "../../gql/graphql";

/** Where the bank sends the customer back (the server adds ?autopayCard=<verification id>). */
export const RETURN_PARAM = "autopayCard";

export const MODES: { value: AutopayMode; label: string }[] = [
  { value: "DAY_OF_MONTH", label: "В назначенный день (с 1 по 27 число месяца)" },
  { value: "LAST_DAY", label: "В последний день месяца" },
  { value: "ON_INVOICE", label: "По факту выставления счета" },
];
export const DAYS = Array.from({ length: 27 }, (_, i) => i + 1);
/** The card choice «Новая карта»: the bank's page with the 1 ₽ verification. */
export const NEW_CARD = "new";

export const MSG = {
  mode: "Выберите способ списания",
  day: "Выберите день списания: с 1 по 27 число месяца",
  amount: "Введите сумму в рублях, например 5000 или 5000,50.",
  card: "Выберите банковскую карту для списания или отметьте «Новая карта»",
} as const;

export type AutopayFormField = "mode" | "day" | "maxAmount" | "cardId";
export const FORM_FIELDS: readonly AutopayFormField[] = ["mode", "day", "maxAmount", "cardId"];

/** A payment (the 1 ₽ verification) the bank has not decided on yet. */
export const isOpenPayment = (status: string | undefined) => status === "CREATED" || status === "PENDING";
