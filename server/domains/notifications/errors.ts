// The notifications domain's messages («Уведомления»); it reports only shared codes.
import { errorCatalogue } from "../../shared/errors.js";

export const notificationErrors = errorCatalogue({
  NOT_FOUND: { message: "Уведомление не найдено" },
});
export const { userError } = notificationErrors;
