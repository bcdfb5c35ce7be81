// GET /docs/ — the API reference built by `npm run docs:build` (SpectaQL, server/api-docs/build.mjs)
// into dist/docs — and GET /schema.graphql, the SDL of the running schema. Both in production too:
// introspection is off there, so this is how partners read the schema. The reference is a few
// files, read once at start with their brotli/gzip copies: only those names are served.
import { createHash } from "node:crypto";
import fs from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import path from "node:path";
import { answerPlain } from "./boundary.js";

export const DOCS_PREFIX = "/docs/";
export const SCHEMA_PATH = "/schema.graphql";

/**
 * The reference's own CSP: SpectaQL's page runs one script file and one stylesheet of its own and
 * fetches nothing (no inline script or style, checked by the route's test).
 */
export const DOCS_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
};

interface Asset {
  type: string;
  etag: string;
  raw: Buffer;
  br?: Buffer;
  gz?: Buffer;
}

function loadAssets(dir: string): Map<string, Asset> {
  const assets = new Map<string, Asset>();
  const walk = (sub: string) => {
    for (const entry of fs.readdirSync(path.join(dir, sub), { withFileTypes: true })) {
      const rel = path.posix.join(sub, entry.name);
      if (entry.isDirectory()) walk(rel);
      else if (TYPES[path.extname(entry.name)]) {
        const file = path.join(dir, rel);
        const raw = fs.readFileSync(file);
        const copy = (ext: string) => (fs.existsSync(file + ext) ? fs.readFileSync(file + ext) : undefined);
        const etag = `"${createHash("sha256").update(raw).digest("base64url").slice(0, 22)}"`;
        assets.set(rel, { type: TYPES[path.extname(entry.name)]!, etag, raw, br: copy(".br"), gz: copy(".gz") });
      }
    }
  };
  if (fs.existsSync(path.join(dir, "index.html"))) walk("");
  return assets;
}

/** Answers /docs, /docs/… and /schema.graphql (true), or leaves the request to the next route (false). */
export function apiDocsRoutes(o: { dir: string; sdl: () => string }) {
  const assets = loadAssets(o.dir);
  let sdl: Asset | undefined;
  const sdlAsset = () => {
    if (sdl) return sdl;
    const raw = Buffer.from(o.sdl());
    return (sdl = { type: "text/plain; charset=utf-8", etag: `"${createHash("sha256").update(raw).digest("base64url").slice(0, 22)}"`, raw });
  };

  return (req: IncomingMessage, res: ServerResponse, urlPath: string): boolean => {
    const docs = urlPath === "/docs" || urlPath.startsWith(DOCS_PREFIX);
    if (!docs && urlPath !== SCHEMA_PATH) return false;
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.setHeader("allow", "GET, HEAD");
      answerPlain(res, 405, "Метод не поддерживается");
      return true;
    }
    if (urlPath === SCHEMA_PATH) {
      send(req, res, sdlAsset());
      return true;
    }
    res.setHeader("content-security-policy", DOCS_CSP);
    // The page's links are relative (javascripts/…): it lives at /docs/.
    if (urlPath === "/docs") {
      res.writeHead(308, { location: DOCS_PREFIX }).end();
      return true;
    }
    if (!assets.size) {
      answerPlain(res, 503, "API reference is not built: run `npm run docs:build`");
      return true;
    }
    const asset = assets.get(urlPath.slice(DOCS_PREFIX.length) || "index.html");
    if (!asset) answerPlain(res, 404, "Не найдено");
    else send(req, res, asset);
    return true;
  };
}

function send(req: IncomingMessage, res: ServerResponse, asset: Asset): void {
  const headers: Record<string, string> = { "content-type": asset.type, etag: asset.etag, "cache-control": "no-cache", vary: "accept-encoding" };
  if (req.headers["if-none-match"] === asset.etag) {
    res.writeHead(304, headers).end();
    return;
  }
  const accepts = String(req.headers["accept-encoding"] ?? "");
  let body = asset.raw;
  if (asset.br && /\bbr\b/.test(accepts)) [body, headers["content-encoding"]] = [asset.br, "br"];
  else if (asset.gz && /\bgzip\b/.test(accepts)) [body, headers["content-encoding"]] = [asset.gz, "gzip"];
  headers["content-length"] = String(body.length);
  res.writeHead(200, headers).end(req.method === "HEAD" ? undefined : body);
}
