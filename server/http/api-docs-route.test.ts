// The API reference (issue 16 item 6): `npm run docs:build` generates it from schema.graphql with
// SpectaQL, and a production app serves it at /docs/ with its own CSP, next to /schema.graphql.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { buildSchema, parse, validate } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SCHEMA_FILE } from "../graphql/print-schema.js";
import { printSdl } from "../graphql/schema.js";
import { PROJECT_ROOT } from "../shared/project-root.js";
import { withTestApp } from "../test/app.js";
import { apiDocsRoutes, DOCS_CSP } from "./api-docs-route.js";
import { startHttpServer, type RunningServer } from "./server.js";

const PRODUCTION = { NODE_ENV: "production", JWT_SECRET: "p".repeat(40), BANK_WEBHOOK_SECRET: "w".repeat(40), BANK_PROVIDER: "sandbox" };
const sdl = fs.readFileSync(SCHEMA_FILE, "utf8");
const schema = buildSchema(sdl);
const rootFields = (kind: "query" | "mutation" | "subscription") =>
  Object.values({ query: schema.getQueryType(), mutation: schema.getMutationType(), subscription: schema.getSubscriptionType() }[kind]!.getFields());
const decode = (html: string) =>
  html
    .replace(/<[^>]+>/g, "")
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");

describe("the API reference", () => {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), "kabinet-docs-"));
  let html: string;
  let buildMs: number;
  beforeAll(() => {
    const started = Date.now();
    execFileSync(process.execPath, ["server/api-docs/build.mjs", "--out", out], { cwd: PROJECT_ROOT, stdio: "pipe" });
    buildMs = Date.now() - started;
    html = fs.readFileSync(path.join(out, "index.html"), "utf8");
  }, 180_000);
  afterAll(() => fs.rmSync(out, { recursive: true, force: true }));

  it("is generated from the schema: every query, mutation and subscription with its description and arguments", () => {
    expect(buildMs).toBeGreaterThan(0);
    for (const kind of ["query", "mutation", "subscription"] as const) {
      for (const field of rootFields(kind)) {
        const at = html.indexOf(`id="${kind}-${field.name}"`);
        expect(at, `${kind} ${field.name}`).toBeGreaterThan(0);
        const section = decode(html.slice(at, html.indexOf("</section>", at)));
        // (markdown renders quotes and code spans: compared by letters and digits)
        const letters = (text: string) => text.replace(/[^\p{L}\p{N}]+/gu, "");
        if (field.description) expect(letters(section), `${field.name}'s description`).toContain(letters(field.description.split("\n")[0]!).slice(0, 40));
        for (const arg of field.args) expect(section, `${field.name}(${arg.name})`).toContain(arg.name);
      }
    }
  });

  it("has a curl and a TypeScript example for each query and mutation, graphql-ws for subscriptions, and each document validates", () => {
    const count = (cls: string) => html.split(`class="example-section example-section-is-code ${cls}"`).length - 1;
    const operations = rootFields("query").length + rootFields("mutation").length;
    expect(count("operation-curl-example")).toBe(operations);
    expect(count("operation-fetch-example")).toBe(operations);
    expect(count("operation-ws-example")).toBe(rootFields("subscription").length);
    const bodies = [...decode(html).matchAll(/--data-binary @- <<'JSON'\n([\s\S]*?)\nJSON/g)].map((m) => JSON.parse(m[1]!) as { query: string });
    expect(bodies.length).toBeGreaterThanOrEqual(operations);
    for (const body of bodies) expect(validate(schema, parse(body.query)), body.query.slice(0, 80)).toEqual([]);
  });

  it("holds the guides: the three ways to authenticate, pagination, idempotency, limits, subscriptions, document links, bank webhooks", () => {
    const text = decode(html);
    for (const phrase of [
      "X-Api-Key",
      "kab_pat_",
      "sessionCreate",
      "pageInfo",
      "idempotencyKey",
      "Retry-After",
      "graphql-transport-ws",
      "4403",
      "/documents/",
      "Bank-Signature",
      "/bank/webhook/rest",
      "PERSISTED_OPERATION_REQUIRED",
      "Доступ для приложений",
    ]) {
      expect(text, phrase).toContain(phrase);
    }
  });

  it("needs no inline script or style (served under a CSP without 'unsafe-inline') and fetches nothing from elsewhere", () => {
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(html).not.toMatch(/<style\b|\sstyle="|\son[a-z]+="/);
    expect(html).not.toMatch(/<(script|link|img)[^>]+(src|href)="(https?:)?\/\//);
    for (const copy of ["index.html.br", "index.html.gz"]) expect(fs.existsSync(path.join(out, copy)), copy).toBe(true);
  });

  describe("served by a production app", () => {
    let server: RunningServer;
    const prod = withTestApp({
      env: PRODUCTION,
      seed: async () => {
        server = await startHttpServer(prod.app, {
          port: 0,
          host: "127.0.0.1",
          clientDir: "/nonexistent",
          health: {},
          apiDocs: apiDocsRoutes({ dir: out, sdl: printSdl }),
          security: { publicUrl: "https://lk.example.ru" },
        });
      },
    });
    afterAll(async () => {
      await server?.close();
    });

    it("answers /docs/ with the reference naming the queries, under its own CSP and the app's other headers", async () => {
      const redirect = await fetch(`${server.url}/docs`, { redirect: "manual" });
      expect(redirect.status).toBe(308);
      expect(redirect.headers.get("location")).toBe("/docs/");

      const res = await fetch(`${server.url}/docs/`);
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toBe("text/html; charset=utf-8");
      expect(res.headers.get("content-security-policy")).toBe(DOCS_CSP);
      expect(res.headers.get("x-frame-options")).toBe("DENY");
      expect(res.headers.get("strict-transport-security")).toMatch(/max-age=/);
      const page = await res.text();
      expect(page).toContain('id="query-viewer"');
      expect(page).toContain('id="mutation-meterReadingsSubmit"');

      // The page's own files, compressed when the browser takes it; nothing else under /docs/.
      const css = await fetch(`${server.url}/docs/stylesheets/spectaql.min.css`, { headers: { "accept-encoding": "br" } });
      expect(css.status).toBe(200);
      expect(css.headers.get("content-type")).toBe("text/css; charset=utf-8");
      expect(css.headers.get("content-encoding")).toBe("br");
      expect((await css.text()).length).toBeGreaterThan(1000); // fetch decodes brotli
      expect((await fetch(`${server.url}/docs/javascripts/spectaql.min.js`)).status).toBe(200);
      for (const p of ["/docs/nope.html", "/docs/index.html.br", "/docs/..%2f..%2fpackage.json"])
        expect((await fetch(`${server.url}${p}`)).status, p).toBe(404);
      expect((await fetch(`${server.url}/docs/`, { method: "POST" })).status).toBe(405);
      const etag = res.headers.get("etag")!;
      expect((await fetch(`${server.url}/docs/`, { headers: { "if-none-match": etag } })).status).toBe(304);
    });

    it("serves the SDL at /schema.graphql while introspection is off", async () => {
      const res = await fetch(`${server.url}/schema.graphql`);
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toBe("text/plain; charset=utf-8");
      expect(await res.text()).toBe(sdl);
      const introspection = await fetch(`${server.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-api-key": "none" },
        body: JSON.stringify({ query: "{ __schema { queryType { name } } }" }),
      });
      expect(JSON.stringify(await introspection.json())).not.toContain('"queryType"');
    });
  });
});
