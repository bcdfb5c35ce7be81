// The readings domain's error codes and messages: submitting meter readings (manual 6.2, 6.2.1)
// and operators blocking a meter's readings.
import { errorCatalogue } from "../../shared/errors.js";

export const readingErrors = errorCatalogue({
  OUTSIDE_WINDOW: {
    description: "Readings are accepted only inside the monthly window (by default the 1st to the 25th); the message names the days.",
    message: (fromDay: number, toDay: number) => `Передать показания можно с ${fromDay} по ${toDay} число каждого месяца.`,
  },
  EMPTY: { description: "The submission has no readings.", message: "Введите показания." },
  UNKNOWN_METER: { description: "The meter («прибор учета») is not on this personal account.", message: "Прибор учета не найден на лицевом счете." },
  METER_DISABLED: {
    description: "The meter is «Отключен» (or failed): only its history is shown, no readings are taken.",
    message: "Прибор учета отключен: доступна только история показаний.",
  },
  METER_BLOCKED: {
    description: "An operator blocked readings for the meter; the message gives the reason.",
    message: (reason: string) => `Прием показаний по прибору учета заблокирован: ${reason}`,
  },
  ZONES: {
    description: "Every tariff zone («тарифная зона») of a meter must be given, each once.",
    message: "Укажите показания по всем тарифным зонам прибора учета.",
  },
  BELOW_ACCEPTED: {
    description: "The value is below the last accepted reading, which the manual forbids; the message names that value and what to do.",
    message: (lastAccepted: string) =>
      `Передача значений показаний, менее ранее принятых (${lastAccepted}), не допускается. Обратитесь в клиентский офис компании, при себе необходимо иметь фото табло прибора учета или акт осмотра, подписанный представителем УК, ТСЖ или сетевой организации.`,
  },
  CHANNEL_NOT_ALLOWED: {
    description:
      "The caller may not record readings with this `channel`: customers send WEB or MOBILE_APP, partner keys PARTNER, OFFICE or CONTROL_ROUND, staff OFFICE or CONTROL_ROUND.",
    message: "Этот способ передачи показаний недоступен.",
  },
  METER_NOT_FOUND: { description: "The meter («прибор учета») does not exist.", message: "Прибор учета не найден" },
  NOT_BLOCKED: { description: "Unblocking a meter whose readings are not blocked.", message: "Прием показаний по прибору учета не заблокирован" },
  INVALID_VALUE: {
    message: (digits: number) => `Показание должно быть неотрицательным числом не более ${digits} знаков до запятой и 3 после.`,
  },
  REQUIRED: { message: (_what: "blockReason") => "Укажите причину блокировки: ее увидит клиент" },
  TOO_LONG: { message: (_what: "blockReason") => "Причина блокировки — не длиннее 500 символов" },
});
export const { userError, problem } = readingErrors;
