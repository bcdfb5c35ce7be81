// GET /documents/<export kind>.csv|json?token=… (documents-route.ts hands these here): the file
// of a verified link; access was checked when it was signed.
import type { ServerResponse } from "node:http";
import type { Deps } from "../../context.js";
import type { DocumentClaims } from "../documents/links.js";
import { log } from "../../shared/log.js";
import { exportFile, isExportKind, paramsOf, type ExportFormat } from "./kinds.js";

/** False when the claims are not an export of this format: the caller refuses the link. */
export async function serveExport(deps: Deps, claims: DocumentClaims, ext: ExportFormat, res: ServerResponse): Promise<boolean> {
  if (!isExportKind(claims.kind) || claims.params.format !== ext) return false;
  try {
    const file = await exportFile(deps, claims.kind, paramsOf(claims.params), ext);
    const body = Buffer.from(file.content, "utf8");
    res.writeHead(200, {
      "content-type": file.mediaType,
      "content-length": body.byteLength,
      "content-disposition": `attachment; filename="${file.filename}"`,
      "cache-control": "private, no-store",
      "x-content-type-options": "nosniff",
    });
    res.end(body);
  } catch (err) {
    log.error({ err }, "export failed");
    res.writeHead(500, { "content-type": "text/plain; charset=utf-8" }).end("Не удалось сформировать файл. Повторите попытку позже.");
  }
  return true;
}
