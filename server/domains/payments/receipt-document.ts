// The receipt (чек) as a document: printable HTML (rendered to PDF through the documents
// registry, kind "payment-receipt"), the plain text of the receipt e-mail, and the data both use.
import { qrSvg } from "../../shared/qr-svg.js";
import type { PrismaClient } from "../../db/generated/prisma/client.js";
import { esc } from "../../shared/html.js";
import { KKT, receiptLines, receiptQrText } from "./receipts.js";
import { dateTime, rub } from "./texts.js";

export interface ReceiptDocument {
  paymentId: number;
  accountNumber: string;
  number: number;
  shiftNumber: number;
  issuedAt: Date;
  operation: string;
  taxation: string;
  total: string;
  lines: ReturnType<typeof receiptLines>;
  fnNumber: string;
  fiscalDocumentNumber: string;
  fiscalSign: string;
  kktRegNumber: string;
  buyerContact: string | null;
  siteUrl: string;
  seller: { name: string; inn: string; address: string | null };
  qrText: string;
}

/** The retailer as the seller (payment agent) printed on every receipt. */
export async function sellerOf(db: PrismaClient) {
  const s = await db.supplier.findFirst({ where: { kind: "RETAILER" }, orderBy: { id: "asc" }, select: { name: true, inn: true, address: true } });
  return s ?? { name: "АО «Газпром энергосбыт Тюмень»", inn: "8602067215", address: null };
}

export async function receiptDocument(db: PrismaClient, paymentId: number, timezone: string): Promise<ReceiptDocument | null> {
  const p = await db.payment.findUnique({ where: { id: paymentId }, include: { receipt: true, account: { select: { number: true } } } });
  if (!p?.receipt) return null;
  const r = p.receipt;
  return {
    paymentId,
    accountNumber: p.account.number,
    number: r.number,
    shiftNumber: r.shiftNumber,
    issuedAt: r.issuedAt,
    operation: r.operation,
    taxation: r.taxation,
    total: r.total.toFixed(2),
    lines: receiptLines(r),
    fnNumber: r.fnNumber,
    fiscalDocumentNumber: r.fiscalDocumentNumber,
    fiscalSign: r.fiscalSign,
    kktRegNumber: r.kktRegNumber,
    buyerContact: r.buyerContact,
    siteUrl: r.siteUrl,
    seller: await sellerOf(db),
    qrText: receiptQrText(r, timezone),
  };
}

export async function receiptHtml(d: ReceiptDocument, p: { timezone: string; placeOfSettlement: string; pdfUrl?: string }): Promise<string> {
  const qr = qrSvg(d.qrText);
  const row = (label: string, value: string) => `<tr><th>${esc(label)}</th><td>${esc(value)}</td></tr>`;
  const lines = d.lines
    .map(
      (l, i) => `<div class="line"><p class="line__name">${i + 1}. ${esc(l.name)}</p><table>
${row("Цена × кол-во", `${rub(l.price)} × ${l.quantity}`)}${row("Сумма", rub(l.amount))}${row("Ставка НДС", l.vat)}
${row("Признак способа расчета", l.paymentMethod)}${row("Признак предмета расчета", l.paymentObject)}${row("ИНН поставщика", l.supplierInn)}</table></div>`,
    )
    .join("");
  return `<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>Кассовый чек № ${esc(d.number)}</title><style>
body{font-family:"DejaVu Sans",sans-serif;font-size:10pt;color:#111;margin:0}
.receipt{max-width:90mm;margin:0 auto;padding:6mm 0}h1{font-size:12pt;text-align:center;margin:0 0 2pt}
.sub{text-align:center;margin:0 0 8pt}.seller{text-align:center;margin:0 0 8pt}table{width:100%;border-collapse:collapse}
th{text-align:left;font-weight:normal;color:#444;padding:1pt 4pt 1pt 0;vertical-align:top}td{text-align:right;padding:1pt 0}
.line{border-top:0.5pt dashed #999;padding:4pt 0}.line__name{margin:0 0 2pt;font-weight:bold}
.total{border-top:1pt solid #111;border-bottom:1pt solid #111;font-size:12pt;font-weight:bold;padding:4pt 0;display:flex;justify-content:space-between}
.fiscal{margin-top:6pt}.qr{text-align:center;margin-top:8pt}.qr svg{width:35mm;height:35mm}
.pdf{text-align:center;margin-top:10pt}@media print{.pdf{display:none}}
</style></head><body><div class="receipt">
<h1>Кассовый чек</h1><p class="sub">${esc(d.operation)}</p>
<p class="seller">${esc(d.seller.name)}<br>ИНН ${esc(d.seller.inn)}${d.seller.address ? `<br>${esc(d.seller.address)}` : ""}<br>Платежный агент</p>
<table>${row("Чек №", String(d.number))}${row("Смена №", String(d.shiftNumber))}${row("Дата и время", dateTime(d.issuedAt, p.timezone))}${row("Место расчетов", p.placeOfSettlement)}${row("Лицевой счет", d.accountNumber)}</table>
${lines}
<div class="total"><span>ИТОГ</span><span>${esc(rub(d.total))}</span></div>
<table>${row("Безналичными", rub(d.total))}${row("СНО", d.taxation)}</table>
<table class="fiscal">${row("РН ККТ", d.kktRegNumber)}${row("ФН №", d.fnNumber)}${row("ФД №", d.fiscalDocumentNumber)}${row("ФП", d.fiscalSign)}
${d.buyerContact ? row("Эл. адрес покупателя", d.buyerContact) : ""}${row("Сайт ФНС", d.siteUrl || KKT.siteUrl)}</table>
<div class="qr">${qr}</div>
${p.pdfUrl ? `<p class="pdf"><a href="${esc(p.pdfUrl)}">Скачать чек в PDF</a></p>` : ""}
</div></body></html>`;
}

/** The receipt as the text of an e-mail. */
export function receiptText(d: ReceiptDocument, p: { timezone: string; placeOfSettlement: string }): string {
  const lines = d.lines.map((l, i) => `${i + 1}. ${l.name}\n   ${rub(l.amount)}, ${l.vat}, ${l.paymentMethod}, ИНН поставщика ${l.supplierInn}`).join("\n");
  return [
    `Кассовый чек. ${d.operation}`,
    `${d.seller.name}, ИНН ${d.seller.inn} (платежный агент)`,
    `Чек № ${d.number}, смена № ${d.shiftNumber}, ${dateTime(d.issuedAt, p.timezone)}`,
    `Место расчетов: ${p.placeOfSettlement}`,
    "",
    lines,
    "",
    `ИТОГ: ${rub(d.total)} (безналичными)`,
    `СНО: ${d.taxation}`,
    `РН ККТ ${d.kktRegNumber}, ФН № ${d.fnNumber}, ФД № ${d.fiscalDocumentNumber}, ФП ${d.fiscalSign}`,
    `Проверить чек: ${d.siteUrl}`,
  ].join("\n");
}
