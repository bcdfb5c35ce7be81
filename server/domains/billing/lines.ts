// What charges, invoices and their documents share: line names, order and totals.
import type { ChargeMethod, Service, TariffZone } from "../../db/generated/prisma/client.js";
import { Money, sumMoney } from "../../shared/money.js";
import { ZONE_LABEL } from "../accounts/tariffs.js";

export const METHOD_TEXT: Record<ChargeMethod, string> = {
  METER: "по прибору учета",
  NORM: "по нормативу",
  AVERAGE: "по среднему",
  FIXED: "фиксированный",
};

/** "Электроэнергия (день)" when the service is billed by zones, else its name. */
export function lineName(service: string, zone: TariffZone, zoned: boolean): string {
  return zoned || zone !== "ALL_DAY" ? `${service} (${ZONE_LABEL[zone]})` : service;
}

const ZONE_ORDER: TariffZone[] = ["ALL_DAY", "DAY", "NIGHT", "PEAK", "SEMI_PEAK"];

/** Services in catalog order, zones in the order of the day. */
export function sortCharges<T extends { service: Pick<Service, "sortOrder" | "id">; zone: TariffZone }>(rows: T[]): T[] {
  return rows.sort(
    (a, b) => a.service.sortOrder - b.service.sortOrder || a.service.id - b.service.id || ZONE_ORDER.indexOf(a.zone) - ZONE_ORDER.indexOf(b.zone),
  );
}

export interface Totals {
  opening: Money;
  charged: Money;
  paid: Money;
  recalculation: Money;
  penalty: Money;
  closing: Money;
  /** What to pay: the closing balance, never below zero. */
  due: Money;
}

export type Amounts = Omit<Totals, "due">;

export function totalsOf(lines: Amounts[]): Totals {
  const sum = (pick: (l: Amounts) => Money) => sumMoney(lines.map(pick));
  const closing = sum((l) => l.closing);
  return {
    opening: sum((l) => l.opening),
    charged: sum((l) => l.charged),
    paid: sum((l) => l.paid),
    recalculation: sum((l) => l.recalculation),
    penalty: sum((l) => l.penalty),
    closing,
    due: Money.max(closing, 0),
  };
}
