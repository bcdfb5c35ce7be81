// The receipt (чек) as a document: printable HTML (rendered to PDF through the documents
// registry, kind "payment-receipt"), the plain text of the receipt e-mail, and the data both use.
import { qrSvg } from "../../shared/qr-svg.js";
import type { PrismaClient } from "../../db/generated/prisma/client.js";
import { esc } from "../../shared/html.js";
import { KKT, receiptLines, receiptQrText } from "./receipts.js";
import { ruDateTime } from "../../shared/calendar.js";
import { vatTotals } from "./vat.js";
import { formatRub } from "../../shared/money.js";

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

// One A4 page (and an e-mail body, hence tables rather than flex): the lines as rows of one table,
// the sums per VAT rate under ИТОГ, the fiscal data beside the QR code. The old tall 90 mm column
// pushed the QR onto a page of its own from four lines on.
export async function receiptHtml(d: ReceiptDocument, p: { timezone: string; placeOfSettlement: string; pdfUrl?: string }): Promise<string> {
  const qr = qrSvg(d.qrText);
  const row = (label: string, value: string) => `<tr><th>${esc(label)}</th><td>${esc(value)}</td></tr>`;
  const lines = d.lines
    .map(
      (
        l,
        i,
      ) => `<tr><td class="n">${i + 1}</td><td class="item"><b>${esc(l.name)}</b><small>${esc(l.paymentMethod)} · ${esc(l.paymentObject)} · ИНН поставщика ${esc(l.supplierInn)}</small></td>
<td>${esc(formatRub(l.price, { unit: "р." }))}&nbsp;×&nbsp;${l.quantity}</td><td>${esc(formatRub(l.amount, { unit: "р." }))}</td><td class="vat">${esc(l.vat)}</td><td>${l.vatAmount === null ? "—" : esc(formatRub(l.vatAmount, { unit: "р." }))}</td></tr>`,
    )
    .join("\n");
  const totals = vatTotals(d.lines)
    .map(
      (v) =>
        `<tr><th>${esc(v.label)}</th><td>${esc(formatRub(v.amount, { unit: "р." }))}</td><td>${v.vatAmount === null ? "—" : esc(formatRub(v.vatAmount, { unit: "р." }))}</td></tr>`,
    )
    .join("");
  return `<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>Кассовый чек № ${esc(d.number)}</title><style>
@page{size:A4}
body{font-family:"DejaVu Sans",sans-serif;font-size:9pt;color:#111;margin:0}
.receipt{max-width:180mm;margin:0 auto}h1{font-size:13pt;text-align:center;margin:0 0 2pt}
.sub,.seller{text-align:center;margin:0 0 6pt}table{width:100%;border-collapse:collapse}
th{text-align:left;font-weight:normal;color:#444;padding:1pt 6pt 1pt 0;vertical-align:top}td{text-align:right;padding:1pt 0;vertical-align:top}
.meta td{text-align:left;padding-right:8pt}.meta th{white-space:nowrap}
.lines{margin-top:6pt}.lines thead th{font-size:8pt;border-bottom:1pt solid #111;text-align:right;padding:2pt 0 2pt 6pt}
.lines thead th:nth-child(-n+2){text-align:left}.lines tbody td{border-bottom:0.5pt dashed #999;padding:3pt 0 3pt 6pt;white-space:nowrap}
.lines td.n{padding-left:0;text-align:left;width:5mm}.lines td.item{text-align:left;white-space:normal}
.lines small{display:block;color:#444;font-size:7.5pt;margin-top:1pt}.lines b{font-weight:600}.lines tr{break-inside:avoid}
.total{border-bottom:1pt solid #111;font-size:12pt;font-weight:bold}.total th{color:#111;font-weight:bold;padding:4pt 0}.total td{padding:4pt 0}
.bytax{margin:3pt 0}.bytax th,.bytax td{padding:1pt 0 1pt 10pt}.bytax th:first-child{padding-left:0}.bytax thead th{font-size:8pt;text-align:right}.bytax thead th:first-child{text-align:left}
.foot{break-inside:avoid}.foot td.left{text-align:left;padding-right:10mm}.foot td.qr{width:38mm;text-align:right;vertical-align:top;padding-top:4pt}.qr svg{width:36mm;height:36mm}
.fiscal{border-top:0.5pt dashed #999}.pdf{text-align:center;margin-top:10pt}@media print{.pdf{display:none}}
</style></head><body><div class="receipt">
<h1>Кассовый чек</h1><p class="sub">${esc(d.operation)}</p>
<p class="seller">${esc(d.seller.name)}, ИНН ${esc(d.seller.inn)}${d.seller.address ? `<br>${esc(d.seller.address)}` : ""}<br>Платежный агент</p>
<table class="meta"><tr><th>Чек №</th><td>${esc(d.number)}</td><th>Дата и время</th><td>${esc(ruDateTime(d.issuedAt, p.timezone))}</td></tr>
<tr><th>Смена №</th><td>${esc(d.shiftNumber)}</td><th>Место расчетов</th><td>${esc(p.placeOfSettlement)}</td></tr>
<tr><th>Лицевой счет</th><td>${esc(d.accountNumber)}</td><th>СНО</th><td>${esc(d.taxation)}</td></tr></table>
<table class="lines"><thead><tr><th>№</th><th>Предмет расчета</th><th>Цена × кол-во</th><th>Сумма</th><th>Ставка НДС</th><th>Сумма НДС</th></tr></thead><tbody>
${lines}
</tbody></table>
<div class="foot"><table class="total"><tr><th>ИТОГ</th><td>${esc(formatRub(d.total, { unit: "р." }))}</td></tr></table>
<table><tr><td class="left"><table>${row("Безналичными", formatRub(d.total, { unit: "р." }))}</table>
<table class="bytax"><thead><tr><th>Ставка НДС</th><th>Сумма расчета</th><th>Сумма НДС</th></tr></thead><tbody>${totals}</tbody></table>
<table class="fiscal">${row("РН ККТ", d.kktRegNumber)}${row("ФН №", d.fnNumber)}${row("ФД №", d.fiscalDocumentNumber)}${row("ФП", d.fiscalSign)}
${d.buyerContact ? row("Эл. адрес покупателя", d.buyerContact) : ""}${row("Сайт ФНС", d.siteUrl || KKT.siteUrl)}</table></td>
<td class="qr">${qr}</td></tr></table></div>
${p.pdfUrl ? `<p class="pdf"><a href="${esc(p.pdfUrl)}">Скачать чек в PDF</a></p>` : ""}
</div></body></html>`;
}

/** The receipt as the text of an e-mail. */
export function receiptText(d: ReceiptDocument, p: { timezone: string; placeOfSettlement: string }): string {
  const lines = d.lines
    .map(
      (l, i) =>
        `${i + 1}. ${l.name}\n   ${formatRub(l.amount, { unit: "р." })}, ${l.vat}${l.vatAmount === null ? "" : ` (${formatRub(l.vatAmount, { unit: "р." })})`}, ${l.paymentMethod}, ИНН поставщика ${l.supplierInn}`,
    )
    .join("\n");
  const totals = vatTotals(d.lines).map(
    (v) => `${v.label}: ${formatRub(v.amount, { unit: "р." })}${v.vatAmount === null ? "" : `, НДС ${formatRub(v.vatAmount, { unit: "р." })}`}`,
  );
  return [
    `Кассовый чек. ${d.operation}`,
    `${d.seller.name}, ИНН ${d.seller.inn} (платежный агент)`,
    `Чек № ${d.number}, смена № ${d.shiftNumber}, ${ruDateTime(d.issuedAt, p.timezone)}`,
    `Место расчетов: ${p.placeOfSettlement}`,
    "",
    lines,
    "",
    `ИТОГ: ${formatRub(d.total, { unit: "р." })} (безналичными)`,
    ...totals,
    `СНО: ${d.taxation}`,
    `РН ККТ ${d.kktRegNumber}, ФН № ${d.fnNumber}, ФД № ${d.fiscalDocumentNumber}, ФП ${d.fiscalSign}`,
    `Проверить чек: ${d.siteUrl}`,
  ].join("\n");
}
