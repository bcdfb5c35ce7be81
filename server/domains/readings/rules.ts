// The rules of meter-reading submission (manual 6.2, 6.2.1); their error texts are in errors.ts.
import type { Meter } from "../../db/generated/prisma/client.js";
import type { Money } from "../../shared/money.js";
import type { ReadingWindow } from "../../config.js";
import { localDate } from "../../shared/calendar.js";
import { readingErrors } from "./errors.js";

/** The warning (not an error) for a consumption above the meter's threshold (6.2). */
export const overLimitText = (consumption: string, unit: string) =>
  `Внесенные показания слишком велики: расход ${consumption} ${unit}. Проверьте показания. Если Вы уверены в их правильности, нажмите «Передать внесённые показания».`;

export type { ReadingWindow } from "../../config.js";

/** The local calendar day decides, in the retailer's timezone. */
export function inWindow(localDate: string, w: ReadingWindow): boolean {
  const day = Number(localDate.slice(8, 10));
  return day >= w.fromDay && day <= w.toDay;
}

/**
 * The window as clients show it: its days, whether today (the retailer's timezone) is one of
 * them, and the sentence naming them — the same one OUTSIDE_WINDOW answers with.
 */
export function readingsWindowNow(w: ReadingWindow, now: Date, timezone: string): ReadingWindow & { open: boolean; text: string } {
  return { ...w, open: inWindow(localDate(now, timezone), w), text: readingErrors.message("OUTSIDE_WINDOW", w.fromDay, w.toDay) };
}

export function meterBlockReason(m: Pick<Meter, "status" | "blockedReason">): string | null {
  if (m.status !== "ACTIVE") return readingErrors.message("METER_DISABLED");
  if (m.blockedReason) return readingErrors.message("METER_BLOCKED", m.blockedReason);
  return null;
}

export const VALUE_PATTERN = /^\d{1,12}([.,]\d{1,3})?$/;

/** Consumption above the meter's threshold needs an explicit confirmation (figure 12). */
export function isOverLimit(consumption: Money, threshold: Money | null): boolean {
  return threshold !== null && consumption.gt(threshold);
}
