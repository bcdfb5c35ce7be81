// «Главная» blocks (manual 6.1, figures 9–10) and «Показания приборов учета» (6.2, figures 11–14)
// in a real browser: send readings with the consumption shown while typing, confirm too-large
// values, get the manual's message for a value below the accepted one, find the new readings in
// the history. The window for readings is opened to the whole month so the test runs on any day.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "puppeteer-core";
import { DEMO, E2E_TIMEOUT, ensureClientBuilt, fillIn, launchBrowser, newPage, signIn, startServer, textOf, type RunningServer } from "./support";

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  await ensureClientBuilt();
  [server, browser] = await Promise.all([startServer({ READINGS_WINDOW: "1-31" }), launchBrowser()]);
}, 2 * E2E_TIMEOUT);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const input = (meter: string, zone: string) => `input[name="reading-${meter}-${zone}"]`;

/** The last accepted value shown in a zone's row («Предыдущие показания»). */
async function lastAccepted(page: Page, meter: string, zone: string): Promise<bigint> {
  await page.waitForSelector(input(meter, zone));
  const text = await page.$eval(input(meter, zone), (el) => el.closest("tr")!.querySelector(".prev:not(.prev--submitted) .prev__value")!.textContent!);
  return BigInt(text);
}

/** The consumption shown in a zone's row («Расход ресурса»). */
const useOf = (page: Page, meter: string, zone: string) =>
  page.$eval(input(meter, zone), (el) => el.closest("tr")!.querySelector(".use")!.textContent!.trim());

async function waitForUse(page: Page, meter: string, zone: string, expected: string): Promise<void> {
  await page.waitForFunction(
    (sel, want) => document.querySelector(sel)?.closest("tr")?.querySelector(".use")?.textContent?.trim() === want,
    {},
    input(meter, zone),
    expected,
  );
}

const dialogText = (page: Page) => textOf(page, "dialog[open]");
const dialogGone = (page: Page) => page.waitForFunction(() => !document.querySelector("dialog[open]"));

/** The billing month in the retailer's timezone, as figure 13 names it. */
function currentPeriod(): { period: string; title: string } {
  const parts = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Yekaterinburg", year: "numeric", month: "2-digit" }).formatToParts(new Date());
  const y = parts.find((p) => p.type === "year")!.value;
  const m = parts.find((p) => p.type === "month")!.value;
  const months = ["Январь", "Февраль", "Март", "Апрель", "Май", "Июнь", "Июль", "Август", "Сентябрь", "Октябрь", "Ноябрь", "Декабрь"];
  return { period: `${y}-${m}`, title: `${months[Number(m) - 1]} ${y}` };
}

describe("home blocks", () => {
  it("shows «Объект», «Тарифы» and «Ваши документы» of figure 9, and no «Уведомления» without debt", async () => {
    const page = await newPage(browser);
    await page.goto(`${server.url}/login`);
    await signIn(page, DEMO.login, DEMO.password);
    const object = await textOf(page, "section[aria-labelledby=object-title]");
    expect(object).toMatch(/Тип объекта\s+Квартира/);
    expect(object).toMatch(/Общая площадь\s+76 м²/);
    expect(object).toMatch(/Клиентский офис\s+628301, ХМАО-Югра, г\. Нефтеюганск/);
    expect(await page.$eval("section[aria-labelledby=object-title] a", (a) => [a.textContent?.trim(), a.getAttribute("href")])).toEqual([
      "Внесение изменений в данные ЛС",
      "/appeals",
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
  }, E2E_TIMEOUT);

  it("shows the debtor «Уведомления» (figure 10) next to the news", async () => {
    const page = await newPage(browser);
    await page.goto(`${server.url}/login`);
    await signIn(page, "debtor", "debtor2026");
    const notices = await textOf(page, ".notices");
    expect(notices).toContain("Уведомления");
    expect(notices).toContain("У Вас имеется задолженность за два и более месяца по оплате коммунальных услуг по лицевому счету 0720000000");
    expect(notices).toContain("намерении обратиться в суд");
    expect(await textOf(page, "section[aria-labelledby=documents-title]")).toMatch(/Паспорта приборов учёта\s+Не предоставлены/);
    await page.browserContext().close();
  }, E2E_TIMEOUT);
});

describe("readings", () => {
  it("sends readings, confirms too-large ones, refuses values below the accepted ones and lists them in the history", async () => {
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

    // Figure 11: the consumption appears while typing, exact to the unit.
    const day1 = await lastAccepted(page, "6158001", "DAY");
    const night1 = await lastAccepted(page, "6158001", "NIGHT");
    await page.type(input("6158001", "DAY"), String(day1 + 100n));
    await waitForUse(page, "6158001", "DAY", "100");
    await page.type(input("6158001", "NIGHT"), `${night1 + 30n},5`);
    await waitForUse(page, "6158001", "NIGHT", "30,5");
    expect(await useOf(page, "6158008", "DAY")).toBe("");

    // A meter with only some zones filled is stopped in the browser.
    await page.type(input("6158008", "NIGHT"), "1");
    await page.click("button::-p-text(Передать показания)");
    expect(await textOf(page, '[data-meter="6158008"] .meter__errors')).toBe("Укажите показания по всем тарифным зонам прибора учета.");
    expect(await page.$eval(input("6158008", "DAY"), (el) => el.getAttribute("aria-invalid"))).toBe("true");
    await fillIn(page, input("6158008", "NIGHT"), "");
    await page.$eval(input("6158008", "NIGHT"), (el) => el.dispatchEvent(new Event("input", { bubbles: true })));

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
    await page.click("a.tabs__tab::-p-text(История показаний)");
    await page.waitForSelector(".history__month");
    const { period, title } = currentPeriod();
    const months = await page.$$eval(".history__month-row", (rows) => rows.map((r) => r.textContent!.trim()));
    expect(months).toHaveLength(12);
    expect(months[0]).toBe(title);
    expect(await page.$eval("input[name=acceptedOnly]", (el) => (el as HTMLInputElement).checked)).toBe(true);
    expect(await page.$$eval(`[data-period="${period}"] .history__row`, (rows) => rows.length)).toBe(0);
    expect(await textOf(page, ".history tbody:nth-of-type(2)")).toMatch(/\d{2}\.\d{2}\.\d{4}\s+Электроэнергия\s+615800[18] \(Включен\)\s+\d+ кВт\.ч/);
    const pdf = await page.$eval("button::-p-text(Сохранить в PDF)", (b) => [(b as HTMLButtonElement).disabled, b.getAttribute("title")]);
    expect(pdf).toEqual([true, "Скоро"]);

    // Unticking «Только принятые к расчету» shows this month's readings, not accepted yet.
    await page.click("input[name=acceptedOnly]");
    await page.waitForFunction((p) => document.querySelectorAll(`[data-period="${p}"] .history__row`).length === 4, {}, period);
    const thisMonth = await textOf(page, `[data-period="${period}"]`);
    expect(thisMonth).toContain(`6158001 (Включен)`);
    expect(thisMonth).toContain(`${day1 + 100n} кВт.ч`);
    expect(thisMonth).toContain(`${night1 + 30n},5 кВт.ч`);
    expect(thisMonth).toContain(`${day8 + 5000n} кВт.ч`);
    expect(thisMonth).toContain("Личный кабинет");
    expect(thisMonth).toContain("Не принято к расчету");

    // «Предварительный расчет» is there, waiting for its calculation.
    await page.click("a.tabs__tab::-p-text(Предварительный расчет)");
    expect(await textOf(page, ".readings__panel")).toContain("Предварительный расчет выполняется по переданным показаниям");
    expect(new URL(page.url()).pathname).toBe("/readings/estimate");
    await page.browserContext().close();
  }, 2 * E2E_TIMEOUT);

  it("fits a 375 px screen: meters as cards, history without horizontal scrolling", async () => {
    const page = await newPage(browser, 375, 740);
    await page.goto(`${server.url}/login`);
    await signIn(page, DEMO.login, DEMO.password);
    await page.waitForSelector(".customer");
    await page.goto(`${server.url}/readings`);
    await page.waitForSelector(input("6158001", "DAY"));
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    expect(await page.$eval(".meter__row", (el) => getComputedStyle(el).display)).toBe("grid");
    await page.click("a.tabs__tab::-p-text(История показаний)");
    await page.waitForSelector(".history__month");
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    const shot = path.join(os.tmpdir(), "kabinet-e2e-history-375.png");
    await page.screenshot({ path: shot, fullPage: true });
    expect(fs.statSync(shot).size).toBeGreaterThan(10_000);
    await page.browserContext().close();
  }, E2E_TIMEOUT);
});
