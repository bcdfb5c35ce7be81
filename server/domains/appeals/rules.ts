// The rules of appeals (manual 6.5) that are not data: attachment limits, statuses and their
// texts, the rating scale, and every message the user can see.
import type { AppealStatus } from "../../db/generated/prisma/client.js";

export const MB = 1024 * 1024;

/** «Общий лимит вложений: 25 МБ» — all files of one appeal (or of one answer) together. */
export const MAX_ATTACHMENTS_BYTES = 25 * MB;
/** Files in one request: «любое количество», within reason. */
export const MAX_FILES_PER_REQUEST = 50;

export const UPLOAD_LIMITS = {
  maxFileBytes: MAX_ATTACHMENTS_BYTES,
  maxFiles: MAX_FILES_PER_REQUEST,
  maxFieldBytes: 256 * 1024,
  tooLargeMessage: "Общий размер вложений превышает 25 МБ. Уменьшите размер или количество файлов.",
  tooLargeCode: "FILES_TOO_LARGE",
} as const;

export const STATUS_TEXT: Record<AppealStatus, string> = {
  ACCEPTED: "Принят",
  IN_PROGRESS: "В обработке",
  COMPLETED: "Завершено",
  REJECTED: "Отказано",
};

export const OPEN_STATUSES: AppealStatus[] = ["ACCEPTED", "IN_PROGRESS"];

/** 6.5.4 «выбрав соответствующий пункт в списке». */
export const RATING_OPTIONS = [
  { value: 5, label: "Отлично" },
  { value: 4, label: "Хорошо" },
  { value: 3, label: "Удовлетворительно" },
  { value: 2, label: "Плохо" },
  { value: 1, label: "Очень плохо" },
] as const;

export const CONSENT_TEXTS = {
  personalData:
    "Я подтверждаю достоверность указанных данных и даю свое согласие на обработку моих персональных данных, в соответствии с Федеральным законом от 27.07.2006 года №152-ФЗ «О персональных данных» и соглашаюсь с политикой конфиденциальности",
  simpleSignature: "Я принимаю условия соглашения об использовании простой электронной подписи.",
} as const;
export const CONSENT_TEXT_VERSION = "appeal-form-2026-11";

export const UPLOAD_HINT = "Внимание! Общий лимит вложений: 25 МБ. Возможные типы файлов: PDF, JPG, JPEG, PNG, TIF, ZIP, RAR";

export const AMSG = {
  emailNotConfirmed:
    "Раздел «Заявления» доступен только в случае указания и подтверждения адреса электронной почты. Укажите и подтвердите e-mail в разделе «Профиль» (вкладка «Почта, телефон»).",
  accountNotFound: "Лицевой счет не найден",
  typeNotFound: "Выберите тему и причину заявления",
  appealNotFound: "Заявление не найдено",
  fileNotFound: "Файл не найден",
  consentPersonalData: "Подтвердите достоверность указанных данных и согласие на обработку персональных данных",
  consentSignature: "Примите условия соглашения об использовании простой электронной подписи",
  required: (label: string) => `Заполните поле «${label}»`,
  unknownField: (code: string) => `Поле «${code}» не относится к выбранному заявлению`,
  tooLong: (label: string, max: number) => `Поле «${label}» длиннее ${max} символов`,
  date: (label: string) => `Поле «${label}»: укажите дату в формате ДД.ММ.ГГГГ`,
  number: (label: string) => `Поле «${label}»: укажите число`,
  passport: (label: string) => `Поле «${label}»: укажите серию (4 цифры) и номер (6 цифр) паспорта`,
  fileRequired: (label: string) => `Приложите файл «${label}»`,
  unknownSlot: (code: string) => `Файл для «${code}» не предусмотрен выбранным заявлением`,
  oneFileOnly: (label: string) => `Для «${label}» можно приложить только один файл`,
  fileType: (name: string) =>
    `Файл «${name}» не принят: допустимы файлы PDF, JPG, JPEG, PNG, TIF, TIFF, ZIP, RAR, и содержимое файла должно соответствовать его типу`,
  answerFileType: (name: string) => `Файл «${name}» не принят: к ответу прикладываются только документы PDF`,
  fileEmpty: (name: string) => `Файл «${name}» пустой`,
  filesTooLarge: UPLOAD_LIMITS.tooLargeMessage,
  tooManyFiles: `Можно приложить не более ${MAX_FILES_PER_REQUEST} файлов`,
  notCompleted: "Оценить можно только ответ на заявление в статусе «Завершено»",
  alreadyRated: "Ответ уже оценен: оценить ответ можно только 1 раз",
  badRating: "Выберите оценку из списка",
  transition: (from: AppealStatus, action: string) => `Нельзя ${action}: заявление в статусе «${STATUS_TEXT[from]}»`,
  answerRequired: "Введите текст ответа",
  reasonRequired: "Укажите причину отказа",
  extendNotAllowed: "Срок обработки этого заявления не продлевается",
  extendRange: (current: number, max: number) => `Укажите срок больше ${current} и не более ${max} рабочих дней`,
} as const;

/** «1 рабочий день», «3 рабочих дня», «11 рабочих дней». */
export function workingDaysNominative(n: number): string {
  const d10 = n % 10;
  const d100 = n % 100;
  if (d10 === 1 && d100 !== 11) return `${n} рабочий день`;
  if (d10 >= 2 && d10 <= 4 && (d100 < 12 || d100 > 14)) return `${n} рабочих дня`;
  return `${n} рабочих дней`;
}

/** After «до»: «до 1 рабочего дня», «до 11 рабочих дней», «до 21 рабочего дня». */
export function workingDaysGenitive(n: number): string {
  return n % 10 === 1 && n % 100 !== 11 ? `${n} рабочего дня` : `${n} рабочих дней`;
}

/** «Время обработки заявления: …» of figures 31–33. */
export function processingTimeText(t: { processingDays: number; maxProcessingDays: number | null }): string {
  if (t.maxProcessingDays && t.maxProcessingDays > t.processingDays) {
    return `${workingDaysNominative(t.processingDays)}. При необходимости срок может быть увеличен до ${workingDaysGenitive(t.maxProcessingDays)}.`;
  }
  return `до ${workingDaysGenitive(t.processingDays)}`;
}
