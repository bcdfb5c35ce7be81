// The receipt in the documents registry (documents/registry.ts): kind "payment-receipt", a PDF
// and an HTML view of the same signed link. `buyer` is set when the payer asked for it (the
// e-mail is theirs, 6.4.5).
import type { Context, Deps } from "../../context.js";
import type { DocumentParams, DocumentSpec } from "../documents/kinds.js";
import { visibleAccounts } from "../accounts/access.js";
import { userError } from "./errors.js";
import { receiptDocument, receiptHtml } from "./receipt-document.js";

/** The receipt's «Эл. адрес покупателя» is the payer's: other customers of the account never see it. */
export const seesBuyerContact = (ctx: Context, payerId: number | null) =>
  ctx.auth.kind === "staff" || (ctx.auth.kind === "user" && ctx.auth.userId === payerId);

async function page(deps: Deps, p: DocumentParams, pdfUrl?: string): Promise<string> {
  const doc = await receiptDocument(deps.db, Number(p.paymentId), deps.config.timezone);
  if (!doc) throw new Error(`payment ${p.paymentId} has no receipt`);
  // The link says whether it was made for the payer: only their copy shows the buyer's e-mail.
  if (p.buyer !== true) doc.buyerContact = null;
  return receiptHtml(doc, { timezone: deps.config.timezone, placeOfSettlement: deps.config.publicUrl, pdfUrl });
}

export const receiptDocumentKind = {
  /** A payment of a visible account that has its receipt: else RECEIPT_NOT_FOUND. */
  grant: async (ctx: Context, r: { paymentId: number }) => {
    const payment = await ctx.db.payment.findFirst({
      where: { id: r.paymentId, account: visibleAccounts(ctx) },
      select: { id: true, userId: true, receipt: { select: { id: true } } },
    });
    if (!payment?.receipt) throw userError("RECEIPT_NOT_FOUND", ["input", "paymentId"]);
    // The buyer's e-mail is printed only on the payer's own copy.
    return { paymentId: r.paymentId, ...(seesBuyerContact(ctx, payment.userId) ? { buyer: true } : {}) };
  },
  filename: (p: DocumentParams) => `chek-${p.paymentId}.pdf`,
  html: (deps: Deps, p: DocumentParams) => page(deps, p),
  view: (deps: Deps, p: DocumentParams, pdfUrl: string) => page(deps, p, pdfUrl),
} satisfies DocumentSpec<{ paymentId: number }>;
