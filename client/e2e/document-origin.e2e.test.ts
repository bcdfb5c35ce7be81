// Document downloads do not depend on the host name the app is opened under: with PUBLIC_URL on
// localhost, a customer on http://127.0.0.1:<port> saves a PDF (the link is relative to the page,
// not a cross-origin fetch CORS blocks). A failed download says what failed.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Browser, HTTPRequest, Page } from "puppeteer-core";
import { DEMO, E2E_TIMEOUT, allowDownloads, downloaded, newPage, signIn, textOf, type RunningServer, useServerAndBrowser } from "./support";

let server: RunningServer;
let browser: Browser;

useServerAndBrowser((s, b) => void ((server = s), (browser = b)));

/** The app under its IP address: PUBLIC_URL (the default, http://localhost:<port>) names another origin. */
const byAddress = () => server.url.replace("//localhost:", "//127.0.0.1:");

async function openHistory(page: Page): Promise<void> {
  await page.goto(`${byAddress()}/login`);
  await signIn(page, DEMO.login, DEMO.password);
  await page.waitForSelector(".customer");
  await page.click("a.menu__link::-p-text(Показания)");
  await page.locator("a.tabs__tab::-p-text(История показаний)").click();
  await page.waitForSelector(".history__month");
}

describe("document links and the page's origin", () => {
  it(
    "saves the history PDF on a page opened as 127.0.0.1 while PUBLIC_URL is localhost",
    async () => {
      expect(byAddress()).not.toBe(server.url);
      const page = await newPage(browser);
      await openHistory(page);
      const downloads = await allowDownloads(page);
      const fetched = page.waitForResponse((r) => r.url().includes("/documents/readings-history.pdf"));
      await page.click("button::-p-text(Сохранить в PDF)");
      const response = await fetched;
      expect(new URL(response.url()).origin).toBe(byAddress());
      expect(response.status()).toBe(200);
      const file = await downloaded(downloads.dir);
      expect(fs.readFileSync(path.join(downloads.dir, file)).subarray(0, 5).toString("latin1")).toBe("%PDF-");
      await page.waitForSelector("button::-p-text(Сохранить в PDF):not([disabled])");
      expect(await page.$(".history__pdf-error")).toBeNull();
      await downloads.close();
      await page.browserContext().close();
    },
    E2E_TIMEOUT,
  );

  it(
    "says what failed: no answer from the server, or its error status",
    async () => {
      const page = await newPage(browser);
      await openHistory(page);
      let answer: "abort" | "500" = "abort";
      await page.setRequestInterception(true);
      page.on("request", (r: HTTPRequest) => {
        if (!r.url().includes("/documents/")) return void r.continue();
        if (answer === "abort") return void r.abort("connectionrefused");
        return void r.respond({ status: 500, contentType: "text/html", body: "<h1>oops</h1>" });
      });
      await page.click("button::-p-text(Сохранить в PDF)");
      await page.waitForSelector(".history__pdf-error");
      expect(await textOf(page, ".history__pdf-error")).toContain("Не удалось скачать файл: сервер не ответил");
      answer = "500";
      await page.waitForSelector("button::-p-text(Сохранить в PDF):not([disabled])");
      await page.click("button::-p-text(Сохранить в PDF)");
      await page.waitForFunction(() => document.querySelector(".history__pdf-error")?.textContent?.includes("ошибкой 500"));
      expect(await textOf(page, ".history__pdf-error")).toContain("Не удалось скачать файл: сервер ответил ошибкой 500");
      await page.browserContext().close();
    },
    E2E_TIMEOUT,
  );
});
