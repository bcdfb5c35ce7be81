// «Почему такая сумма» (issue 18) in a real browser: the demo customer opens the explanation of
// the electricity day line of the last closed month on «Начисления», sees the meters' readings
// and the tariff it was computed from, the steps adding up to «К оплате на конец», and asks a
// question about the line with «Задать вопрос» already filled in.
import { describe, expect, it } from "vitest";
import type { Browser } from "puppeteer-core";
import { addMonths } from "../src/lib/format";
import { DEMO, E2E_TIMEOUT, newPage, retailerMonth, signIn, textOf, type RunningServer, useServerAndBrowser } from "./support";

let server: RunningServer;
let browser: Browser;

useServerAndBrowser((s, b) => void ((server = s), (browser = b)));

/** "1 234,56 ₽" or "−12,00 ₽" → kopecks. */
const kopecks = (s: string) => {
  const m = /(−|-)?([\d ]+),(\d\d)/.exec(s.replace(/\u00a0/g, " "))!;
  return (m[1] ? -1 : 1) * Number(`${m[2]!.replace(/ /g, "")}${m[3]}`);
};

describe("«Почему такая сумма»", () => {
  it(
    "shows the readings and tariff of an electricity line, adds up, and asks about it",
    async () => {
      const page = await newPage(browser);
      await page.goto(`${server.url}/login`);
      await signIn(page, DEMO.login, DEMO.password);
      await page.waitForSelector(".customer");
      await page.click('nav.menu a[href="/charges"]');
      await page.waitForSelector(".charges-row");
      const last = addMonths(retailerMonth(), -1);
      const month = `[data-period="${last}"]`;

      // Closed until asked; the first line of the month is electricity by day.
      expect(await textOf(page, `${month} .charges-row th`)).toBe("Электроэнергия (день)");
      expect(await page.$(`${month} .charges-why__box`)).toBeNull();
      const toggle = `${month} .charges-why .charges-why__toggle`; // the first match: the first line's
      expect(await page.$eval(toggle, (b) => b.getAttribute("aria-expanded"))).toBe("false");
      await page.click(toggle);
      await page.waitForSelector(`${month} .charges-why__box`);
      expect(await page.$eval(toggle, (b) => b.getAttribute("aria-expanded"))).toBe("true");

      const steps = await page.$$eval(`${month} .charges-why__step`, (lis) =>
        lis.map((li) => ({
          label: li.querySelector(".charges-why__label")!.textContent!,
          formula: li.querySelector(".charges-why__formula")!.textContent!.replace(/\u00a0/g, " "),
          value: li.querySelector(".charges-why__value")!.textContent!,
        })),
      );
      const charged = steps.find((s) => s.label === "Начислено по прибору учета")!;
      // Both two-zone meters' day readings, their dates and source, and the day tariff.
      expect(charged.formula).toMatch(
        /^Объем: \([\d ]+ − [\d ]+\) \+ \([\d ]+ − [\d ]+\) = [\d ]+ кВт\.ч \(день\) · Показания: прибор № 6158001: [\d ]+ \(от \d\d\.\d\d\.\d{4}, [^)]+\), предыдущее [\d ]+ \(от \d\d\.\d\d\.\d{4}, за [^)]+\); прибор № 6158008: /,
      );
      expect(charged.formula).toMatch(/ · Тариф 2,25 р\. за кВт\.ч \(день\), действует с 01\.07\.2025 · [\d ]+ × 2,25 = [\d ]+,\d\d р\.$/);
      // The volume the readings give is the one in the table, and the charge is the table's.
      const [, a, b, c, d, volume] = /^Объем: \(([\d ]+) − ([\d ]+)\) \+ \(([\d ]+) − ([\d ]+)\) = ([\d ]+) кВт/
        .exec(charged.formula)!
        .map((x) => Number(x.replace(/ /g, "")));
      expect(a! - b! + c! - d!).toBe(volume);
      const row = `${month} .charges-row`;
      expect((await textOf(page, `${row} td.c-volume`)).replace(/\u00a0/g, " ")).toBe(`${volume!.toLocaleString("ru-RU").replace(/\u00a0/g, " ")} кВт.ч`);
      expect(kopecks(charged.value)).toBe(kopecks(await textOf(page, `${row} td.c-charged`)));
      // The steps add up to «К оплате на конец» to the kopeck.
      const total = kopecks(await textOf(page, `${month} .charges-why__total strong`));
      expect(steps.reduce((s, x) => s + kopecks(x.value), 0)).toBe(total);

      // «Задать вопрос по этой строке»: the question form with the line and its steps written in.
      await page.click(`${month} .charges-why__ask`);
      await page.waitForSelector("textarea[name=text]");
      expect(new URL(page.url()).pathname).toBe("/appeals/question");
      const question = await page.$eval("textarea[name=text]", (t) => (t as HTMLTextAreaElement).value.replace(/\u00a0/g, " "));
      expect(question).toMatch(/^Прошу разъяснить начисление «Электроэнергия \(день\)» за \S+ \d{4}\.\nНачислено по прибору учета: Объем: \(/);
      expect(question).toContain("Тариф 2,25 р. за кВт.ч (день)");
      await page.close();
    },
    E2E_TIMEOUT * 2,
  );
});
