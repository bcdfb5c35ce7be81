// The reminders domain's error codes: the personal readings link of a reminder (7.1).
import { errorCatalogue } from "../../shared/errors.js";

export const reminderErrors = errorCatalogue({
  REMINDER_LINK_EXPIRED: {
    description: "The reminder's readings link is past the end of this month's readings window (it works until the window closes).",
    message: "Срок действия ссылки истек: по ней показания принимались до конца приема показаний в этом месяце. Передайте показания в личном кабинете.",
  },
  REMINDER_LINK_INVALID: {
    description:
      "The reminder's readings link is not one we sent, or it no longer works: the password was changed, or the account was unlinked from the user since.",
    message: "Ссылка недействительна. Войдите в личный кабинет, чтобы передать показания.",
  },
});
export const { userError, problem } = reminderErrors;
