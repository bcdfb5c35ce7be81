// The personal API tokens' error codes and messages («Доступ для приложений» in «Профиль»).
import { errorCatalogue } from "../../shared/errors.js";
import { MAX_TOKEN_DAYS, MAX_TOKEN_NAME, MAX_TOKENS_PER_USER } from "./rules.js";

export const tokenErrors = errorCatalogue({
  TOKEN_NAME_REQUIRED: { description: "The token needs a name («Название») to tell it apart in the list.", message: "Укажите название токена" },
  TOKEN_NAME_TOO_LONG: {
    description: `The token's name is longer than ${MAX_TOKEN_NAME} characters.`,
    message: `Название токена — не длиннее ${MAX_TOKEN_NAME} символов`,
  },
  TOKEN_SCOPES_REQUIRED: { description: "A token needs at least one scope («Права доступа»).", message: "Выберите хотя бы одно право доступа" },
  TOKEN_EXPIRY_INVALID: {
    description: `The expiry («Срок действия») is not in the future or is more than ${MAX_TOKEN_DAYS} days (a year) away.`,
    message: `Срок действия токена — от одного дня до одного года`,
  },
  TOKEN_LIMIT: {
    description: `The customer already has ${MAX_TOKENS_PER_USER} working tokens; revoke one first.`,
    message: `Можно создать не более ${MAX_TOKENS_PER_USER} действующих токенов. Отзовите ненужный токен.`,
  },
  TOKEN_NOT_FOUND: { description: "The token does not exist or is not the caller's.", message: "Токен не найден" },
});
export const { userError, problem } = tokenErrors;
