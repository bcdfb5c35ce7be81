// «Оспорить показания» (manual 6.2) in real browsers: readings with a photo of the display, a value
// below the accepted one refused with the manual's message and «Оспорить показания»; the customer
// files the appeal «Несогласие с принятыми показаниями» in one step with that photo (refused
// without one); the
// operator, in another browser context, sees the photo beside the meter's history, takes the
// appeal and accepts the corrected reading; the customer's history shows it as «Корректировка по
// заявлению». The window for readings is opened to the whole month so the test runs on any day.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import type { Browser, Page } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO, E2E_TIMEOUT, fillIn, newPage, signIn, textOf, type RunningServer, useServerAndBrowser } from "./support";

let server: RunningServer;
let browser: Browser;

useServerAndBrowser((s, b) => void ((server = s), (browser = b)), { READINGS_WINDOW: "1-31" });

let tmp: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "kabinet-e2e-dispute-"));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const input = (meter: string, zone: string) => `input[name="reading-${meter}-${zone}"]`;

async function lastAccepted(page: Page, meter: string, zone: string): Promise<bigint> {
  await page.waitForSelector(input(meter, zone));
  const text = await page.$eval(input(meter, zone), (el) => el.closest("tr")!.querySelector(".prev:not(.prev--submitted) .prev__value")!.textContent!);
  return BigInt(text);
}

/** A phone's photo of the display (320×240 unless said) with a GPS position in its EXIF. */
async function displayPhoto(name = "IMG_2041.jpg", width = 320, height = 240): Promise<string> {
  const file = path.join(tmp, name);
  await sharp({ create: { width, height, channels: 3, background: { r: 20, g: 20, b: 20 } } })
    .jpeg()
    .withExifMerge({ IFD3: { GPSLatitudeRef: "N", GPSLatitude: "61/1 5/1 0/1", GPSLongitudeRef: "E", GPSLongitude: "72/1 36/1 0/1" } })
    .toFile(file);
  return file;
}

describe("readings dispute", () => {
  it(
    "a too-low reading is disputed with a photo, the operator accepts the corrected reading, the history shows it",
    async () => {
      const page = await newPage(browser);
      await page.goto(`${server.url}/login`);
      await signIn(page, DEMO.login, DEMO.password);
      await page.waitForSelector(".customer");
      await page.click("a.menu__link::-p-text(Показания)");
      const day = await lastAccepted(page, "6158008", "DAY");
      const night = await lastAccepted(page, "6158008", "NIGHT");
      const corrected = day - 120n;
      // The photo of the display goes with the readings («Приложить фото табло»): first with values that are fine.
      await (await page.$('input[type=file][name="photo-6158008"]'))!.uploadFile(await displayPhoto("IMG_2040.jpg", 300, 200));
      await page.type(input("6158008", "DAY"), String(day + 5n));
      await page.type(input("6158008", "NIGHT"), String(night + 5n));
      await page.click("button::-p-text(Передать показания)");
      await page.waitForFunction(() => document.querySelector("dialog[open]")?.textContent?.includes("Показания успешно переданы"));
      await page.click("dialog[open] button::-p-text(Закрыть)");
      await page.waitForFunction(() => !document.querySelector("dialog[open]"));
      // Then the display shows less than the accepted value.
      const photo = await displayPhoto();
      await (await page.$('input[type=file][name="photo-6158008"]'))!.uploadFile(photo);
      await page.waitForFunction(() => document.querySelector('[data-meter="6158008"] .meter__photo')?.textContent?.includes("Фото: IMG_2041.jpg"));
      await page.type(input("6158008", "DAY"), String(corrected));
      await page.type(input("6158008", "NIGHT"), String(night + 7n));
      await page.click("button::-p-text(Передать показания)");
      // Whatever the answer shows: the meter's message is expected, anything else fails with its text.
      const shown = await page.waitForFunction(
        () => document.querySelector('[data-meter="6158008"] .meter__errors, .meters-form .notice--error, dialog[open]')?.textContent,
      );
      expect(await shown.jsonValue()).toContain("менее ранее принятых");
      expect(await textOf(page, '[data-meter="6158008"] .meter__errors')).toContain(
        `Передача значений показаний, менее ранее принятых (${day}), не допускается.`,
      );

      // «Оспорить показания»: the values and the photo come along; without a photo it is refused.
      await page.click('[data-meter="6158008"] button::-p-text(Оспорить показания)');
      await page.waitForSelector("dialog[open] input[type=file][name=photo]");
      const dialog = await textOf(page, "dialog[open]");
      expect(dialog).toContain("Оспорить показания");
      expect(dialog).toMatch(new RegExp(`День\\s+${day}\\s+${corrected}`));
      expect(dialog).toContain("IMG_2041.jpg");
      await page.click('dialog[open] button[aria-label="Удалить файл IMG_2041.jpg"]');
      await page.click("dialog[open] button::-p-text(Подать заявление)");
      await page.waitForFunction(() => document.querySelector("dialog[open]")?.textContent?.includes("Приложите фото табло прибора учета"));
      await (await page.$("dialog[open] input[type=file][name=photo]"))!.uploadFile(photo);
      await fillIn(page, "dialog[open] textarea[name=comment]", "Прошлые показания переданы с ошибкой, на табло меньше");
      await page.click("dialog[open] input[name=consentPersonalData]");
      await page.click("dialog[open] input[name=consentSimpleSignature]");
      await page.click("dialog[open] button::-p-text(Подать заявление)");
      await page.waitForFunction(() => /Заявление № 13-\d+/.test(document.querySelector("dialog[open]")?.textContent ?? ""));
      const number = /Заявление № (13-\d+)/.exec(await textOf(page, "dialog[open]"))![1]!;
      await page.click("dialog[open] button::-p-text(Закрыть)");

      // The operator sees the photo beside the meter's history and accepts the corrected reading.
      const operator = await newPage(browser);
      await operator.goto(`${server.url}/operator`);
      await signIn(operator, "operator", "operator2026");
      await operator.waitForSelector(`tr[data-number="${number}"] a`);
      await operator.click(`tr[data-number="${number}"] a`);
      await operator.waitForSelector(".op-dispute");
      await operator.waitForFunction(() => {
        const img = document.querySelector<HTMLImageElement>(".op-dispute img.dispute-photo__img");
        return !!img && img.complete && img.naturalWidth === 320 && img.naturalHeight === 240;
      });
      // The photo sent with the readings before, from the meter's history.
      await operator.click(".op-dispute__meter-history button::-p-text(Фото)");
      await operator.waitForFunction(() => document.querySelector<HTMLImageElement>(".op-dispute img.dispute-photo__img")?.naturalWidth === 300);
      await operator.click(".op-dispute button::-p-text(Фото к заявлению)");
      await operator.waitForFunction(() => document.querySelector<HTMLImageElement>(".op-dispute img.dispute-photo__img")?.naturalWidth === 320);
      const history = await textOf(operator, ".op-dispute__meter-history");
      expect(history).toContain("История показаний прибора учета");
      expect(history).toContain(String(day));
      expect(await textOf(operator, ".op-dispute__values")).toMatch(new RegExp(`День\\s+${day}\\s+${corrected}`));
      await operator.click(".op-actions button::-p-text(Взять в работу)");
      await operator.waitForSelector(".op-dispute__accept input[name=corrected-DAY]");
      expect(await operator.$eval(".op-dispute__accept input[name=corrected-DAY]", (el) => (el as HTMLInputElement).value)).toBe(String(corrected));
      await operator.click(".op-dispute__accept button::-p-text(Принять исправленные показания)");
      await operator.waitForFunction(() => document.querySelector(".appeal-view .appeal-view__head")?.textContent?.includes("Завершено"));
      await operator.waitForFunction(() => document.querySelector(".op-dispute")?.textContent?.includes("Исправленные показания приняты"));
      expect(await textOf(operator, ".op-dispute")).toContain("Корректировка по заявлению");

      // The customer's history shows the corrected reading, and the form takes it as the accepted value.
      await page.goto(`${server.url}/readings/history`);
      await page.waitForFunction(() => document.querySelector(".history")?.textContent?.includes("Корректировка по заявлению"));
      const row = await page.$$eval(".history tr", (rows) => rows.map((r) => r.textContent ?? "").find((t) => t.includes("Корректировка по заявлению")) ?? "");
      expect(row.replace(/\s+/g, " ")).toContain("6158008");
      expect(row.replace(/\s/g, "")).toContain(String(corrected));
      await page.goto(`${server.url}/readings`);
      expect(await lastAccepted(page, "6158008", "DAY")).toBe(corrected);
      await operator.browserContext().close();
      await page.browserContext().close();
    },
    E2E_TIMEOUT * 2,
  );
});
