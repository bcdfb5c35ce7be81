// What the manual shows and the cabinet lacked (issue 14, items 11–13), in a real browser:
// «Часто задаваемые вопросы» opened from «Заявления» (figures 31–33), searched, and edited by an
// operator in the console with the change reaching customers (signed in or not); «Клиентский
// офис» on Главная as a link to the company site's office page (6.1); and the form «Смена
// фамилии или изменение имени собственника» opening with the new name prefilled (figure 32).
import { describe, expect, it } from "vitest";
import type { Browser, Page } from "puppeteer-core";
import { DEMO, E2E_TIMEOUT, fillIn, newPage, signIn, textOf, type RunningServer, useServerAndBrowser } from "./support";

let server: RunningServer;
let browser: Browser;

useServerAndBrowser((s, b) => void ((server = s), (browser = b)));

async function customerPage(): Promise<Page> {
  const page = await newPage(browser);
  await page.goto(`${server.url}/login`);
  await signIn(page, DEMO.login, DEMO.password);
  await page.waitForSelector(".customer");
  return page;
}

/** The questions shown, and which of them have their answer open. */
const entries = (page: Page) =>
  page.$$eval(".faq__entry", (els) =>
    els.map((e) => ({
      question: e.querySelector("summary")?.textContent?.trim(),
      open: (e as HTMLDetailsElement).open,
      answer: (e.querySelector(".faq__answer") as HTMLElement).innerText.trim(),
    })),
  );

/** Types a search and waits until the list shows exactly `questions` (the debounced request has answered). */
async function search(page: Page, text: string, questions: (shown: string[]) => boolean): Promise<void> {
  await fillIn(page, ".faq__search input[type=search]", text);
  const deadline = Date.now() + 10_000;
  for (;;) {
    const shown = await entries(page);
    const settled = !(await page.$(".faq__results[aria-busy=true]")) && shown.every((e) => e.open);
    if (settled && questions(shown.map((e) => e.question!))) return;
    if (Date.now() > deadline) throw new Error(`search «${text}» shows ${JSON.stringify(shown.map((e) => e.question))}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Clicks the button `label` of the console's entry `question`. */
async function clickInRow(page: Page, question: string, label: string): Promise<void> {
  await page.waitForFunction((q) => [...document.querySelectorAll("li.op-news__item h3")].some((h) => h.textContent === q), {}, question);
  await page.evaluate(
    (q, l) => {
      const row = [...document.querySelectorAll("li.op-news__item")].find((li) => li.querySelector("h3")?.textContent === q);
      ([...row!.querySelectorAll("button")].find((b) => b.textContent?.trim() === l) as HTMLButtonElement).click();
    },
    question,
    label,
  );
}

describe("«Часто задаваемые вопросы»", () => {
  it(
    "a customer opens it from «Заявления», searches, and reads the answer",
    async () => {
      const page = await customerPage();
      await page.click("a.menu__link::-p-text(Заявления)");
      await page.waitForSelector(".appeals__faq");
      await page.click(".appeals__faq");
      await page.waitForSelector(".faq__entry");
      expect(new URL(page.url()).pathname).toBe("/appeals/faq");
      expect(await textOf(page, "h1")).toBe("Часто задаваемые вопросы");
      expect(await page.title()).toContain("Часто задаваемые вопросы");
      // Grouped by topic, answers folded until asked for.
      expect(await page.$$eval(".faq__topic-title", (els) => els.map((e) => e.textContent))).toEqual([
        "Регистрация и вход",
        "Показания",
        "Начисления и оплата",
        "Заявления",
        "Профиль и уведомления",
      ]);
      expect((await entries(page)).every((e) => !e.open)).toBe(true);

      // Any case and word order.
      await search(page, "ЗАБЫЛ пароль", (q) => q.length === 1);
      const found = await entries(page);
      expect(found.map((e) => e.question)).toEqual(["Я забыл пароль. Как восстановить доступ?"]);
      expect(await textOf(page, ".faq__count")).toBe("Найдено вопросов: 1");
      expect(found[0]!.answer).toContain("Восстановить пароль можно только на подтвержденные ранее адрес электронной почты или номер телефона.");
      expect(await page.$eval(".faq__answer", (el) => (el as HTMLElement).offsetHeight > 0)).toBe(true);

      await fillIn(page, ".faq__search input[type=search]", "марсоход");
      await page.waitForFunction(() => document.querySelector(".faq__count")?.textContent?.includes("ничего не найдено"));
      expect(await page.$$(".faq__entry")).toHaveLength(0);
      await page.close();
    },
    E2E_TIMEOUT,
  );

  it(
    "an operator edits an answer in the console (an empty one is refused) and customers see the change",
    async () => {
      const operator = await newPage(browser);
      await operator.goto(`${server.url}/operator/login`);
      await signIn(operator, "operator", "operator2026");
      await operator.waitForSelector(".op-header");
      await operator.click("a.menu__link::-p-text(Частые вопросы)");
      await operator.waitForSelector(".op-news__item");
      const RECEIPT = "Где найти чек об оплате?";
      await clickInRow(operator, RECEIPT, "Изменить");
      const form = "form[aria-label^='Изменение вопроса «Где найти чек об оплате?»']";
      await operator.waitForSelector(`${form} textarea[name=answer]`);

      // Emptied: refused at its place, nothing saved.
      await operator.$eval(`${form} textarea[name=answer]`, (el) => ((el as HTMLTextAreaElement).value = ""));
      await operator.type(`${form} textarea[name=answer]`, " ");
      await operator.click(`${form} button[type=submit]`);
      await operator.waitForSelector(`${form} .field-error`);
      expect(await textOf(operator, `${form} .field-error`)).toBe("Введите ответ на вопрос");

      const answer = "Чек приходит на e-mail из профиля и хранится в разделе «Оплата», блок «История платежей», кнопка «чек».";
      await fillIn(operator, `${form} textarea[name=answer]`, answer);
      await operator.click(`${form} button[type=submit]`);
      await operator.waitForFunction((a) => [...document.querySelectorAll(".op-faq__answer")].some((p) => p.textContent === a), {}, answer);

      // The signed-in customer finds the new answer.
      const customer = await customerPage();
      await customer.goto(`${server.url}/appeals/faq`);
      await customer.waitForSelector(".faq__entry");
      await search(customer, "чек", (q) => q.includes("Где найти чек об оплате?") && q.length < 5);
      expect((await entries(customer)).find((e) => e.question === "Где найти чек об оплате?")?.answer).toBe(answer);

      // So does a visitor who is not signed in, from the sign-in page.
      const visitor = await newPage(browser);
      await visitor.goto(`${server.url}/login`);
      await visitor.waitForSelector(".auth-card__links a[href='/faq']");
      await visitor.click(".auth-card__links a[href='/faq']");
      await visitor.waitForSelector(".faq__entry");
      expect(new URL(visitor.url()).pathname).toBe("/faq");
      await search(visitor, "история платежей", (q) => q.length === 1);
      expect((await entries(visitor)).map((e) => e.answer)).toContain(answer);

      // Hidden in the console: gone for customers.
      await clickInRow(operator, RECEIPT, "Скрыть");
      await operator.waitForFunction(
        (q) => [...document.querySelectorAll("li.op-news__item[data-published=false] h3")].some((h) => h.textContent === q),
        {},
        RECEIPT,
      );
      await visitor.reload();
      await visitor.waitForSelector(".faq__entry");
      expect((await entries(visitor)).map((e) => e.question)).not.toContain("Где найти чек об оплате?");
      for (const p of [operator, customer, visitor]) await p.close();
    },
    2 * E2E_TIMEOUT,
  );
});

describe("«Главная»", () => {
  it(
    "«Клиентский офис» links to the office's page on the company site, in a new tab",
    async () => {
      const page = await customerPage();
      const link = await page.waitForSelector("#object-title ~ table a.kv__link, .kv a.kv__link");
      const attrs = await link!.evaluate((a) => ({
        row: a.closest("tr")?.querySelector("th")?.textContent,
        href: a.getAttribute("href"),
        target: a.getAttribute("target"),
        rel: a.getAttribute("rel")?.split(/\s+/),
        text: (a as HTMLElement).innerText.replace(/\s+/g, " ").trim(),
      }));
      expect(attrs).toEqual({
        row: "Клиентский офис",
        href: "https://gesbt.ru/contacts/offices/",
        target: "_blank",
        rel: expect.arrayContaining(["noopener"]),
        text: "628301, ХМАО-Югра, г. Нефтеюганск, 5 мкр., д. 49, 1 этаж (откроется в новой вкладке)",
      });
      await page.close();
    },
    E2E_TIMEOUT,
  );
});

describe("«Смена фамилии или изменение имени собственника»", () => {
  it(
    "opens with the new name prefilled from the owner's current name (figure 32)",
    async () => {
      const page = await customerPage();
      await page.goto(`${server.url}/appeals/new`);
      await page.waitForSelector("select[name=topic]");
      const topic = await page.$eval(
        "select[name=topic]",
        (el) => [...(el as HTMLSelectElement).options].find((o) => o.textContent?.trim() === "Внесение изменений в данные лицевого счета")!.value,
      );
      await page.select("select[name=topic]", topic);
      await page.waitForSelector(".appeal-radio");
      await page.evaluate(() => {
        const label = [...document.querySelectorAll(".appeal-radio")].find(
          (l) => l.textContent?.trim() === "Смена фамилии или изменение имени собственника (пользователя)",
        );
        label!.querySelector("input")!.click();
      });
      await page.waitForSelector("input[name=firstNameNew]");
      const value = (name: string) => page.$eval(`input[name=${name}]`, (el) => (el as HTMLInputElement).value);
      expect([await value("lastNameOld"), await value("firstNameOld"), await value("middleNameOld")]).toEqual(["Иванов", "Иван", "Иванович"]);
      expect([await value("lastNameNew"), await value("firstNameNew"), await value("middleNameNew")]).toEqual(["Иванов", "Иван", "Иванович"]);
      expect(await page.$eval('label[for$="field-firstNameNew"]', (el) => el.textContent)).toBe("Имя новое*");
      // Sent without filling anything: the name fields are not reported empty.
      await page.click(".appeal-form button[type=submit]");
      await page.waitForSelector(".field-error");
      const form = await textOf(page, ".appeal-form");
      expect(form).toContain("Заполните поле «Серия, Номер»");
      expect(form).not.toContain("Заполните поле «Имя новое»");
      expect(form).not.toContain("Заполните поле «Фамилия новая»");
      await page.close();
    },
    E2E_TIMEOUT,
  );
});
