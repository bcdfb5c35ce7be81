// GET /documents/<kind>.pdf?token=… — verifies the signed link and renders the document with
// Chromium (and /documents/<kind>.html?token=… serves a kind's HTML view, when it has one).
// Kinds are documents/kinds.ts's, defined in their domains (documents/registry.ts); access was
// checked when the link was signed (documents/create-link.ts).
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Deps } from "../context.js";
import { verifyDocumentLink } from "../domains/documents/links.js";
import { isDocumentKind, type DocumentSpec } from "../domains/documents/kinds.js";
import { DOCUMENTS } from "../domains/documents/registry.js";
import type { PdfRenderer } from "../integrations/pdf/chromium.js";
import { documentCsp } from "./security-headers.js";
import { log } from "../shared/log.js";
import { serveExport } from "../domains/exports/serve.js";

export function documentsHandler(deps: Deps, pdf: PdfRenderer) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? "/", "http://x");
    const [, kind, ext] = /^\/documents\/([a-z-]+)\.(pdf|html|csv|json)$/.exec(url.pathname) ?? [];
    const claims = await verifyDocumentLink(deps.config.jwtSecret, url.searchParams.get("token") ?? "", deps.clock.now());
    // Exports (domains/exports): CSV and JSON files; any other link under those names is refused.
    const exported = ext === "csv" || ext === "json";
    if (exported && claims?.kind === kind && (await serveExport(deps, claims, ext, res))) return;
    const doc: DocumentSpec<never> | undefined = kind && !exported && isDocumentKind(kind) ? DOCUMENTS[kind] : undefined;
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
