// GET /files/appeals/<id>/<name>?token=… — an appeal file through a signed link (see
// domains/appeals/file-links.ts), streamed from storage; /files/readings/<id>/<name>?token=… the
// same for a photo of a meter's display attached to readings (domains/readings/photo-store.ts). The type is the one recognised from
// the content at upload, the name is the sanitised one, and the browser is told not to sniff
// or render it in our origin's context.
import type { IncomingMessage, ServerResponse } from "node:http";
import { pipeline } from "node:stream/promises";
import type { Deps } from "../context.js";
import { contentDisposition } from "../domains/appeals/file-kinds.js";
import { FILES_PATH, READING_PHOTOS_PATH, verifyFileLink, type FileLinkKind } from "../domains/appeals/file-links.js";
import { storageOf } from "../integrations/storage/index.js";
import { log } from "../shared/log.js";

const text = (res: ServerResponse, status: number, body: string) =>
  void res.writeHead(status, { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" }).end(body);

export function appealFilesHandler(deps: Deps) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (req.method !== "GET" && req.method !== "HEAD") return text(res, 405, "Метод не поддерживается");
    const url = new URL(req.url ?? "/", "http://x");
    const kind: FileLinkKind = url.pathname.startsWith(READING_PHOTOS_PATH) ? "readingPhoto" : "appeal";
    const id = new RegExp(`^(?:${FILES_PATH}|${READING_PHOTOS_PATH})(\\d+)(?:/[^/]*)?$`).exec(url.pathname)?.[1];
    const tokenId = await verifyFileLink(kind, deps.config.jwtSecret, url.searchParams.get("token") ?? "", deps.clock.now());
    if (!id || tokenId === null || tokenId !== Number(id)) return text(res, 403, "Ссылка недействительна или устарела. Запросите файл заново.");
    try {
      const file =
        kind === "appeal"
          ? await deps.db.appealFile.findUnique({ where: { id: tokenId } })
          : await deps.db.readingPhoto.findUnique({ where: { id: tokenId } }).then((p) => p && { ...p, mimeType: "image/jpeg" });
      const stored = file ? await storageOf(deps).get(file.storageKey) : null;
      if (!file || !stored) return text(res, 404, "Файл не найден");
      res.writeHead(200, {
        "content-type": file.mimeType,
        "content-length": stored.size,
        "content-disposition": contentDisposition(file.fileName),
        "x-content-type-options": "nosniff",
        "content-security-policy": "default-src 'none'; sandbox",
        "cache-control": "private, no-store",
      });
      if (req.method === "HEAD") {
        stored.body.destroy();
        return void res.end();
      }
      await pipeline(stored.body, res);
    } catch (err) {
      if (res.headersSent) return void res.destroy(); // the client went away mid-download, or storage failed mid-stream
      log.error({ err }, "appeal file download failed");
      text(res, 500, "Не удалось получить файл. Повторите попытку позже.");
    }
  };
}
