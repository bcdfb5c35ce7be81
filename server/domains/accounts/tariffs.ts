// «Тарифы» block (6.1): the tariffs in force today for the account's services and zones.
import type { SqlRunner } from "../../db/client.js";
import type { TariffZone } from "../../db/generated/prisma/client.js";
import { money } from "../../shared/money.js";

export const ZONE_LABEL: Record<TariffZone, string> = {
  ALL_DAY: "круглосуточно",
  DAY: "день",
  NIGHT: "ночь",
  PEAK: "пик",
  SEMI_PEAK: "полупик",
};
const ZONE_ORDER: TariffZone[] = ["ALL_DAY", "DAY", "NIGHT", "PEAK", "SEMI_PEAK"];
// One collator: `localeCompare(…, "ru")` looks the locale up again on every call.
const byRussian = new Intl.Collator("ru").compare;

export interface TariffLine {
  service: string;
  zone: TariffZone;
  rate: import("../../shared/money.js").Money;
  unit: string;
}

/** A row of TARIFF_ROWS: a service's zone and the rate in force (text: exact). */
export interface TariffRow {
  name: string;
  unit: string;
  zone: TariffZone;
  zones: number;
  rate: string;
  byNorm: boolean;
}

/**
 * Each service of the account in force on the day, each of its zones (круглосуточно when it has
 * none), at the latest tariff in force — and, for a multi-zone service with a norm in force, its
 * single-rate tariff too: the preliminary calculation (6.2.3) bills by the norm at that rate, and
 * the manual says it follows the tariffs shown here. `account` and `day` are SQL expressions (a
 * parameter, or a column of an outer statement: accounts/home-sql.ts).
 */
export function tariffRowsSql(account: string, day: string): string {
  return `SELECT s.name, s.unit, z.zone::text AS zone, greatest(cardinality(a.zones), 1)::int AS zones, t.rate::text AS rate,
           (z.zone = 'ALL_DAY' AND cardinality(a.zones) > 0 AND NOT 'ALL_DAY' = ANY(a.zones)) AS "byNorm"
      FROM "AccountService" a
      JOIN "Service" s ON s.id = a."serviceId"
     CROSS JOIN LATERAL unnest(CASE WHEN cardinality(a.zones) = 0 THEN ARRAY['ALL_DAY']::"TariffZone"[]
                                    WHEN 'ALL_DAY' = ANY(a.zones) OR NOT EXISTS (
                                      SELECT 1 FROM "ConsumptionNorm" n WHERE n."serviceId" = s.id AND n."validFrom" <= ${day}
                                         AND (n."validTo" IS NULL OR n."validTo" >= ${day})) THEN a.zones
                                    ELSE a.zones || 'ALL_DAY'::"TariffZone" END) AS z(zone)
      JOIN LATERAL (
        SELECT rate FROM "Tariff" t
         WHERE t."serviceId" = s.id AND t.zone = z.zone AND t."validFrom" <= ${day} AND (t."validTo" IS NULL OR t."validTo" >= ${day})
         ORDER BY t."validFrom" DESC LIMIT 1
      ) t ON true
     WHERE a."accountId" = ${account} AND a.since <= ${day} AND (a.until IS NULL OR a.until >= ${day})`;
}

const TARIFF_ROWS = tariffRowsSql("$1", "$2::date");

export async function accountTariffs(sql: SqlRunner, accountId: number, today: Date): Promise<TariffLine[]> {
  // One prepared statement: the block is on the home page.
  const rows = await sql.query<TariffRow>(TARIFF_ROWS, [accountId, today.toISOString().slice(0, 10)], { prepareAs: "account_tariffs" });
  return tariffLines(rows);
}

/** «Тарифы»'s lines from TARIFF_ROWS: the zone in the name, by service then zone. */
export function tariffLines(rows: TariffRow[]): TariffLine[] {
  return rows
    .map((r) => ({
      service: r.byNorm ? `${r.name} (по нормативу)` : r.zones > 1 || r.zone !== "ALL_DAY" ? `${r.name} (${ZONE_LABEL[r.zone]})` : r.name,
      zone: r.zone,
      rate: money(r.rate),
      unit: `р./${r.unit}`,
    }))
    .sort((a, b) => byRussian(a.service, b.service) || ZONE_ORDER.indexOf(a.zone) - ZONE_ORDER.indexOf(b.zone));
}
