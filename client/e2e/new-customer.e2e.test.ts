// A new customer's whole path on a fresh `npm start`, in a real browser (manual, sections 2–6.6):
// register 5081111111 with an e-mail and a phone, confirm the phone by the SMS code (figure 4) and
// the e-mail by the letter's link, sign out and back in with the e-mail as the login, link a second
// account, make it the active one in the header, change the password in «Логин, пароль», sign out,
// recover access by the e-mail link and sign in with the new password. Codes and links are read
// from the dev outbox.
import { describe, expect, it } from "vitest";
import type { Browser, Page } from "puppeteer-core";
import {
  E2E_TIMEOUT,
  clickWhenShown,
  customerRefreshCookie,
  confirmPhoneInDialog,
  fillIn,
  fromOutbox,
  lastOutboxId,
  newPage,
  onServer,
  register,
  saveNewPassword,
  signIn,
  textOf,
  type RunningServer,
  useServerAndBrowser,
} from "./support";

let server: RunningServer;
let browser: Browser;

useServerAndBrowser((s, b) => void ((server = s), (browser = b)));

const ACCOUNT = "5081111111";
const SECOND_ACCOUNT = "0710000001";
const EMAIL = "new.customer@example.com"; // the login, as an e-mail is given
const PHONE = "79123450081";
const PASSWORD = "kabinet2026";
const CHANGED_PASSWORD = "novyparol2026";
const RECOVERED_PASSWORD = "vosstanovlen2026";

/** «Выйти» in the header: the page reloads onto /login and the refresh cookie is gone. */
async function signOutFromHeader(page: Page): Promise<void> {
  await page.waitForSelector(".topbar button::-p-text(Выйти)");
  await Promise.all([page.waitForNavigation(), page.click(".topbar button::-p-text(Выйти)")]);
  await page.waitForSelector("input[name=login]");
  expect(new URL(page.url()).pathname).toBe("/login");
  expect(await customerRefreshCookie(page)).toBeNull();
}

/** Waits until the header's customer line names `account`. */
async function headerShows(page: Page, account: string): Promise<void> {
  await page.waitForFunction(
    (n) =>
      document
        .querySelector(".customer")
        ?.textContent?.replace(/\u00a0/g, " ")
        .includes(`ЛС:${n}`),
    {},
    account,
  );
}

describe("a new customer", () => {
  it(
    "registers, confirms both contacts, signs in again, links and picks a second account, changes and recovers the password",
    async () => {
      const page = await newPage(browser);

      // 1. Registration (section 2, figures 2–3).
      await page.goto(`${server.url}/`);
      await page.waitForSelector("input[name=login]");
      await clickWhenShown(page, "a::-p-text(Зарегистрироваться)");
      await register(page, { account: ACCOUNT, lastName: "Иванов", email: EMAIL, phone: "+7 (912) 345-00-81", password: PASSWORD });

      // 2. The phone, by the SMS code in the figure-4 window.
      const dialog = await textOf(page, "dialog[open]");
      expect(dialog).toContain("Подтверждение номера телефона");
      expect(dialog).toContain("На номер +7(912)345-00-81 отправится sms с кодом");
      await confirmPhoneInDialog(page, server.url, PHONE);
      const done = await textOf(page, ".auth-card");
      expect(done).toContain(`Ваш логин: ${EMAIL}`);
      expect(done).toContain(`На адрес ${EMAIL} отправлено письмо`);
      expect(done).toContain("Номер телефона +7(912)345-00-81 подтвержден");

      // 3. The e-mail, by the letter's link «Подтвердить регистрацию».
      const confirmLink = await fromOutbox(server.url, EMAIL, /(https?:\/\/\S+\/confirm-email\?token=\S+)/);
      await page.goto(onServer(server.url, confirmLink));
      expect(await textOf(page, ".notice--success")).toBe("Адрес электронной почты подтвержден");
      await clickWhenShown(page, "a::-p-text(Перейти в Личный кабинет)");
      await headerShows(page, ACCOUNT);
      expect(await textOf(page, ".topbar")).toContain(`Логин: ${EMAIL}`);

      // 4. Sign out, sign in again with the e-mail as the login.
      await signOutFromHeader(page);
      await signIn(page, EMAIL, PASSWORD);
      await headerShows(page, ACCOUNT);
      expect(await textOf(page, ".customer")).toContain("Иванов");
      expect(await textOf(page, ".topbar")).toContain(`Логин: ${EMAIL}`);

      // 5. Профиль → «Мои лицевые счета»: link 0710000001 (owner Иванов).
      await clickWhenShown(page, "a.menu__link::-p-text(Профиль)");
      await page.waitForFunction(() => document.querySelectorAll(".accounts__item").length === 1);
      await fillIn(page, ".subform input[name=accountNumber]", SECOND_ACCOUNT);
      await fillIn(page, ".subform input[name=ownerLastName]", "Иванов");
      await clickWhenShown(page, "button::-p-text(Привязать к Личному кабинету)");
      await page.waitForFunction(() => document.querySelectorAll(".accounts__item").length === 2);
      expect(await textOf(page, ".panel [role=status]")).toContain(`Лицевой счет ${SECOND_ACCOUNT} привязан`);

      // 6. The header's selector now offers both; pick 0710000001.
      await page.waitForFunction(() => document.querySelectorAll(".account-select option").length === 2);
      const second = await page.$eval(
        ".account-select select",
        (el, n) => [...(el as HTMLSelectElement).options].find((o) => o.textContent?.includes(n))!.value,
        SECOND_ACCOUNT,
      );
      await page.select(".account-select select", second);
      await headerShows(page, SECOND_ACCOUNT);
      expect(await textOf(page, ".customer")).not.toContain(`ЛС:${ACCOUNT}`);
      expect(await page.$(".account-select [role=alert]")).toBeNull();
      // The choice is kept by the server: a reload shows the same account.
      await page.reload();
      await headerShows(page, SECOND_ACCOUNT);
      expect(await page.$eval(".account-select select", (el) => (el as HTMLSelectElement).selectedOptions[0]?.textContent ?? "")).toContain(SECOND_ACCOUNT);

      // 7. Профиль → «Логин, пароль»: a new password after the current one.
      await clickWhenShown(page, "a.profile__tab::-p-text(Логин, пароль)");
      await page.waitForSelector("input[name=currentPassword]");
      expect(await page.$eval("input[name=login]", (el) => (el as HTMLInputElement).value)).toBe(EMAIL);
      await fillIn(page, "input[name=currentPassword]", "wrong-password1");
      await fillIn(page, "input[name=password]", CHANGED_PASSWORD);
      await fillIn(page, "input[name=passwordConfirmation]", CHANGED_PASSWORD);
      await clickWhenShown(page, "button::-p-text(Сохранить данные)");
      await page.waitForSelector("input[name=currentPassword][aria-invalid=true]");
      expect(await textOf(page, ".panel .field-error")).toContain("Текущий пароль указан неверно");
      expect(await page.$(".panel .notice--success")).toBeNull();
      await fillIn(page, "input[name=currentPassword]", PASSWORD);
      await fillIn(page, "input[name=password]", CHANGED_PASSWORD);
      await fillIn(page, "input[name=passwordConfirmation]", CHANGED_PASSWORD);
      await clickWhenShown(page, "button::-p-text(Сохранить данные)");
      expect(await textOf(page, ".panel .notice--success")).toContain("Пароль изменен");
      // This device stays signed in, also after a reload.
      await page.reload();
      await headerShows(page, SECOND_ACCOUNT);
      expect(await textOf(page, ".topbar")).toContain(`Логин: ${EMAIL}`);

      // 8. Sign out; the old password no longer opens the cabinet.
      await signOutFromHeader(page);
      await signIn(page, EMAIL, PASSWORD);
      expect(await textOf(page, "[role=alert]")).toContain("Неверный логин или пароль");

      // 9. «Забыли свой пароль?» → the link by e-mail (section 5, figure 7).
      await clickWhenShown(page, "a::-p-text(Забыли свой пароль?)");
      await page.waitForFunction(() => location.pathname === "/recover");
      const before = await lastOutboxId(server.url, EMAIL);
      await fillIn(page, "input[name=login]", EMAIL);
      await clickWhenShown(page, "button::-p-text(Отправить ссылку на e-mail)");
      const sent = await textOf(page, ".notice--success");
      expect(sent).toContain("Ссылка для восстановления пароля отправлена на адрес");
      expect(sent).toContain("n***@example.com"); // masked
      const recoverLink = await fromOutbox(server.url, EMAIL, /(https?:\/\/\S+\/recover\?token=\S+)/, before);
      await page.goto(onServer(server.url, recoverLink));
      await saveNewPassword(page, RECOVERED_PASSWORD);
      expect(await textOf(page, ".notice--success")).toContain("Пароль изменен");

      // 10. Sign in with the recovered password: the cabinet opens on the account chosen before.
      await signIn(page, EMAIL, CHANGED_PASSWORD);
      expect(await textOf(page, "[role=alert]")).toContain("Неверный логин или пароль");
      await signIn(page, EMAIL, RECOVERED_PASSWORD);
      await headerShows(page, SECOND_ACCOUNT);
      expect(new URL(page.url()).pathname).toBe("/");
      expect(await textOf(page, ".topbar")).toContain(`Логин: ${EMAIL}`);
      await page.browserContext().close();
    },
    E2E_TIMEOUT,
  );
});
