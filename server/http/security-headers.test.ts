// Browser hardening on the real HTTP server: CSP, framing, referrer, HSTS and friends on a page,
// the API, a document link and a sandbox bank page; the built client sent precompressed with
// the right cache headers; CORS only for the allowed origin.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { afterAll, describe, expect, it } from "vitest";
import { bankRoutes } from "../integrations/bank/index.js";
import type { PdfRenderer } from "../integrations/pdf/chromium.js";
import { createTestApp, withTestApp } from "../test/app.js";
import { testDatabases } from "../test/db.js";
import { documentsHandler } from "./documents-route.js";
import type { IncomingMessage, ServerResponse } from "node:http";
import { documentCsp, securityHeaders } from "./security-headers.js";
import { startHttpServer, type RunningServer } from "./server.js";

const PUBLIC = "https://kabinet.example";
const JS = `console.log(${JSON.stringify("кабинет ".repeat(2000))});`;

describe("security headers and the client files", () => {
  let server: RunningServer;
  const clientDir = fs.mkdtempSync(path.join(os.tmpdir(), "kabinet-client-"));

  const t = withTestApp({
    env: { PUBLIC_URL: PUBLIC, BANK_API_URL: "https://pay.bank.example/api" },
    seed: async () => {
      fs.mkdirSync(path.join(clientDir, "assets"));
      fs.writeFileSync(path.join(clientDir, "index.html"), `<!doctype html><script type="module" src="/assets/app-1a2b3c.js"></script>`);
      fs.writeFileSync(path.join(clientDir, "assets", "app-1a2b3c.js"), JS);
      fs.writeFileSync(path.join(clientDir, "assets", "app-1a2b3c.js.br"), zlib.brotliCompressSync(JS));
      fs.writeFileSync(path.join(clientDir, "assets", "app-1a2b3c.js.gz"), zlib.gzipSync(JS));
      server = await startHttpServer(t.app, {
        port: 0,
        host: "127.0.0.1",
        clientDir,
        health: {},
        documents: documentsHandler(t.deps, {} as PdfRenderer),
        bank: bankRoutes({ bank: t.deps.bank!, sandbox: t.sandbox, onEvent: async () => {} }),
        security: { publicUrl: PUBLIC, formTargets: ["https://pay.bank.example"] },
      });
    },
  });
  afterAll(async () => {
    await server?.close();
    fs.rmSync(clientDir, { recursive: true, force: true });
  });

  const get = (p: string, init?: RequestInit) => fetch(`${server.url}${p}`, init);

  function expectHardened(res: Response) {
    const csp = res.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers.get("x-frame-options")).toBe("DENY");
    expect(res.headers.get("referrer-policy")).toBe("no-referrer");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("strict-transport-security")).toMatch(/max-age=\d{7,}/);
    expect(res.headers.get("permissions-policy")).toContain("camera=()");
    return csp;
  }

  it("hardens a page: scripts and styles from self only, connections to self and its WebSocket, forms to self and the bank", async () => {
    const res = await get("/login");
    expect(res.status).toBe(200);
    const csp = expectHardened(res);
    expect(csp).toContain("script-src 'self';");
    expect(csp).toContain("style-src 'self';");
    expect(csp).not.toContain("unsafe");
    expect(csp).toContain("connect-src 'self' wss://kabinet.example");
    expect(csp).toContain("form-action 'self' https://pay.bank.example");
    expect(csp).toContain("object-src 'none'");
  });

  it("hardens the API, a document link and a sandbox bank page", async () => {
    expectHardened(await get("/graphql", { method: "POST", headers: { "content-type": "application/json" }, body: '{"query":"{ __typename }"}' }));
    const doc = await get("/documents/invoice.html?token=forged");
    expect(doc.status).toBe(403);
    expectHardened(doc);
    const bank = await get("/sandbox-bank/");
    expect(bank.status).toBe(200);
    expect(await bank.text()).not.toMatch(/<style|style=/);
    expect(expectHardened(bank)).toContain("style-src 'self';");
    const css = await get("/sandbox-bank/style.css");
    expect(css.headers.get("content-type")).toMatch(/^text\/css/);
    expect(await css.text()).toContain(".bank__title");
  });

  it("allows a document page's own <style> by hash, nothing else", () => {
    const html = '<html><head><style>body{color:red}</style></head><body style="x"></body></html>';
    const csp = documentCsp(html);
    expect(csp).toContain("style-src 'sha256-");
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain("unsafe");
  });

  it("sends the client precompressed: hashed assets immutable, index.html revalidated, unknown paths get the app", async () => {
    const br = await get("/assets/app-1a2b3c.js", { headers: { "accept-encoding": "br, gzip" } });
    expect(br.headers.get("content-encoding")).toBe("br");
    expect(Number(br.headers.get("content-length"))).toBeLessThan(Buffer.byteLength(JS) / 5);
    expect(br.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(br.headers.get("vary")).toBe("Accept-Encoding");
    expect(await br.text()).toBe(JS); // fetch decodes it
    const gz = await get("/assets/app-1a2b3c.js", { headers: { "accept-encoding": "gzip" } });
    expect(gz.headers.get("content-encoding")).toBe("gzip");
    const page = await get("/payment/history");
    expect(page.headers.get("content-type")).toMatch(/^text\/html/);
    expect(page.headers.get("cache-control")).toBe("no-cache");
    expect((await get("/assets/missing-0000.js")).status).toBe(404);
    expect((await get("/login", { method: "POST" })).status).toBe(405);
    expect((await get("/assets/app-1a2b3c.js", { headers: { range: "bytes=50-2" } })).status).toBe(200);
  });

  it("CORS: the app's own origin is allowed with credentials, a foreign origin gets no allow-origin", async () => {
    const preflight = (origin: string) =>
      get("/graphql", {
        method: "OPTIONS",
        headers: { origin, "access-control-request-method": "POST", "access-control-request-headers": "content-type,authorization" },
      });
    const own = await preflight(PUBLIC);
    expect(own.headers.get("access-control-allow-origin")).toBe(PUBLIC);
    expect(own.headers.get("access-control-allow-credentials")).toBe("true");
    const foreign = await preflight("https://evil.example");
    expect(foreign.headers.get("access-control-allow-origin")).toBeNull();
    expect(foreign.headers.get("access-control-allow-credentials")).toBeNull();
    const post = await get("/graphql", {
      method: "POST",
      headers: { origin: "https://evil.example", "content-type": "application/json" },
      body: '{"query":"{ __typename }"}',
    });
    expect(post.headers.get("access-control-allow-origin")).toBeNull();
  });
});

describe("development pages", () => {
  const cspOf = (opts: Parameters<typeof securityHeaders>[0], url: string, accept = "text/html") => {
    const headers = new Map<string, string>();
    const res = { setHeader: (k: string, v: string) => headers.set(k, v) } as unknown as ServerResponse;
    securityHeaders(opts).apply({ method: "GET", url, headers: { accept } } as IncomingMessage, res);
    return headers.get("content-security-policy")!;
  };

  it("GraphiQL (development only) runs its CDN and inline boot script, still unframeable; the API keeps the full policy", () => {
    expect(cspOf({ publicUrl: "http://localhost:4000", graphiql: true }, "/graphql")).toBe("frame-ancestors 'none'");
    expect(cspOf({ publicUrl: "http://localhost:4000", graphiql: true }, "/graphql", "application/json")).toContain("script-src 'self';");
    expect(cspOf({ publicUrl: "http://localhost:4000" }, "/graphql")).toContain("script-src 'self';");
  });

  it("Vite's dev client may inject styles and reach its HMR socket; the built client may not", () => {
    expect(cspOf({ publicUrl: "http://localhost:4000", viteDev: true }, "/")).toContain("style-src 'self' 'unsafe-inline'");
    expect(cspOf({ publicUrl: "http://localhost:4000" }, "/")).not.toContain("unsafe-inline");
  });
});

describe("CORS_ORIGINS", () => {
  it("allows the configured origins only", async () => {
    const database = await testDatabases()[0]!.open();
    try {
      const t = createTestApp(database, { env: { PUBLIC_URL: PUBLIC, CORS_ORIGINS: "https://partner.example,https://app2.example" } });
      const ask = (origin: string) =>
        t.app.yoga.fetch("http://kabinet.test/graphql", { method: "OPTIONS", headers: { origin, "access-control-request-method": "POST" } });
      expect((await ask("https://app2.example")).headers.get("access-control-allow-origin")).toBe("https://app2.example");
      expect((await ask(PUBLIC)).headers.get("access-control-allow-origin")).toBeNull();
      expect((await ask("https://evil.example")).headers.get("access-control-allow-origin")).toBeNull();
    } finally {
      await database.close();
    }
  });
});
