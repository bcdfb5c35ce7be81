// Web Push subscriptions' error codes and messages (Профиль → Подписки → «Уведомления в браузере»).
import { errorCatalogue } from "../../shared/errors.js";

export const pushErrors = errorCatalogue({
  PUSH_DISABLED: { description: "Web Push is switched off on this server (WEB_PUSH=false).", message: "Уведомления в браузере сейчас недоступны" },
  PUSH_SUBSCRIPTION_INVALID: {
    description: "The browser's subscription is not one: endpoint not an https URL, or keys not a P-256 key (65 bytes) and a 16-byte auth secret, base64url.",
    message: "Браузер не смог оформить подписку на уведомления. Повторите попытку или используйте другой браузер.",
  },
});
export const { userError } = pushErrors;
