// «Предварительный расчет» (6.2.3): this month's volume from the submitted readings × tariffs
// per zone for each meter with a reading; by the norm for the meters without one (failed, or
// its unit differs from the tariff's), pro rata per meter; plus the debt of previous periods (an overpayment is not subtracted).
import type { ConsumptionNorm, PrismaClient, TariffZone } from "../../db/generated/prisma/client.js";
import { money, sumMoney, type Money } from "../../shared/money.js";
import { amountDue } from "../accounts/amount-due.js";
import { ZONE_LABEL } from "../accounts/tariffs.js";

export const PRELIMINARY_WARNING =
  "Внимание! Предварительный расчет не включает в себя часть услуг, таких как потребление ресурсов на общедомовые нужды, госпошлины, услуги ограничения, возобновление подачи электроэнергии и прочие. Сумма, выставляемая к оплате по окончании расчетного периода, может значительно отличаться от суммы предварительного расчета! Пожалуйста, в начале каждого месяца сверяйте суммы с платежным документом.";

export interface PreliminaryLine {
  service: string;
  method: "METER" | "NORM";
  tariff: Money;
  norm: Money | null;
  volume: Money;
  amount: Money;
}

export interface PreliminaryCalculation {
  period: Date;
  lines: PreliminaryLine[];
  currentTotal: Money;
  previousDebt: Money;
  total: Money;
}

/** The most specific norm whose conditions (rooms, residents — 5 means five or more, stove) fit the object. */
export function pickNorm(norms: ConsumptionNorm[], o: { rooms: number | null; residents: number; stoveType: string | null }): ConsumptionNorm | null {
  const fits = norms.filter(
    (n) =>
      (n.rooms === null || n.rooms === Math.min(o.rooms ?? 1, 4)) &&
      (n.residents === null || n.residents === Math.min(Math.max(o.residents, 1), 5)) &&
      (n.stoveType === null || n.stoveType === o.stoveType),
  );
  const specificity = (n: ConsumptionNorm) => [n.rooms, n.residents, n.stoveType].filter((x) => x !== null).length;
  return fits.sort((a, b) => specificity(b) - specificity(a))[0] ?? null;
}

const round2 = (m: Money) => m.toDecimalPlaces(2, 4 /* ROUND_HALF_UP */);

export async function preliminaryCalculation(db: PrismaClient, accountId: number, period: Date, today: Date): Promise<PreliminaryCalculation> {
  const account = await db.account.findUniqueOrThrow({
    where: { id: accountId },
    include: {
      services: {
        where: { since: { lte: today }, OR: [{ until: null }, { until: { gte: today } }] },
        include: {
          service: {
            include: {
              tariffs: { where: { validFrom: { lte: today }, OR: [{ validTo: null }, { validTo: { gte: today } }] } },
              norms: { where: { validFrom: { lte: today }, OR: [{ validTo: null }, { validTo: { gte: today } }] } },
            },
          },
        },
      },
      meters: {
        where: { removedAt: null },
        include: { readings: { where: { status: { in: ["SUBMITTED", "ACCEPTED"] } }, orderBy: [{ period: "desc" }, { submittedAt: "desc" }] } },
      },
    },
  });

  const lines: PreliminaryLine[] = [];
  for (const as of account.services) {
    const s = as.service;
    const zones: TariffZone[] = as.zones.length ? as.zones : ["ALL_DAY"];
    // Sewerage has no meter of its own: it follows the water meters, as the period close bills it.
    const measures = (m: (typeof account.meters)[number]) =>
      m.serviceId === s.id || (s.resource === "WASTEWATER" && (m.resource === "COLD_WATER" || m.resource === "HOT_WATER"));
    // Every meter of the service counts (a failed one too: its share goes by the norm); a meter is
    // «read» when it is active, in the tariff's unit and has this month's and an accepted earlier
    // reading for each zone.
    const meters = account.meters.filter(measures);
    const zoneTariffs = zones.map((zone) => ({ zone, tariff: s.tariffs.find((t) => t.zone === zone) }));
    const read = zoneTariffs.every((z) => z.tariff)
      ? meters.flatMap((m) => {
          if (m.status !== "ACTIVE" || m.unit !== s.unit) return [];
          const volumes = zones.map((zone) => {
            const current = m.readings.find((r) => r.zone === zone && r.period.getTime() === period.getTime());
            const before = m.readings.find((r) => r.zone === zone && r.period < period && r.status === "ACCEPTED");
            return current && before ? current.value.minus(before.value) : null;
          });
          return volumes.every((v) => v !== null) ? [{ meter: m, volumes: volumes as Money[] }] : [];
        })
      : [];
    // A submitted reading is always used for its meter.
    if (read.length) {
      zoneTariffs.forEach((z, i) => {
        const volume = sumMoney(read.map((r) => r.volumes[i]!));
        lines.push({
          service: zones.length > 1 || z.zone !== "ALL_DAY" ? `${s.name} (${ZONE_LABEL[z.zone]})` : s.name,
          method: "METER",
          tariff: z.tariff!.rate,
          norm: null,
          volume,
          amount: round2(volume.times(z.tariff!.rate)),
        });
      });
    }
    // The norm covers only what no reading does: pro rata per meter — the norm is the whole
    // dwelling's consumption, so each meter without a reading takes 1/N of it (N: the service's
    // meters), and a service without meters takes it all. Consumption is never billed twice.
    const unread = meters.filter((m) => !read.some((r) => r.meter === m));
    if (meters.length && !unread.length) continue;
    // By the norm: one line at the service's single-rate tariff (or the first zone's), as «Тарифы» shows.
    const norm = pickNorm(s.norms, account);
    const tariff = s.tariffs.find((t) => t.zone === "ALL_DAY") ?? s.tariffs.find((t) => t.zone === zones[0]);
    if (!norm || !tariff) continue;
    const base = s.normBasis === "PER_AREA" ? money(account.totalArea ?? 0) : s.normBasis === "PER_RESIDENT" ? money(account.residents) : money(1);
    const share = read.length ? money(unread.length).dividedBy(meters.length) : money(1);
    const volume = norm.value.times(base).times(share).toDecimalPlaces(3, 4);
    const service = read.length ? `${s.name} (без показаний: ${unread.map((m) => `ПУ № ${m.number}`).join(", ")})` : s.name;
    lines.push({ service, method: "NORM", tariff: tariff.rate, norm: norm.value, volume, amount: round2(volume.times(tariff.rate)) });
  }
  lines.sort((a, b) => a.service.localeCompare(b.service, "ru"));
  const currentTotal = sumMoney(lines.map((l) => l.amount));
  const previousDebt = (await amountDue(db, accountId)).total; // never negative: overpayment is ignored
  return { period, lines, currentTotal, previousDebt, total: currentTotal.plus(previousDebt) };
}
