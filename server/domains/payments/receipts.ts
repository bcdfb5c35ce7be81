// Кассовый чек (54-ФЗ) of a successful payment, taken by the retailer as the suppliers' payment
// agent: one line per supplier with its ИНН. The fiscal register is simulated (no ФН or ОФД is
// connected): numbers come from our own sequences and the fiscal sign is derived from the
// receipt's data, so the document has every field a real one has and the same QR format.
import { createHash } from "node:crypto";
import type { Prisma, Receipt } from "../../db/generated/prisma/client.js";
import { localDate } from "../../shared/clock.js";

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
  vat: string;
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
    accountNumber: string;
    purpose: "BILL" | "ADVANCE" | "AUTOPAY";
    total: Prisma.Decimal;
    items: { amount: Prisma.Decimal; supplier: { name: string; inn: string } }[];
    paidAt: Date;
    buyerContact: string | null;
    timezone: string;
  },
): Promise<Receipt> {
  const day = localDate(p.paidAt, p.timezone);
  // One shift a day: its number counts days; receipts are numbered within the shift.
  const shiftNumber = Math.floor((Date.parse(`${day}T00:00:00Z`) - SHIFT_EPOCH) / 86_400_000) + 1;
  const number = await nextNumber(tx, `receipt:${day}`);
  // Fiscal documents continue above the demo history's numbers.
  const fd = await nextNumber(tx, "receipt:fd", 100_001);
  const vat = p.paidAt.getUTCFullYear() >= 2026 ? "НДС 22%" : "НДС 20%";
  const advance = p.purpose === "ADVANCE";
  const items: ReceiptLine[] = p.items.map((item) => ({
    name: `${advance ? "Аванс за ЖКУ" : "Оплата ЖКУ"} по ЛС ${p.accountNumber} (${item.supplier.name})`,
    price: item.amount.toFixed(2),
    quantity: 1,
    amount: item.amount.toFixed(2),
    vat,
    paymentMethod: advance ? "Аванс" : "Полный расчет",
    paymentObject: "Платеж",
    supplierInn: item.supplier.inn,
    supplierName: item.supplier.name,
  }));
  const fiscalSign = String(parseInt(createHash("sha256").update(`${KKT.fnNumber}|${fd}|${p.total.toFixed(2)}|${p.paidAt.toISOString()}`).digest("hex").slice(0, 8), 16));
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
    new Intl.DateTimeFormat("en-CA", { timeZone: timezone, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23" })
      .formatToParts(r.issuedAt)
      .map((x) => [x.type, x.value]),
  );
  const t = `${parts.year}${parts.month}${parts.day}T${parts.hour}${parts.minute}`;
  return `t=${t}&s=${r.total.toFixed(2)}&fn=${r.fnNumber}&i=${r.fiscalDocumentNumber}&fp=${r.fiscalSign}&n=1`;
}

export function receiptLines(r: Pick<Receipt, "items">): ReceiptLine[] {
  return Array.isArray(r.items) ? (r.items as unknown as ReceiptLine[]) : [];
}
