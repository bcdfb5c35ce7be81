// Кассовый чек (54-ФЗ) of a successful payment, taken by the retailer as the suppliers' payment
// agent: one line per supplier with its ИНН, at its services' catalogue VAT rate (vat.ts). The
// fiscal register is simulated (no ФН or ОФД is connected): numbers come from our own sequences
// and the fiscal sign is derived from the receipt's data, so the document has every field a real
// one has and the same QR format.
import { createHash } from "node:crypto";
import type { Prisma, Receipt } from "../../db/generated/prisma/client.js";
import { dateValue, localDate } from "../../shared/calendar.js";
import { Money, money } from "../../shared/money.js";
import { VAT_RATES, rateOfLabel, rateOn, splitByRate, vatIncluded, type VatRate } from "./vat.js";

export const KKT = {
  fnNumber: "7380440700183941",
  kktRegNumber: "0005963214047512",
  taxation: "ОСН",
  siteUrl: "www.nalog.gov.ru",
} as const;

export interface ReceiptLine {
  name: string;
  price: string;
  quantity: number;
  amount: string;
  /** The printed rate: «НДС 22%», «Без НДС». */
  vat: string;
  vatRate: VatRate;
  /** VAT included in `amount`, to the kopeck; null for «Без НДС». */
  vatAmount: string | null;
  paymentMethod: string;
  paymentObject: string;
  supplierInn: string;
  supplierName?: string;
}

/** Next value of a named counter (NumberSequence), atomically; `first` when the counter is new. */
export async function nextNumber(tx: Prisma.TransactionClient, name: string, first = 1): Promise<number> {
  const rows = await tx.$queryRaw<{ value: bigint }[]>`
    INSERT INTO "NumberSequence" ("name", "value") VALUES (${name}, ${first})
    ON CONFLICT ("name") DO UPDATE SET "value" = "NumberSequence"."value" + 1
    RETURNING "value"`;
  return Number(rows[0]!.value);
}

const SHIFT_EPOCH = Date.UTC(2020, 0, 1);

export async function createReceipt(
  tx: Prisma.TransactionClient,
  p: {
    paymentId: number;
    accountId: number;
    accountNumber: string;
    purpose: "BILL" | "ADVANCE" | "AUTOPAY";
    total: Prisma.Decimal;
    items: { supplierId: number; amount: Prisma.Decimal; supplier: { name: string; inn: string } }[];
    paidAt: Date;
    buyerContact: string | null;
    timezone: string;
  },
): Promise<Receipt> {
  const day = localDate(p.paidAt, p.timezone);
  // One shift a day: its number counts days; receipts are numbered within the shift.
  const shiftNumber = Math.floor((dateValue(day).getTime() - SHIFT_EPOCH) / 86_400_000) + 1;
  const number = await nextNumber(tx, `receipt:${day}`);
  // Fiscal documents continue above the demo history's numbers.
  const fd = await nextNumber(tx, "receipt:fd", 100_001);
  const advance = p.purpose === "ADVANCE";
  const services = await supplierServices(
    tx,
    p.accountId,
    p.items.map((i) => i.supplierId),
    day,
  );
  const items: ReceiptLine[] = p.items.flatMap((item) =>
    receiptLinesOf({
      title: `${advance ? "Аванс за ЖКУ" : "Оплата ЖКУ"} по ЛС ${p.accountNumber}`,
      amount: item.amount,
      supplier: item.supplier,
      services: services.filter((s) => s.supplierId === item.supplierId),
      localDay: day,
      paymentMethod: advance ? "Аванс" : "Полный расчет",
    }),
  );
  const fiscalSign = String(
    parseInt(
      createHash("sha256")
        .update(`${KKT.fnNumber}|${fd}|${p.total.toFixed(2)}|${p.paidAt.toISOString()}`)
        .digest("hex")
        .slice(0, 8),
      16,
    ),
  );
  return tx.receipt.create({
    data: {
      paymentId: p.paymentId,
      number,
      shiftNumber,
      issuedAt: p.paidAt,
      operation: "Приход",
      taxation: KKT.taxation,
      total: p.total,
      items: items as unknown as Prisma.InputJsonValue,
      fnNumber: KKT.fnNumber,
      fiscalDocumentNumber: String(fd),
      fiscalSign,
      kktRegNumber: KKT.kktRegNumber,
      buyerContact: p.buyerContact,
      siteUrl: KKT.siteUrl,
    },
  });
}

/** The receipt's QR code text in the tax service's format (t, s, fn, i, fp, n=1 приход). */
export function receiptQrText(r: Pick<Receipt, "issuedAt" | "total" | "fnNumber" | "fiscalDocumentNumber" | "fiscalSign">, timezone: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-CA", {
      timeZone: timezone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    })
      .formatToParts(r.issuedAt)
      .map((x) => [x.type, x.value]),
  );
  const t = `${parts.year}${parts.month}${parts.day}T${parts.hour}${parts.minute}`;
  return `t=${t}&s=${r.total.toFixed(2)}&fn=${r.fnNumber}&i=${r.fiscalDocumentNumber}&fp=${r.fiscalSign}&n=1`;
}

export function receiptLines(r: Pick<Receipt, "items">): ReceiptLine[] {
  if (!Array.isArray(r.items)) return [];
  // Receipts stored before lines kept their rate: the rate from its label, the VAT computed.
  return (r.items as unknown as ReceiptLine[]).map((l) => {
    if (l.vatRate) return l;
    const vatRate = rateOfLabel(l.vat) ?? "VAT22";
    return { ...l, vatRate, vatAmount: vatIncluded(l.amount, vatRate)?.toFixed(2) ?? null };
  });
}

/** A service of a line's supplier, with what the account owes for it (weights a split by rate). */
export interface LineService {
  supplierId: number;
  name: string;
  vatRate: VatRate;
  owed: Money;
}

/**
 * One line per supplier paid, at its services' catalogue rate; when the supplier's services have
 * different rates, one line per rate, the amount split by what each part's services owe.
 */
export function receiptLinesOf(p: {
  title: string;
  amount: Money;
  supplier: { name: string; inn: string };
  services: LineService[];
  localDay: string;
  paymentMethod: string;
}): ReceiptLine[] {
  const services = p.services.map((s) => ({ ...s, vatRate: rateOn(s.vatRate, p.localDay) }));
  // A supplier with no service in the catalogue (none seeded) is taken at the general rate.
  const parts = services.length
    ? splitByRate(
        p.amount,
        services.map((s) => ({ rate: s.vatRate, weight: s.owed })),
      )
    : [{ rate: rateOn("VAT22", p.localDay), amount: p.amount }];
  return parts.map((part) => {
    const names = [...new Set(services.filter((s) => s.vatRate === part.rate).map((s) => s.name))];
    return {
      name: parts.length > 1 ? `${p.title} (${p.supplier.name}: ${names.join(", ")})` : `${p.title} (${p.supplier.name})`,
      price: part.amount.toFixed(2),
      quantity: 1,
      amount: part.amount.toFixed(2),
      vat: VAT_RATES[part.rate].label,
      vatRate: part.rate,
      vatAmount: vatIncluded(part.amount, part.rate)?.toFixed(2) ?? null,
      paymentMethod: p.paymentMethod,
      paymentObject: "Платеж",
      supplierInn: p.supplier.inn,
      supplierName: p.supplier.name,
    };
  });
}

/**
 * The services of the suppliers paid, as the catalogue rates them: the account's services active
 * on the day (else any it had, else all the supplier's), each weighted by the positive closing
 * balance of the account's last billed month.
 */
async function supplierServices(tx: Prisma.TransactionClient, accountId: number, supplierIds: number[], localDay: string): Promise<LineService[]> {
  const today = dateValue(localDay);
  const [services, last] = await Promise.all([
    tx.service.findMany({
      where: { supplierId: { in: supplierIds } },
      select: { id: true, supplierId: true, name: true, vatRate: true, accounts: { where: { accountId }, select: { since: true, until: true } } },
      orderBy: [{ sortOrder: "asc" }, { id: "asc" }],
    }),
    tx.charge.findFirst({ where: { accountId }, orderBy: { period: "desc" }, select: { period: true } }),
  ]);
  const owed = last
    ? await tx.charge.groupBy({ by: ["serviceId"], where: { accountId, period: last.period, supplierId: { in: supplierIds } }, _sum: { closingBalance: true } })
    : [];
  const owedOf = (id: number) => money(owed.find((o) => o.serviceId === id)?._sum.closingBalance ?? 0);
  const active = (s: (typeof services)[number]) => s.accounts.some((a) => a.since <= today && (!a.until || a.until >= today));
  return [...new Set(supplierIds)].flatMap((supplierId) => {
    const all = services.filter((s) => s.supplierId === supplierId);
    const chosen = [all.filter(active), all.filter((s) => s.accounts.length > 0), all].find((list) => list.length > 0) ?? [];
    return chosen.map((s) => ({ supplierId, name: s.name, vatRate: s.vatRate, owed: owedOf(s.id) }));
  });
}
