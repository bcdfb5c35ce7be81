// Persisted operations in the browser (issue 16 item 4), with PERSISTED_OPERATIONS_ONLY=true as
// production runs: the web client signs in and shows the home page sending only hashes; a document
// of the page's own is refused, and the same document with the partner key runs.
import type { Browser } from "puppeteer-core";
import { describe, expect, it } from "vitest";
import { DEMO, E2E_TIMEOUT, newPage, signIn, textOf, useServerAndBrowser, type RunningServer } from "./support.js";

const NEWS = "query HomeNews { news(first: 4) { id publishedAt title url } }";

describe("persisted operations only (as in production)", () => {
  let server: RunningServer;
  let browser: Browser;
  useServerAndBrowser((s, b) => ((server = s), (browser = b)), { PERSISTED_OPERATIONS_ONLY: "true" });

  it(
    "the web client works by hash; another document is refused unless it carries a partner key",
    async () => {
      const page = await newPage(browser);
      const bodies: { query?: string; extensions?: { persistedQuery?: { sha256Hash?: string } } }[] = [];
      page.on("request", (req) => {
        if (req.url().endsWith("/graphql") && req.method() === "POST" && req.headers()["content-type"]?.includes("json"))
          bodies.push(JSON.parse(req.postData() ?? "{}"));
      });
      await page.goto(`${server.url}/login`);
      await signIn(page, DEMO.login, DEMO.password);
      await page.waitForFunction(() => document.querySelector(".customer")?.textContent?.includes("0710000000"));
      expect(await textOf(page, ".customer")).toContain("ЛС:0710000000");
      expect(bodies.length).toBeGreaterThan(1);
      for (const body of bodies) {
        expect(body.query, JSON.stringify(body).slice(0, 120)).toBeUndefined();
        expect(body.extensions?.persistedQuery?.sha256Hash).toMatch(/^sha256:[0-9a-f]{64}$/);
      }

      const send = (headers: Record<string, string>) =>
        page.evaluate(
          async (query, extra) => {
            const res = await fetch("/graphql", { method: "POST", headers: { "content-type": "application/json", ...extra }, body: JSON.stringify({ query }) });
            return { status: res.status, body: await res.json() };
          },
          NEWS,
          headers,
        );
      const refused = await send({});
      expect(refused.status).toBe(400);
      expect(refused.body.errors[0].extensions.code).toBe("PERSISTED_OPERATION_REQUIRED");
      expect(refused.body.errors[0].message).toMatch(/только операции веб-клиента/);
      const partner = await send({ "x-api-key": "kab_demo_askue_0000000000000000" });
      expect(partner.status).toBe(200);
      expect(partner.body.errors).toBeUndefined();
      expect(partner.body.data.news.length).toBeGreaterThan(0);
      await page.browserContext().close();
    },
    E2E_TIMEOUT,
  );
});
