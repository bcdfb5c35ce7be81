// A demo account's past: monthly accepted readings, charges, invoices, payments and receipts,
// computed from the stored tariffs and norms so every figure is consistent:
//   charged = round(volume × tariff, 2)
//   closing = opening + charged − paid + recalculation + penalty, closing(m) = opening(m + 1)
// Accounts pay the whole amount due within the month (after sending readings), except their
// last `unpaidLastMonths` months, which stay unpaid and draw a penalty of 1/300 of 9.5 % a day
// on debt more than a month overdue (ЖК РФ art. 155 p. 14, simplified to whole months).
import { Prisma, type ReadingSource, type TariffZone } from "../generated/prisma/client.js";
import type { DemoAccount } from "./accounts.js";
import { normAt, tariffAt, type CatalogService } from "./catalog.js";
import { addMonths, daysInMonth, localDate, periodName, yyyymm } from "../../shared/calendar.js";
import { between, day, localTime, RETAILER_TIMEZONE, rng } from "./dates.js";
import { receiptLinesOf, type LineService } from "../../domains/payments/receipts.js";

const D = Prisma.Decimal;
type Decimal = Prisma.Decimal;
const ZERO = new D(0);
const PENALTY_DAILY = new D("0.095").div(300);
const money = (d: Decimal) => d.toDecimalPlaces(2, D.ROUND_HALF_UP);

export interface ReadingRow {
  meterNumber: string;
  zone: TariffZone;
  period: Date;
  value: Decimal;
  source: ReadingSource;
  submissionId: string;
  submittedAt: Date;
  acceptedAt: Date;
}

export type ChargeRow = Omit<Prisma.ChargeCreateManyInput, "accountId"> & {
  openingBalance: Decimal;
  charged: Decimal;
  paid: Decimal;
  recalculation: Decimal;
  penalty: Decimal;
  closingBalance: Decimal;
};

export interface PaymentRow {
  amount: Decimal;
  paidAt: Date;
  period: Date;
  bankOrderId: string;
  idempotencyKey: string;
  /** Per supplier, with the part paid for each of its services (the receipt's VAT rates). */
  items: { supplierId: number; supplierInn: string; supplierName: string; amount: Decimal; services: LineService[] }[];
}

export interface History {
  readings: ReadingRow[];
  charges: ChargeRow[];
  invoices: Omit<Prisma.InvoiceCreateManyInput, "accountId">[];
  payments: PaymentRow[];
}

/** Meter values per zone at the baseline and at the end of each period: length periods + 1. */
function meterSeries(account: DemoAccount, periods: Date[]): Map<string, Map<TariffZone, number[]>> {
  const series = new Map<string, Map<TariffZone, number[]>>();
  for (const meter of account.meters) {
    const random = rng(`${account.number}/${meter.number}`);
    const zones = new Map<TariffZone, number[]>();
    for (const zone of meter.zones) {
      const values = [meter.start[zone]!];
      for (const period of periods) {
        // Winter months use more (light, heaters): ±20 % around the year, ±10 % noise.
        const season = 1 + 0.2 * Math.cos((2 * Math.PI * period.getUTCMonth()) / 12);
        const use = Math.max(1, Math.round(meter.monthly[zone]! * season * (0.9 + 0.2 * random())));
        values.push(values[values.length - 1] + use);
      }
      zones.set(zone, values);
    }
    series.set(meter.number, zones);
  }
  return series;
}

export function buildHistory(account: DemoAccount, services: Map<string, CatalogService>, periods: Date[], now: Date): History {
  const random = rng(`history/${account.number}`);
  const series = meterSeries(account, periods);
  const baseline = addMonths(periods[0], -1);
  const notAfterNow = (d: Date) => (d > now ? now : d);

  // Readings: the baseline month, then every period; zones of one meter are sent together.
  const readings: ReadingRow[] = [];
  for (const meter of account.meters) {
    [baseline, ...periods].forEach((period, i) => {
      const submittedAt = localTime(period, between(random, 14, 20), between(random, 8, 21), between(random, 0, 59));
      const source: ReadingSource = random() < 0.5 ? "WEB" : "MOBILE_APP";
      for (const zone of meter.zones) {
        readings.push({
          meterNumber: meter.number,
          zone,
          period,
          value: new D(series.get(meter.number)!.get(zone)![i]),
          source,
          submissionId: `seed-${meter.number}-${yyyymm(period)}`,
          submittedAt,
          acceptedAt: notAfterNow(localTime(addMonths(period, 1), 1, 2)),
        });
      }
    });
  }

  // Metered volume of a resource and zone in period i, summed over the account's meters.
  const metered = (service: "ELECTRICITY" | "COLD_WATER", zone: TariffZone, i: number): Decimal | null => {
    const meters = account.meters.filter((m) => m.service === service && m.zones.includes(zone));
    if (meters.length === 0) return null;
    return meters.reduce((sum, m) => {
      const values = series.get(m.number)!.get(zone)!;
      return sum.add(values[i + 1] - values[i]);
    }, ZERO);
  };

  const charges: ChargeRow[] = [];
  const invoices: History["invoices"] = [];
  const payments: PaymentRow[] = [];
  const closing = new Map<string, Decimal>();
  const unpaidCharged = new Map<string, Decimal[]>(); // per line, charged of each period (0 when paid)
  const firstUnpaid = periods.length - account.unpaidLastMonths;

  periods.forEach((period, i) => {
    const unpaid = i >= firstUnpaid;
    const monthCharges: ChargeRow[] = [];
    for (const { code, zones } of account.services) {
      const service = services.get(code);
      if (!service) throw new Error(`Service ${code} is not in the catalog`);
      for (const zone of zones) {
        const line = `${code}/${zone}`;
        const tariff = tariffAt(service, zone, period);
        let method: ChargeRow["method"];
        let norm: Decimal | null = null;
        let volume: Decimal;
        const meterVolume =
          service.resource === "ELECTRICITY"
            ? metered("ELECTRICITY", zone, i)
            : service.resource === "COLD_WATER" || service.resource === "WASTEWATER"
              ? metered("COLD_WATER", "ALL_DAY", i) // sewerage follows the cold water meter
              : null;
        if (service.resource === "SOLID_WASTE") {
          method = "FIXED";
          volume = new D(account.residents);
        } else if (service.resource === "CAPITAL_REPAIR") {
          method = "FIXED";
          volume = new D(account.totalArea);
        } else if (meterVolume) {
          method = "METER";
          volume = meterVolume;
        } else {
          method = "NORM";
          norm = normAt(service, account, period);
          volume = norm.mul(account.residents);
        }
        const charged = money(volume.mul(tariff));
        const opening = closing.get(line) ?? ZERO;

        const history = unpaidCharged.get(line) ?? [];
        const overdue = history.slice(0, Math.max(0, i - 1)).reduce((s, c) => s.add(c), ZERO);
        const penalty = unpaid ? money(overdue.mul(PENALTY_DAILY).mul(daysInMonth(period))) : ZERO;
        const paid = unpaid ? ZERO : opening.add(charged).add(penalty);
        const recalculation = ZERO;
        const closingBalance = opening.add(charged).sub(paid).add(recalculation).add(penalty);
        history.push(unpaid ? charged : ZERO);
        unpaidCharged.set(line, history);
        closing.set(line, closingBalance);

        monthCharges.push({
          serviceId: service.id,
          supplierId: service.supplierId,
          period,
          zone,
          openingBalance: opening,
          method,
          norm,
          volume,
          tariff,
          charged,
          paid,
          recalculation,
          penalty,
          closingBalance,
        });
      }
    }
    charges.push(...monthCharges);

    const next = addMonths(period, 1);
    const sum = (pick: (c: ChargeRow) => Decimal) => monthCharges.reduce((s, c) => s.add(pick(c)), ZERO);
    invoices.push({
      period,
      number: `${account.number}-${yyyymm(period)}`,
      issuedAt: notAfterNow(localTime(next, 1, 6)),
      dueDate: day(next.getUTCFullYear(), next.getUTCMonth(), 10),
      totalCharged: sum((c) => c.charged),
      totalDue: sum((c) => c.closingBalance),
      penalty: sum((c) => c.penalty),
    });

    const amount = sum((c) => c.paid);
    if (amount.gt(0)) {
      const bySupplier = new Map<number, Decimal>();
      for (const c of monthCharges) bySupplier.set(c.supplierId, (bySupplier.get(c.supplierId) ?? ZERO).add(c.paid));
      const supplierOf = (id: number) => [...services.values()].find((s) => s.supplierId === id)!.supplier;
      payments.push({
        amount,
        period,
        paidAt: localTime(period, between(random, 20, 25), between(random, 9, 22), between(random, 0, 59)),
        bankOrderId: `seed-${account.number}-${yyyymm(period)}`,
        idempotencyKey: `seed-${account.number}-${yyyymm(period)}`,
        items: [...bySupplier]
          .filter(([, a]) => a.gt(0))
          .map(([supplierId, a]) => ({
            supplierId,
            supplierInn: supplierOf(supplierId).inn,
            supplierName: supplierOf(supplierId).name,
            amount: a,
            services: monthCharges
              .filter((c) => c.supplierId === supplierId)
              .map((c) => {
                const service = [...services.values()].find((s) => s.id === c.serviceId)!;
                return { supplierId, name: service.name, vatRate: service.vatRate, owed: c.paid };
              }),
          })),
      });
    }
  });

  return { readings, charges, invoices, payments };
}

/** Кассовый чек (54-ФЗ) of a payment taken in the cabinet as the suppliers' payment agent. */
export function receiptFor(
  account: DemoAccount,
  payment: PaymentRow,
  seq: number,
  buyerContact: string | undefined,
): Omit<Prisma.ReceiptCreateManyInput, "paymentId"> {
  const random = rng(`receipt/${payment.bankOrderId}`);
  return {
    number: between(random, 1, 480),
    shiftNumber: 1200 + seq,
    issuedAt: payment.paidAt,
    operation: "Приход",
    taxation: "ОСН",
    total: payment.amount,
    items: payment.items.flatMap((item) =>
      receiptLinesOf({
        title: `Оплата ЖКУ по ЛС ${account.number} за ${periodName(payment.period)}`,
        amount: item.amount,
        supplier: { name: item.supplierName, inn: item.supplierInn },
        services: item.services,
        localDay: localDate(payment.paidAt, RETAILER_TIMEZONE),
        paymentMethod: "Полный расчет",
      }),
    ) as unknown as Prisma.InputJsonValue,
    fnNumber: "7380440700183941",
    fiscalDocumentNumber: String(48210 + seq * 37),
    fiscalSign: String(between(random, 1_000_000_000, 4_294_967_295)),
    kktRegNumber: "0005963214047512",
    buyerContact,
    siteUrl: "www.nalog.gov.ru",
  };
}
