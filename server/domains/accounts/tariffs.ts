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

export interface TariffLine {
  service: string;
  zone: TariffZone;
  rate: import("../../shared/money.js").Money;
  unit: string;
}

export async function accountTariffs(sql: SqlRunner, accountId: number, today: Date): Promise<TariffLine[]> {
  // One prepared statement (the block is on the home page): each service of the account in force
  // today, each of its zones (круглосуточно when it has none), at the latest tariff in force —
  // and, for a multi-zone service with a norm in force, its single-rate tariff too: the
  // preliminary calculation (6.2.3) bills by the norm at that rate, and the manual says it follows
  // the tariffs shown here.
  const day = today.toISOString().slice(0, 10);
  const rows = await sql.query<{ name: string; unit: string; zone: TariffZone; zones: number; rate: string; byNorm: boolean }>(
    `SELECT s.name, s.unit, z.zone::text AS zone, greatest(cardinality(a.zones), 1)::int AS zones, t.rate::text AS rate,
           (z.zone = 'ALL_DAY' AND cardinality(a.zones) > 0 AND NOT 'ALL_DAY' = ANY(a.zones)) AS "byNorm"
      FROM "AccountService" a
      JOIN "Service" s ON s.id = a."serviceId"
     CROSS JOIN LATERAL unnest(CASE WHEN cardinality(a.zones) = 0 THEN ARRAY['ALL_DAY']::"TariffZone"[]
                                    WHEN 'ALL_DAY' = ANY(a.zones) OR NOT EXISTS (
                                      SELECT 1 FROM "ConsumptionNorm" n WHERE n."serviceId" = s.id AND n."validFrom" <= $2::date
                                         AND (n."validTo" IS NULL OR n."validTo" >= $2::date)) THEN a.zones
                                    ELSE a.zones || 'ALL_DAY'::"TariffZone" END) AS z(zone)
      JOIN LATERAL (
        SELECT rate FROM "Tariff" t
         WHERE t."serviceId" = s.id AND t.zone = z.zone AND t."validFrom" <= $2::date AND (t."validTo" IS NULL OR t."validTo" >= $2::date)
         ORDER BY t."validFrom" DESC LIMIT 1
      ) t ON true
     WHERE a."accountId" = $1 AND a.since <= $2::date AND (a.until IS NULL OR a.until >= $2::date)`,
    [accountId, day],
    { prepareAs: "account_tariffs" },
  );
  return rows
    .map((r) => ({
      service: r.byNorm ? `${r.name} (по нормативу)` : r.zones > 1 || r.zone !== "ALL_DAY" ? `${r.name} (${ZONE_LABEL[r.zone]})` : r.name,
      zone: r.zone,
      rate: money(r.rate),
      unit: `р./${r.unit}`,
    }))
    .sort((a, b) => a.service.localeCompare(b.service, "ru") || ZONE_ORDER.indexOf(a.zone) - ZONE_ORDER.indexOf(b.zone));
}
