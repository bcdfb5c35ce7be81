// Every document kind with its domain's definition: documents-route.ts renders by it and
// createDocumentLink hands links out by it.
import { chargesDocument, invoiceDocument } from "../billing/documents.js";
import { receiptDocumentKind } from "../payments/receipt-kind.js";
import { readingHistoryDocument } from "../readings/history-document.js";
import type { DocumentKind, DocumentSpec } from "./kinds.js";

export const DOCUMENTS = {
  charges: chargesDocument,
  invoice: invoiceDocument,
  "payment-receipt": receiptDocumentKind,
  "readings-history": readingHistoryDocument,
} satisfies { [K in DocumentKind]: DocumentSpec<never> };

/** What a caller names to have a document of `K` (its `grant`'s request). */
export type DocumentRequest<K extends DocumentKind> = Parameters<(typeof DOCUMENTS)[K]["grant"]>[1];
