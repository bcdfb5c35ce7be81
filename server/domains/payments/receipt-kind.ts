// The receipt in the documents registry (server/http/documents-route.ts): kind "payment-receipt",
// a PDF and an HTML view of the same signed link. Access was checked when the link was signed,
// and `buyer` set when the payer asked for it (the e-mail is theirs, 6.4.5).
import type { Deps } from "../../context.js";
import { receiptDocument, receiptHtml } from "./receipt-document.js";

type Params = Record<string, string | number | boolean>;

async function page(deps: Deps, p: Params, pdfUrl?: string): Promise<string> {
  const doc = await receiptDocument(deps.db, Number(p.paymentId), deps.config.timezone);
  if (!doc) throw new Error(`payment ${p.paymentId} has no receipt`);
  // The link says whether it was made for the payer: only their copy shows the buyer's e-mail.
  if (p.buyer !== true) doc.buyerContact = null;
  return receiptHtml(doc, { timezone: deps.config.timezone, placeOfSettlement: deps.config.publicUrl, pdfUrl });
}

export const receiptDocumentKind = {
  filename: (p: Params) => `chek-${p.paymentId}.pdf`,
  html: (deps: Deps, p: Params) => page(deps, p),
  view: (deps: Deps, p: Params, pdfUrl: string) => page(deps, p, pdfUrl),
};
