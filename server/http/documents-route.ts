// GET /documents/<kind>.pdf?token=… — verifies the signed link and renders the document with
// Chromium (and /documents/<kind>.html?token=… serves a kind's HTML view, when it has one).
// Kinds map to HTML builders; access was checked when the link was signed.
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Deps } from "../context.js";
import { verifyDocumentLink } from "../domains/documents/links.js";
import { readingHistoryHtml } from "../domains/readings/history-document.js";
import { chargesDocument, invoiceDocument } from "../domains/billing/documents.js";
import { receiptDocumentKind } from "../domains/payments/receipt-kind.js";
import type { PdfRenderer } from "../integrations/pdf/chromium.js";
import { documentCsp } from "./security-headers.js";
import { log } from "../shared/log.js";
import { periodValue } from "../shared/calendar.js";
import { serveExport } from "../domains/exports/serve.js";

type Params = Record<string, string | number | boolean>;

export const DOCUMENT_KINDS: Record<
  string,
  {
    filename: (p: Params) => string;
    landscape?: boolean;
    html: (deps: Deps, p: Params) => Promise<string>;
    /** GET /documents/<kind>.html?token=… serves this page (an accessible view linking to the PDF). */
    view?: (deps: Deps, p: Params, pdfUrl: string) => Promise<string>;
  }
> = {
  charges: chargesDocument,
  invoice: invoiceDocument,
  "payment-receipt": receiptDocumentKind,
  "readings-history": {
    filename: (p) => `istoriya-pokazaniy-${p.from}-${p.to}.pdf`,
    landscape: true,
    html: (deps, p) =>
      readingHistoryHtml(deps.db, {
        accountId: Number(p.accountId),
        from: periodValue(String(p.from)),
        to: periodValue(String(p.to)),
        acceptedOnly: !!p.acceptedOnly,
        timezone: deps.config.timezone,
      }),
  },
};

export function documentsHandler(deps: Deps, pdf: PdfRenderer) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? "/", "http://x");
    const [, kind, ext] = /^\/documents\/([a-z-]+)\.(pdf|html|csv|json)$/.exec(url.pathname) ?? [];
    const claims = await verifyDocumentLink(deps.config.jwtSecret, url.searchParams.get("token") ?? "", deps.clock.now());
    // Exports (domains/exports): CSV and JSON files; any other link under those names is refused.
    const exported = ext === "csv" || ext === "json";
    if (exported && claims?.kind === kind && (await serveExport(deps, claims, ext, res))) return;
    const doc = kind && !exported ? DOCUMENT_KINDS[kind] : undefined;
    if (!doc || !claims || claims.kind !== kind || (ext === "html" && !doc.view)) {
      res.writeHead(403, { "content-type": "text/plain; charset=utf-8" }).end("Ссылка недействительна или устарела. Сформируйте документ заново.");
      return;
    }
    if (ext === "html") {
      try {
        const page = await doc.view!(deps, claims.params, `${kind}.pdf${url.search}`);
        // The page is self-contained: no scripts, nothing fetched from elsewhere.
        res.writeHead(200, { "content-type": "text/html; charset=utf-8", "content-security-policy": documentCsp(page), "cache-control": "private, no-store" });
        res.end(page);
      } catch (err) {
        log.error({ err }, "document page failed");
        res.writeHead(500, { "content-type": "text/plain; charset=utf-8" }).end("Не удалось сформировать документ. Повторите попытку позже.");
      }
      return;
    }
    try {
      const bytes = await pdf.render(await doc.html(deps, claims.params), { landscape: doc.landscape });
      res.writeHead(200, {
        "content-type": "application/pdf",
        "content-length": bytes.byteLength,
        "content-disposition": `attachment; filename="${doc.filename(claims.params)}"`,
        "cache-control": "private, no-store",
      });
      res.end(Buffer.from(bytes));
    } catch (err) {
      log.error({ err }, "document rendering failed");
      res.writeHead(500, { "content-type": "text/plain; charset=utf-8" }).end("Не удалось сформировать документ. Повторите попытку позже.");
    }
  };
}
