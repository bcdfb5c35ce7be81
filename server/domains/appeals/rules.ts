// The rules of appeals (manual 6.5) that are not data: statuses and their texts, the rating
// scale (attachment limits are settings: upload-rules.ts). Error messages are in errors.ts.
import type { AppealStatus } from "../../db/generated/prisma/client.js";

/** An appeal's files in one page of its connection: UPLOAD_MAX_FILES is at most this (config.ts), so one page holds them all. */
export const FILES_PAGE_SIZE = 50;

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
