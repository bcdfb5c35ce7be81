// Readings by a reminder's personal link (7.1) in a real browser, signed out: the readings
// reminder job runs on the server; the demo customer's SMS (from the dev outbox) carries a short
// link per account, the debtor's e-mail (subscribed first) a signed one; opening it shows the account's meters with the address masked, a reading is
// sent, figure 14 offers to sign in for the preliminary calculation, and signing in leads there —
// where the envelope tells of the submission by link. The window is opened to the whole month so
// the test runs on any day.
import { beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "puppeteer-core";
import { DEMO, E2E_TIMEOUT, newPage, outbox, signIn, textOf, type RunningServer, useServerAndBrowser } from "./support";

let server: RunningServer;
let browser: Browser;

useServerAndBrowser((s, b) => void ((server = s), (browser = b)), { KABINET_TEST_HOOKS: "1", READINGS_WINDOW: "1-31" });

const DEMO_PHONE = "79991234567";
const input = (meter: string, zone: string) => `input[name="reading-${meter}-${zone}"]`;

async function lastAccepted(page: Page, meter: string, zone: string): Promise<bigint> {
  await page.waitForSelector(input(meter, zone));
  return BigInt(await page.$eval(input(meter, zone), (el) => el.closest("tr")!.querySelector(".prev:not(.prev--submitted) .prev__value")!.textContent!));
}

async function gql(query: string, variables: Record<string, unknown>, token?: string) {
  const res = await fetch(`${server.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as { data?: any; errors?: unknown[] };
}

// The mailing day: the debtor (confirmed e-mail, no phone) subscribes to «Другая информация»
// first so the reminder comes by e-mail; then the job runs once for everybody.
beforeAll(async () => {
  const signedIn = await gql(
    `mutation($l: String!, $p: String!) { sessionCreate(input: { login: $l, password: $p, refreshTokenDelivery: BODY }) { session { accessToken } } }`,
    { l: "debtor", p: "debtor2026" },
  );
  const token = signedIn.data.sessionCreate.session.accessToken as string;
  const sub = await gql(`mutation { viewerSubscriptionsUpdate(input: { eInvoice: false, info: true }) { userErrors { message } } }`, {}, token);
  expect(sub.data.viewerSubscriptionsUpdate.userErrors).toEqual([]);
  const res = await fetch(`${server.url}/test-hooks/jobs/readings-reminders`, { method: "POST" });
  const { result } = (await res.json()) as { result: { notifications: number; messages: number } };
  expect(result.notifications).toBeGreaterThanOrEqual(2);
}, E2E_TIMEOUT);

describe("readings by a reminder's link", () => {
  it(
    "opens the SMS link signed out, sends a reading and is offered to sign in for the preliminary calculation",
    async () => {
      // The demo customer (confirmed phone, not subscribed to e-mail news) gets one SMS for both accounts.
      const [sms] = (await outbox(server.url, DEMO_PHONE)).filter((m) => m.channel === "SMS");
      expect(sms, "the reminder SMS").toBeDefined();
      const links = Object.fromEntries([...sms!.text.matchAll(/ЛС (\d{10}) (\S+)/g)].map((m) => [m[1]!, m[2]!]));
      expect(Object.keys(links).sort()).toEqual(["0710000000", "0710000001"]);
      for (const link of Object.values(links)) {
        expect(link).toMatch(/^http:\/\/localhost:\d+\/r\/[A-Za-z0-9]{12}$/);
        expect(link.length).toBeLessThan(40);
      }

      // Any device: a fresh browser with no session opens the link (its path, on this server).
      const page = await newPage(browser);
      await page.goto(`${server.url}${new URL(links["0710000000"]!).pathname}`);
      await page.waitForSelector("table.meters");
      const card = await textOf(page, ".link-card");
      expect(card).toMatch(/Адрес\s+1 мкр\., дом/);
      expect(card).not.toMatch(/кв\. 1|Иванов|628300/);
      expect(card).toContain("Передать показания можно с 1 по 31 число каждого месяца.");
      expect(await textOf(page, '[data-meter="6158001"]')).toMatch(/6158001[\s\S]*Электроэнергия\s+кВт\.ч\s+День[\s\S]*Ночь/);
      expect(await page.$('[data-meter="6158008"]')).not.toBeNull();
      expect(await page.$(".menu")).toBeNull(); // not the cabinet: no menu, no header of the account

      // Figure 11 as in the cabinet: consumption while typing, then «Передать показания».
      const day = await lastAccepted(page, "6158001", "DAY");
      const night = await lastAccepted(page, "6158001", "NIGHT");
      await page.type(input("6158001", "DAY"), String(day + 50n));
      await page.type(input("6158001", "NIGHT"), String(night + 20n));
      await page.waitForFunction(
        (sel) => document.querySelector(sel)?.closest("tr")?.querySelector(".use")?.textContent?.trim() === "50",
        {},
        input("6158001", "DAY"),
      );
      // A value below the accepted one is refused with the manual's message and saves nothing.
      await page.type(input("6158008", "DAY"), "1");
      await page.type(input("6158008", "NIGHT"), "1");
      await page.click("button::-p-text(Передать показания)");
      expect(await textOf(page, '[data-meter="6158008"] .meter__errors')).toContain("Передача значений показаний, менее ранее принятых");
      for (const z of ["DAY", "NIGHT"]) {
        await page.$eval(input("6158008", z), (el) => {
          (el as HTMLInputElement).value = "";
          el.dispatchEvent(new Event("input", { bubbles: true }));
        });
      }
      await page.click("button::-p-text(Передать показания)");

      // Figure 14, offering to sign in for the preliminary calculation.
      await page.waitForSelector("dialog[open]");
      const dialog = await textOf(page, "dialog[open]");
      expect(dialog).toContain("Показания успешно переданы");
      expect(dialog).toContain("Войти и выполнить предварительный расчет");
      // «Предыдущие показания» show what was just sent, by link.
      await page.waitForFunction(
        (sel, want) =>
          [...(document.querySelector(sel)?.closest("tr")?.querySelectorAll(".prev--submitted .prev__value") ?? [])].some((e) => e.textContent === want),
        {},
        input("6158001", "DAY"),
        String(day + 50n),
      );
      expect(await page.$eval(input("6158001", "DAY"), (el) => el.closest("tr")!.querySelector(".prev--submitted")!.getAttribute("title"))).toBe(
        "Способ передачи: По ссылке из напоминания",
      );

      await page.click("dialog[open] a::-p-text(Войти и выполнить предварительный расчет)");
      await page.waitForFunction(() => location.pathname === "/login");
      await signIn(page, DEMO.login, DEMO.password);
      await page.waitForFunction(() => location.pathname === "/readings/estimate");
      expect(await textOf(page, "h1")).toBe("Показания приборов учета");

      // The envelope tells of the use.
      await page.goto(`${server.url}/notifications`);
      await page.waitForFunction(() => document.querySelector("main")?.textContent?.includes("Показания переданы по ссылке из напоминания"), {
        timeout: 15_000,
      });
      expect(await textOf(page, "main")).toMatch(
        /по лицевому счету 0710000000 по ссылке из напоминания переданы показания: счетчик 6158001 — день \d+, ночь \d+ кВт\.ч/,
      );
      await page.browserContext().close();
    },
    E2E_TIMEOUT * 2,
  );

  it(
    "opens the e-mail's signed link signed out and sends a reading",
    async () => {
      const [mail] = (await outbox(server.url, "debtor@kabinet.local")).filter((m) => m.channel === "EMAIL");
      expect(mail?.subject).toBe("Передайте показания приборов учета");
      const link = /http:\/\/localhost:\d+\/readings\/link\?token=[\w.-]+/.exec(mail!.text)?.[0];
      expect(link, mail!.text).toBeDefined();
      expect(mail!.text).toContain("Передать показания по лицевому счету 0720000000 без входа в личный кабинет");

      const page = await newPage(browser);
      const url = new URL(link!);
      await page.goto(`${server.url}${url.pathname}${url.search}`);
      await page.waitForSelector("table.meters");
      expect(await textOf(page, ".link-card__address")).toBe("8 мкр., д. 12"); // «628309, …, Нефтеюганск г, 8 мкр., д. 12, кв. 7»
      expect(await textOf(page, ".link-card")).not.toContain("Петров");
      const value = await lastAccepted(page, "0397715", "ALL_DAY");
      await page.type(input("0397715", "ALL_DAY"), String(value + 120n));
      await page.click("button::-p-text(Передать показания)");
      await page.waitForSelector("dialog[open]");
      expect(await textOf(page, "dialog[open]")).toContain("Показания успешно переданы");
      await page.browserContext().close();
    },
    E2E_TIMEOUT,
  );

  it(
    "says why a link no longer works",
    async () => {
      const page = await newPage(browser);
      await page.goto(`${server.url}/r/AAAAAAAAAAAA`);
      expect(await textOf(page, ".link-card [role=alert]")).toBe("Ссылка недействительна. Войдите в личный кабинет, чтобы передать показания.");
      expect(await page.$("table.meters")).toBeNull();
      await page.browserContext().close();
    },
    E2E_TIMEOUT,
  );
});
