// Sign-in in a real browser against the real server (manual, section 4 and figure 9).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Browser } from "puppeteer-core";
import { DEMO, E2E_TIMEOUT, customerRefreshCookie, newPage, signIn, textOf, type RunningServer, useServerAndBrowser } from "./support";

let server: RunningServer;
let browser: Browser;

useServerAndBrowser((s, b) => void ((server = s), (browser = b)));

describe("sign-in", () => {
  it(
    "sends a guest to /login, rejects a wrong password, signs in, survives a reload, signs out",
    async () => {
      const page = await newPage(browser);
      await page.goto(`${server.url}/`);
      await page.waitForSelector("input[name=login]");
      expect(new URL(page.url()).pathname).toBe("/login");

      await signIn(page, DEMO.login, "wrong-password1");
      expect(await textOf(page, "[role=alert]")).toContain("Неверный логин или пароль");
      expect(new URL(page.url()).pathname).toBe("/login");

      await signIn(page, DEMO.login, DEMO.password);
      const header = await textOf(page, ".customer");
      expect(new URL(page.url()).pathname).toBe("/");
      expect(header).toContain("ЛС:0710000000");
      expect(header).toContain("Иванов Иван Иванович");
      expect(header).toMatch(/К оплате на \d{2}\.\d{2}\.\d{4}: −?[\d ]+,\d{2} р\. в т\.ч\. пени [\d ]+,\d{2} р\./);
      expect(await textOf(page, ".topbar")).toContain(`Логин: ${DEMO.login}`);
      expect(await textOf(page, ".news")).toContain("Новости компании");

      // The access token lives in memory only: a reload resumes through the refresh cookie.
      await page.reload();
      expect(await textOf(page, ".customer")).toContain("ЛС:0710000000");

      // Signing out reloads the page so nothing of this customer stays in memory.
      await Promise.all([page.waitForNavigation(), page.click("button::-p-text(Выйти)")]);
      await page.waitForSelector("input[name=login]");
      expect(new URL(page.url()).pathname).toBe("/login");
      expect(await customerRefreshCookie(page)).toBeNull();
      await page.goto(`${server.url}/charges`);
      await page.waitForSelector("input[name=login]");
      await page.browserContext().close();
    },
    E2E_TIMEOUT,
  );

  it(
    "renders the signed-in home page at 375 px without horizontal overflow",
    async () => {
      const page = await newPage(browser, 375, 740);
      await page.goto(`${server.url}/login`);
      await signIn(page, DEMO.login, DEMO.password);
      await page.waitForSelector(".customer__name");
      await page.waitForSelector(".news__list, .news .muted");

      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      // The menu scrolls inside its strip instead of widening the page.
      expect(await page.$eval(".menu__list", (el) => getComputedStyle(el).overflowX)).toBe("auto");

      const shot = path.join(os.tmpdir(), "kabinet-e2e-home-375.png");
      await page.screenshot({ path: shot, fullPage: true });
      expect(fs.statSync(shot).size).toBeGreaterThan(10_000);
      await page.browserContext().close();
    },
    E2E_TIMEOUT,
  );
});
