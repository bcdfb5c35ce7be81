// The «Начисления» table as a printable HTML page (rendered to PDF by Chromium): the same
// columns as on screen, all-zero ones left out, a total row per month.
import type { PrismaClient } from "../../db/generated/prisma/client.js";
import { esc } from "../../shared/html.js";
import { chargeHistory, type ChargeColumn, type ChargeLine } from "./charges.js";
import { dec } from "./doc-format.js";
import { formatRub } from "../../shared/money.js";
import { METHOD_TEXT, type Totals } from "./lines.js";
import { periodTitle } from "../../shared/calendar.js";

interface Column {
  title: string;
  hideable?: ChargeColumn;
  numeric?: boolean;
  cell: (l: ChargeLine) => string;
  total?: (t: Totals) => string;
}

export const CHARGE_TABLE: Column[] = [
  { title: "Услуга", cell: (l) => esc(l.service), total: () => "Итого за месяц" },
  { title: "Поставщик", cell: (l) => esc(l.supplier) },
  { title: "Потери, %", hideable: "LOSSES_PERCENT", numeric: true, cell: (l) => dec(l.lossesPercent) },
  { title: "Коэф. трансформации", hideable: "TRANSFORMATION_RATIO", numeric: true, cell: (l) => dec(l.transformationRatio) },
  {
    title: "К оплате на начало",
    hideable: "OPENING_BALANCE",
    numeric: true,
    cell: (l) => formatRub(l.openingBalance, { unit: null }),
    total: (t) => formatRub(t.opening, { unit: null }),
  },
  { title: "Способ расчета", cell: (l) => esc(METHOD_TEXT[l.method]) },
  { title: "Норматив", hideable: "NORM", numeric: true, cell: (l) => (l.norm ? `${dec(l.norm)} ${esc(l.unit)}` : "—") },
  { title: "Объем", hideable: "VOLUME", numeric: true, cell: (l) => (l.volume ? `${dec(l.volume)} ${esc(l.unit)}` : "—") },
  { title: "Тариф, р.", hideable: "TARIFF", numeric: true, cell: (l) => dec(l.tariff) },
  {
    title: "Начислено",
    hideable: "CHARGED",
    numeric: true,
    cell: (l) => formatRub(l.charged, { unit: null }),
    total: (t) => formatRub(t.charged, { unit: null }),
  },
  { title: "Оплачено", hideable: "PAID", numeric: true, cell: (l) => formatRub(l.paid, { unit: null }), total: (t) => formatRub(t.paid, { unit: null }) },
  {
    title: "Перерасчеты",
    hideable: "RECALCULATION",
    numeric: true,
    cell: (l) => formatRub(l.recalculation, { unit: null }),
    total: (t) => formatRub(t.recalculation, { unit: null }),
  },
  { title: "Пени", hideable: "PENALTY", numeric: true, cell: (l) => formatRub(l.penalty, { unit: null }), total: (t) => formatRub(t.penalty, { unit: null }) },
  {
    title: "К оплате на конец",
    hideable: "CLOSING_BALANCE",
    numeric: true,
    cell: (l) => formatRub(l.closingBalance, { unit: null }),
    total: (t) => formatRub(t.closing, { unit: null }),
  },
];

export async function chargesHtml(db: PrismaClient, p: { accountId: number; from: Date; to: Date }): Promise<string> {
  const account = await db.account.findUniqueOrThrow({ where: { id: p.accountId } });
  const history = await chargeHistory(db, p.accountId, p.from, p.to);
  const columns = CHARGE_TABLE.filter((c) => !c.hideable || !history.emptyColumns.includes(c.hideable));
  const td = (c: Column, v: string) => `<td${c.numeric ? ' class="n"' : ""}>${v}</td>`;
  const body = history.months
    .map((m) => {
      const head = `<tr class="month"><th colspan="${columns.length}" scope="colgroup">${esc(periodTitle(m.period))}</th></tr>`;
      if (!m.lines.length) return `${head}<tr><td colspan="${columns.length}" class="none">Начислений нет</td></tr>`;
      const rows = m.lines.map((l) => `<tr>${columns.map((c) => td(c, c.cell(l))).join("")}</tr>`).join("");
      const total = `<tr class="total">${columns.map((c) => td(c, c.total ? c.total(m.totals) : "")).join("")}</tr>`;
      return head + rows + total;
    })
    .join("");
  const owner = [account.ownerLastName, account.ownerFirstName, account.ownerMiddleName].filter(Boolean).join(" ");
  return `<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>Начисления</title><style>
body{font-family:"DejaVu Sans",sans-serif;font-size:8.5pt;color:#111}h1{font-size:14pt;margin:0 0 4pt}p{margin:0 0 6pt}
table{width:100%;border-collapse:collapse}th,td{border:0.5pt solid #999;padding:2.5pt 4pt;text-align:left;vertical-align:top}td.n{text-align:right;white-space:nowrap}
thead th{background:#e8eef7}tr.month th{background:#f4f6f9}tr.total td{font-weight:bold}td.none{color:#666}
</style></head><body>
<h1>Начисления</h1>
<p>Лицевой счет ${esc(account.number)} · ${esc(owner)} · ${esc(account.address)}</p>
<p>За период с ${esc(periodTitle(p.from))} по ${esc(periodTitle(p.to))}. К оплате: долг — положительное значение, переплата — отрицательное.</p>
<table><thead><tr>${columns.map((c) => `<th scope="col">${esc(c.title)}</th>`).join("")}</tr></thead>
<tbody>${body}</tbody></table></body></html>`;
}
