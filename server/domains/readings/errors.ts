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
  PHOTO_REQUIRED: {
    description: "A readings dispute needs the photo of the meter's display (manual 6.2: «при себе необходимо иметь фото табло прибора учета»).",
    message: "Приложите фото табло прибора учета",
  },
  PHOTO_TYPE: {
    description: "The photo is not a JPEG, PNG or HEIC/HEIF image by its content (whatever its name says).",
    message: (name: string) => `Файл «${name}» не принят: приложите фото в формате JPEG, PNG или HEIC`,
  },
  PHOTO_TOO_LARGE: {
    description: "The photo is larger than 10 MB.",
    message: (name: string, maxMb: number) => `Фото «${name}» больше ${maxMb} МБ. Уменьшите размер фото и приложите его снова.`,
  },
  PHOTO_UNREADABLE: {
    description: "The photo's content is damaged or cut short: it could not be decoded.",
    message: (name: string) => `Не удалось прочитать фото «${name}»: файл поврежден. Сделайте фото заново.`,
  },
  PHOTO_NOT_FOUND: { description: "The photo does not exist or is not of an account the caller may see.", message: "Фото не найдено" },
  PHOTO_DUPLICATE: {
    description: "More than one photo for one meter in a submission: one photo of each meter's display.",
    message: "Приложите одно фото табло на каждый прибор учета",
  },
  NOT_BELOW_ACCEPTED: {
    description: "A readings dispute is for values below the last accepted ones; these are not below: submit them as usual.",
    message: "Показания не меньше ранее принятых: передайте их обычным образом, кнопкой «Передать показания».",
  },
  NOT_A_DISPUTE: {
    description: "Operators: the appeal is not a readings dispute («Несогласие с принятыми показаниями»), so no reading can be accepted with it.",
    message: "Это заявление не о несогласии с принятыми показаниями",
  },
  METER_NOT_FOUND: { description: "The meter («прибор учета») does not exist.", message: "Прибор учета не найден" },
  NOT_BLOCKED: { description: "Unblocking a meter whose readings are not blocked.", message: "Прием показаний по прибору учета не заблокирован" },
  INVALID_VALUE: {
    message: (digits: number) => `Показание должно быть неотрицательным числом не более ${digits} знаков до запятой и 3 после.`,
  },
  REQUIRED: {
    message: (what: "blockReason" | "answer" = "blockReason") => (what === "answer" ? "Введите текст ответа" : "Укажите причину блокировки: ее увидит клиент"),
  },
  TOO_LONG: { message: (_what: "blockReason") => "Причина блокировки — не длиннее 500 символов" },
});
export const { userError, problem } = readingErrors;
