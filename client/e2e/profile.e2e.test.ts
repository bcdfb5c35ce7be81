// «Профиль» in a real browser (manual 6.6, 7.2) for a freshly registered customer (not the demo
// one): link a second account, change and confirm the contacts, subscribe, sign out everywhere,
// then unlink both accounts — the last one with the deletion confirmation of figure 42.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "puppeteer-core";
import {
  E2E_TIMEOUT,
  ensureClientBuilt,
  fillIn,
  fromOutbox,
  gql,
  launchBrowser,
  newPage,
  onServer,
  signIn,
  startServer,
  textOf,
  type RunningServer,
} from "./support";

let server: RunningServer;
let browser: Browser;

const LOGIN = "5081111111"; // registered with a phone only: the login is the account number
const PASSWORD = "kabinet2026";

beforeAll(async () => {
  await ensureClientBuilt();
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  const { userRegister } = await gql<{ userRegister: { userErrors: { message: string }[] } }>(
    server.url,
    `mutation($input: UserRegisterInput!) { userRegister(input: $input) { userErrors { message } } }`,
    {
      input: {
        accountNumber: LOGIN,
        ownerLastName: "Иванов",
        phone: "+7 912 345-67-89",
        password: PASSWORD,
        passwordConfirmation: PASSWORD,
        consentPersonalData: true,
      },
    },
  );
  expect(userRegister.userErrors).toEqual([]);
}, 2 * E2E_TIMEOUT);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const accountCount = (page: import("puppeteer-core").Page, n: number) =>
  page.waitForFunction((count) => document.querySelectorAll(".accounts__item").length === count, {}, n);

describe("profile", () => {
  it(
    "links an account, confirms new contacts, subscribes, signs out everywhere and deletes the user",
    async () => {
      const page = await newPage(browser);
      await page.goto(`${server.url}/login`);
      await signIn(page, LOGIN, PASSWORD);
      await page.waitForSelector(".customer");
      await page.click("a.menu__link::-p-text(Профиль)");
      expect(await textOf(page, ".completeness")).toContain("Заполненность профиля 40%");

      // «Мои лицевые счета»: link 0710000001 by number and owner surname.
      await accountCount(page, 1);
      await fillIn(page, ".subform input[name=accountNumber]", "0710000001");
      await fillIn(page, ".subform input[name=ownerLastName]", "Петров");
      await page.click("button::-p-text(Привязать к Личному кабинету)");
      expect(await textOf(page, ".subform .field-error")).toBe("Введены ошибочные данные (ЛС или Фамилия)");
      await fillIn(page, ".subform input[name=ownerLastName]", "Иванов");
      await page.click("button::-p-text(Привязать к Личному кабинету)");
      await accountCount(page, 2);
      expect(await textOf(page, ".panel [role=status]")).toContain("Лицевой счет 0710000001 привязан");
      // The header offers both accounts.
      await page.waitForFunction(() => document.querySelectorAll(".account-select option").length === 2);

      // «Подписки» need a confirmed e-mail (figure 37).
      await page.click("a.profile__tab::-p-text(Подписки)");
      expect(await textOf(page, ".panel")).toContain("Подписка возможна только для пользователей, указавших и подтвердивших свой адрес электронной почты.");
      expect(await page.$eval("input[name=eInvoice]", (el) => (el as HTMLInputElement).disabled)).toBe(true);

      // «Почта, телефон»: add an e-mail and change the phone; the phone is confirmed at once (figure 4).
      await page.click("a.profile__tab::-p-text(Почта, телефон)");
      expect(await textOf(page, ".panel")).toContain("Для возможности восстановления пароля, хотя бы один из контактов должен быть подтвержден");
      expect(await textOf(page, ".badge--warning")).toBe("Не подтвержден");
      await fillIn(page, "input[name=email]", "Petrov@Example.com");
      await fillIn(page, "input[name=phone]", "8 912 000-11-22");
      await page.click("button::-p-text(Сохранить данные)");
      expect(await textOf(page, "dialog[open]")).toContain("На номер +7(912)000-11-22 отправится sms с кодом");
      await page.click("dialog button::-p-text(Отправить sms с кодом)");
      const code = await fromOutbox(server.url, "79120001122", /(\d{6})/);
      await fillIn(page, "dialog input[name=code]", code);
      await page.click("dialog button::-p-text(Подтвердить)");
      await page.waitForFunction(() => !document.querySelector("dialog"));
      const saved = await textOf(page, ".panel [role=status]");
      expect(saved).toContain("На адрес petrov@example.com отправлено письмо");
      expect(saved).toContain("Номер телефона +7(912)000-11-22 подтвержден");
      expect(await page.$eval("input[name=email]", (el) => (el as HTMLInputElement).value)).toBe("petrov@example.com");
      // The completeness is asked again after the confirmation: wait for its answer.
      await page
        .waitForFunction(() => document.querySelector(".completeness")?.textContent?.includes("Заполненность профиля 80%"), { timeout: 10_000 })
        .catch(() => {});
      expect(await textOf(page, ".completeness")).toContain("Заполненность профиля 80%");

      // The letter's link confirms the e-mail; subscriptions become available.
      const link = await fromOutbox(server.url, "petrov@example.com", /(https?:\/\/\S+\/confirm-email\?token=\S+)/);
      await page.goto(onServer(server.url, link));
      expect(await textOf(page, ".notice--success")).toBe("Адрес электронной почты подтвержден");
      await page.goto(`${server.url}/profile/subscriptions`);
      expect(await textOf(page, ".completeness")).toContain("Заполненность профиля 100%");
      await page.waitForSelector("input[name=eInvoice]:not([disabled])");
      await page.click("label.switch::-p-text(Получать квитанцию в электронном виде)");
      // The status line is always there (empty until the answer): wait for its text.
      await page.waitForFunction(() => document.querySelector(".panel [role=status]")?.textContent === "Настройки подписки сохранены");
      await page.reload();
      await page.waitForSelector("input[name=eInvoice]");
      expect(await page.$eval("input[name=eInvoice]", (el) => (el as HTMLInputElement).checked)).toBe(true);
      expect(await page.$eval("input[name=info]", (el) => (el as HTMLInputElement).checked)).toBe(false);

      // «Выход из ЛК» → «Выйти на всех устройствах».
      await page.click("a.profile__tab::-p-text(Выход из ЛК)");
      await Promise.all([page.waitForNavigation(), page.click("button::-p-text(Выйти на всех устройствах)")]);
      expect(await textOf(page, ".notice--success")).toBe("Вы вышли из Личного кабинета на всех устройствах.");
      await signIn(page, LOGIN, PASSWORD);
      await page.waitForSelector(".customer");

      // Unlink the second account (a plain confirmation), then the last one (figure 42).
      await page.goto(`${server.url}/profile`);
      await accountCount(page, 2);
      await page.click("button[aria-label='Удалить лицевой счет 0710000001']");
      expect(await textOf(page, "dialog[open]")).toContain("Удалить лицевой счет 0710000001");
      await page.click("dialog button::-p-text(Удалить)");
      await accountCount(page, 1);

      await page.click("button[aria-label='Удалить лицевой счет 5081111111']");
      await page.click("dialog button::-p-text(Удалить)");
      await page.waitForSelector("dialog[open] ::-p-text(Удаление учетной записи)");
      expect(await textOf(page, "dialog[open]")).toContain("учетная запись будет удалена в течение 24 часов");
      // «Отмена» keeps everything as it was.
      await page.click("dialog button::-p-text(Отмена)");
      await page.waitForFunction(() => !document.querySelector("dialog"));
      await accountCount(page, 1);

      await page.click("button[aria-label='Удалить лицевой счет 5081111111']");
      await page.click("dialog button::-p-text(Удалить)");
      await page.waitForSelector("dialog[open] ::-p-text(Удаление учетной записи)");
      await Promise.all([page.waitForNavigation(), page.click("dialog button::-p-text(Удалить)")]);
      expect(new URL(page.url()).pathname).toBe("/login");
      expect(await textOf(page, ".notice--info")).toContain("будет удалена в течение 24 часов");
      // The server signed every device out: a reload stays on the sign-in page.
      await page.reload();
      await page.waitForSelector("input[name=login]");
      expect(new URL(page.url()).pathname).toBe("/login");

      // The user awaiting deletion cannot sign in any more.
      await signIn(page, LOGIN, PASSWORD);
      expect(await textOf(page, "[role=alert]")).toContain("Неверный логин или пароль");
      await page.browserContext().close();
    },
    E2E_TIMEOUT,
  );
});
