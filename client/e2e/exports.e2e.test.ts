// Issue 18 in a real browser: the demo customer downloads «Начисления» as CSV (read back with
// papaparse «;», as Russian Excel, equal to the table on the screen), sends this month's readings
// and sees them compared with the same month a year before («На N % больше, чем в …»), the
// water billed by the norm marked as such; the charges page compares the last closed month.
import fs from "node:fs";
import path from "node:path";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import type { Browser, Page } from "puppeteer-core";
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

useServerAndBrowser((s, b) => void ((server = s), (browser = b)), { READINGS_WINDOW: "1-31" });

const PREPOSITIONAL = ["январе", "феврале", "марте", "апреле", "мае", "июне", "июле", "августе", "сентябре", "октябре", "ноябре", "декабре"];
const inMonth = (p: string) => `в ${PREPOSITIONAL[Number(p.slice(5)) - 1]} ${p.slice(0, 4)}`;
const flat = (s: string) => s.replace(/[\u00a0\s]+/g, " ").trim();

async function signedIn(page: Page, path: string): Promise<void> {
  await page.goto(`${server.url}/login`);
  await signIn(page, DEMO.login, DEMO.password);
  await page.waitForSelector(".customer");
  await page.goto(`${server.url}${path}`);
}

describe("exports and consumption compared", () => {
  it(
    "downloads «Начисления» as a CSV Excel reads back as the table on the screen",
    async () => {
      const page = await newPage(browser);
      await signedIn(page, "/charges");
      await page.waitForSelector(".charges-row");
      const last = addMonths(retailerMonth(), -1);
      await page.select("select[name=from]", addMonths(last, -2));
      await page.waitForFunction(() => document.querySelectorAll(".charges-month__head").length === 3);

      // The screen's rows: service, supplier, method, volume and «Начислено» of each month.
      const screen = await page.$$eval(".charges-month", (groups) =>
        groups.flatMap((g) =>
          [...g.querySelectorAll(".charges-row")].map((r) => ({
            month: g.querySelector(".charges-month__head")!.textContent!.trim(),
            service: r.querySelector(".c-service")!.textContent!.trim(),
            charged: (r.querySelector(".c-charged") as HTMLElement).innerText.replace(/[\u00a0 ]/g, ""),
            paid: (r.querySelector(".c-paid") as HTMLElement).innerText.replace(/[\u00a0 ]/g, ""),
          })),
        ),
      );
      expect(screen.length).toBeGreaterThanOrEqual(12);

      const downloads = await allowDownloads(page);
      const asked = page.waitForResponse((r) => isOperation(r.request(), "ChargesExport"));
      await page.click("button::-p-text(Скачать CSV)");
      expect(JSON.parse((await asked).request().postData()!).variables).toMatchObject({ from: addMonths(last, -2), to: last, format: "CSV" });
      const file = await downloaded(downloads.dir);
      expect(file).toBe(`nachisleniya-${addMonths(last, -2)}-${last}.csv`);
      const bytes = fs.readFileSync(path.join(downloads.dir, file));
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const parsed = Papa.parse<Record<string, string>>(bytes.toString("utf8").slice(1), { delimiter: ";", header: true, skipEmptyLines: true });
      expect(parsed.errors).toEqual([]);
      // The file reads down from the oldest month; the screen shows the newest first.
      const fromFile = parsed.data.map((r) => ({ month: r.Период, service: r.Услуга, charged: r.Начислено, paid: r.Оплачено }));
      const byMonth = (rows: typeof fromFile) => [...rows].sort((a, b) => (a.month! < b.month! ? -1 : a.month! > b.month! ? 1 : 0));
      expect(byMonth(fromFile)).toEqual(byMonth(screen));
      expect(parsed.data.every((r) => /^\d+,\d\d$/.test(r.Начислено!))).toBe(true);
      await downloads.close();

      // The last closed month compared: the demo has no data a year before it, and water and
      // sewerage are billed by the norm — said in words, no percentage.
      await page.waitForSelector(".consumption__service");
      const water = flat(await textOf(page, '.consumption__service[data-service="COLD_WATER"] .consumption__sentence'));
      expect(water).toBe(`За ${monthTitle(last).toLowerCase()} начислено по нормативу, а не по показаниям — с прошлым годом не сравниваем`);
      await page.browserContext().close();
    },
    2 * E2E_TIMEOUT,
  );

  it(
    "compares this month's readings with the same month a year before, and the norm",
    async () => {
      const page = await newPage(browser);
      await signedIn(page, "/readings");
      const month = retailerMonth();
      const input = (meter: string, zone: string) => `input[name="reading-${meter}-${zone}"]`;
      // Before any reading of the month: nothing to compare yet.
      await page.waitForSelector('.consumption__service[data-service="ELECTRICITY"]');
      expect(flat(await textOf(page, '.consumption__service[data-service="ELECTRICITY"] .consumption__sentence'))).toBe(
        `Показания за ${monthTitle(month).toLowerCase()} еще не переданы — сравнивать пока нечего`,
      );
      // Send twice a usual month (900 + 300 per meter against some 400): «больше», by the year-ago figure shown.
      for (const meter of ["6158001", "6158008"]) {
        for (const [zone, use] of [
          ["DAY", 900n],
          ["NIGHT", 300n],
        ] as const) {
          await page.waitForSelector(input(meter, zone));
          const last = BigInt(
            await page.$eval(input(meter, zone), (el) => el.closest("tr")!.querySelector(".prev:not(.prev--submitted) .prev__value")!.textContent!),
          );
          await page.type(input(meter, zone), String(last + use));
        }
      }
      await page.click("button::-p-text(Передать показания)");
      await page.waitForSelector("dialog[open]");
      await page.click("dialog[open] button::-p-text(Закрыть)");
      await page.reload();
      const card = '.consumption__service[data-service="ELECTRICITY"]';
      await page.waitForFunction((sel) => document.querySelector(sel)?.textContent?.includes("больше"), {}, `${card} .consumption__sentence`);
      const sentence = flat(await textOf(page, `${card} .consumption__sentence`));
      const yearAgo = addMonths(month, -12);
      const m = new RegExp(`^На (\\d+) % больше, чем ${inMonth(yearAgo)}$`).exec(sentence);
      expect(m, sentence).not.toBeNull();
      // The percentage from the figures on the card: 2 400 кВт.ч against the year-ago volume.
      const figures = await page.$$eval(`${card} .consumption__figures dd strong`, (els) => els.map((e) => e.textContent!.replace(/[\u00a0 ]/g, "")));
      const now = Number(figures[0]!.replace(/кВт\.ч$/, "").replace(",", "."));
      const before = Number(figures[1]!.replace(/кВт\.ч$/, "").replace(",", "."));
      expect(now).toBe(2400);
      expect(Number(m![1])).toBe(Math.round(((now - before) / before) * 100));
      expect(flat(await textOf(page, `${card} .consumption__figures`))).toContain("по переданным показаниям, еще не начислено");
      // The chart: a canvas described for screen readers, the norm with it.
      const label = await page.$eval(`${card} canvas`, (c) => c.getAttribute("aria-label")!);
      expect(flat(label)).toMatch(
        new RegExp(
          `^Электроэнергия, потребление по месяцам: ${monthTitle(yearAgo)} — [\\d,]+ кВт\\.ч; .*${monthTitle(month)} — 2400 кВт\\.ч \\(по переданным показаниям, еще не начислено\\)(; норматив \\d+ кВт\\.ч)?$`,
        ),
      );
      await page.browserContext().close();
    },
    2 * E2E_TIMEOUT,
  );
});
