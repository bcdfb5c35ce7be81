// «Тарифы» block (6.1): the tariffs in force today for the account's services and zones.
import type { PrismaClient, TariffZone } from "../../db/generated/prisma/client.js";

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

export async function accountTariffs(db: PrismaClient, accountId: number, today: Date): Promise<TariffLine[]> {
  const services = await db.accountService.findMany({
    where: { accountId, since: { lte: today }, OR: [{ until: null }, { until: { gte: today } }] },
    include: {
      service: { include: { tariffs: { where: { validFrom: { lte: today }, OR: [{ validTo: null }, { validTo: { gte: today } }] }, orderBy: { validFrom: "desc" } } } },
    },
  });
  const lines: TariffLine[] = [];
  for (const s of services) {
    const zones = s.zones.length ? s.zones : (["ALL_DAY"] as TariffZone[]);
    for (const zone of zones) {
      const t = s.service.tariffs.find((x) => x.zone === zone);
      if (!t) continue;
      const named = zones.length > 1 || zone !== "ALL_DAY" ? `${s.service.name} (${ZONE_LABEL[zone]})` : s.service.name;
      lines.push({ service: named, zone, rate: t.rate, unit: `р./${s.service.unit}` });
    }
  }
  return lines.sort((a, b) => a.service.localeCompare(b.service, "ru") || ZONE_ORDER.indexOf(a.zone) - ZONE_ORDER.indexOf(b.zone));
}
