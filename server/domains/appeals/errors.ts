// The appeals domain's error codes and messages (manual 6.5: «Заявления»): filing an appeal and
// its form, attachments, rating the answer, the operators' workflow and the appeal catalog.
import type { AppealStatus } from "../../db/generated/prisma/client.js";
import { errorCatalogue } from "../../shared/errors.js";
import { STATUS_TEXT } from "./rules.js";

/** What is wrong with a form value (its field's label names it in the message). */
export type ValueProblem =
  | { kind: "date" | "number" | "passport"; label: string }
  | { kind: "tooLong"; label: string; max: number }
  | { kind: "extendRange"; current: number; max: number }
  | { kind: "processingDays" | "maxProcessingDays" };

const VALUE_TEXT = (p: ValueProblem): string => {
  switch (p.kind) {
    case "date":
      return `Поле «${p.label}»: укажите дату в формате ДД.ММ.ГГГГ`;
    case "number":
      return `Поле «${p.label}»: укажите число`;
    case "passport":
      return `Поле «${p.label}»: укажите серию (4 цифры) и номер (6 цифр) паспорта`;
    case "tooLong":
      return `Поле «${p.label}» длиннее ${p.max} символов`;
    case "extendRange":
      return `Укажите срок больше ${p.current} и не более ${p.max} рабочих дней`;
    case "processingDays":
      return "Срок обработки — от 1 до 60 рабочих дней";
    case "maxProcessingDays":
      return "Наибольший срок — не меньше срока обработки и не более 60 рабочих дней";
  }
};

/** A required thing left empty: a form field (by its label), the answer, the refusal reason, a catalog title. */
export type Missing = { field: string } | "answer" | "refusalReason" | "typeTitle";

export const appealErrors = errorCatalogue({
  TYPE_NOT_FOUND: {
    description: "The appeal's topic and reason («тема и причина заявления») are missing or unknown.",
    message: (who: "customer" | "admin" = "customer") => (who === "customer" ? "Выберите тему и причину заявления" : "Причина заявления не найдена"),
  },
  APPEAL_NOT_FOUND: { description: "The appeal («заявление») does not exist or is not the caller's.", message: "Заявление не найдено" },
  FILE_NOT_FOUND: { description: "The appeal's file does not exist or is not visible to the caller.", message: "Файл не найден" },
  UNKNOWN_FIELD: {
    description: "A form field that the chosen reason does not have.",
    message: (code: string) => `Поле «${code}» не относится к выбранному заявлению`,
  },
  UNKNOWN_SLOT: {
    description: "A file for a slot the chosen reason does not have.",
    message: (code: string) => `Файл для «${code}» не предусмотрен выбранным заявлением`,
  },
  FILE_REQUIRED: {
    description: "A required scan («обязательное вложение») is missing; the message names it.",
    message: (label: string) => `Приложите файл «${label}»`,
  },
  ONE_FILE_ONLY: {
    description: "More than one file for a slot that takes one.",
    message: (label: string) => `Для «${label}» можно приложить только один файл`,
  },
  FILE_EMPTY: { description: "An attached file is empty.", message: (name: string) => `Файл «${name}» пустой` },
  FILE_TYPE: {
    description: "A file is not PDF, JPG, JPEG, PNG, TIF/TIFF, ZIP or RAR by its content (an operator's answer takes PDF only).",
    message: (name: string, to: "appeal" | "answer" = "appeal") =>
      to === "appeal"
        ? `Файл «${name}» не принят: допустимы файлы PDF, JPG, JPEG, PNG, TIF, TIFF, ZIP, RAR, и содержимое файла должно соответствовать его типу`
        : `Файл «${name}» не принят: к ответу прикладываются только документы PDF`,
  },
  FILES_TOO_LARGE: {
    description: "The files together exceed 25 MB («Общий лимит вложений: 25 МБ»).",
    message: (maxMb: number) => `Общий размер вложений превышает ${maxMb} МБ. Уменьшите размер или количество файлов.`,
  },
  TOO_MANY_FILES: { description: "Too many files in one request.", message: (maxFiles: number) => `Можно приложить не более ${maxFiles} файлов` },
  STORAGE_UNAVAILABLE: {
    description: "The file storage failed during the upload; nothing was kept. Retry in a few minutes.",
    message: "Не удалось сохранить файлы, ничего не отправлено. Повторите попытку через несколько минут.",
  },
  INVALID_RATING: { description: "The rating is not one of the offered options.", message: "Выберите оценку из списка" },
  NOT_COMPLETED: { description: "Only an appeal «Завершено» can be rated.", message: "Оценить можно только ответ на заявление в статусе «Завершено»" },
  ALREADY_RATED: { description: "The answer was rated already; it can be rated once.", message: "Ответ уже оценен: оценить ответ можно только 1 раз" },
  INVALID_TRANSITION: {
    description: "Operators: the action does not fit the appeal's current status.",
    message: (from: AppealStatus, action: string) => `Нельзя ${action}: заявление в статусе «${STATUS_TEXT[from]}»`,
  },
  EXTEND_NOT_ALLOWED: {
    description: "Operators: this reason's processing time cannot be extended.",
    message: "Срок обработки этого заявления не продлевается",
  },
  CONFLICT: {
    description: "The appeal changed meanwhile (another operator); reload and retry.",
    message: "Заявление изменилось: обновите страницу и повторите",
  },
  EMAIL_NOT_CONFIRMED: {
    message:
      "Раздел «Заявления» доступен только в случае указания и подтверждения адреса электронной почты. Укажите и подтвердите e-mail в разделе «Профиль» (вкладка «Почта, телефон»).",
  },
  CONSENT_REQUIRED: {
    message: (to: "personalData" | "simpleSignature") =>
      to === "personalData"
        ? "Подтвердите достоверность указанных данных и согласие на обработку персональных данных"
        : "Примите условия соглашения об использовании простой электронной подписи",
  },
  REQUIRED: {
    message: (what: Missing) =>
      typeof what === "object"
        ? `Заполните поле «${what.field}»`
        : { answer: "Введите текст ответа", refusalReason: "Укажите причину отказа", typeTitle: "Введите название причины" }[what],
  },
  INVALID_VALUE: { message: VALUE_TEXT },
});
export const { userError, problem } = appealErrors;
