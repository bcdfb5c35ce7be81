// The news domain's error codes and messages (operators' console, «Новости компании»).
import { errorCatalogue } from "../../shared/errors.js";

export const newsErrors = errorCatalogue({
  NEWS_NOT_FOUND: { description: "The news item («новость») does not exist.", message: "Новость не найдена" },
  REQUIRED: { message: (_what: "title") => "Введите заголовок новости" },
  TOO_LONG: {
    message: (what: "title" | "body") => (what === "title" ? "Заголовок новости — не длиннее 300 символов" : "Текст новости — не длиннее 20000 символов"),
  },
  INVALID_VALUE: { message: (_what: "url") => "Ссылка должна быть адресом http:// или https://" },
});
export const { userError, problem } = newsErrors;
