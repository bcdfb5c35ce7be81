// The billing documents behind signed links (server/http/documents-route.ts): «Начисления» as
// a PDF, and the квитанция as a PDF or as its accessible HTML page (same token, .html).
import type { Deps } from "../../context.js";
import { chargesHtml } from "./charges-document.js";
import { invoiceHtml } from "./invoice-document.js";
import { INVOICE_KIND, loadInvoice } from "./invoices.js";
import { periodValue } from "../../shared/calendar.js";

type Params = Record<string, string | number | boolean>;
const period = (p: string | number | boolean) => periodValue(String(p));

export const CHARGES_KIND = "charges";

export const chargesDocument = {
  filename: (p: Params) => `nachisleniya-${p.from}-${p.to}.pdf`,
  landscape: true,
  html: (deps: Deps, p: Params) => chargesHtml(deps.db, { accountId: Number(p.accountId), from: period(p.from!), to: period(p.to!) }),
};

export const invoiceDocument = {
  filename: (p: Params) => `kvitanciya-${p.period}.pdf`,
  html: async (deps: Deps, p: Params) => invoiceHtml(await loadInvoice(deps.db, Number(p.accountId), period(p.period!)), { timezone: deps.config.timezone }),
  /** The HTML view links to the PDF of the same token and explains every line («Почему такая сумма»). */
  view: async (deps: Deps, p: Params, pdfUrl: string) =>
    invoiceHtml(await loadInvoice(deps.db, Number(p.accountId), period(p.period!)), { timezone: deps.config.timezone, pdfUrl, explain: true }),
};

export { INVOICE_KIND };
