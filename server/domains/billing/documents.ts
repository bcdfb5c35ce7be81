// The billing documents behind signed links (documents/registry.ts): «Начисления» as a PDF, and
// the квитанция as a PDF or as its accessible HTML page (same token, .html).
import type { Context, Deps } from "../../context.js";
import type { DocumentParams, DocumentSpec } from "../documents/kinds.js";
import { requireVisibleAccount } from "../accounts/access.js";
import { chargesHtml } from "./charges-document.js";
import { userError } from "./errors.js";
import { invoiceHtml } from "./invoice-document.js";
import { invoiceLinkClaims, loadInvoice } from "./invoices.js";
import { checkMonthRange } from "../../shared/month-range.js";
import { isoPeriod, periodValue } from "../../shared/calendar.js";

const period = (p: string | number | boolean) => periodValue(String(p));

export const chargesDocument = {
  /** «с» / «по» of «Начисления» (at most 36 months). */
  grant: async (ctx: Context, r: { accountId: number; from: Date; to: Date }) => {
    const accountId = await requireVisibleAccount(ctx, r.accountId);
    checkMonthRange(r.from, r.to);
    return { accountId, from: isoPeriod(r.from), to: isoPeriod(r.to) };
  },
  filename: (p: DocumentParams) => `nachisleniya-${p.from}-${p.to}.pdf`,
  landscape: true,
  html: (deps: Deps, p: DocumentParams) => chargesHtml(deps.db, { accountId: Number(p.accountId), from: period(p.from!), to: period(p.to!) }),
} satisfies DocumentSpec<{ accountId: number; from: Date; to: Date }>;

export const invoiceDocument = {
  /** The invoice of a month: INVOICE_NOT_FOUND until that month has one. */
  grant: async (ctx: Context, r: { accountId: number; period: Date }) => {
    const accountId = await requireVisibleAccount(ctx, r.accountId);
    const invoice = await ctx.db.invoice.findUnique({ where: { accountId_period: { accountId, period: r.period } }, select: { id: true } });
    if (!invoice) throw userError("INVOICE_NOT_FOUND", ["input", "period"], r.period);
    return invoiceLinkClaims(accountId, r.period).params;
  },
  filename: (p: DocumentParams) => `kvitanciya-${p.period}.pdf`,
  html: async (deps: Deps, p: DocumentParams) =>
    invoiceHtml(await loadInvoice(deps.db, Number(p.accountId), period(p.period!)), { timezone: deps.config.timezone }),
  /** The HTML view links to the PDF of the same token and explains every line («Почему такая сумма»). */
  view: async (deps: Deps, p: DocumentParams, pdfUrl: string) =>
    invoiceHtml(await loadInvoice(deps.db, Number(p.accountId), period(p.period!)), { timezone: deps.config.timezone, pdfUrl, explain: true }),
} satisfies DocumentSpec<{ accountId: number; period: Date }>;
