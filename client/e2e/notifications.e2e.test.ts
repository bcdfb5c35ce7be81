// The notifications envelope (manual 7.1, figures 40–41) in a real browser: a payment reminder
// raised by the server's job while the customer is on the page shows up live in the header
// (no reload), opening the envelope shows and expands it, and once seen the envelope turns grey
// for good; the «Уведомления» page lists it. The job is fired through the server's test-only
// hook (KABINET_TEST_HOOKS=1), as the scheduler would on the mailing day.
import { describe, expect, it } from "vitest";
import type { Browser, CDPSession, Page } from "puppeteer-core";
import { E2E_TIMEOUT, clickWhenShown, newPage, signIn, textOf, type RunningServer, useServerAndBrowser } from "./support";

let server: RunningServer;
let browser: Browser;

useServerAndBrowser((s, b) => void ((server = s), (browser = b)), { KABINET_TEST_HOOKS: "1" });

/** Resolves once the page has sent its graphql-ws `subscribe` (the envelope is listening). */
async function subscribed(page: Page): Promise<CDPSession> {
  const cdp = await page.createCDPSession();
  await cdp.send("Network.enable");
  return cdp;
}

function waitForSubscribe(cdp: CDPSession): Promise<void> {
  return new Promise((resolve) => {
    const onFrame = (e: { response: { payloadData: string } }) => {
      // Sent persisted: by hash and operation name, not by document text.
      if (/"type":"subscribe"/.test(e.response.payloadData) && /"operationName":"NotificationAdded"/.test(e.response.payloadData)) {
        cdp.off("Network.webSocketFrameSent", onFrame);
        resolve();
      }
    };
    cdp.on("Network.webSocketFrameSent", onFrame);
  });
}

const bellText = (page: Page) => textOf(page, ".bell__button");
const iconColor = (page: Page) => page.$eval(".bell__icon", (el) => getComputedStyle(el).color);
const GREY = "rgb(138, 152, 170)";

describe("notifications envelope", () => {
  it(
    "shows a new reminder live, expands it, and turns grey once it is read",
    async () => {
      const page = await newPage(browser);
      const cdp = await subscribed(page);
      const listening = waitForSubscribe(cdp);
      await page.goto(`${server.url}/login`);
      await signIn(page, "debtor", "debtor2026");
      await page.waitForSelector(".bell__button");
      expect(await bellText(page)).toBe("Нет новых уведомлений");
      expect(await page.$(".bell__button--unread")).toBeNull();
      expect(await iconColor(page)).toBe(GREY);
      await listening;
      await new Promise((r) => setTimeout(r, 300)); // the server registers the subscription after auth

      // The mailing day comes: the payment reminder job runs on the server.
      const res = await fetch(`${server.url}/test-hooks/jobs/payment-reminders`, { method: "POST" });
      const { result } = (await res.json()) as { result: { notifications: number } };
      expect(result.notifications).toBeGreaterThanOrEqual(1);

      // Live, without a reload: coloured, with the count.
      await page.waitForSelector(".bell__button--unread", { timeout: 10_000 });
      expect(await bellText(page)).toContain("1 новое уведомление");
      expect(await textOf(page, ".bell__badge")).toBe("1");
      expect(await iconColor(page)).not.toBe(GREY);

      // Open the envelope: the reminder is there, marked new; expand it to read.
      await page.click(".bell__button");
      await page.waitForSelector(".bell__item--new");
      expect(await textOf(page, ".bell__item-title")).toContain("Напоминание об оплате");
      await clickWhenShown(page, ".bell__item-head");
      expect(await textOf(page, ".bell__item-body")).toMatch(/^По лицевому счету 0720000000 на \d\d\.\d\d\.\d{4} имеется задолженность [\d\s]+,\d\d ₽\./);

      // Seen: the envelope turns grey.
      await page.waitForSelector(".bell__button:not(.bell__button--unread)");
      await page.waitForFunction(() => document.querySelector(".bell__text")?.textContent === "Нет новых уведомлений");
      expect(await iconColor(page)).toBe(GREY);
      await page.keyboard.press("Escape");
      expect(await page.$("#notifications-panel")).toBeNull();

      // The full list; and after a reload the envelope stays grey.
      await page.click(".bell__button");
      await page.click(".bell__all");
      await page.waitForSelector(".notification");
      expect(await textOf(page, "h1")).toBe("Уведомления");
      expect(await textOf(page, ".notification__title")).toBe("Напоминание об оплате");
      expect(await textOf(page, ".notification__action")).toBe("Оплатить");
      await page.reload();
      await page.waitForSelector(".notification");
      expect(await page.$(".bell__button--unread")).toBeNull();
      await page.close();
    },
    E2E_TIMEOUT,
  );

  it(
    "fits the panel on a phone screen and works from the keyboard",
    async () => {
      const page = await newPage(browser, 375, 740);
      await page.goto(`${server.url}/login`);
      await signIn(page, "debtor", "debtor2026");
      await page.waitForSelector(".bell__button");
      await page.focus(".bell__button");
      await page.keyboard.press("Enter");
      await page.waitForSelector("#notifications-panel .bell__item");
      const box = await page.$eval("#notifications-panel", (el) => {
        const r = el.getBoundingClientRect();
        return { left: r.left, right: r.right, width: window.innerWidth };
      });
      expect(box.left).toBeGreaterThanOrEqual(0);
      expect(box.right).toBeLessThanOrEqual(box.width);
      await page.keyboard.press("Escape");
      expect(await page.$("#notifications-panel")).toBeNull();
      expect(await page.evaluate(() => document.activeElement?.classList.contains("bell__button"))).toBe(true);
      await page.close();
    },
    E2E_TIMEOUT,
  );
});
