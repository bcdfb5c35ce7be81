// «Оплата» (manual 6.4) in a real browser with the built-in sandbox bank: the demo customer pays
// the debt of account 0710000001 — every supplier's sum prefilled — on the bank's card page with
// the 3-D Secure test card, ticks «Запомнить мою карту», comes back to a result page that learns
// the bank's answer live, and then finds the card saved and the payment in «История платежей»
// with its receipt (чек).
import { describe, expect, it } from "vitest";
import type { Page } from "puppeteer-core";
import type { Browser } from "puppeteer-core";
import { DEMO, E2E_TIMEOUT, fillIn, newPage, signIn, textOf, type RunningServer, useServerAndBrowser } from "./support";

let server: RunningServer;
let browser: Browser;

// Webhooks come a moment after the redirect and sometimes twice: the page must cope with both.
useServerAndBrowser((s, b) => void ((server = s), (browser = b)), { SANDBOX_BANK_WEBHOOK_DELAY_MS: "1500", SANDBOX_BANK_DUPLICATE_RATE: "1" });

const DEBT_ACCOUNT = "0710000001";
const money = (text: string) => text.replace(/[\s\u00a0]/g, "");

/** Today in the retailer's timezone, as the history shows it (ДД.ММ.ГГГГ). */
function today(): string {
  const p = Object.fromEntries(
    new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Yekaterinburg", year: "numeric", month: "2-digit", day: "2-digit" })
      .formatToParts(new Date())
      .map((x) => [x.type, x.value]),
  );
  return `${p.day}.${p.month}.${p.year}`;
}

async function chooseAccount(page: Page, number: string): Promise<void> {
  await page.waitForFunction(() => document.querySelectorAll(".account-select option").length === 2);
  const value = await page.$$eval(
    ".account-select option",
    (options, n) => (options as HTMLOptionElement[]).find((o) => o.textContent!.includes(n))!.value,
    number,
  );
  await page.select(".account-select select", value);
  // The header shows the account once the server has switched it.
  await page.waitForFunction((n) => document.querySelector(".customer__name")?.textContent?.includes(`ЛС:${n}`), {}, number);
}

describe("«Оплата» with the sandbox bank", () => {
  it(
    "pays the debt with a 3-D Secure card, saves the card and shows the payment with its receipt",
    async () => {
      const page = await newPage(browser);
      await page.goto(`${server.url}/login`);
      await signIn(page, DEMO.login, DEMO.password);
      await page.waitForSelector(".customer");
      await chooseAccount(page, DEBT_ACCOUNT);
      await page.click("a.menu__link[href='/payment']");

      // Figure 21: every supplier with its debt prefilled; the total is their exact sum.
      await page.waitForFunction((n) => document.querySelector(".supplier[data-supplier-kind=RETAILER]")?.textContent?.includes(n), {}, DEBT_ACCOUNT);
      expect(await page.$("::-p-text(Выберите карту для оплаты)")).toBeNull(); // no saved cards yet
      const kinds = await page.$$eval(".pay-group:not(.pay-group--separate) .supplier", (rows) => rows.map((r) => (r as HTMLElement).dataset.supplierKind));
      expect(kinds).toEqual(["RETAILER", "WASTE_OPERATOR", "CAPITAL_REPAIR"]);
      const retailer = await textOf(page, ".supplier[data-supplier-kind=RETAILER]");
      expect(retailer).toMatch(
        new RegExp(
          `АО «Газпром энергосбыт Тюмень» \\(ЛС ${DEBT_ACCOUNT}\\)\\s+К оплате на \\d\\d\\.\\d\\d\\.\\d{4}: [\\d ]+,\\d\\d р\\. в т\\.ч\\. пени [\\d ]+,\\d\\d р\\.`,
        ),
      );
      const typed = await page.$$eval(".pay-group:not(.pay-group--separate) input[name=amount]", (inputs) => inputs.map((i) => (i as HTMLInputElement).value));
      const kopecks = typed.reduce((sum, v) => sum + BigInt(v.replace(",", "")), 0n);
      expect(kopecks).toBeGreaterThan(0n);
      const total = `${kopecks / 100n},${String(kopecks % 100n).padStart(2, "0")}`;
      expect(money(await textOf(page, "[data-total]"))).toBe(`${total}р.`);
      expect(await page.$("a::-p-text(Выполнить предварительный расчет)")).not.toBeNull();

      // A sum that is not an amount stays on the page with the message.
      await fillIn(page, ".supplier[data-supplier-kind=WASTE_OPERATOR] input[name=amount]", "12,345");
      await page.click(".pay-group:not(.pay-group--separate) button[type=submit]");
      expect(await textOf(page, ".supplier[data-supplier-kind=WASTE_OPERATOR] .field-error")).toBe("Введите сумму в рублях, например 1500 или 1500,50.");
      await fillIn(page, ".supplier[data-supplier-kind=WASTE_OPERATOR] input[name=amount]", typed[1]!);

      // «Оплатить» → the bank's page (figure 22).
      await Promise.all([page.waitForNavigation(), page.click(".pay-group:not(.pay-group--separate) button[type=submit]")]);
      expect(new URL(page.url()).pathname).toMatch(/^\/sandbox-bank\/pay\//);
      expect(money(await textOf(page, "[data-amount]"))).toBe(`${total}₽`);
      expect(await textOf(page, "details.tests")).toContain("Тестовые карты");
      await page.type("#pan", "4111 1111 1111 1111");
      await page.type("#expiry", "12/30");
      await page.type("#cvc", "123");
      await page.click("input[name=save]");
      await Promise.all([page.waitForNavigation(), page.click("button[value=pay]")]);

      // 3-D Secure: a wrong code first, then the right one.
      expect(await textOf(page, "h1")).toBe("Подтверждение платежа — 3-D Secure");
      await page.type("#code", "00000");
      await Promise.all([page.waitForNavigation(), page.click("button[value=confirm]")]);
      expect(await textOf(page, "#error")).toBe("Неверный код подтверждения. Осталось попыток: 2");
      await page.type("#code", "12345");
      await Promise.all([page.waitForNavigation(), page.click("button[value=confirm]")]);

      // Back in the cabinet: the bank's webhook is late, the page waits and then updates by itself.
      expect(new URL(page.url()).pathname).toBe("/payment/result");
      await page.waitForSelector(".pay-result");
      await page.waitForFunction(() => document.querySelector(".pay-result__title")?.textContent === "Оплата прошла успешно", { timeout: 20_000 });
      // …and then fetches the settled payment: when it was paid, with which card, its receipt.
      await page.waitForFunction(() => document.querySelector(".pay-result__state")?.textContent?.includes("Карта"));
      const result = await textOf(page, ".pay-result__state");
      expect(money(result)).toContain(`${total}р.поЛС${DEBT_ACCOUNT}`);
      expect(result).toContain("Карта 411111XXXXXX1111");
      await page.waitForSelector("button::-p-text(Чек)");
      await page.click("button::-p-text(Чек)");
      expect(money(await textOf(page, "dialog[open] .receipt__total"))).toBe(`ИТОГ${total}р.`);
      await page.click("dialog[open] .dialog__close");
      // The header's «К оплате» follows.
      await page.waitForFunction(() => /К оплате на[^:]*:\s*0,00/.test((document.querySelector(".customer__due") as HTMLElement | null)?.innerText ?? ""));

      // «Оплата» again: the card is offered, the debts are paid, the payment heads the history.
      await page.click("a::-p-text(Вернуться к оплате)");
      await page.waitForSelector(".cards");
      expect(await textOf(page, ".cards")).toMatch(/Выберите карту для оплаты\s+411111XXXXXX1111\s+до 12\/30\s+VISA/);
      expect(await page.$eval(".cards input[type=radio]", (r) => (r as HTMLInputElement).checked)).toBe(true);
      expect(
        await page.$$eval(".pay-group:not(.pay-group--separate) input[name=amount]", (inputs) => inputs.map((i) => (i as HTMLInputElement).value)),
      ).toEqual(["0,00", "0,00", "0,00"]);
      await page.waitForSelector(".payments__row");
      const first = await textOf(page, ".payments__row");
      expect(money(first)).toBe(money(`${today()}${total} р.Газпромбанк ЛКК чек`));
      await page.click(".payments__row .payments__receipt");
      const receipt = await textOf(page, "dialog[open] .receipt");
      expect(receipt.toLowerCase()).toContain("кассовый чек · приход"); // styled in capitals
      expect(receipt).toContain("АО «Газпром энергосбыт Тюмень»");
      expect(receipt).toMatch(/ФН №\s+7380440700183941/);
      expect(receipt).toContain(`Оплата ЖКУ по ЛС ${DEBT_ACCOUNT} (АО «Югра-Экология»)`);
      expect(money(receipt)).toContain(`ИТОГ${total}р.`);
      expect(await page.$("dialog[open] .receipt__qr svg")).not.toBeNull();
      // Each line at its service's VAT rate: the capital repair contribution is not subject to VAT.
      const lines = await page.$$eval("dialog[open] .receipt__line", (ls) => ls.map((l) => (l as HTMLElement).innerText));
      const line = (supplier: string) => money(lines.find((l) => l.includes(supplier))!);
      const vat22 = (amount: string) => {
        const k = (BigInt(amount.replace(",", "")) * 44n + 122n) / 244n; // × 22 / 122, half-up to the kopeck
        return `${k / 100n},${String(k % 100n).padStart(2, "0")}`;
      };
      expect(line("Газпром энергосбыт")).toContain(`СтавкаНДСНДС22%СуммаНДС${vat22(typed[0]!)}р.`);
      expect(line("капитального ремонта")).toContain("СтавкаНДСБезНДС");
      expect(line("капитального ремонта")).not.toContain("СуммаНДС");
      expect(money(receipt)).toContain(`СуммабезНДС${typed[2]}р.`);
      await page.click("dialog[open] .dialog__close");
      await page.browserContext().close();
    },
    3 * E2E_TIMEOUT,
  );

  it(
    "deletes the saved card after confirming, and fits a phone screen",
    async () => {
      const page = await newPage(browser, 375, 740);
      await page.goto(`${server.url}/login`);
      await signIn(page, DEMO.login, DEMO.password);
      await page.waitForSelector(".customer");
      await page.goto(`${server.url}/payment`);
      await page.waitForSelector(".cards");
      await page.waitForSelector(".payments__row");
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
      await page.click(".cards__delete");
      expect(await textOf(page, "dialog[open]")).toContain("Удалить карту 411111XXXXXX1111 до 12/30?");
      await page.click("dialog[open] button::-p-text(Удалить)");
      await page.waitForFunction(() => !document.querySelector(".cards"));
      expect(await textOf(page, ".payment__notice")).toBe("Карта 411111XXXXXX1111 удалена.");
      await page.browserContext().close();
    },
    2 * E2E_TIMEOUT,
  );
});
