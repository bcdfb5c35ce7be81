// Norms for the set-based close: the preliminary calculation's pickNorm (one rule for both)
// evaluated once per service for every object class it can tell apart — rooms 0–4 (4 = four
// or more), residents 1–5 (5 = five or more) and stove type — so SQL only joins the result.
import type { ConsumptionNorm } from "../../db/generated/prisma/client.js";
import type { Money } from "../../shared/money.js";
import { pickNorm } from "../readings/preliminary.js";

export interface NormRow {
  serviceId: number;
  rooms: number;
  residents: number;
  stove: string | null;
  value: Money;
}

/** Norms in force on the period's first day. */
export function normsInForce(norms: ConsumptionNorm[], period: Date): ConsumptionNorm[] {
  return norms.filter((n) => n.validFrom <= period && (!n.validTo || n.validTo >= period));
}

export function normTable(norms: ConsumptionNorm[], period: Date): { rows: NormRow[]; stoves: string[] } {
  const valid = normsInForce(norms, period);
  const stoves = [...new Set(valid.map((n) => n.stoveType).filter((s): s is string => s !== null))];
  const rows: NormRow[] = [];
  for (const serviceId of new Set(valid.map((n) => n.serviceId))) {
    const own = valid.filter((n) => n.serviceId === serviceId);
    for (let rooms = 0; rooms <= 4; rooms++) {
      for (let residents = 1; residents <= 5; residents++) {
        // An object whose stove type no norm names matches only the norms without one: null.
        for (const stove of [...stoves, null]) {
          const n = pickNorm(own, { rooms, residents, stoveType: stove });
          if (n) rows.push({ serviceId, rooms, residents, stove, value: n.value });
        }
      }
    }
  }
  return { rows, stoves };
}
