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
  // today, each of its zones (круглосуточно when it has none), at the latest tariff in force.
  const day = today.toISOString().slice(0, 10);
  const rows = await sql.query<{ name: string; unit: string; zone: TariffZone; zones: number; rate: string }>(
    `SELECT s.name, s.unit, z.zone::text AS zone, greatest(cardinality(a.zones), 1)::int AS zones, t.rate::text AS rate
      FROM "AccountService" a
      JOIN "Service" s ON s.id = a."serviceId"
     CROSS JOIN LATERAL unnest(CASE WHEN cardinality(a.zones) = 0 THEN ARRAY['ALL_DAY']::"TariffZone"[] ELSE a.zones END) AS z(zone)
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
      service: r.zones > 1 || r.zone !== "ALL_DAY" ? `${r.name} (${ZONE_LABEL[r.zone]})` : r.name,
      zone: r.zone,
      rate: money(r.rate),
      unit: `р./${r.unit}`,
    }))
    .sort((a, b) => a.service.localeCompare(b.service, "ru") || ZONE_ORDER.indexOf(a.zone) - ZONE_ORDER.indexOf(b.zone));
}
