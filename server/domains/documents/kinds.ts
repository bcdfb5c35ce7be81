// The documents behind signed links (PDF, and an HTML view for some): one list of kinds, and what
// each kind needs to be handed out (`grant`: the caller may have it; what its link carries) and
// to be rendered (server/http/documents-route.ts). Each kind is defined in its own domain.
import type { Context, Deps } from "../../context.js";

export const DOCUMENT_KINDS = ["charges", "invoice", "payment-receipt", "readings-history"] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export function isDocumentKind(value: string): value is DocumentKind {
  return (DOCUMENT_KINDS as readonly string[]).includes(value);
}

/** What a link carries: only what rendering needs, signed (documents/links.ts). */
export type DocumentParams = Record<string, string | number | boolean>;

export interface DocumentSpec<Request> {
  /**
   * Checks that the signed-in caller may have the document (throws the userError to show
   * otherwise) and returns what its link carries.
   */
  grant: (ctx: Context, request: Request) => Promise<DocumentParams>;
  filename: (p: DocumentParams) => string;
  landscape?: boolean;
  html: (deps: Deps, p: DocumentParams) => Promise<string>;
  /** GET /documents/<kind>.html?token=… serves this page (an accessible view linking to the PDF). */
  view?: (deps: Deps, p: DocumentParams, pdfUrl: string) => Promise<string>;
}
