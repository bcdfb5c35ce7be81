// «Начисления» (manual 6.3, figure 17) in a real browser: the demo customer sees the last twelve
// closed months by service with the all-zero columns hidden, the chart of monthly totals with
// the sum on hover, saves the table as a PDF (read back with pdfjs); on «Оплата» downloads a
// квитанция (6.4) as a PDF and opens its page. Also at a 375 px phone width.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Browser, Page } from "puppeteer-core";
import { pdfText as readPdfText } from "../../server/test/pdf-text.js";
import { addMonths } from "../src/lib/format";
import {
  DEMO,
  E2E_TIMEOUT,
  allowDownloads,
  downloaded,
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

useServerAndBrowser((s, b) => void ((server = s), (browser = b)));

/** The last closed month (the one before today's, on the retailer's clock): the seed's newest. */
const lastClosed = () => addMonths(retailerMonth(), -1);

const pdfText = (file: string) => readPdfText(fs.readFileSync(file));

async function openCharges(page: Page): Promise<void> {
  await page.goto(`${server.url}/login`);
  await signIn(page, DEMO.login, DEMO.password);
  await page.waitForSelector(".customer");
  await page.click('nav.menu a[href="/charges"]');
  await page.waitForSelector(".charges-row");
}

/** Records the text each canvas draws, in CSS pixels of the canvas, as of its last full redraw. */
async function recordCanvasText(page: Page): Promise<void> {
  await page.evaluateOnNewDocument(() => {
    type Box = { text: string; left: number; right: number; top: number };
    const drawn = new Map<HTMLCanvasElement, Box[]>();
    (window as unknown as { canvasText: typeof drawn }).canvasText = drawn;
    const proto = CanvasRenderingContext2D.prototype;
    const { clearRect, fillText } = proto;
    proto.clearRect = function (x, y, w, h) {
      if (x <= 0 && y <= 0 && w >= this.canvas.width && h >= this.canvas.height) drawn.set(this.canvas, []); // a redraw starts
      return clearRect.call(this, x, y, w, h);
    };
    proto.fillText = function (text, x, y, maxWidth) {
      const w = Math.min(this.measureText(String(text)).width, maxWidth ?? Infinity);
      const left = this.textAlign === "center" ? x - w / 2 : this.textAlign === "right" || this.textAlign === "end" ? x - w : x;
      const m = this.getTransform();
      const scale = this.canvas.width / this.canvas.getBoundingClientRect().width; // device pixels per CSS pixel
      const px = (ux: number, uy: number) => [(m.a * ux + m.c * uy + m.e) / scale, (m.b * ux + m.d * uy + m.f) / scale] as const;
      const xs = [px(left, y), px(left + w, y)].map((p) => p[0]);
      const list = drawn.get(this.canvas) ?? [];
      list.push({ text: String(text), left: Math.min(...xs), right: Math.max(...xs), top: px(left, y)[1] });
      drawn.set(this.canvas, list);
      return fillText.call(this, text, x, y, maxWidth);
    };
  });
}

/** The month labels the chart drew on its x axis (the y axis' labels end in «₽»), left to right. */
async function monthTicks(page: Page): Promise<{ text: string; left: number; right: number }[]> {
  return page.$eval(".charges-chart canvas", (canvas) => {
    const all = (window as unknown as { canvasText: Map<Element, { text: string; left: number; right: number }[]> }).canvasText.get(canvas) ?? [];
    return all.filter((t) => !t.text.endsWith("₽")).sort((a, b) => a.left - b.left);
  });
}

describe("«Начисления»", () => {
  it(
    "shows the charges by month with zero columns hidden, the chart with the sum on hover, and saves the PDF",
    async () => {
      const page = await newPage(browser);
      await recordCanvasText(page);
      await openCharges(page);
      expect(new URL(page.url()).pathname).toBe("/charges");
      expect(await page.title()).toMatch(/^Начисления — /);
      const last = lastClosed();

      // Default range: the twelve closed months, newest first.
      expect(await page.$eval("select[name=to]", (el) => (el as HTMLSelectElement).value)).toBe(last);
      expect(await page.$eval("select[name=from]", (el) => (el as HTMLSelectElement).value)).toBe(addMonths(last, -11));
      const months = await page.$$eval(".charges-month__head", (rows) => rows.map((r) => r.textContent!.trim()));
      expect(months).toHaveLength(12);
      expect(months[0]).toBe(monthTitle(last));

      // The demo account pays everything within the month: no balances, penalties, losses or
      // recalculations — those columns are hidden; the rest are there.
      const head = await page.$$eval(".charges-table thead th", (ths) => ths.map((th) => th.textContent!.trim()));
      expect(head).toEqual(["Услуга", "Поставщик", "Способ расчета", "Норматив", "Объем", "Тариф, ₽", "Начислено", "Оплачено"]);

      // Two-zone meters: electricity by day and night by the meters, water and sewerage by the norm.
      const rows = await page.$$eval(`[data-period="${last}"] .charges-row`, (trs) =>
        trs.map((tr) =>
          (tr as HTMLElement).innerText
            .replace(/\u00a0/g, " ")
            .replace(/\s+/g, " ")
            .trim(),
        ),
      );
      expect(rows).toHaveLength(4);
      expect(rows[0]).toMatch(/^Электроэнергия \(день\) АО «Газпром энергосбыт Тюмень» по прибору учета — \d+ кВт\.ч 2,25 [\d ]+,\d\d [\d ]+,\d\d$/);
      expect(rows[1]).toMatch(/^Электроэнергия \(ночь\) .* по прибору учета — \d+ кВт\.ч 1,1 /);
      expect(rows[2]).toMatch(/^Холодное водоснабжение .* по нормативу 4,81 м³ 9,62 м³ 48,86 470,03 470,03$/);
      expect(rows[3]).toMatch(/^Водоотведение ХВС .* по нормативу 4,81 м³ 9,62 м³ 58,92 566,81 566,81$/);
      const total = await textOf(page, `[data-period="${last}"] .charges-total`);
      const charged = /Итого за \S+ \d{4}\s+([\d ]+,\d\d)/.exec(total.replace(/\s+/g, " "))![1]!;

      // On a wide screen every month is open, its head plain text.
      expect(await page.$$eval(".charges-row", (rs) => rs.every((r) => (r as HTMLElement).offsetHeight > 0))).toBe(true);
      expect(await page.$(".charges-month__toggle")).toBeNull();

      // The chart: a canvas described for screen readers; hovering shows the month's total.
      const label = await page.$eval(".charges-chart canvas", (c) => c.getAttribute("aria-label")!.replace(/\u00a0/g, " "));
      expect(label).toContain(`${monthTitle(last)} — ${charged} ₽`);
      // Hover over the middle of the plot: the nearest month and its total, as in the table.
      const totals = Object.fromEntries(
        await page.$$eval(".charges-month", (groups) =>
          groups.map((g) => [
            g.querySelector(".charges-month__head")!.textContent!.trim(),
            (g.querySelector(".charges-total .c-charged") as HTMLElement | null)?.innerText ?? "",
          ]),
        ),
      );
      const box = (await (await page.$(".charges-chart canvas"))!.boundingBox())!;
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await page.waitForSelector(".charges-chart__tip:not([hidden])");
      const [, month, sum] = /^(\S+ \d{4}) (.+) ₽$/.exec((await textOf(page, ".charges-chart__tip")).replace(/\s+/g, " "))!;
      expect(sum!.replace(/\u00a0/g, " ")).toBe(totals[month!]!.replace(/\u00a0/g, " "));
      expect(totals[month!]).toMatch(/^[\d\u00a0 ]+,\d\d$/);
      await page.mouse.move(box.x - 50, box.y - 50);
      await page.waitForSelector(".charges-chart__tip", { hidden: true });
      // Its month ticks in full («Декабрь 2025»), apart.
      const ticks = await monthTicks(page);
      expect(ticks.length).toBeGreaterThanOrEqual(6);
      for (const [i, t] of ticks.entries()) {
        expect(t.text).toMatch(/^[А-Я][а-я]+ \d{4}$/);
        if (i) expect(t.left - ticks[i - 1]!.right, `«${ticks[i - 1]!.text}» and «${t.text}» apart`).toBeGreaterThanOrEqual(4);
      }

      // A reversed range is refused in the browser; a shorter one shows fewer months.
      await page.select("select[name=from]", addMonths(last, 1));
      expect(await textOf(page, ".field-error")).toBe("Начало периода должно быть не позже его окончания");
      await page.select("select[name=from]", addMonths(last, -2));
      await page.waitForFunction(() => document.querySelectorAll(".charges-month__head").length === 3);

      // «Сохранить в PDF» of this range: the API signs a link, the browser saves the file.
      const downloads = await allowDownloads(page);
      const created = page.waitForResponse((r) => isOperation(r.request(), "ChargesPdfCreate"));
      await page.click("button::-p-text(Сохранить в PDF)");
      expect(JSON.parse((await created).request().postData()!).variables.input).toMatchObject({ from: addMonths(last, -2), to: last });
      const file = await downloaded(downloads.dir);
      expect(file).toBe(`nachisleniya-${addMonths(last, -2)}-${last}.pdf`);
      const text = await pdfText(path.join(downloads.dir, file));
      expect(text).toContain("Лицевой счет 0710000000");
      expect(text).toContain(`За период с ${monthTitle(addMonths(last, -2))} по ${monthTitle(last)}`);
      expect(text).toMatch(/Холодное водоснабжение\s+АО «Газпром энергосбыт Тюмень»\s+по нормативу\s+4,81 м³\s+9,62 м³\s+48,86\s+470,03\s+470,03/);
      expect(text).toMatch(/Электроэнергия \(день\)\s+АО «Газпром энергосбыт Тюмень»\s+по прибору учета\s+—\s+\d+ кВт\.ч\s+2,25/);
      expect(text).toMatch(new RegExp(`Итого за месяц\\s+${charged.replace(" ", "\\s")}`));
      expect(text).not.toContain("Пени");
      await downloads.close();
      await page.browserContext().close();
    },
    2 * E2E_TIMEOUT,
  );

  it(
    "downloads the квитанция of a month from «Оплата» as a PDF and opens it as a page",
    async () => {
      const page = await newPage(browser);
      await page.goto(`${server.url}/login`);
      await signIn(page, DEMO.login, DEMO.password);
      await page.waitForSelector(".customer");
      await page.goto(`${server.url}/payment`);
      await page.waitForSelector("select[name=invoicePeriod]");
      const last = lastClosed();
      const number = `0710000000-${last.replace("-", "")}`;
      // Figure 15: «Выберите платежный период», the newest month first.
      expect(await page.$eval("select[name=invoicePeriod]", (el) => (el as HTMLSelectElement).value)).toBe(last);
      expect(await page.$$eval("select[name=invoicePeriod] option", (os) => os.length)).toBe(12);
      expect((await textOf(page, ".invoice-section__due")).replace(/\s+/g, " ")).toBe(
        `Квитанция № ${number} за ${monthTitle(last).toLowerCase()}: к оплате 0,00 р.`,
      );

      // Another month: its own квитанция, downloaded as a PDF and read back.
      const earlier = addMonths(last, -1);
      await page.select("select[name=invoicePeriod]", earlier);
      await page.waitForFunction(
        (n) => document.querySelector(".invoice-section__due")?.textContent?.includes(n),
        {},
        `0710000000-${earlier.replace("-", "")}`,
      );
      const downloads = await allowDownloads(page);
      await page.click("button::-p-text(Скачать квитанцию)");
      const file = await downloaded(downloads.dir);
      expect(file).toBe(`kvitanciya-${earlier}.pdf`);
      const text = await pdfText(path.join(downloads.dir, file));
      expect(text).toContain(`Квитанция № 0710000000-${earlier.replace("-", "")} за ${monthTitle(earlier)}`);
      expect(text).toContain("Иванов Иван Иванович");
      expect(text).toMatch(/Холодное\s+по нормативу/);
      expect(text).toContain("Итого к оплате:");
      expect(text).toContain("Оплата по QR-коду");
      await downloads.close();

      // «Открыть квитанцию»: a link to the same квитанция as a web page, in a new tab.
      await page.waitForFunction(() =>
        document.querySelector<HTMLAnchorElement>(".invoice-section a[target=_blank]")?.href.includes("/documents/invoice.html?token="),
      );
      const href = await page.$eval(".invoice-section a[target=_blank]", (a) => (a as HTMLAnchorElement).href);
      const view = await newPage(browser);
      await view.goto(href);
      expect(await view.$eval("h1", (h) => h.textContent)).toBe(`Квитанция № 0710000000-${earlier.replace("-", "")} за ${monthTitle(earlier)}`);
      expect(await view.$$eval("[role=img][aria-label^='QR-код для оплаты']", (els) => els.length)).toBeGreaterThan(0);
      expect(await view.$eval("table caption", (c) => c.textContent)).toContain(`Начисления за ${monthTitle(earlier)}`);
      await view.browserContext().close();
      await page.browserContext().close();
    },
    E2E_TIMEOUT,
  );

  it(
    "fits a 375 px phone: the latest month open, the others collapsed; chart ticks short and apart; no sideways scrolling",
    async () => {
      const page = await newPage(browser, 375, 812);
      await recordCanvasText(page);
      await page.goto(`${server.url}/login`);
      await signIn(page, DEMO.login, DEMO.password);
      await page.waitForSelector(".customer");
      await page.goto(`${server.url}/charges`);
      await page.waitForSelector(".charges-row");
      await page.waitForSelector(".charges-chart canvas");
      const last = lastClosed();
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
      expect(await page.$eval(".charges-row", (el) => getComputedStyle(el).display)).toBe("block");
      expect(await page.$eval(".charges-row td.c-charged", (el) => getComputedStyle(el, "::before").content)).toBe('"Начислено"');
      expect(await page.$eval(".charges-chart canvas", (el) => el.getBoundingClientRect().width)).toBeLessThanOrEqual(375);

      // A year of charges as cards was 15 000+ px: only the latest month is open, each other one a
      // button with its total.
      expect(await page.$$eval(".charges-month__head", (rows) => rows.length)).toBe(12);
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      expect(height).toBeLessThan(4000);
      const openMonths = () =>
        page.$$eval(".charges-month", (ms) =>
          ms.filter((m) => [...m.querySelectorAll<HTMLElement>(".charges-row")].some((r) => r.offsetHeight > 0)).map((m) => m.getAttribute("data-period")),
        );
      expect(await openMonths()).toEqual([last]);
      const earlier = addMonths(last, -1);
      const toggle = `[data-period="${earlier}"] .charges-month__toggle`;
      expect(await page.$eval(toggle, (b) => b.getAttribute("aria-expanded"))).toBe("false");
      expect((await textOf(page, toggle)).replace(/\s+/g, " ")).toMatch(new RegExp(`^${monthTitle(earlier)} [\\d ]+,\\d\\d ₽$`));
      await page.click(toggle);
      await page.waitForFunction((s) => document.querySelector(s)?.getAttribute("aria-expanded") === "true", {}, toggle);
      expect(await openMonths()).toEqual([last, earlier]);
      await page.click(`[data-period="${last}"] .charges-month__toggle`);
      expect(await openMonths()).toEqual([earlier]);

      // The chart's month ticks: short («дек 25»), not overlapping, inside the canvas.
      const ticks = await monthTicks(page);
      expect(ticks.length).toBeGreaterThanOrEqual(3);
      for (const t of ticks) expect(t.text).toMatch(/^[а-я]{3} \d{2}$/);
      const width = await page.$eval(".charges-chart canvas", (c) => c.getBoundingClientRect().width);
      for (const [i, t] of ticks.entries()) {
        expect(t.left, `«${t.text}» starts inside the canvas`).toBeGreaterThanOrEqual(0);
        expect(t.right, `«${t.text}» ends inside the canvas`).toBeLessThanOrEqual(width);
        if (i) expect(t.left - ticks[i - 1]!.right, `«${ticks[i - 1]!.text}» and «${t.text}» apart`).toBeGreaterThanOrEqual(4);
      }
      await page.screenshot({ path: path.join(os.tmpdir(), "kabinet-e2e-charges-375.png"), fullPage: true });
      await page.browserContext().close();
    },
    E2E_TIMEOUT,
  );
});
