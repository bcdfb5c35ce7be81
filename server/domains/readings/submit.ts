// Submitting meter readings (6.2.1): every zone of a meter at once, all saved or none; never
// below the last accepted value; too-large consumption comes back as a warning until the
// customer confirms it; the last submission of the period is the one used.
import { randomUUID } from "node:crypto";
import type { SqlRunner } from "../../db/client.js";
import type { MeterReading, ReadingSource, TariffZone } from "../../db/generated/prisma/client.js";
import type { Clock } from "../../shared/clock.js";
import { localDate, periodOf } from "../../shared/calendar.js";
import { UserFacingError, type UserErrorData } from "../../shared/errors.js";
import { problem, userError } from "./errors.js";
import { money, type Money } from "../../shared/money.js";
import { loadMetersForSubmit, saveSubmission } from "./submit-store.js";
import { VALUE_PATTERN, inWindow, isOverLimit, overLimitText, type ReadingWindow } from "./rules.js";

export interface ReadingInput {
  meterId: number;
  zone: TariffZone;
  value: string;
}

export interface SubmitInput {
  accountId: number;
  readings: ReadingInput[];
  confirmOverLimit: boolean;
}

export interface SubmitActor {
  source: ReadingSource;
  userId?: number;
  apiKeyId?: number;
}

export interface OverLimitWarning {
  meterId: number;
  zone: TariffZone;
  consumption: Money;
  message: string;
}

export interface SubmitDeps {
  sql: SqlRunner;
  clock: Clock;
  timezone: string;
  window: ReadingWindow;
}

export type SubmitResult = { saved: MeterReading[]; warnings: [] } | { saved: []; warnings: OverLimitWarning[] };

/** Sources that act for a customer: only an account linked to them (a reminder's link: its one account, checked by the link too). */
const CUSTOMER_SOURCES: readonly ReadingSource[] = ["WEB", "MOBILE_APP", "API_TOKEN", "REMINDER_LINK"];

export async function submitReadings(deps: SubmitDeps, input: SubmitInput, actor: SubmitActor): Promise<SubmitResult> {
  const now = deps.clock.now();
  const window = deps.window;
  if (!inWindow(localDate(now, deps.timezone), window)) throw userError("OUTSIDE_WINDOW", ["input"], window.fromDay, window.toDay);
  if (!input.readings.length) throw userError("EMPTY", ["input", "readings"]);

  const errors: UserErrorData[] = [];
  const at = (i: number, leaf = "value") => ["input", "readings", String(i), leaf];
  const meterIds = [...new Set(input.readings.map((r) => r.meterId))];
  // A customer (or their personal token) submits only for a linked account; partner systems and the office for any.
  const linkedUserId = CUSTOMER_SOURCES.includes(actor.source) ? (actor.userId ?? -1) : null;
  const meters = await loadMetersForSubmit(deps.sql, input.accountId, meterIds, linkedUserId);
  if (!meters) throw userError("ACCOUNT_NOT_FOUND", ["input", "accountId"]);
  const warnings: OverLimitWarning[] = [];
  const values = new Map<number, Money>();

  input.readings.forEach((r, i) => {
    const meter = meters.get(r.meterId);
    if (!meter) return errors.push(problem("UNKNOWN_METER", at(i, "meterId")));
    if (meter.status !== "ACTIVE") return errors.push(problem("METER_DISABLED", at(i)));
    if (meter.blockedReason) return errors.push(problem("METER_BLOCKED", at(i), meter.blockedReason));
    if (!meter.zones.includes(r.zone)) return errors.push(problem("ZONES", at(i, "zone")));
    const raw = r.value.trim();
    const intDigits = raw.split(/[.,]/)[0]!.length;
    if (!VALUE_PATTERN.test(raw) || intDigits > meter.digits) return errors.push(problem("INVALID_VALUE", at(i), meter.digits));
    const value = money(raw.replace(",", "."));
    values.set(i, value);
    const prev = meter.lastAccepted.get(r.zone);
    if (prev && value.lt(prev)) return errors.push(problem("BELOW_ACCEPTED", at(i), prev.toString()));
    const consumption = prev ? value.minus(prev) : money(0);
    if (isOverLimit(consumption, meter.overLimitThreshold)) {
      warnings.push({ meterId: meter.id, zone: r.zone, consumption, message: overLimitText(consumption.toString(), meter.unit) });
    }
  });
  // Every zone of every meter named, each once: a meter's zones are saved together.
  for (const meter of meters.values()) {
    const zones = input.readings.filter((r) => r.meterId === meter.id).map((r) => r.zone);
    if (zones.length !== meter.zones.length || new Set(zones).size !== zones.length || !meter.zones.every((z) => zones.includes(z))) {
      const i = input.readings.findIndex((r) => r.meterId === meter.id);
      if (!errors.some((e) => e.field?.[2] === String(i))) errors.push(problem("ZONES", at(i, "zone")));
    }
  }
  if (errors.length) throw new UserFacingError(errors);
  if (warnings.length && !input.confirmOverLimit) return { saved: [], warnings };

  const period = periodOf(now, deps.timezone);
  const readings = input.readings.map((r, i) => ({ meterId: r.meterId, zone: r.zone, value: values.get(i)! }));
  const submission = {
    meterIds,
    readings,
    period: period.toISOString().slice(0, 10),
    source: actor.source,
    submissionId: randomUUID(),
    submittedAt: now,
    userId: actor.userId ?? null,
    apiKeyId: actor.apiKeyId ?? null,
  };
  const result = await saveSubmission(deps.sql, submission);
  if (!result.ok) {
    // The period close accepted a higher value since the checks above.
    throw userError("BELOW_ACCEPTED", at(result.index), result.lastAccepted.toString());
  }
  const ids = result.ids;
  const saved: MeterReading[] = readings.map((r, i) => ({
    id: ids[i]!,
    meterId: r.meterId,
    zone: r.zone,
    period,
    value: r.value,
    source: actor.source,
    status: "SUBMITTED",
    submissionId: submission.submissionId,
    submittedAt: now,
    acceptedAt: null,
    submittedByUserId: submission.userId,
    apiKeyId: submission.apiKeyId,
  }));
  return { saved, warnings: [] };
}
