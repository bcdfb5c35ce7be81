// Recovery of access in a real browser (manual, section 5, figures 7–8): the missing-contact
// message, a new password by the e-mail link and by the SMS code, each read from the dev outbox.
import { describe, expect, it } from "vitest";
import type { Browser } from "puppeteer-core";
import {
  DEMO,
  E2E_TIMEOUT,
  clickWhenShown,
  fillIn,
  fromOutbox,
  lastOutboxId,
  newPage,
  onServer,
  saveNewPassword,
  signIn,
  textOf,
  type RunningServer,
  useServerAndBrowser,
} from "./support";

let server: RunningServer;
let browser: Browser;

useServerAndBrowser((s, b) => void ((server = s), (browser = b)));

const DEMO_EMAIL = "demo@kabinet.local";
const DEMO_PHONE = "79991234567";

describe("password recovery", () => {
  it(
    "offers the other channel when the chosen contact is missing (figure 8)",
    async () => {
      const page = await newPage(browser, 375, 740);
      await page.goto(`${server.url}/login`);
      await clickWhenShown(page, "a::-p-text(Забыли свой пароль?)"); // the page renders after the start-up session check
      await fillIn(page, "input[name=login]", "debtor"); // e-mail only, no phone
      await page.click("button::-p-text(Отправить SMS с кодом)");
      expect(await textOf(page, "[role=alert]")).toBe("У пользователя не указан номер телефона. Выберите отправку ссылки на e-mail");
      await fillIn(page, "input[name=login]", "nobody-here");
      await page.click("button::-p-text(Отправить ссылку на e-mail)");
      await page.waitForSelector("input[name=login][aria-invalid=true]");
      expect(await textOf(page, ".field-error")).toContain("Пользователь не найден");
      await page.browserContext().close();
    },
    E2E_TIMEOUT,
  );

  it(
    "sets a new password by the e-mail link, then by the SMS code, and signs in with it",
    async () => {
      const page = await newPage(browser);
      await page.goto(`${server.url}/recover`);
      await fillIn(page, "input[name=login]", DEMO.login);
      await page.click("button::-p-text(Отправить ссылку на e-mail)");
      expect(await textOf(page, ".notice--success")).toContain("d***@kabinet.local");

      const link = await fromOutbox(server.url, DEMO_EMAIL, /(https?:\/\/\S+\/recover\?token=\S+)/);
      await page.goto(onServer(server.url, link));
      await fillIn(page, "input[name=password]", "linkpass2026");
      await fillIn(page, "input[name=passwordConfirmation]", "linkpass2027");
      await page.click("button::-p-text(Сохранить пароль)");
      expect(await textOf(page, ".field-error")).toBe("Пароли не совпадают");
      await fillIn(page, "input[name=passwordConfirmation]", "linkpass2026");
      await page.click("button::-p-text(Сохранить пароль)");

      await page.waitForFunction(() => location.pathname === "/login");
      expect(await textOf(page, ".notice--success")).toContain("Пароль изменен");
      await signIn(page, DEMO.login, DEMO.password);
      expect(await textOf(page, "[role=alert]")).toContain("Неверный логин или пароль");

      // The same, by SMS: the code goes to the confirmed phone.
      await page.goto(`${server.url}/recover`);
      await fillIn(page, "input[name=login]", DEMO.login);
      const before = await lastOutboxId(server.url, DEMO_PHONE);
      await page.click("button::-p-text(Отправить SMS с кодом)");
      expect(await textOf(page, ".notice--success")).toContain("+7(999)***-**-67");
      const code = await fromOutbox(server.url, DEMO_PHONE, /(\d{6})/, before);
      await fillIn(page, "input[name=code]", code);
      await saveNewPassword(page, "smspass2026");

      await signIn(page, DEMO.login, "smspass2026");
      expect(await textOf(page, ".customer")).toContain("ЛС:0710000000");
      await page.browserContext().close();
    },
    E2E_TIMEOUT,
  );
});
