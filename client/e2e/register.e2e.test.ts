// Registration in a real browser (manual, section 2, figures 2–5): account 5081111111 of the
// demo data with an e-mail and a phone; the phone is confirmed with the SMS code (figure 4), the
// e-mail by the link «Подтвердить регистрацию» of the letter, both read from the dev outbox.
import { describe, expect, it } from "vitest";
import type { Browser } from "puppeteer-core";
import { E2E_TIMEOUT, confirmPhoneInDialog, fillIn, fromOutbox, newPage, onServer, register, textOf, type RunningServer, useServerAndBrowser } from "./support";

let server: RunningServer;
let browser: Browser;

useServerAndBrowser((s, b) => void ((server = s), (browser = b)));

const EMAIL = "ivanov.5081@example.com";
const PHONE = "79123456789";
const PASSWORD = "kabinet2026";

describe("registration", () => {
  it(
    "shows the manual's messages next to their fields",
    async () => {
      const page = await newPage(browser, 375, 740);
      await page.goto(`${server.url}/register`);
      await page.waitForSelector("input[name=accountNumber]");
      expect(await textOf(page, "form")).toContain("Обязательно укажите один из способов связи.*");
      await page.click("button[type=submit]");
      expect(await textOf(page, "fieldset [role=alert]")).toBe("Обязательно необходим один из контактов");
      expect(await textOf(page, ".check")).toContain("Необходимо дать согласие на обработку персональных данных");

      await fillIn(page, "input[name=accountNumber]", "5081111111");
      await fillIn(page, "input[name=ownerLastName]", "Петров");
      await fillIn(page, "input[name=email]", EMAIL);
      await fillIn(page, "input[name=password]", "парольчик1");
      await page.click("button[type=submit]");
      await page.waitForFunction(() => document.body.innerText.includes("Введены ошибочные данные (ЛС или Фамилия)"));
      const form = await textOf(page, "form");
      expect(form).toContain("Пароль должен содержать латинские символы нижнего регистра (a-z).");
      expect(form).not.toContain("Обязательно необходим один из контактов");
      // The first field with a message has the focus.
      expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).name)).toBe("ownerLastName");

      // The consent's policy opens in a window and closes with Escape.
      await page.click("button::-p-text(политикой конфиденциальности)");
      expect(await textOf(page, "dialog[open]")).toContain("152-ФЗ");
      await page.keyboard.press("Escape");
      await page.waitForFunction(() => !document.querySelector("dialog"));
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
      await page.browserContext().close();
    },
    E2E_TIMEOUT,
  );

  it(
    "registers 5081111111, confirms the phone by SMS and the e-mail by the link, shows the header",
    async () => {
      const page = await newPage(browser);
      await page.goto(`${server.url}/register`);
      await register(page, { account: "5081111111", lastName: "Иванов", email: EMAIL, phone: "+7 (912) 345-67-89", password: PASSWORD });

      // Figure 4: the phone confirmation window opens by itself.
      const dialog = await textOf(page, "dialog[open]");
      expect(dialog).toContain("Подтверждение номера телефона");
      expect(dialog).toContain("Вам необходимо подтвердить номер мобильного телефона");
      expect(dialog).toContain("На номер +7(912)345-67-89 отправится sms с кодом");
      await confirmPhoneInDialog(page, server.url, PHONE);

      const done = await textOf(page, ".auth-card");
      expect(done).toContain(`Ваш логин: ${EMAIL}`);
      expect(done).toContain(`На адрес ${EMAIL} отправлено письмо`);
      expect(done).toContain("«Подтвердить регистрацию»");
      expect(done).toContain("Номер телефона +7(912)345-67-89 подтвержден");

      // The letter's link confirms the e-mail.
      const link = await fromOutbox(server.url, EMAIL, /(https?:\/\/\S+\/confirm-email\?token=\S+)/);
      await page.goto(onServer(server.url, link));
      expect(await textOf(page, ".notice--success")).toBe("Адрес электронной почты подтвержден");
      // Still signed in from the registration: the page offers the cabinet, not the sign-in.
      await page.waitForSelector("a::-p-text(Перейти в Личный кабинет)");
      await page.click("a::-p-text(Перейти в Личный кабинет)");
      expect(await textOf(page, ".customer")).toContain("ЛС:5081111111");
      expect(await textOf(page, ".topbar")).toContain(`Логин: ${EMAIL}`);

      // Both contacts confirmed, an account linked: the profile is complete.
      await page.click("a.menu__link::-p-text(Профиль)");
      expect(await textOf(page, ".completeness")).toContain("Заполненность профиля 100%");
      await page.click("a.profile__tab::-p-text(Почта, телефон)");
      await page.waitForSelector("input[name=email]");
      expect(await page.$$eval(".badge--success", (els) => els.map((e) => e.textContent))).toEqual(["Подтвержден", "Подтвержден"]);

      // A spent link says so.
      await page.goto(onServer(server.url, link));
      expect(await textOf(page, ".notice--error")).toContain("Ссылка недействительна");
      await page.browserContext().close();
    },
    E2E_TIMEOUT,
  );
});
