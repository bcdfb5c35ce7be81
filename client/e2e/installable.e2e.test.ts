// The installable app in a real Chromium: the web app manifest and the service worker pass the
// browser's own installability check (CDP Page.getInstallabilityErrors, what decides whether
// «Установить приложение» is offered), and after a first visit a reload without any network
// starts the app from the service worker's cache and shows the last loaded account, amount due
// and meters under «Нет связи», every form control disabled. Профиль → Подписки offers the
// browser notifications (subscribing itself needs a real push service, tested on the server).
import { describe, expect, it } from "vitest";
import type { Browser } from "puppeteer-core";
import { DEMO, E2E_TIMEOUT, newPage, signIn, textOf, type RunningServer, useServerAndBrowser } from "./support";

let server: RunningServer;
let browser: Browser;

useServerAndBrowser((s, b) => void ((server = s), (browser = b)));

describe("installable app", () => {
  it(
    "passes Chromium's installability check",
    async () => {
      const page = await newPage(browser);
      await page.goto(`${server.url}/login`);
      // The worker controls the page once it has activated (it claims open clients).
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null, { timeout: E2E_TIMEOUT });
      const manifest = (await (await fetch(`${server.url}/manifest.webmanifest`)).json()) as Record<string, unknown>;
      expect(manifest).toMatchObject({ name: "Личный кабинет клиента", start_url: "/", display: "standalone", lang: "ru", theme_color: "#0b4f9c" });
      const sw = await fetch(`${server.url}/sw.js`);
      expect(sw.headers.get("cache-control")).toBe("no-cache");
      const cdp = await page.createCDPSession();
      const { installabilityErrors } = (await cdp.send("Page.getInstallabilityErrors")) as { installabilityErrors: { errorId: string }[] };
      expect(installabilityErrors).toEqual([]);
      await page.close();
    },
    2 * E2E_TIMEOUT,
  );

  it(
    "shows the last loaded account and meters offline, read-only",
    async () => {
      const page = await newPage(browser);
      await page.goto(`${server.url}/login`);
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null, { timeout: E2E_TIMEOUT });
      await signIn(page, DEMO.login, DEMO.password);
      const header = await textOf(page, ".header");
      const due = /К оплате на [\d.]+:\s*([\d\s\u00a0,]+р\.)/.exec(header)?.[1];
      expect(due).toBeTruthy();
      // «Передача показаний» once, so its meters are kept too.
      await page.goto(`${server.url}/readings`);
      await page.waitForSelector(".meter__resource");
      const meterCount = (await page.$$("tbody .meter__resource")).length;
      expect(meterCount).toBeGreaterThan(0);

      await page.setOfflineMode(true);
      // Going offline while on a page: the banner, and the page's controls disabled.
      await page.waitForSelector(".offline-banner");
      expect(await page.$eval(".offline-fieldset", (el) => (el as HTMLFieldSetElement).disabled)).toBe(true);

      // A reload without network: the app shell from the service worker, the data from the last visit.
      await page.reload({ waitUntil: "domcontentloaded" });
      await page.waitForSelector(".offline .offline-banner", { timeout: E2E_TIMEOUT });
      const text = await textOf(page, ".offline");
      expect(text).toContain("Нет связи");
      expect(text).toContain(due!.replace(/\s+$/, ""));
      expect(text).toContain("Приборы учета");
      expect((await page.$$(".offline tbody tr")).length).toBe(meterCount);
      // Nothing to send from here: no form at all.
      expect(await page.$$("form")).toEqual([]);

      await page.setOfflineMode(false);
      await page.close();
    },
    3 * E2E_TIMEOUT,
  );

  it(
    "offers browser notifications in Профиль → Подписки, all off until switched on",
    async () => {
      const page = await newPage(browser);
      await page.goto(`${server.url}/login`);
      await signIn(page, DEMO.login, DEMO.password);
      await page.waitForSelector(".header");
      await page.goto(`${server.url}/profile/subscriptions`);
      await page.waitForSelector(".push-switches");
      expect(await textOf(page, ".push-switches")).toContain("Уведомления в браузере");
      const switches = await page.$$eval(".push-switches input[role=switch]", (els) =>
        els.map((e) => [e.closest("label")!.textContent!.trim(), (e as HTMLInputElement).checked]),
      );
      expect(switches).toEqual([
        ["Напоминания о передаче показаний", false],
        ["Напоминания об оплате", false],
        ["Ответы на обращения", false],
      ]);
      await page.close();
    },
    3 * E2E_TIMEOUT,
  );
});
