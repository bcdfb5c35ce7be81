// First visit as a new user would, and an attacker's page: the login page's JavaScript arrives
// compressed (bytes on the wire), and the app cannot be framed by another origin. (Every e2e
// test fails on a CSP violation: support.ts.)
import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import type { Browser } from "puppeteer-core";
import { describe, expect, it } from "vitest";
import { E2E_TIMEOUT, newPage, ROOT, takeCspViolations, useServerAndBrowser, type RunningServer } from "./support.js";

describe("browser hardening", () => {
  let server: RunningServer;
  let browser: Browser;
  useServerAndBrowser((s, b) => ((server = s), (browser = b)));

  it(
    "sends the login page's JavaScript and CSS compressed, far smaller than the files",
    async () => {
      const page = await newPage(browser);
      const cdp = await page.createCDPSession();
      await cdp.send("Network.enable");
      await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
      const seen = new Map<string, { url: string; encoding?: string; wire?: number }>();
      cdp.on("Network.responseReceived", (e) => {
        if (/\/assets\/.+\.(js|css)$/.test(e.response.url))
          seen.set(e.requestId, { url: e.response.url, encoding: e.response.headers["content-encoding"] ?? e.response.headers["Content-Encoding"] });
      });
      cdp.on("Network.loadingFinished", (e) => {
        const r = seen.get(e.requestId);
        if (r) r.wire = e.encodedDataLength;
      });
      await page.goto(`${server.url}/login`, { waitUntil: "networkidle0" });
      await page.waitForSelector("input[name=login]");
      const assets = [...seen.values()];
      expect(assets.some((a) => a.url.endsWith(".js"))).toBe(true);
      let raw = 0;
      let wire = 0;
      for (const a of assets) {
        expect(a.encoding, a.url).toMatch(/^(br|gzip)$/);
        raw += fs.statSync(path.join(ROOT, "client", "dist", new URL(a.url).pathname)).size;
        wire += a.wire!;
      }
      // Together, not file by file: the wire size counts the response headers too, which outweigh
      // what compression saves on the smallest route chunks.
      expect(wire).toBeLessThan(raw * 0.4);
      console.log(`login page assets: ${raw} bytes on disk, ${wire} bytes on the wire`);
      await page.browserContext().close();
    },
    E2E_TIMEOUT,
  );

  it(
    "cannot be framed by a page on another origin",
    async () => {
      const attacker = http.createServer((_req, res) => {
        res.writeHead(200, { "content-type": "text/html" }).end(`<!doctype html><iframe src="${server.url}/login" width="800" height="600"></iframe>`);
      });
      await new Promise<void>((r) => attacker.listen(0, "127.0.0.1", r));
      try {
        const page = await newPage(browser);
        await page.goto(`http://127.0.0.1:${(attacker.address() as AddressInfo).port}/`, { waitUntil: "networkidle0" });
        const frame = page.frames().find((f) => f !== page.mainFrame());
        // The blocked frame shows Chromium's error page, never the sign-in form.
        const form = await frame?.$("input[name=login]").catch(() => null);
        expect(form ?? null).toBeNull();
        await page.browserContext().close();
        // Refused by frame-ancestors (the one CSP report this test expects).
        expect(takeCspViolations().join("\n")).toMatch(/frame-ancestors/);
      } finally {
        await new Promise<void>((r) => attacker.close(() => r()));
      }
    },
    E2E_TIMEOUT,
  );
});
