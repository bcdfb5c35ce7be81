// Accessibility of every page and window, in a real browser (issue 14, items 7–10): axe-core runs
// the WCAG 2.2 AA rules over each page state — signed out, as the demo customer, as the debtor and
// in the operators' console — and over the payment buttons also while hovered and focused, and the
// suite fails on any serious or critical violation with a list of rule, impact, element and state.
// Also: a window closed by «Закрыть» hands the focus back to the control that opened it.
import { createRequire } from "node:module";
import { afterAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "puppeteer-core";
import { DEMO, E2E_TIMEOUT, clickWhenShown, fillIn, newPage, register, signIn, textOf, type RunningServer, useServerAndBrowser } from "./support";

const axeSource: string = (createRequire(import.meta.url)("axe-core") as { source: string }).source;

let server: RunningServer;
let browser: Browser;

useServerAndBrowser((s, b) => void ((server = s), (browser = b)), { READINGS_WINDOW: "1-31" });

const DEBTOR = { login: "debtor", password: "debtor2026" } as const;
const OPERATOR = { login: "operator", password: "operator2026" } as const;
const WCAG_22_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
const BLOCKING = new Set(["serious", "critical"]);

type Violation = { state: string; rule: string; impact: string; target: string; summary: string };

/** Every state scanned so far, and the serious and critical violations found in them. */
const scanned: string[] = [];

/** The payment buttons already scanned while hovered and focused. */
const accentsSeen = new Set<string>();

/** How a list of violations reads in the failure message. */
const report = (found: Violation[]) =>
  found.map((v) => `- [${v.impact}] ${v.rule} @ ${v.state}: ${v.target}\n    ${v.summary.replace(/\n/g, "\n    ")}`).join("\n");

/** Fails with the list of what was found. */
function expectNone(found: Violation[]): void {
  if (found.length) throw new Error(`${found.length} serious or critical axe violations:\n${report(found)}`);
}

/** Waits until the page has nothing loading. */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => !document.querySelector(".spinner, [aria-busy=true]"));
}

/**
 * Runs axe over the page (or what `include` selects, with only `rules`) as it is now and returns
 * its serious and critical violations, labelled with `state`.
 */
async function scan(page: Page, state: string, options: { include?: string; rules?: string[] } = {}): Promise<Violation[]> {
  await settled(page);
  // Through the DevTools protocol, as the page's own CSP would refuse an injected script.
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(axeSource);
  const violations = await page.evaluate(
    async (tags, include, rules) => {
      const axe = (window as unknown as { axe: typeof import("axe-core") }).axe;
      const result = await axe.run(include ? { include: [include] } : document, {
        runOnly: rules ? { type: "rule", values: rules } : { type: "tag", values: tags },
        resultTypes: ["violations"],
      });
      return result.violations.flatMap((v) =>
        v.nodes.map((n) => ({ rule: v.id, impact: n.impact ?? v.impact ?? "", target: n.target.join(" "), summary: n.failureSummary ?? v.help })),
      );
    },
    WCAG_22_AA,
    options.include ?? null,
    options.rules ?? null,
  );
  scanned.push(state);
  return violations.filter((v) => BLOCKING.has(v.impact)).map((v) => ({ state, ...v }));
}

/**
 * The page, then each visible payment button (.button--accent) hovered and then focused by the
 * keyboard: its colours must keep their contrast in every state.
 */
async function scanWithAccents(page: Page, state: string): Promise<Violation[]> {
  const found = await scan(page, state);
  const accents = await page.$$(".button--accent");
  for (const [i, button] of accents.entries()) {
    if (!(await button.isVisible())) continue;
    // Each button once (the header's «Оплатить» is on every page).
    const key = await button.evaluate((el) => `${el.tagName} ${(el as HTMLButtonElement).disabled} ${el.textContent?.trim()}`);
    if (accentsSeen.has(key)) continue;
    accentsSeen.add(key);
    if (await button.evaluate((el) => (el as HTMLButtonElement).disabled)) {
      // WCAG exempts inactive controls and axe skips them; the text must still read.
      const [ratio, label] = await button.evaluate((el) => {
        const style = getComputedStyle(el);
        const luminance = (css: string) => {
          const [r, g, b] = css
            .match(/[\d.]+/g)!
            .slice(0, 3)
            .map((v) => Number(v) / 255);
          const lin = (c: number) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
          return 0.2126 * lin(r!) + 0.7152 * lin(g!) + 0.0722 * lin(b!);
        };
        const [hi, lo] = [luminance(style.color), luminance(style.backgroundColor)].sort((a, b) => b - a);
        return [Number(style.opacity) < 1 ? 0 : (hi! + 0.05) / (lo! + 0.05), el.textContent?.trim() ?? ""] as const;
      });
      scanned.push(`${state}, «${label}» inactive`);
      if (ratio < 4.5)
        found.push({
          state: `${state}, «${label}» inactive`,
          rule: "inactive-accent-contrast",
          impact: "serious",
          target: ".button--accent:disabled",
          summary: `contrast ${ratio.toFixed(2)}:1, or faded by opacity`,
        });
      continue;
    }
    const label = (await button.evaluate((el) => el.textContent?.trim())) ?? "";
    const mark = `a11y-accent-${i}`;
    await button.evaluate((el, m) => el.setAttribute("data-a11y", m), mark);
    await button.hover();
    await new Promise((r) => setTimeout(r, 200)); // the buttons' colour transition is 0.15 s
    found.push(...(await scan(page, `${state}, «${label}» hovered`, { include: `[data-a11y=${mark}]`, rules: ["color-contrast"] })));
    await page.mouse.move(0, 0);
    await button.evaluate((el) => (el as HTMLElement).focus({ focusVisible: true } as FocusOptions));
    found.push(...(await scan(page, `${state}, «${label}» focused`, { include: `[data-a11y=${mark}]`, rules: ["color-contrast"] })));
    await button.evaluate((el) => {
      (el as HTMLElement).blur();
      el.removeAttribute("data-a11y");
    });
  }
  return found;
}

/** Opens `path` in the app (a route change, not a reload, once the app runs) and scans it. */
async function visit(page: Page, path: string, state: string, ready: string): Promise<Violation[]> {
  await page.evaluate((p) => {
    history.pushState(null, "", p);
    dispatchEvent(new PopStateEvent("popstate"));
  }, path);
  await page.waitForSelector(ready);
  return scanWithAccents(page, state);
}

/** Closes the open window by its «×». */
async function closeDialog(page: Page): Promise<void> {
  await page.click("dialog[open] .dialog__close");
  await page.waitForFunction(() => !document.querySelector("dialog[open]"));
}

/** The inputs of the first meter open for readings (one a zone) and each zone's accepted reading. */
async function firstMeter(page: Page): Promise<{ input: string; last: bigint }[]> {
  const zones = await page.$eval(".meters input.reading__input:not([disabled])", (first) => {
    const meter = (first as HTMLInputElement).name.replace(/-[^-]+$/, "-");
    return [...document.querySelectorAll<HTMLInputElement>(".meters input.reading__input")]
      .filter((i) => i.name.startsWith(meter))
      .map((i) => ({ name: i.name, last: i.closest("tr")!.querySelector(".prev:not(.prev--submitted) .prev__value")!.textContent! }));
  });
  return zones.map((z) => ({ input: `input[name="${z.name}"]`, last: BigInt(z.last) }));
}

/** Types readings `by` above the accepted ones into every zone of the first meter. */
async function typeReadings(page: Page, by: bigint): Promise<void> {
  for (const zone of await firstMeter(page)) await fillIn(page, zone.input, String(zone.last + by));
}

/** The focused element's name once a closed window is gone: its aria-label or text, or "<body>". */
async function focused(page: Page): Promise<string | null | undefined> {
  await page.waitForFunction(() => !document.querySelector("dialog"));
  await new Promise((r) => setTimeout(r, 100)); // any focus move after the removal
  return page.evaluate(() => {
    const el = document.activeElement;
    return el === document.body ? "<body>" : (el?.getAttribute("aria-label") ?? el?.textContent?.trim());
  });
}

async function signedInAs(login: string, password: string, width?: number): Promise<Page> {
  const page = await newPage(browser, width);
  await page.goto(`${server.url}/login`);
  await signIn(page, login, password);
  await page.waitForSelector(".customer");
  return page;
}

afterAll(() => {
  const buttons = scanned.filter((s) => /» (hovered|focused|inactive)$/.test(s)).length;
  console.info(`axe WCAG 2.2 AA: ${scanned.length - buttons} page states and windows, ${buttons} payment-button states`);
});

describe("axe-core, WCAG 2.2 AA: no serious or critical violations", () => {
  it(
    "signed out: sign-in, registration with its windows, recovery, e-mail confirmation, the console's sign-in",
    async () => {
      const page = await newPage(browser);
      const found: Violation[] = [];
      await page.goto(`${server.url}/login`);
      await page.waitForSelector("input[name=login]");
      found.push(...(await scanWithAccents(page, "/login")));
      await signIn(page, DEMO.login, "wrong-password");
      await page.waitForSelector("[role=alert]");
      found.push(...(await scan(page, "/login, wrong password")));

      await clickWhenShown(page, "a::-p-text(Зарегистрироваться)");
      await page.waitForSelector("input[name=accountNumber]");
      found.push(...(await scan(page, "/register")));
      await clickWhenShown(page, "button::-p-text(Регистрация)");
      await page.waitForSelector("[aria-invalid=true]");
      found.push(...(await scan(page, "/register, empty form sent")));
      await clickWhenShown(page, "button::-p-text(политикой конфиденциальности)");
      await page.waitForSelector("dialog[open]");
      found.push(...(await scan(page, "/register, privacy policy window")));
      await closeDialog(page);
      await register(page, { account: "5081111111", lastName: "Иванов", email: "a11y@example.com", phone: "+7 (912) 345-00-81", password: "kabinet2026" });
      await page.waitForSelector("dialog[open] input[name=code]");
      found.push(...(await scan(page, "/register, phone confirmation window (figure 4)")));
      await closeDialog(page);
      found.push(...(await scan(page, "/register, registered")));

      const fresh = await newPage(browser);
      await fresh.goto(`${server.url}/recover`);
      await fresh.waitForSelector("input[name=login]");
      found.push(...(await scan(fresh, "/recover")));
      await fillIn(fresh, "input[name=login]", DEMO.login);
      await fresh.click("button::-p-text(Отправить SMS с кодом)");
      await fresh.waitForSelector("input[name=code]");
      found.push(...(await scan(fresh, "/recover, SMS code step")));
      await fresh.goto(`${server.url}/confirm-email?token=no-such-token`);
      await fresh.waitForSelector("main h1");
      found.push(...(await scan(fresh, "/confirm-email, unknown link")));
      await fresh.goto(`${server.url}/operator/login`);
      await fresh.waitForSelector("input[name=login]");
      found.push(...(await scan(fresh, "/operator/login")));
      await page.browserContext().close();
      await fresh.browserContext().close();
      expectNone(found);
    },
    2 * E2E_TIMEOUT,
  );

  it(
    "the demo customer: every section, the readings windows, a receipt, an appeal, the profile's tabs and windows",
    async () => {
      const page = await signedInAs(DEMO.login, DEMO.password);
      const found: Violation[] = [];
      await page.waitForSelector(".news");
      found.push(...(await scanWithAccents(page, "/ (Главная)")));

      // «Показания»: too-large values (figure 12), then sent (figure 14).
      found.push(...(await visit(page, "/readings", "/readings", ".meters input")));
      await typeReadings(page, 900_000n);
      await page.click(".meters-form button[type=submit]");
      await page.waitForSelector("dialog[open]");
      found.push(...(await scan(page, "/readings, too-large values window (figure 12)")));
      await page.click("dialog[open] button::-p-text(Отмена)");
      await typeReadings(page, 10n);
      await page.click(".meters-form button[type=submit]");
      await page.waitForSelector("dialog[open]::-p-text(Показания успешно переданы)");
      found.push(...(await scan(page, "/readings, sent window (figure 14)")));
      await page.click("dialog[open] button::-p-text(Закрыть)");
      // A value below the accepted one: its message with «Оспорить показания», and that window.
      await typeReadings(page, -1n);
      await page.click(".meters-form button[type=submit]");
      await page.waitForSelector(".meter__dispute button");
      found.push(...(await scan(page, "/readings, a value below the accepted one")));
      await page.click(".meter__dispute button");
      await page.waitForSelector("dialog[open] input[name=consentPersonalData]");
      found.push(...(await scan(page, "/readings, «Оспорить показания» window")));
      await page.click("dialog[open] button::-p-text(Отмена)");
      found.push(...(await visit(page, "/readings/history", "/readings/history", "table")));
      found.push(...(await visit(page, "/readings/estimate", "/readings/estimate", "form")));
      await page.click("input[name=acknowledged]");
      found.push(...(await scanWithAccents(page, "/readings/estimate, acknowledged")));

      found.push(...(await visit(page, "/charges", "/charges", "table")));
      found.push(...(await visit(page, "/payment", "/payment", ".payments__row")));
      await page.click(".payments__row .payments__receipt");
      await page.waitForSelector("dialog[open] .receipt");
      found.push(...(await scan(page, "/payment, receipt window")));
      await closeDialog(page);

      found.push(...(await visit(page, "/appeals", "/appeals", ".journal-table")));
      await page.click(".journal-table tbody tr a");
      await page.waitForSelector(".appeal-view");
      found.push(...(await scan(page, "/appeals?appeal=…")));
      found.push(...(await visit(page, "/appeals/new", "/appeals/new", "form")));
      found.push(...(await visit(page, "/appeals/question", "/appeals/question", "form")));

      found.push(...(await visit(page, "/profile", "/profile", ".accounts")));
      await page.click(".accounts button::-p-text(Удалить)");
      await page.waitForSelector("dialog[open]");
      found.push(...(await scan(page, "/profile, remove account window")));
      await page.click("dialog[open] button::-p-text(Отмена)");
      for (const tab of ["subscriptions", "autopay", "login", "contacts", "exit"]) {
        found.push(...(await visit(page, `/profile/${tab}`, `/profile/${tab}`, "#profile-panel-title")));
      }
      found.push(...(await visit(page, "/notifications", "/notifications", "main h1")));
      found.push(...(await visit(page, "/no-such-page", "/no-such-page (not found)", "main h1")));

      // A phone: the header and the section menu change their layout.
      await page.setViewport({ width: 375, height: 740 });
      found.push(...(await visit(page, "/", "375 px: / (Главная)", ".news")));
      found.push(...(await visit(page, "/payment", "375 px: /payment", ".payments__row")));
      found.push(...(await visit(page, "/readings", "375 px: /readings", ".meters input")));
      await page.browserContext().close();
      expectNone(found);
    },
    2 * E2E_TIMEOUT,
  );

  it(
    "the debtor: the debt on Главная and «Оплата», a payment and its result, saved card and autopay windows, phone confirmation",
    async () => {
      const page = await signedInAs(DEBTOR.login, DEBTOR.password);
      const found: Violation[] = [];
      await page.waitForSelector(".notices");
      found.push(...(await scanWithAccents(page, "debtor: / (Главная with debt)")));
      found.push(...(await visit(page, "/payment", "debtor: /payment", ".pay-group button[type=submit]")));

      // A payment with a card the bank saves, then back in the cabinet.
      await Promise.all([page.waitForNavigation(), page.click(".pay-group:not(.pay-group--separate) button[type=submit]")]);
      await page.type("#pan", "2200 0000 0000 0004");
      await page.type("#expiry", "12/30");
      await page.type("#cvc", "123");
      await page.click("input[name=save]");
      await Promise.all([page.waitForNavigation(), page.click("button[value=pay]")]);
      await page.waitForFunction(() => document.querySelector(".pay-result__title")?.textContent === "Оплата прошла успешно", { timeout: 20_000 });
      await page.waitForSelector("button::-p-text(Чек)");
      found.push(...(await scanWithAccents(page, "debtor: /payment/result")));

      await page.click("a::-p-text(Вернуться к оплате)");
      await page.waitForSelector(".cards");
      found.push(...(await scanWithAccents(page, "debtor: /payment with a saved card")));
      await page.click(".cards__delete");
      await page.waitForSelector("dialog[open]");
      found.push(...(await scan(page, "debtor: /payment, delete card window")));
      await page.click("dialog[open] button::-p-text(Отмена)");

      await page.click("#autopay button::-p-text(Подключить)");
      await page.waitForSelector("#autopay form");
      await page.click("#autopay button[type=submit]");
      await page.waitForSelector("#autopay [aria-invalid=true]");
      found.push(...(await scanWithAccents(page, "debtor: /payment, autopay form with errors")));

      // Figure 4 from «Почта, телефон»: a new phone to confirm.
      await page.evaluate(() => {
        history.pushState(null, "", "/profile/contacts");
        dispatchEvent(new PopStateEvent("popstate"));
      });
      await fillIn(page, "input[name=phone]", "+7 (912) 345-00-99");
      await page.click("button::-p-text(Сохранить данные)");
      await page.waitForSelector("dialog[open] input[name=code]");
      found.push(...(await scan(page, "debtor: /profile/contacts, phone confirmation window")));
      await closeDialog(page);
      await page.browserContext().close();
      expectNone(found);
    },
    2 * E2E_TIMEOUT,
  );

  it(
    "the operators' console: the queue, an appeal, news, meters, an unknown address",
    async () => {
      const page = await newPage(browser);
      const found: Violation[] = [];
      await page.goto(`${server.url}/operator`);
      await signIn(page, OPERATOR.login, OPERATOR.password);
      await page.waitForSelector(".op-header");
      await page.waitForSelector("tr[data-number] a");
      found.push(...(await scan(page, "/operator (queue)")));
      await page.click("tr[data-number] a");
      await page.waitForSelector(".op-queue__detail");
      found.push(...(await scan(page, "/operator?appeal=…")));
      found.push(...(await visit(page, "/operator/news", "/operator/news", "main h1")));
      found.push(...(await visit(page, "/operator/meters", "/operator/meters", "main h1")));
      found.push(...(await visit(page, "/operator/no-such-page", "/operator/no-such-page", "main h1")));
      await page.browserContext().close();
      expectNone(found);
    },
    E2E_TIMEOUT,
  );
});

describe("windows hand the focus back", () => {
  it(
    "«Закрыть» on «Показания успешно переданы» returns the focus to «Передать показания»",
    async () => {
      const page = await signedInAs(DEMO.login, DEMO.password);
      await page.goto(`${server.url}/readings`);
      await page.waitForSelector(".meters input");
      await typeReadings(page, 50n);
      await page.focus(".meters-form button[type=submit]");
      await page.keyboard.press("Enter");
      expect(await textOf(page, "dialog[open] .dialog__title")).toBe("Показания успешно переданы");
      await page.click("dialog[open] button::-p-text(Закрыть)");
      await page.waitForFunction(() => !document.querySelector("dialog[open]"));
      expect(await focused(page)).toBe("Передать показания");
      await page.browserContext().close();
    },
    E2E_TIMEOUT,
  );

  it(
    "«Отмена», Escape and «×» return the focus to the button that opened the window",
    async () => {
      const page = await signedInAs(DEMO.login, DEMO.password);
      await page.goto(`${server.url}/profile`);
      await page.waitForSelector(".accounts button::-p-text(Удалить)");
      const remove = await page.$eval(".accounts button::-p-text(Удалить)", (b) => b.getAttribute("aria-label"));
      await page.click(".accounts button::-p-text(Удалить)");
      await page.click("dialog[open] button::-p-text(Отмена)");
      expect(await focused(page)).toBe(remove);
      await page.focus(".accounts button::-p-text(Удалить)");
      await page.keyboard.press("Enter");
      await page.waitForSelector("dialog[open]");
      await page.keyboard.press("Escape");
      expect(await focused(page)).toBe(remove);

      await page.goto(`${server.url}/payment`);
      await page.waitForSelector(".payments__receipt");
      const receipt = await page.$eval(".payments__receipt", (b) => b.getAttribute("aria-label"));
      await page.click(".payments__receipt");
      await closeDialog(page);
      expect(await focused(page)).toBe(receipt);
      await page.browserContext().close();
    },
    E2E_TIMEOUT,
  );

  it(
    "«Отмена» on figure 4 opened by «Сохранить данные» returns the focus to that button",
    async () => {
      const page = await signedInAs(DEBTOR.login, DEBTOR.password);
      await page.goto(`${server.url}/profile/contacts`);
      await fillIn(page, "input[name=phone]", "+7 (912) 345-00-98");
      await page.click("button::-p-text(Сохранить данные)"); // disabled while saving: the focus drops to <body>
      await page.waitForSelector("dialog[open] input[name=code]");
      await page.click("dialog[open] button::-p-text(Отмена)");
      expect(await focused(page)).toBe("Сохранить данные");
      await page.browserContext().close();
    },
    E2E_TIMEOUT,
  );
});
