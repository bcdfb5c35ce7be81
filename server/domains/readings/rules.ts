// The rules of meter-reading submission (manual 6.2, 6.2.1) and their messages.
import type { Meter } from "../../db/generated/prisma/client.js";
import type { Money } from "../../shared/money.js";

export const RMSG = {
  window: (from: number, to: number) => `Передать показания можно с ${from} по ${to} число каждого месяца.`,
  disabled: "Прибор учета отключен: доступна только история показаний.",
  blocked: (reason: string) => `Прием показаний по прибору учета заблокирован: ${reason}`,
  allZones: "Укажите показания по всем тарифным зонам прибора учета.",
  format: (digits: number) => `Показание должно быть неотрицательным числом не более ${digits} знаков до запятой и 3 после.`,
  belowAccepted: (last: string) =>
    `Передача значений показаний, менее ранее принятых (${last}), не допускается. Обратитесь в клиентский офис компании, при себе необходимо иметь фото табло прибора учета или акт осмотра, подписанный представителем УК, ТСЖ или сетевой организации.`,
  overLimit: (consumption: string, unit: string) =>
    `Внесенные показания слишком велики: расход ${consumption} ${unit}. Проверьте показания. Если Вы уверены в их правильности, нажмите «Передать внесённые показания».`,
  unknownMeter: "Прибор учета не найден на лицевом счете.",
  unknownAccount: "Лицевой счет не найден",
  empty: "Введите показания.",
} as const;

export interface ReadingWindow {
  fromDay: number;
  toDay: number;
}

export function parseWindow(spec: string | undefined): ReadingWindow {
  const m = /^(\d{1,2})-(\d{1,2})$/.exec(spec ?? "");
  const fromDay = m ? Number(m[1]) : 1;
  const toDay = m ? Number(m[2]) : 25;
  return fromDay >= 1 && toDay <= 31 && fromDay <= toDay ? { fromDay, toDay } : { fromDay: 1, toDay: 25 };
}

/** The local calendar day decides, in the retailer's timezone. */
export function inWindow(localDate: string, w: ReadingWindow): boolean {
  const day = Number(localDate.slice(8, 10));
  return day >= w.fromDay && day <= w.toDay;
}

export function meterBlockReason(m: Pick<Meter, "status" | "blockedReason">): string | null {
  if (m.status !== "ACTIVE") return RMSG.disabled;
  if (m.blockedReason) return RMSG.blocked(m.blockedReason);
  return null;
}

export const VALUE_PATTERN = /^\d{1,12}([.,]\d{1,3})?$/;

/** Consumption above the meter's threshold needs an explicit confirmation (figure 12). */
export function isOverLimit(consumption: Money, threshold: Money | null): boolean {
  return threshold !== null && consumption.gt(threshold);
}
