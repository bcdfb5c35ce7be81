// Квитанция (6.4.1): an account's invoice of one period with its lines grouped by supplier,
// each supplier's amount due and payment QR code, and the retailer's and customer's details.
import type { Charge, PrismaClient, Supplier, TariffZone } from "../../db/generated/prisma/client.js";
import { userError } from "./errors.js";
import { money, type Money } from "../../shared/money.js";
import type { DocumentClaims } from "../documents/links.js";
import type { DocumentKind } from "../documents/kinds.js";
import { paymentQrPayload, paymentQrSvg } from "./payment-qr.js";
import { isoPeriod, periodName } from "../../shared/calendar.js";
import { lineName, sortCharges, totalsOf, type Totals } from "./lines.js";

export const INVOICE_KIND = "invoice" satisfies DocumentKind;

export function invoiceLinkClaims(accountId: number, period: Date): DocumentClaims {
  return { kind: INVOICE_KIND, params: { accountId, period: isoPeriod(period) } };
}

/** The same signed link, opening the accessible HTML page instead of the PDF. */
export function invoiceViewUrl(pdfUrl: string): string {
  return pdfUrl.replace(`/documents/${INVOICE_KIND}.pdf?`, `/documents/${INVOICE_KIND}.html?`);
}

export interface InvoiceLine {
  name: string;
  serviceCode: string;
  zone: TariffZone;
  method: Charge["method"];
  norm: Money | null;
  volume: Money | null;
  unit: string;
  tariff: Money | null;
  opening: Money;
  charged: Money;
  paid: Money;
  recalculation: Money;
  penalty: Money;
  closing: Money;
  lossesPercent: Money | null;
  transformationRatio: Money | null;
  /** What the close computed the line from (charge-inputs.ts), for «Почему такая сумма». */
  inputs: unknown;
}

export interface InvoiceSupplierPart {
  supplier: Supplier;
  lines: InvoiceLine[];
  totals: Totals;
  qrPayload: string;
  qrSvg: string;
}

export interface InvoiceData {
  number: string;
  period: Date;
  issuedAt: Date;
  dueDate: Date;
  account: {
    number: string;
    ownerLastName: string;
    ownerFirstName: string;
    ownerMiddleName: string | null;
    address: string;
    totalArea: Money | null;
    residents: number;
  };
  retailer: Supplier | null;
  parts: InvoiceSupplierPart[];
  totals: Totals;
}

export async function loadInvoice(db: PrismaClient, accountId: number, period: Date): Promise<InvoiceData> {
  const invoice = await db.invoice.findUnique({ where: { accountId_period: { accountId, period } }, include: { account: true } });
  if (!invoice) throw userError("INVOICE_NOT_FOUND", ["input", "period"], period);
  const [charges, retailer] = await Promise.all([
    db.charge.findMany({ where: { accountId, period }, include: { service: true, supplier: true } }),
    db.supplier.findFirst({ where: { kind: "RETAILER" }, orderBy: { id: "asc" } }),
  ]);
  const a = invoice.account;
  const bySupplier = new Map<number, { supplier: Supplier; lines: InvoiceLine[] }>();
  for (const c of sortCharges(charges)) {
    const part = bySupplier.get(c.supplierId) ?? { supplier: c.supplier, lines: [] };
    part.lines.push({
      name: lineName(
        c.service.name,
        c.zone,
        charges.some((o) => o.serviceId === c.serviceId && o.zone !== "ALL_DAY"),
      ),
      serviceCode: c.service.code,
      zone: c.zone,
      method: c.method,
      norm: c.norm,
      volume: c.volume,
      unit: c.service.unit,
      tariff: c.tariff,
      opening: c.openingBalance,
      charged: c.charged,
      paid: c.paid,
      recalculation: c.recalculation,
      penalty: c.penalty,
      closing: c.closingBalance,
      lossesPercent: c.lossesPercent,
      transformationRatio: c.transformationRatio,
      inputs: c.inputs,
    });
    bySupplier.set(c.supplierId, part);
  }
  const month = `${String(period.getUTCMonth() + 1).padStart(2, "0")}.${period.getUTCFullYear()}`;
  const parts: InvoiceSupplierPart[] = [];
  // The retailer first, then the others in the order their services are listed.
  const ordered = [...bySupplier.values()].sort((x, y) => Number(y.supplier.kind === "RETAILER") - Number(x.supplier.kind === "RETAILER"));
  for (const { supplier, lines } of ordered) {
    const totals = totalsOf(lines);
    const qrPayload = paymentQrPayload({
      name: supplier.name,
      personalAcc: supplier.bankAccount,
      bankName: supplier.bankName,
      bic: supplier.bik,
      correspAcc: supplier.corrAccount,
      payeeInn: supplier.inn,
      kpp: supplier.kpp,
      sum: totals.due,
      purpose: `Оплата ЖКУ по ЛС ${a.number} за ${periodName(period)}`,
      persAcc: a.number,
      lastName: a.ownerLastName,
      firstName: a.ownerFirstName,
      middleName: a.ownerMiddleName,
      payerAddress: a.address,
      paymPeriod: month,
    });
    parts.push({ supplier, lines, totals, qrPayload, qrSvg: paymentQrSvg(qrPayload) });
  }
  return {
    number: invoice.number,
    period,
    issuedAt: invoice.issuedAt,
    dueDate: invoice.dueDate,
    account: {
      number: a.number,
      ownerLastName: a.ownerLastName,
      ownerFirstName: a.ownerFirstName,
      ownerMiddleName: a.ownerMiddleName,
      address: a.address,
      totalArea: a.totalArea ? money(a.totalArea) : null,
      residents: a.residents,
    },
    retailer,
    parts,
    totals: totalsOf(parts.flatMap((p) => p.lines)),
  };
}
