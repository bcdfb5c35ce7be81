// Words of «Показания» shown to customers (screen, PDF, exports): meter states, ways a reading
// came in, tariff zones (the screen's zone labels, client/src/routes/readings/zones.tsx).
import type { MeterStatus, ReadingSource, TariffZone } from "../../db/generated/prisma/client.js";

export const METER_STATUS_TEXT: Record<MeterStatus, string> = {
  ACTIVE: "Включен",
  DISABLED: "Отключен",
  DISABLED_FAILED: "Отключен, в связи с выходом из строя",
};

export const READING_SOURCE_TEXT: Record<ReadingSource, string> = {
  WEB: "Личный кабинет",
  MOBILE_APP: "Мобильное приложение",
  PARTNER: "АСКУЭ",
  OFFICE: "Клиентский офис",
  CONTROL_ROUND: "Контрольный обход",
  REMOVAL: "Демонтаж",
  API_TOKEN: "Приложение клиента",
  REMINDER_LINK: "По ссылке из напоминания",
  CONTROL_CORRECTION: "Корректировка по заявлению",
};

export const ZONE_TEXT: Record<TariffZone, string> = { ALL_DAY: "Круглосуточно", DAY: "День", NIGHT: "Ночь", PEAK: "Пик", SEMI_PEAK: "Полупик" };
