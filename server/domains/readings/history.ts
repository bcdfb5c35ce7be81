// «История показаний» (6.2.2): readings of an account's meters by month range, newest month
// first, each with the difference from the previous reading of the same meter and zone.
import type { MeterStatus, PrismaClient, ReadingSource, ReadingStatus, TariffZone } from "../../db/generated/prisma/client.js";
import type { Money } from "../../shared/money.js";
import { checkMonthRange } from "../../shared/month-range.js";

export interface HistoryRow {
  id: number;
  submittedAt: Date;
  resource: string;
  meterNumber: string;
  meterStatus: MeterStatus;
  zone: TariffZone;
  value: Money;
  difference: Money | null;
  unit: string;
  source: ReadingSource;
  status: ReadingStatus;
}

export interface HistoryMonth {
  period: Date;
  rows: HistoryRow[];
}

export async function readingHistory(db: PrismaClient, accountId: number, from: Date, to: Date, acceptedOnly: boolean): Promise<HistoryMonth[]> {
  const span = checkMonthRange(from, to);
  const readings = await db.meterReading.findMany({
    where: {
      meter: { accountId },
      period: { lte: to },
      status: acceptedOnly ? "ACCEPTED" : { in: ["SUBMITTED", "ACCEPTED", "SUPERSEDED"] },
    },
    include: { meter: { select: { number: true, status: true, unit: true, service: { select: { name: true } } } } },
    orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
  });
  const previous = new Map<string, Money>();
  const byMonth = new Map<number, HistoryRow[]>();
  for (const r of readings) {
    const key = `${r.meterId}:${r.zone}`;
    const prev = previous.get(key);
    previous.set(key, r.value);
    if (r.period < from) continue;
    const row: HistoryRow = {
      id: r.id,
      submittedAt: r.submittedAt,
      resource: r.meter.service.name,
      meterNumber: r.meter.number,
      meterStatus: r.meter.status,
      zone: r.zone,
      value: r.value,
      difference: prev ? r.value.minus(prev) : null,
      unit: r.meter.unit,
      source: r.source,
      status: r.status,
    };
    const k = r.period.getTime();
    byMonth.set(k, [...(byMonth.get(k) ?? []), row]);
  }
  const months: HistoryMonth[] = [];
  for (let i = span; i >= 0; i--) {
    const period = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth() + i, 1));
    months.push({ period, rows: (byMonth.get(period.getTime()) ?? []).sort((a, b) => b.submittedAt.getTime() - a.submittedAt.getTime()) });
  }
  return months;
}
