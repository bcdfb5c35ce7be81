// «Главная» blocks (manual 6.1, figures 9–10) and «Показания приборов учета» (6.2, figures 11–16)
// in a real browser: send readings with the consumption shown while typing, confirm too-large
// values, get the manual's message for a value below the accepted one, find the new readings in
// the history and save it as a PDF, see the preliminary calculation by them and go on to pay in
// advance. The window for readings is opened to the whole month so the test runs on any day.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Browser, Page } from "puppeteer-core";
import { addMonths } from "../src/lib/format";
import {
  DEMO,
  E2E_TIMEOUT,
  allowDownloads,
  downloaded,
  fillIn,
  monthTitle,
  newPage,
  retailerMonth,
  signIn,
  textOf,
  type RunningServer,
  useServerAndBrowser,
  isOperation,
} from "./support";

let server: RunningServer;
let browser: Browser;

useServerAndBrowser((s, b) => void ((server = s), (browser = b)), { READINGS_WINDOW: "1-31" });

const input = (meter: string, zone: string) => `input[name="reading-${meter}-${zone}"]`;

/** The last accepted value shown in a zone's row («Предыдущие показания»). */
async function lastAccepted(page: Page, meter: string, zone: string): Promise<bigint> {
  await page.waitForSelector(input(meter, zone));
  const text = await page.$eval(input(meter, zone), (el) => el.closest("tr")!.querySelector(".prev:not(.prev--submitted) .prev__value")!.textContent!);
  return BigInt(text);
}

/** The consumption shown in a zone's row («Расход ресурса»). */
const useOf = (page: Page, meter: string, zone: string) => page.$eval(input(meter, zone), (el) => el.closest("tr")!.querySelector(".use")!.textContent!.trim());

async function waitForUse(page: Page, meter: string, zone: string, expected: string): Promise<void> {
  await page.waitForFunction(
    (sel, want) => document.querySelector(sel)?.closest("tr")?.querySelector(".use")?.textContent?.trim() === want,
    {},
    input(meter, zone),
    expected,
  );
}

/** Empties an input as a person would, so the form sees the change. */
async function clearInput(page: Page, selector: string): Promise<void> {
  await fillIn(page, selector, "");
  await page.$eval(selector, (el) => el.dispatchEvent(new Event("input", { bubbles: true })));
}

const dialogText = (page: Page) => textOf(page, "dialog[open]");
const dialogGone = (page: Page) => page.waitForFunction(() => !document.querySelector("dialog[open]"));

/** The billing month on the retailer's clock, and its name as figure 13 shows it. */
function currentPeriod(): { period: string; title: string } {
  const period = retailerMonth();
  return { period, title: monthTitle(period) };
}

describe("home blocks", () => {
  it(
    "shows «Объект», «Тарифы» and «Ваши документы» of figure 9, and no «Уведомления» without debt",
    async () => {
      const page = await newPage(browser);
      await page.goto(`${server.url}/login`);
      await signIn(page, DEMO.login, DEMO.password);
      await page.waitForFunction(() => document.querySelector(".quick")?.textContent?.includes("Передать показанияс 1 по 31 число каждого месяца"));
      const object = await textOf(page, "section[aria-labelledby=object-title]");
      expect(object).toMatch(/Тип объекта\s+Квартира/);
      expect(object).toMatch(/Общая площадь\s+76 м²/);
      expect(object).toMatch(/Клиентский офис\s+628301, ХМАО-Югра, г\. Нефтеюганск/);
      expect(await page.$eval("section[aria-labelledby=object-title] a", (a) => [a.textContent?.trim(), a.getAttribute("href")])).toEqual([
        "Внесение изменений в данные ЛС",
        "/appeals/new",
      ]);
      const tariffs = await textOf(page, "section[aria-labelledby=tariffs-title]");
      expect(tariffs).toMatch(/Услуга\s+Тариф\s+Ед\.изм/);
      expect(tariffs).toMatch(/Электроэнергия \(день\)\s+2\.25\s+р\.\/кВт\.ч/);
      const documents = await textOf(page, "section[aria-labelledby=documents-title]");
      expect(documents).toMatch(/Договор энергообеспечения\s+Подписан/);
      expect(documents).toMatch(/Паспорта приборов учёта\s+Предоставлены/);
      expect(await textOf(page, ".news")).toContain("Новости компании");
      expect(await page.$(".notices")).toBeNull();
      await page.browserContext().close();
    },
    E2E_TIMEOUT,
  );

  it(
    "shows the debtor «Уведомления» (figure 10) next to the news",
    async () => {
      const page = await newPage(browser);
      await page.goto(`${server.url}/login`);
      await signIn(page, "debtor", "debtor2026");
      const notices = await textOf(page, ".notices");
      expect(notices).toContain("Уведомления");
      expect(notices).toContain("У Вас имеется задолженность за два и более месяца по оплате коммунальных услуг по лицевому счету 0720000000");
      expect(notices).toContain("намерении обратиться в суд");
      expect(await textOf(page, "section[aria-labelledby=documents-title]")).toMatch(/Паспорта приборов учёта\s+Не предоставлены/);
      await page.browserContext().close();
    },
    E2E_TIMEOUT,
  );
});

describe("readings", () => {
  it(
    "sends readings, confirms too-large ones, refuses values below the accepted ones and lists them in the history",
    async () => {
      const page = await newPage(browser);
      await page.goto(`${server.url}/login`);
      await signIn(page, DEMO.login, DEMO.password);
      await page.waitForSelector(".customer");
      await page.click("a.menu__link::-p-text(Показания)");
      expect(await textOf(page, "h1")).toBe("Показания приборов учета");
      const table = await textOf(page, ".meters");
      expect(table).toMatch(/Номер счетчика\s+Ресурс\s+Ед\. изм\.\s+Зона суток\s+Предыдущие показания\s+Текущие показания\s+Расход ресурса/);
      expect(table).toContain("Следующая поверка: 25.03.2035");
      expect(await textOf(page, '[data-meter="6158001"]')).toMatch(/6158001[\s\S]*Электроэнергия\s+кВт\.ч\s+День[\s\S]*Ночь/);
      // The days of the month readings are accepted, as the server is set up (READINGS_WINDOW).
      expect(await textOf(page, ".readings__panel .panel-head__text")).toContain("Передать показания можно с 1 по 31 число каждого месяца.");
      expect(await page.$(".meters-form__closed")).toBeNull();

      // Figure 11: the consumption appears while typing, exact to the unit.
      const day1 = await lastAccepted(page, "6158001", "DAY");
      const night1 = await lastAccepted(page, "6158001", "NIGHT");
      await page.type(input("6158001", "DAY"), String(day1 + 100n));
      await waitForUse(page, "6158001", "DAY", "100");
      await page.type(input("6158001", "NIGHT"), `${night1 + 30n},5`);
      await waitForUse(page, "6158001", "NIGHT", "30,5");
      expect(await useOf(page, "6158008", "DAY")).toBe("");

      // The display has 6 digits (Meter.digits): the input takes 6 digits, a comma and 3 decimals,
      // and a 7-digit value is stopped in the browser.
      expect(await page.$eval(input("6158008", "DAY"), (el) => (el as HTMLInputElement).maxLength)).toBe(10);
      await page.type(input("6158008", "DAY"), "1234567");
      await page.type(input("6158008", "NIGHT"), "1234567");
      await page.click("button::-p-text(Передать показания)");
      expect(await textOf(page, '[data-meter="6158008"] .meter__errors')).toMatch(
        /День: Введите показание числом: не более 6 цифр до запятой и 3 после, например 2640 или 2640,5\.\s+Ночь:/,
      );
      await clearInput(page, input("6158008", "DAY"));
      await clearInput(page, input("6158008", "NIGHT"));

      // A meter with only some zones filled is stopped in the browser.
      await page.type(input("6158008", "NIGHT"), "1");
      await page.click("button::-p-text(Передать показания)");
      expect(await textOf(page, '[data-meter="6158008"] .meter__errors')).toBe("Укажите показания по всем тарифным зонам прибора учета.");
      expect(await page.$eval(input("6158008", "DAY"), (el) => el.getAttribute("aria-invalid"))).toBe("true");
      await clearInput(page, input("6158008", "NIGHT"));

      // Success: figure 14, then «Предыдущие показания» show the values just sent.
      await page.click("button::-p-text(Передать показания)");
      const saved = await dialogText(page);
      expect(saved).toContain("Показания успешно переданы");
      expect(await page.$eval("dialog[open] a", (a) => [a.textContent?.trim(), a.getAttribute("href")])).toEqual([
        "Выполнить предварительный расчет",
        "/readings/estimate",
      ]);
      await page.click("dialog[open] button::-p-text(Закрыть)");
      await dialogGone(page);
      await page.waitForFunction(
        (sel, want) => document.querySelector(sel)?.closest("tr")?.querySelector(".prev--submitted .prev__value")?.textContent === want,
        {},
        input("6158001", "DAY"),
        String(day1 + 100n),
      );
      expect(await page.$eval(input("6158001", "DAY"), (el) => (el as HTMLInputElement).value)).toBe("");

      // Figure 12: a too-large value needs «Передать внесённые показания».
      const day8 = await lastAccepted(page, "6158008", "DAY");
      const night8 = await lastAccepted(page, "6158008", "NIGHT");
      await page.type(input("6158008", "DAY"), String(day8 + 5000n));
      await page.type(input("6158008", "NIGHT"), String(night8 + 10n));
      await waitForUse(page, "6158008", "DAY", "5000");
      await page.click("button::-p-text(Передать показания)");
      const warning = await dialogText(page);
      expect(warning).toContain("Внесенные показания слишком велики");
      expect(warning).toMatch(/Счетчик 6158008\s+День/);
      expect(warning).toContain("Расход: 5000 кВт.ч");
      expect(warning).not.toContain("Ночь");
      // «Отмена» goes back to the values as typed; sending again asks again.
      await page.click("dialog[open] button::-p-text(Отмена)");
      await dialogGone(page);
      expect(await page.$eval(input("6158008", "DAY"), (el) => (el as HTMLInputElement).value)).toBe(String(day8 + 5000n));
      await page.click("button::-p-text(Передать показания)");
      await page.waitForSelector("dialog[open] ::-p-text(Передать внесённые показания)");
      await page.click("dialog[open] button::-p-text(Передать внесённые показания)");
      await page.waitForFunction(() => document.querySelector("dialog[open]")?.textContent?.includes("Показания успешно переданы"));
      await page.click("dialog[open] button::-p-text(Закрыть)");
      await dialogGone(page);
      // The meters are read again after a submission; typing before that lands would be wiped by it.
      await page.waitForFunction(
        (sel, want) => document.querySelector(sel)?.closest("tr")?.querySelector(".prev--submitted .prev__value")?.textContent === want,
        {},
        input("6158008", "DAY"),
        String(day8 + 5000n),
      );

      // Below the last accepted value: the manual's message at that input, nothing saved.
      await page.type(input("6158001", "DAY"), String(day1 - 1n));
      await page.type(input("6158001", "NIGHT"), String(night1));
      await waitForUse(page, "6158001", "DAY", "\u22121");
      await page.click("button::-p-text(Передать показания)");
      const refused = await textOf(page, '[data-meter="6158001"] .meter__errors');
      expect(refused).toContain(
        `Передача значений показаний, менее ранее принятых (${day1}), не допускается. Обратитесь в клиентский офис компании, при себе необходимо иметь фото табло прибора учета или акт осмотра`,
      );
      expect(await page.$eval(input("6158001", "DAY"), (el) => el.getAttribute("aria-invalid"))).toBe("true");
      expect(await page.$eval(input("6158001", "NIGHT"), (el) => el.getAttribute("aria-invalid"))).toBe("false");
      expect(await page.$("dialog[open]")).toBeNull();

      // Figure 13: the last 12 months, newest first, empty months as a header only.
      await page.locator("a.tabs__tab::-p-text(История показаний)").click();
      await page.waitForSelector(".history__month");
      const { period, title } = currentPeriod();
      const months = await page.$$eval(".history__month-row", (rows) => rows.map((r) => r.textContent!.trim()));
      expect(months).toHaveLength(12);
      expect(months[0]).toBe(title);
      expect(await page.$eval("select[name=from]", (el) => (el as HTMLSelectElement).value)).toBe(addMonths(period, -11));
      // It opens unfiltered: the readings just sent are there, marked as not accepted yet.
      expect(await page.$eval("input[name=acceptedOnly]", (el) => (el as HTMLInputElement).checked)).toBe(false);
      await page.waitForFunction((p) => document.querySelectorAll(`[data-period="${p}"] .history__row`).length === 4, {}, period);
      const thisMonth = await textOf(page, `[data-period="${period}"]`);
      expect(thisMonth).toContain(`6158001 (Включен)`);
      expect(thisMonth).toContain(`${day1 + 100n} кВт.ч`);
      expect(thisMonth).toContain(`${night1 + 30n},5 кВт.ч`);
      expect(thisMonth).toContain(`${day8 + 5000n} кВт.ч`);
      expect(thisMonth).toContain("Личный кабинет");
      expect(await page.$$eval(`[data-period="${period}"] .history__row--pending`, (rows) => rows.map((r) => r.textContent))).toHaveLength(4);
      expect(await page.$$eval(`[data-period="${period}"] .history__row .badge`, (b) => b.map((x) => x.textContent))).toEqual(
        Array(4).fill("Не принято к расчету"),
      );

      // Ticking «Только принятые к расчету» leaves the accepted ones only; unticking brings them back.
      await page.click("input[name=acceptedOnly]");
      await page.waitForFunction((p) => document.querySelectorAll(`[data-period="${p}"] .history__row`).length === 0, {}, period);
      expect(await textOf(page, ".history tbody:nth-of-type(2)")).toMatch(/\d{2}\.\d{2}\.\d{4}\s+Электроэнергия\s+615800[18] \(Включен\)\s+\d+ кВт\.ч/);
      expect(await page.$(".history__row--pending")).toBeNull();
      await page.click("input[name=acceptedOnly]");
      await page.waitForFunction((p) => document.querySelectorAll(`[data-period="${p}"] .history__row`).length === 4, {}, period);

      // «Сохранить в PDF» of this range and filter: the API signs a link, the browser saves the PDF.
      const downloads = await allowDownloads(page);
      const created = page.waitForResponse((r) => isOperation(r.request(), "ReadingHistoryPdfCreate"));
      await page.click("button::-p-text(Сохранить в PDF)");
      const response = await created;
      expect(JSON.parse(response.request().postData()!).variables.input).toMatchObject({ from: addMonths(period, -11), to: period, acceptedOnly: false });
      const { data } = (await response.json()) as { data: { readingHistoryPdfCreate: { document: { url: string } | null; userErrors: unknown[] } } };
      expect(data.readingHistoryPdfCreate.userErrors).toEqual([]);
      const link = await fetch(new URL(data.readingHistoryPdfCreate.document!.url, server.url));
      expect(link.status).toBe(200);
      expect(link.headers.get("content-type")).toBe("application/pdf");
      expect(
        Buffer.from(await link.arrayBuffer())
          .subarray(0, 5)
          .toString("latin1"),
      ).toBe("%PDF-");
      const file = await downloaded(downloads.dir);
      expect(file).toBe(`istoriya-pokazaniy-${addMonths(period, -11)}-${period}.pdf`);
      expect(fs.readFileSync(path.join(downloads.dir, file)).subarray(0, 5).toString("latin1")).toBe("%PDF-");
      await page.waitForSelector("button::-p-text(Сохранить в PDF):not([disabled])");
      expect(await page.$(".history__pdf-error")).toBeNull();
      await downloads.close();

      // Figure 16: electricity by the readings just sent (both meters, day and night), water by the norm.
      await page.locator("a.tabs__tab::-p-text(Предварительный расчет)").click();
      await page.waitForSelector(".estimate-line");
      expect(new URL(page.url()).pathname).toBe("/readings/estimate");
      const estimate = await textOf(page, ".readings__panel");
      expect(estimate).toContain("Предварительный расчет выполняется по переданным показаниям");
      expect(estimate).toContain("Внимание! Предварительный расчет не включает в себя часть услуг");
      expect(await textOf(page, ".estimate-table caption")).toBe(title);
      expect(await textOf(page, ".estimate-table thead")).toMatch(/Услуга\s+Тариф\s+Норматив\s+Объем\s+Расчетная стоимость/);
      const lines = await page.$$eval(".estimate-line", (rows) =>
        rows.map((r) => [r.querySelector(".estimate-line__name")!.textContent, r.querySelector(".estimate-line__method")!.textContent]),
      );
      expect(lines).toContainEqual(["Электроэнергия (день)", "по показаниям"]);
      expect(lines).toContainEqual(["Электроэнергия (ночь)", "по показаниям"]);
      expect(lines).toContainEqual(["Холодное водоснабжение", "по нормативу"]);
      const dayLine = await page.$$eval(".estimate-line", (rows) =>
        rows.map((r) => (r as HTMLElement).innerText.replace(/\u00a0/g, " ")).find((t) => t.startsWith("Электроэнергия (день)")),
      );
      expect(dayLine).toMatch(/2,25\s+—\s+5100\s+11 475,00 р\./); // (100 + 5000) кВт.ч × 2,25
      expect(await textOf(page, ".estimate-table tfoot")).toMatch(
        /За текущий период\s+[\d ]+,\d\d р\.\s+За предыдущие периоды\s+0,00 р\.\s+Итого\s+[\d ]+,\d\d р\./,
      );
      const total = (await textOf(page, ".estimate-table__total--grand td")).replace(/[ р.]/g, "");
      expect(await page.$eval("input[name=amount]", (el) => (el as HTMLInputElement).value)).toBe(total);

      // «Оплатить авансом» waits for the acknowledgment, then takes the sum to «Оплата».
      expect(await textOf(page, "label:has(input[name=acknowledged])")).toBe(
        "Я понимаю, что сумма предварительного расчета может отличаться от суммы, выставленной к оплате по итогу месяца",
      );
      const payDisabled = () => page.$eval("button::-p-text(Оплатить авансом)", (b) => (b as HTMLButtonElement).disabled);
      expect(await payDisabled()).toBe(true);
      await page.click("input[name=acknowledged]");
      expect(await payDisabled()).toBe(false);
      await fillIn(page, "input[name=amount]", "12,345");
      await page.click("button::-p-text(Оплатить авансом)");
      expect(await textOf(page, ".advance .field-error")).toBe("Введите сумму в рублях, например 1500 или 1500,50.");
      await fillIn(page, "input[name=amount]", total);
      await page.click("button::-p-text(Оплатить авансом)");
      await page.waitForFunction(() => location.pathname === "/payment");
      const payment = new URL(page.url());
      expect(payment.searchParams.get("advance")).toBe(total.replace(",", "."));
      expect(payment.searchParams.get("account")).toBe(DEMO.login);
      // «Оплата» takes the sum as an advance to the retailer, editable before paying (6.4.3).
      const due = await textOf(page, ".supplier[data-supplier-kind=RETAILER]");
      expect(due).toContain(`АО «Газпром энергосбыт Тюмень» (ЛС ${DEMO.login})`);
      expect(due).toContain("Оплата авансом по предварительному расчету");
      expect(await page.$eval(".supplier[data-supplier-kind=RETAILER] input[name=amount]", (el) => (el as HTMLInputElement).value)).toBe(total);
      expect(await textOf(page, ".pay-group button[type=submit]")).toBe("Оплатить авансом");
      // Figure 15: from «Оплата» back to the calculation.
      await page.click("a::-p-text(Выполнить предварительный расчет)");
      await page.waitForSelector(".estimate-line");
      expect(new URL(page.url()).pathname).toBe("/readings/estimate");
      await page.browserContext().close();
    },
    2 * E2E_TIMEOUT,
  );

  it(
    "fits a 375 px screen: meters as cards, history and the preliminary calculation without horizontal scrolling",
    async () => {
      const page = await newPage(browser, 375, 740);
      await page.goto(`${server.url}/login`);
      await signIn(page, DEMO.login, DEMO.password);
      await page.waitForSelector(".customer");
      await page.goto(`${server.url}/readings`);
      await page.waitForSelector(input("6158001", "DAY"));
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
      expect(await page.$eval(".meter__row", (el) => getComputedStyle(el).display)).toBe("grid");
      await page.locator("a.tabs__tab::-p-text(История показаний)").click();
      await page.waitForSelector(".history__month");
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
      const shot = path.join(os.tmpdir(), "kabinet-e2e-history-375.png");
      await page.screenshot({ path: shot, fullPage: true });
      expect(fs.statSync(shot).size).toBeGreaterThan(10_000);
      // «Предварительный расчет»: a card per service, the pay button as wide as the screen.
      await page.locator("a.tabs__tab::-p-text(Предварительный расчет)").click();
      await page.waitForSelector(".estimate-line");
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
      expect(await page.$eval(".estimate-line", (el) => getComputedStyle(el).display)).toBe("grid");
      await page.screenshot({ path: path.join(os.tmpdir(), "kabinet-e2e-estimate-375.png"), fullPage: true });
      await page.browserContext().close();
    },
    E2E_TIMEOUT,
  );
});
