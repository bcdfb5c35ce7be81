// The «История показаний» table as a printable HTML page (rendered to PDF by Chromium).
import type { PrismaClient } from "../../db/generated/prisma/client.js";
import type { Context, Deps } from "../../context.js";
import type { DocumentParams, DocumentSpec } from "../documents/kinds.js";
import { requireVisibleAccount } from "../accounts/access.js";
import { checkMonthRange } from "../../shared/month-range.js";
import { isoPeriod, periodTitle, periodValue, ruDate } from "../../shared/calendar.js";
import { esc } from "../../shared/html.js";
import { readingHistory } from "./history.js";
import { METER_STATUS_TEXT as STATUS, READING_SOURCE_TEXT as SOURCE, ZONE_TEXT as ZONE } from "./texts.js";

// Zone labels are printed for every zone, as paper has no icons' hover.
/** As on the screen: a comma, no trailing zeros ("2640.500" → "2640,5"). */
const reading = (v: { toString(): string }) =>
  v
    .toString()
    .replace(/(\.\d*?)0+$/, "$1")
    .replace(/\.$/, "")
    .replace(".", ",");

export async function readingHistoryHtml(
  db: PrismaClient,
  p: { accountId: number; from: Date; to: Date; acceptedOnly: boolean; timezone: string },
): Promise<string> {
  const account = await db.account.findUniqueOrThrow({ where: { id: p.accountId } });
  const months = await readingHistory(db, p.accountId, p.from, p.to, p.acceptedOnly);
  const rows = months
    .map((m) => {
      const head = `<tr class="month"><th colspan="7">${esc(periodTitle(m.period))}</th></tr>`;
      const body = m.rows
        .map(
          (r) =>
            `<tr${r.status === "ACCEPTED" ? "" : ' class="pending"'}><td>${esc(ruDate(r.submittedAt, p.timezone))}</td><td>${esc(r.resource)}</td><td class="m">${esc(r.meterNumber)} (${esc(STATUS[r.meterStatus])})</td>` +
            `<td class="n">${esc(reading(r.value))} ${esc(r.unit)}</td><td>${esc(ZONE[r.zone])}</td>` +
            `<td class="n">${r.difference ? `${esc(reading(r.difference))} ${esc(r.unit)}` : "—"}</td>` +
            `<td>${esc(SOURCE[r.source])}${r.status === "ACCEPTED" ? "" : ' <span class="mark">Не принято к расчету</span>'}</td></tr>`,
        )
        .join("");
      return head + body;
    })
    .join("");
  const owner = [account.ownerLastName, account.ownerFirstName, account.ownerMiddleName].filter(Boolean).join(" ");
  return `<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>История показаний</title><style>
body{font-family:"DejaVu Sans",sans-serif;font-size:10pt;color:#111}h1{font-size:14pt;margin:0 0 4pt}p{margin:0 0 8pt}
table{width:100%;border-collapse:collapse}th,td{border:0.5pt solid #999;padding:3pt 5pt;text-align:left}td.n{text-align:right;white-space:nowrap}td.m{white-space:nowrap}
thead th{background:#e8eef7}tr.pending td{font-style:italic}.mark{font-style:normal;font-weight:bold;white-space:nowrap}tr.month th{background:#f4f6f9;font-weight:bold}
</style></head><body>
<h1>Показания приборов учета — история показаний</h1>
<p>Лицевой счет ${esc(account.number)} · ${esc(owner)} · ${esc(account.address)}</p>
<p>За период с ${esc(periodTitle(p.from))} по ${esc(periodTitle(p.to))}${p.acceptedOnly ? " · только принятые к расчету" : ""}</p>
<table><thead><tr><th>Дата передачи</th><th>Ресурс</th><th>Номер ПУ</th><th>Переданные показания</th><th>Зона суток</th><th>Разница с предыдущими</th><th>Способ передачи</th></tr></thead>
<tbody>${rows}</tbody></table></body></html>`;
}

/** «Сохранить в PDF» of «История показаний» in the documents registry (documents/registry.ts). */
export const readingHistoryDocument = {
  /** «с» / «по» are checked as the history checks them (at most 36 months): no need to read it. */
  grant: async (ctx: Context, r: { accountId: number; from: Date; to: Date; acceptedOnly: boolean }) => {
    const accountId = await requireVisibleAccount(ctx, r.accountId);
    checkMonthRange(r.from, r.to);
    return { accountId, from: isoPeriod(r.from), to: isoPeriod(r.to), acceptedOnly: r.acceptedOnly };
  },
  filename: (p: DocumentParams) => `istoriya-pokazaniy-${p.from}-${p.to}.pdf`,
  landscape: true,
  html: (deps: Deps, p: DocumentParams) =>
    readingHistoryHtml(deps.db, {
      accountId: Number(p.accountId),
      from: periodValue(String(p.from)),
      to: periodValue(String(p.to)),
      acceptedOnly: !!p.acceptedOnly,
      timezone: deps.config.timezone,
    }),
} satisfies DocumentSpec<{ accountId: number; from: Date; to: Date; acceptedOnly: boolean }>;
