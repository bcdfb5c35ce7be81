// The FAQ domain's error codes and messages («Часто задаваемые вопросы», operators' console).
import { errorCatalogue } from "../../shared/errors.js";

const MISSING = { question: "Введите вопрос", answer: "Введите ответ на вопрос", topic: "Укажите раздел вопроса" } as const;
const LONG = { question: "Вопрос — не длиннее 500 символов", answer: "Ответ — не длиннее 10000 символов", topic: "Раздел — не длиннее 100 символов" } as const;
export type FaqText = keyof typeof MISSING;

export const faqErrors = errorCatalogue({
  FAQ_NOT_FOUND: { description: "The FAQ entry («вопрос») does not exist.", message: "Вопрос не найден" },
  REQUIRED: { message: (what: FaqText) => MISSING[what] },
  TOO_LONG: { message: (what: FaqText) => LONG[what] },
  INVALID_VALUE: { message: (_what: "position") => "Порядок — целое число от 0 до 1000000" },
});
export const { userError, problem } = faqErrors;
