// The квитанция as one self-contained HTML page: Chromium prints it to PDF, and the same page
// is the accessible HTML view (headings, captioned tables with header cells, the QR codes as
// labelled images, a lang attribute; nothing loaded from outside).
import { esc } from "../../shared/html.js";
import { dec } from "./doc-format.js";
import { formatRub } from "../../shared/money.js";
import type { InvoiceData, InvoiceLine, InvoiceSupplierPart } from "./invoices.js";
import { explainCharge } from "./explanation.js";
import { METHOD_TEXT, type Totals } from "./lines.js";
import { periodTitle, ruDate } from "../../shared/calendar.js";

const COLUMNS = ["Услуга", "Способ расчета", "Объем", "Тариф, р.", "Долг на начало", "Начислено", "Оплачено", "Перерасчет", "Пени", "К оплате"];

function amounts(t: Pick<Totals, "opening" | "charged" | "paid" | "recalculation" | "penalty" | "closing">): string {
  return [t.opening, t.charged, t.paid, t.recalculation, t.penalty, t.closing].map((v) => `<td class="n">${formatRub(v, { unit: null })}</td>`).join("");
}

function supplierRows(part: InvoiceSupplierPart): string {
  const head = `<tr class="supplier"><th colspan="${COLUMNS.length}" scope="rowgroup">${esc(part.supplier.name)}</th></tr>`;
  const lines = part.lines
    .map(
      (l) =>
        `<tr><th scope="row">${esc(l.name)}</th><td>${esc(METHOD_TEXT[l.method])}${l.norm ? ` ${dec(l.norm)}\u00a0${esc(l.unit)}` : ""}</td>` +
        `<td class="n">${l.volume ? `${dec(l.volume)} ${esc(l.unit)}` : "—"}</td><td class="n">${dec(l.tariff)}</td>` +
        amounts({ opening: l.opening, charged: l.charged, paid: l.paid, recalculation: l.recalculation, penalty: l.penalty, closing: l.closing }) +
        "</tr>",
    )
    .join("");
  const sub = `<tr class="subtotal"><th scope="row" colspan="4">Итого по поставщику</th>${amounts(part.totals)}</tr>`;
  return head + lines + sub;
}

/** «Почему такая сумма» of every line: its steps with their values (the HTML view only). */
function explanations(d: InvoiceData, timezone: string): string {
  const explain = (l: InvoiceLine) => explainCharge({ ...l, service: l.name, openingBalance: l.opening, closingBalance: l.closing }, timezone);
  const items = d.parts
    .flatMap((p) => p.lines)
    .map((l) => {
      const e = explain(l);
      const steps = e.steps
        .map((s) => `<li><strong>${esc(s.label)}</strong>: ${esc(s.formula)} <span class="why__v">${formatRub(s.value, { unit: null })} р.</span></li>`)
        .join("");
      return `<section class="why__line"><h3>${esc(l.name)}</h3><ol>${steps}</ol><p>К оплате на конец: <strong>${formatRub(e.total, { unit: null })} р.</strong></p></section>`;
    })
    .join("");
  return `<section class="why" aria-labelledby="inv-why"><h2 id="inv-why">Почему такая сумма</h2><p class="small">Как рассчитана каждая строка: показания или норматив, тариф, перерасчет, пени и оплаты месяца.</p>${items}</section>`;
}

function requisites(s: InvoiceSupplierPart["supplier"]): string {
  return `ИНН ${esc(s.inn)}${s.kpp ? `, КПП ${esc(s.kpp)}` : ""}, р/с ${esc(s.bankAccount)} в ${esc(s.bankName)}, БИК ${esc(s.bik)}, к/с ${esc(s.corrAccount)}`;
}

export function invoiceHtml(d: InvoiceData, o: { timezone: string; pdfUrl?: string; explain?: boolean }): string {
  const owner = [d.account.ownerLastName, d.account.ownerFirstName, d.account.ownerMiddleName].filter(Boolean).join(" ");
  const title = `Квитанция № ${d.number} за ${periodTitle(d.period)}`;
  const r = d.retailer;
  const due = d.totals.due;
  const qr = d.parts
    .map(
      (p) => `<figure class="qr">
  <div class="qr__code" role="img" aria-label="QR-код для оплаты: ${esc(p.supplier.name)}, ${p.totals.due.gt(0) ? `${formatRub(p.totals.due, { unit: null })} р.` : "сумма вводится при оплате"}">${p.qrSvg}</div>
  <figcaption><strong>${esc(p.supplier.name)}</strong><br>К оплате: ${formatRub(p.totals.due, { unit: null })} р.${p.totals.penalty.gt(0) ? `, в т.ч. пени ${formatRub(p.totals.penalty, { unit: null })} р.` : ""}<br><span class="small">${requisites(p.supplier)}</span></figcaption>
</figure>`,
    )
    .join("");
  return `<!doctype html><html lang="ru"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${esc(title)}</title><style>
body{font-family:"DejaVu Sans",Arial,sans-serif;font-size:9pt;color:#111;margin:0 auto;max-width:60rem;line-height:1.35}
h1{font-size:14pt;margin:0 0 2pt}h2{font-size:10.5pt;margin:10pt 0 4pt}p{margin:0 0 4pt}.small{font-size:7.5pt;color:#333}
.bar{display:flex;gap:1rem;align-items:center;padding:.5rem 0 .75rem;border-bottom:1px solid #ccc;margin-bottom:.75rem}
.bar a{color:#0a4da3;font-weight:bold}@media print{.bar{display:none}body{max-width:none;padding:0 2pt}}
.parties{display:grid;grid-template-columns:minmax(0,1fr) minmax(0,1fr);gap:12pt}.parties section{border:0.5pt solid #999;padding:4pt 6pt}
dl{margin:0;display:grid;grid-template-columns:max-content 1fr;gap:1pt 6pt}dt{color:#444}dd{margin:0;overflow-wrap:anywhere}
.wrap{overflow-x:auto}@media print{.wrap{overflow:visible}}table{width:100%;border-collapse:collapse;font-size:7.5pt}
caption{text-align:left;font-weight:bold;padding:0 0 3pt;font-size:9pt}
th,td{border:0.5pt solid #999;padding:1.5pt 3pt;text-align:left;vertical-align:top}td.n{text-align:right;white-space:nowrap}
thead th{background:#e8eef7;font-weight:bold}tbody th{font-weight:normal}tr.supplier th{background:#f4f6f9;font-weight:bold}
tr.subtotal th,tr.subtotal td{font-weight:bold}tfoot th,tfoot td{font-weight:bold;background:#eef2f7}
.due{font-size:12pt;margin:8pt 0;border:1pt solid #111;padding:5pt 8pt}
.qrs{display:flex;flex-wrap:wrap;gap:10pt}.qr{margin:0;display:flex;gap:6pt;align-items:flex-start;width:calc(50% - 5pt);break-inside:avoid}
.qr__code{width:38mm;height:38mm;flex:none}.qr__code svg{width:100%;height:100%}
.why h3{font-size:9.5pt;margin:6pt 0 2pt}.why ol{margin:0 0 2pt;padding-left:16pt}.why li{margin:0 0 2pt}.why__v{white-space:nowrap;font-weight:bold}
@media (max-width:40rem){.parties{grid-template-columns:1fr}.qr{width:100%}body{padding:0 .75rem}}
</style></head><body>
${o.pdfUrl ? `<nav class="bar" aria-label="Действия с квитанцией"><a href="${esc(o.pdfUrl)}" download>Скачать квитанцию (PDF)</a><span class="small">Распечатать: Ctrl+P</span></nav>` : ""}
<main>
<h1>${esc(title)}</h1>
<p>Платежный документ за жилищно-коммунальные услуги · сформирован ${esc(ruDate(d.issuedAt, o.timezone))} · оплатить до ${esc(ruDate(d.dueDate))}</p>
<div class="parties">
<section aria-labelledby="inv-payee"><h2 id="inv-payee">Исполнитель</h2>${
    r
      ? `<dl><dt>Наименование</dt><dd>${esc(r.name)}</dd><dt>ИНН / КПП</dt><dd>${esc(r.inn)}${r.kpp ? ` / ${esc(r.kpp)}` : ""}</dd>${r.address ? `<dt>Адрес</dt><dd>${esc(r.address)}</dd>` : ""}${r.phone ? `<dt>Телефон</dt><dd>${esc(r.phone)}</dd>` : ""}<dt>Расчетный счет</dt><dd>${esc(r.bankAccount)}</dd><dt>Банк</dt><dd>${esc(r.bankName)}</dd><dt>БИК / к/с</dt><dd>${esc(r.bik)} / ${esc(r.corrAccount)}</dd></dl>`
      : ""
  }</section>
<section aria-labelledby="inv-payer"><h2 id="inv-payer">Плательщик</h2><dl><dt>ФИО</dt><dd>${esc(owner)}</dd><dt>Лицевой счет</dt><dd>${esc(d.account.number)}</dd><dt>Адрес</dt><dd>${esc(d.account.address)}</dd>${d.account.totalArea ? `<dt>Общая площадь</dt><dd>${dec(d.account.totalArea)} м²</dd>` : ""}<dt>Проживает</dt><dd>${d.account.residents} чел.</dd></dl></section>
</div>
<h2 id="inv-lines">Расчет размера платы</h2>
<div class="wrap"><table aria-labelledby="inv-lines"><caption>Начисления за ${esc(periodTitle(d.period))}, р. (долг — положительное значение, переплата — отрицательное)</caption>
<thead><tr>${COLUMNS.map((c) => `<th scope="col">${esc(c)}</th>`).join("")}</tr></thead>
<tbody>${d.parts.map(supplierRows).join("")}</tbody>
<tfoot><tr><th scope="row" colspan="4">Итого</th>${amounts(d.totals)}</tr></tfoot></table></div>
<p class="due"><strong>Итого к оплате: ${formatRub(due, { unit: null })} р.</strong>${d.totals.penalty.gt(0) ? ` в т.ч. пени ${formatRub(d.totals.penalty, { unit: null })} р.` : ""}${d.totals.closing.lt(0) ? ` Переплата ${formatRub(d.totals.closing.neg(), { unit: null })} р. учитывается в следующем месяце.` : ""}</p>
${o.explain ? explanations(d, o.timezone) : ""}
<h2>Оплата по QR-коду</h2>
<p class="small">Отсканируйте код в приложении банка: реквизиты получателя и сумма подставятся сами. Каждому поставщику — отдельный платеж.</p>
<div class="qrs">${qr}</div>
</main></body></html>`;
}
