// The contact centre's error codes and messages (7.2: the contact centre resets a user's credentials).
import { errorCatalogue } from "../../shared/errors.js";

export const contactCentreErrors = errorCatalogue({
  SEARCH_TOO_SHORT: {
    description: "The search text is not an account number, a login, an e-mail or a phone number (at least 3 characters).",
    message: "Введите номер лицевого счета, логин, e-mail или телефон",
  },
  // A user ID that names no user (deleted meanwhile, malformed, another type): the shared code, own text.
  NOT_FOUND: { message: "Пользователь не найден" },
  REASON_REQUIRED: {
    description: "Every contact-centre action records why: a reason of 3–500 characters is required.",
    message: "Укажите причину (от 3 до 500 символов): она записывается в журнал",
  },
  NO_CONTACT: { description: "The user has no contact of this kind to send a confirmation to.", message: "У пользователя не указан этот способ связи" },
});
export const { userError } = contactCentreErrors;
