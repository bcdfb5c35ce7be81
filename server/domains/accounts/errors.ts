// The accounts domain's error codes and messages: linking and unlinking personal accounts
// (6.6.1, 7.2), the account chosen in the header, «Это не я» (newcomer notices).
import { errorCatalogue } from "../../shared/errors.js";

export const accountErrors = errorCatalogue({
  INVALID_ACCOUNT_NUMBER: {
    description: "The personal account number («номер лицевого счета») is not 10 digits.",
    message: "Лицевой счет должен состоять из 10 цифр",
  },
  ACCOUNT_OR_SURNAME: {
    description: "The owner's surname does not match the personal account («Введены ошибочные данные (ЛС или Фамилия)»).",
    message: "Введены ошибочные данные (ЛС или Фамилия)",
  },
  ALREADY_LINKED: { description: "The personal account is already linked to this user.", message: "Лицевой счет уже привязан к Вашей учетной записи" },
  CONFIRMATION_REQUIRED: {
    description: "Unlinking the last personal account deletes the user within 24 hours; repeat with `confirmDeletion: true`.",
    message: "Это последний лицевой счет в Вашей учетной записи. После его удаления учетная запись будет удалена в течение 24 часов. Подтвердите удаление.",
  },
  ACCESS_SUSPENDED: {
    description: "Linking is refused while another user's «Это не я» report about this user and account is reviewed.",
    message: "Доступ к этому лицевому счету приостановлен: другой пользователь лицевого счета сообщил, что не давал его. Обращение рассматривается оператором.",
  },
  NOTICE_NOT_FOUND: { description: "The newcomer notice does not exist or is not the caller's.", message: "Уведомление не найдено" },
  ALREADY_REPORTED: {
    description: "«Это не я» was already reported for this notice; the message names the appeal («обращение») number.",
    message: (appealNumber: string) => `Вы уже сообщили об этом. Обращение № ${appealNumber} рассматривается оператором.`,
  },
  ACCOUNT_NOT_FOUND: { message: "Указанный лицевой счет не найден в базе." },
  ACCOUNT_NOT_LINKED: {
    message: (when: "now" | "anymore" = "now") =>
      when === "now" ? "Лицевой счет не привязан к учетной записи" : "Лицевой счет больше не привязан к Вашей учетной записи",
  },
});
export const { userError, problem } = accountErrors;
