// What the browser downloads: the login page's JavaScript stays within budget (issue 17), and a
// customer who signs in and opens Главная never loads the operators' console.
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { describe, expect, it } from "vitest";
import type { Browser, Page } from "puppeteer-core";
import { DEMO, E2E_TIMEOUT, ROOT, newPage, signIn, textOf, type RunningServer, useServerAndBrowser } from "./support";

let server: RunningServer;
let browser: Browser;

useServerAndBrowser((s, b) => void ((server = s), (browser = b)));

type ManifestChunk = { file: string; src?: string; imports?: string[]; dynamicImports?: string[] };

/** The chunk files built from the operators' console sources (client/src/routes/operator/). */
function operatorChunks(): Set<string> {
  const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, "client/dist/.vite/manifest.json"), "utf8")) as Record<string, ManifestChunk>;
  return new Set(
    Object.entries(manifest)
      .filter(([src]) => src.startsWith("src/routes/operator/"))
      .map(([, c]) => `/${c.file}`),
  );
}

/** Records every script the page fetches: its path and its gzipped size (what a first visit pays). */
function recordScripts(page: Page): Map<string, number> {
  const scripts = new Map<string, number>();
  page.on("response", async (response) => {
    if (response.request().resourceType() !== "script") return;
    const body = await response.buffer().catch(() => null);
    if (body) scripts.set(new URL(response.url()).pathname, zlib.gzipSync(body, { level: 9 }).length);
  });
  return scripts;
}

describe("code splitting", () => {
  it(
    "the login page downloads at most 100 KB of JavaScript gzipped, and Главная after sign-in no operator-console code",
    async () => {
      const console = operatorChunks();
      expect(console.size).toBeGreaterThan(3); // the queue, news, meters, FAQ pages and the layout

      const page = await newPage(browser);
      const scripts = recordScripts(page);
      await page.goto(`${server.url}/login`, { waitUntil: "networkidle0" });
      const loginBytes = [...scripts.values()].reduce((a, b) => a + b, 0);
      expect(loginBytes).toBeGreaterThan(10_000);
      expect(loginBytes).toBeLessThanOrEqual(100 * 1024);

      await signIn(page, DEMO.login, DEMO.password);
      expect(await textOf(page, ".news")).toContain("Новости компании");
      await page.waitForNetworkIdle();
      expect([...scripts.keys()].filter((file) => console.has(file))).toEqual([]);

      // The same recording does see the console once an operator opens it.
      await page.goto(`${server.url}/operator/login`, { waitUntil: "networkidle0" });
      await page.waitForSelector("input[name=login]");
      expect([...scripts.keys()].some((file) => console.has(file))).toBe(true);
      await page.browserContext().close();
    },
    E2E_TIMEOUT,
  );
});
