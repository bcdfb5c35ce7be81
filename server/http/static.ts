// Serves the built web client (client/dist): hashed assets cached for a year, every other
// path falls back to index.html so the client's router handles it.
import fs from "node:fs";
import path from "node:path";
import type { IncomingMessage, ServerResponse } from "node:http";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".json": "application/json",
  ".woff2": "font/woff2",
  ".webmanifest": "application/manifest+json",
};

export function staticHandler(root: string) {
  const rootAbs = path.resolve(root);
  return (req: IncomingMessage, res: ServerResponse): void => {
    const url = new URL(req.url ?? "/", "http://x");
    let file = path.resolve(rootAbs, `.${decodeURIComponent(url.pathname)}`);
    if (!file.startsWith(rootAbs + path.sep) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      file = path.join(rootAbs, "index.html");
    }
    if (!fs.existsSync(file)) {
      res.writeHead(503, { "content-type": "text/plain; charset=utf-8" }).end("Web client is not built: run `npm run build`");
      return;
    }
    const immutable = url.pathname.startsWith("/assets/");
    res.writeHead(200, {
      "content-type": TYPES[path.extname(file)] ?? "application/octet-stream",
      "cache-control": immutable ? "public, max-age=31536000, immutable" : "no-cache",
      "x-content-type-options": "nosniff",
    });
    if (req.method === "HEAD") return void res.end();
    fs.createReadStream(file).pipe(res);
  };
}
