// «Заявления» (manual 6.5, figures 31–34) and the operators' console in real browsers, two
// contexts side by side: the demo customer files «Смена фамилии или изменение имени собственника
// (пользователя)» with PDF scans (after the form refused it empty and over 25 MB); the operator,
// signed in to /operator in another context, sees it arrive in the live queue, takes it into
// work and answers with a PDF; the customer's journal follows each status without a reload, the
// customer downloads the answer file and rates the answer once («Ваша оценка ответа»). A question
// with several files (and the server's 413 for files over 25 MB) gets a longer term and a refusal;
// the operator publishes and hides news and blocks a meter. A customer without a confirmed e-mail
// meets the section's gate instead.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, CDPSession, Page } from "puppeteer-core";
import {
  DEMO,
  E2E_TIMEOUT,
  allowDownloads,
  downloaded,
  fillIn,
  gql,
  newPage,
  refreshCookies,
  signIn,
  textOf,
  type RunningServer,
  useServerAndBrowser,
  isOperation,
} from "./support";

let server: RunningServer;
let browser: Browser;

useServerAndBrowser((s, b) => void ((server = s), (browser = b)));

const TOPIC = "Внесение изменений в данные лицевого счета";
const REASON = "Смена фамилии или изменение имени собственника (пользователя)";
const GATE =
  "Раздел «Заявления» доступен только в случае указания и подтверждения адреса электронной почты. Укажите и подтвердите e-mail в разделе «Профиль» (вкладка «Почта, телефон»).";

let tmp: string;
const pdf = (name: string, extra = 0) => {
  const file = path.join(tmp, name);
  const body = Buffer.from(`%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n`, "latin1");
  fs.writeFileSync(file, extra ? Buffer.concat([body, Buffer.alloc(extra, 0x20)]) : body);
  return file;
};

beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "kabinet-e2e-appeals-"));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** Chooses the option of a <select> whose text is `text`. */
async function selectByText(page: Page, selector: string, text: string): Promise<void> {
  await page.waitForSelector(selector);
  const value = await page.$eval(selector, (el, t) => [...(el as HTMLSelectElement).options].find((o) => o.textContent?.trim() === t)?.value ?? null, text);
  if (value === null) throw new Error(`no option «${text}» in ${selector}`);
  await page.select(selector, value);
}

/** The status shown in the journal's (or the queue's) row of appeal `number`. */
const rowStatus = (page: Page, number: string) =>
  page.$eval(`tr[data-number="${number}"] .journal-table__status`, (el) => el.textContent?.trim() ?? "").catch(() => "");

async function waitForRowStatus(page: Page, number: string, status: string): Promise<void> {
  await page.waitForFunction((n, s) => document.querySelector(`tr[data-number="${n}"] .journal-table__status`)?.textContent?.trim() === s, {}, number, status);
}

/** Records the GraphQL subscriptions the page starts over its WebSocket (graphql-ws «subscribe» frames). */
async function watchSubscriptions(
  page: Page,
): Promise<{ cdp: CDPSession; count: (operation: string) => number; wait: (operation: string, after: number) => Promise<void> }> {
  const cdp = await page.createCDPSession();
  await cdp.send("Network.enable");
  const sent: string[] = [];
  cdp.on("Network.webSocketFrameSent", (e) => sent.push(e.response.payloadData));
  // The client sends persisted subscriptions by hash and operation name, not by document text.
  const count = (operation: string) => sent.filter((f) => f.includes('"type":"subscribe"') && f.includes(`"operationName":"${operation}"`)).length;
  return {
    cdp,
    count,
    wait: async (operation, after) => {
      const deadline = Date.now() + 10_000;
      while (count(operation) <= after) {
        if (Date.now() > deadline) throw new Error(`the page did not subscribe to ${operation}`);
        await new Promise((r) => setTimeout(r, 50));
      }
    },
  };
}

describe("appeals", () => {
  it(
    "a customer files an application, an operator takes and answers it, the customer follows it live and rates the answer",
    async () => {
      // The operator signs in first, in a context of their own: the queue is live.
      const operator = await newPage(browser);
      const operatorWs = await watchSubscriptions(operator);
      await operator.goto(`${server.url}/operator`);
      await operator.waitForSelector("input[name=login]");
      expect(new URL(operator.url()).pathname).toBe("/operator/login");
      await signIn(operator, "operator", "operator2026");
      await operator.waitForSelector(".op-header");
      expect(await textOf(operator, ".op-header")).toContain("Оператор Контактного центра");
      await operatorWs.wait("StaffAppealQueueChanged", 0);
      // The demo journal's open appeals wait in the queue, «Принят» counted on its tab.
      await operator.waitForSelector('tr[data-number="42794"]');
      expect(await rowStatus(operator, "42794")).toBe("Принят");
      expect(await textOf(operator, ".tabs")).toMatch(/Принят\s*1/);

      const customer = await newPage(browser);
      const customerWs = await watchSubscriptions(customer);
      await customer.goto(`${server.url}/login`);
      await signIn(customer, DEMO.login, DEMO.password);
      await customer.waitForSelector(".customer");
      await customer.click("a.menu__link::-p-text(Заявления)");
      expect(await textOf(customer, "h1")).toBe("Заявления пользователей");
      // Figure 31: the journal of the demo appeals, newest first.
      await customer.waitForSelector(".journal-table");
      expect(await textOf(customer, ".journal-table thead")).toMatch(/№\s+Время заявления\s+Тема заявления\s+Статус/);
      const numbers = await customer.$$eval(".journal-table tbody tr", (rows) => rows.map((r) => r.getAttribute("data-number")));
      expect(numbers).toEqual(["42794", "42551", "44564", "08-000040408"]);
      expect(await rowStatus(customer, "08-000040408")).toBe("Отказано");

      // «Подать заявление»: topic, then reason, then the reason's form (figure 32).
      await customer.locator("a.tabs__tab::-p-text(Подать заявление)").click();
      await selectByText(customer, "select[name=topic]", TOPIC);
      const reasons = await customer.$$eval(".appeal-radio__label", (els) => els.map((e) => e.textContent?.trim()));
      expect(reasons).toContain(REASON);
      await customer.evaluate((title) => {
        const label = [...document.querySelectorAll(".appeal-radio")].find((l) => l.textContent?.trim() === title);
        label!.querySelector("input")!.click();
      }, REASON);
      await customer.waitForSelector("input[name=passport]");
      expect(await textOf(customer, ".appeal-form__time")).toBe("Время обработки заявления: до 11 рабочих дней");
      const applicant = await textOf(customer, ".applicant");
      expect(applicant).toMatch(/Заявитель\s+Иванов Иван Иванович/);
      expect(applicant).toMatch(/E-mail\s+demo@kabinet\.local/);
      // «Фамилия была» comes prefilled from the account; required fields carry «*».
      expect(await customer.$eval("input[name=lastNameOld]", (el) => (el as HTMLInputElement).value)).toBe("Иванов");
      expect(await customer.$eval('label[for$="field-passport"]', (el) => el.textContent)).toBe("Серия, Номер*");
      // Fields and file slots interleave as in figure 32: «Скан паспорта» after «Дата регистрации».
      const order = await customer.$$eval(".appeal-form__items > .field, .appeal-form__items > .file-slot", (els) =>
        els.map((e) => (e.querySelector("input,textarea") as HTMLInputElement).name),
      );
      expect(order.slice(order.indexOf("registrationDate"), order.indexOf("registrationDate") + 3)).toEqual([
        "registrationDate",
        "passportScan",
        "lastNameOld",
      ]);
      expect(await textOf(customer, ".appeal-form__hint")).toBe(
        "Внимание! Общий лимит вложений: 25 МБ. Возможные типы файлов: PDF, JPG, JPEG, PNG, TIF, ZIP, RAR",
      );

      // Sent empty: every missing value is named at its place, and nothing leaves the browser.
      await customer.click(".appeal-form button[type=submit]");
      await customer.waitForSelector(".field-error");
      const form = await textOf(customer, ".appeal-form");
      expect(form).toContain("Заполните поле «Серия, Номер»");
      expect(form).not.toContain("Заполните поле «Фамилия новая»"); // prefilled with the current name (figure 32)
      expect(form).toContain("Приложите файл «Скан паспорта»");
      expect(form).toContain("Приложите файл «Свидетельство о перемене имени / о заключении брака»");
      expect(form).toContain("Подтвердите достоверность указанных данных и согласие на обработку персональных данных");
      expect(form).toContain("Примите условия соглашения об использовании простой электронной подписи");
      expect(await customer.evaluate(() => document.activeElement?.getAttribute("name"))).toBe("passport");

      await fillIn(customer, "input[name=passport]", "11 11 111111");
      await fillIn(customer, "input[name=passportIssuedAt]", "04.10.2021");
      await fillIn(customer, "input[name=passportIssuedBy]", "ОУФМС России по ХМАО-Югре в г. Нефтеюганске");
      await fillIn(customer, "input[name=birthPlace]", "г. Нефтеюганск");
      await fillIn(customer, "input[name=registrationAddress]", "Ханты-Мансийский Автономный округ - Югра, г Нефтеюганск, мкр. 16, д. 5");
      await fillIn(customer, "input[name=registrationDate]", "27.09.2021");
      await fillIn(customer, "input[name=lastNameNew]", "Петров");
      await fillIn(customer, "input[name=firstNameNew]", "Иван");
      await fillIn(customer, "textarea[name=comment]", "Прошу изменить фамилию собственника в связи с заключением брака.");
      await (await customer.$("input[type=file][name=passportScan]"))!.uploadFile(pdf("pasport.pdf"));
      await (await customer.$("input[type=file][name=nameChangeCertificate]"))!.uploadFile(pdf("svidetelstvo.pdf"));
      await customer.click("input[name=consentPersonalData]");
      await customer.click("input[name=consentSimpleSignature]");
      // Over 25 MB in total: refused before sending, with the server's text.
      await (await customer.$("input[type=file][name=other]"))!.uploadFile(pdf("bolshoy.pdf", 25 * 1024 * 1024));
      await customer.click(".appeal-form button[type=submit]");
      await customer.waitForFunction(() => document.querySelector(".appeal-form")?.textContent?.includes("Общий размер вложений превышает 25 МБ"));
      expect(await textOf(customer, ".appeal-form [role=alert]")).toBe("Общий размер вложений превышает 25 МБ. Уменьшите размер или количество файлов.");
      await customer.click('.file-slot[data-slot="other"] .file-slot__remove');

      const before = customerWs.count("AppealStatusChanged");
      await customer.click(".appeal-form button[type=submit]");
      // Filed: the journal opens on the new appeal, «Принят».
      await customer.waitForSelector(".appeals__filed");
      const filed = await textOf(customer, ".appeals__filed");
      const number = /Заявление № (\S+) отправлено/.exec(filed)?.[1];
      expect(number).toMatch(/^08-\d{9}$/);
      await waitForRowStatus(customer, number!, "Принят");
      const details = await textOf(customer, ".appeal-view");
      expect(details).toContain(`Детали заявления № ${number}`);
      expect(details).toMatch(/Тема обращения\s+Смена фамилии или изменение имени собственника \(пользователя\)/);
      expect(details).toMatch(/Серия, Номер\s+11 11 111111/);
      expect(details).toMatch(/Дата выдачи\s+04\.10\.2021/);
      expect(details).toContain("pasport.pdf");
      expect(details).toContain("Прошу изменить фамилию собственника в связи с заключением брака.");
      await customerWs.wait("AppealStatusChanged", before);
      await customer.evaluate(() => ((window as unknown as { stillHere: boolean }).stillHere = true));

      // The operator's queue shows it without a reload; «Взять в работу».
      await waitForRowStatus(operator, number!, "Принят");
      await operator.click(`tr[data-number="${number}"] a`);
      await operator.waitForSelector(".op-actions");
      expect(await textOf(operator, ".appeal-view")).toContain("svidetelstvo.pdf");
      await operator.click(".op-actions button::-p-text(Взять в работу)");
      await waitForRowStatus(operator, number!, "В обработке");
      await waitForRowStatus(customer, number!, "В обработке");

      // The answer with a PDF: «Завершено» on both sides.
      await operator.waitForSelector("textarea[name=answer]");
      await fillIn(operator, "textarea[name=answer]", "Фамилия собственника изменена. Новые данные появятся в квитанции следующего месяца.");
      await (await operator.$("input[type=file][name=answerFiles]"))!.uploadFile(pdf("otvet.pdf"));
      await operator.click("button::-p-text(Отправить ответ)");
      await operator.waitForFunction(() => document.querySelector(".appeal-view .appeal-view__head")?.textContent?.includes("Завершено"));
      expect(await operator.$(".op-actions")).toBeNull();

      await waitForRowStatus(customer, number!, "Завершено");
      await customer.waitForSelector(".appeal-answer .appeal-file__name");
      const answer = await textOf(customer, ".appeal-answer");
      expect(answer).toContain("Фамилия собственника изменена.");
      expect(answer).toContain("otvet.pdf");
      expect(await customer.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere)).toBe(true);

      // The answer's file, through its signed link.
      const downloads = await allowDownloads(customer, tmp);
      await customer.click(".appeal-answer .appeal-file__name");
      const file = path.join(downloads.dir, await downloaded(downloads.dir));
      expect(path.basename(file)).toBe("otvet.pdf");
      expect(fs.readFileSync(file).subarray(0, 5).toString("latin1")).toBe("%PDF-");

      // 6.5.4: rated once, then «Ваша оценка ответа».
      expect(await textOf(customer, ".appeal-rating")).toContain("Пожалуйста, оцените качество предоставленного ответа");
      await customer.click(".appeal-rating button::-p-text(Оценить)");
      expect(await textOf(customer, ".appeal-rating .field-error")).toBe("Выберите оценку из списка");
      await selectByText(customer, "select[name=rating]", "Отлично");
      await customer.click(".appeal-rating button::-p-text(Оценить)");
      await customer.waitForSelector(".appeal-rating--done");
      expect(await textOf(customer, ".appeal-rating--done")).toMatch(/Ваша оценка ответа\s+Отлично/);
      expect(await customer.$("select[name=rating]")).toBeNull();

      // Each side kept its own session.
      expect((await refreshCookies(customer)).map((c) => c.name)).toEqual(["kabinet_refresh"]);
      expect((await refreshCookies(operator)).map((c) => c.name)).toEqual(["kabinet_staff_refresh"]);

      await customer.browserContext().close();
      await operator.browserContext().close();
    },
    2 * E2E_TIMEOUT,
  );

  it(
    "a customer asks a question with several files; the operator extends its term and refuses it with a reason",
    async () => {
      const customer = await newPage(browser);
      // The form is told a higher limit than the server's, so files over 25 MB do reach the server:
      // its 413 answer is shown as it says.
      await customer.setRequestInterception(true);
      customer.on("request", (request) => {
        const body = request.postData();
        if (!isOperation(request, "AppealForm")) return void request.continue();
        void (async () => {
          const res = await fetch(request.url(), { method: "POST", headers: request.headers(), body });
          const json = (await res.json()) as { data: { appealUploadRules: { maxTotalBytes: number } } };
          json.data.appealUploadRules.maxTotalBytes = 100 * 1024 * 1024;
          await request.respond({ status: 200, contentType: "application/json", body: JSON.stringify(json) });
        })();
      });
      await customer.goto(`${server.url}/login`);
      await signIn(customer, DEMO.login, DEMO.password);
      await customer.waitForSelector(".customer");
      await customer.goto(`${server.url}/appeals/question`);
      await customer.waitForSelector("textarea[name=text]");
      expect(await textOf(customer, ".appeal-form__time")).toBe(
        "Время обработки заявления: 3 рабочих дня. При необходимости срок может быть увеличен до 30 рабочих дней.",
      );
      await customer.click(".appeal-form button[type=submit]");
      await customer.waitForSelector(".field-error");
      expect(await textOf(customer, ".appeal-form")).toContain("Заполните поле «Текст сообщения»");
      await fillIn(customer, "textarea[name=text]", "Как передать показания, если прибор учета заменили?");
      const png = path.join(tmp, "foto-schetchika.png");
      fs.writeFileSync(png, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]));
      const input = (await customer.$("input[type=file][name=files]"))!;
      await input.uploadFile(pdf("akt-zameny.pdf"));
      await input.uploadFile(png);
      expect(await customer.$$eval(".file-slot__file-name", (els) => els.map((e) => e.textContent))).toEqual(["akt-zameny.pdf", "foto-schetchika.png"]);
      await customer.click("input[name=consentPersonalData]");
      await customer.click("input[name=consentSimpleSignature]");
      await input.uploadFile(pdf("skan-26mb.pdf", 26 * 1024 * 1024));
      const refused = customer.waitForResponse((r) => r.url().endsWith("/graphql") && r.status() === 413);
      await customer.click(".appeal-form button[type=submit]");
      await refused;
      await customer.waitForSelector(".appeal-form .notice--error");
      expect(await textOf(customer, ".appeal-form .notice--error")).toBe("Общий размер вложений превышает 25 МБ. Уменьшите размер или количество файлов.");
      await customer.click('.file-slot__remove[aria-label="Удалить файл skan-26mb.pdf"]');
      await customer.click(".appeal-form button[type=submit]");
      await customer.waitForSelector(".appeals__filed");
      const number = /Вопрос № (\d+) отправлен/.exec(await textOf(customer, ".appeals__filed"))?.[1];
      expect(number).toBeDefined();
      await waitForRowStatus(customer, number!, "Принят");
      const details = await textOf(customer, ".appeal-view");
      expect(details).toMatch(/Текст сообщения\s+Как передать показания, если прибор учета заменили\?/);
      expect(details).toContain("akt-zameny.pdf");
      expect(details).toContain("foto-schetchika.png");
      const dueBefore = await textOf(customer, ".appeal-dl__row--due dd");
      expect(dueBefore).toMatch(/^до \d{2}\.\d{2}\.\d{4}$/);

      const operator = await newPage(browser);
      await operator.goto(`${server.url}/operator/login`);
      await signIn(operator, "operator", "operator2026");
      await operator.waitForSelector(`tr[data-number="${number}"] a`);
      await operator.click(`tr[data-number="${number}"] a`);
      await operator.waitForSelector(".op-extend");
      await fillIn(operator, ".op-extend input[name=processingDays]", "31");
      await operator.click(".op-extend button[type=submit]");
      expect(await textOf(operator, ".op-extend .field-error")).toBe("Укажите срок больше 3 и не более 30 рабочих дней");
      await fillIn(operator, ".op-extend input[name=processingDays]", "10");
      await operator.click(".op-extend button[type=submit]");
      await operator.waitForSelector(".op-extend .notice--success");
      // The customer's open details follow the new term live.
      await customer.waitForFunction(
        (before) => {
          const due = (document.querySelector(".appeal-dl__row--due dd") as HTMLElement | null)?.innerText.replace(/\u00a0/g, " ");
          return !!due && due !== before;
        },
        {},
        dueBefore,
      );
      expect(await textOf(customer, ".appeal-dl__row--due dd")).toMatch(/^до \d{2}\.\d{2}\.\d{4}$/);

      await operator.click(".op-actions button::-p-text(Взять в работу)");
      await operator.waitForSelector(".op-reject summary");
      await operator.click(".op-reject summary");
      await operator.click(".op-reject button[type=submit]");
      expect(await textOf(operator, ".op-reject .field-error")).toBe("Укажите причину отказа");
      await fillIn(operator, ".op-reject textarea[name=reason]", "Вопрос не относится к компетенции Общества: обратитесь в управляющую компанию.");
      await operator.click(".op-reject button[type=submit]");
      await operator.waitForFunction(() => document.querySelector(".appeal-view__head")?.textContent?.includes("Отказано"));
      expect(await operator.$(`tr[data-number="${number}"]`)).toBeNull(); // no longer in the open queue
      await waitForRowStatus(customer, number!, "Отказано");
      await customer.waitForSelector(".appeal-answer--refused");
      expect(await textOf(customer, ".appeal-answer--refused")).toMatch(/Причина отказа[\s\S]*Вопрос не относится к компетенции Общества/);
      expect(await customer.$(".appeal-rating")).toBeNull();

      await customer.browserContext().close();
      await operator.browserContext().close();
    },
    E2E_TIMEOUT,
  );

  it(
    "colours the rating on its scale: «Очень плохо» red-ish, not green, readable (AA) on its background",
    async () => {
      const customer = await newPage(browser);
      await customer.goto(`${server.url}/login`);
      await signIn(customer, DEMO.login, DEMO.password);
      await customer.waitForSelector(".customer");
      await customer.goto(`${server.url}/appeals`);
      await customer.waitForSelector('tr[data-number="44564"] a');
      await customer.click('tr[data-number="44564"] a'); // the demo's answered question
      await selectByText(customer, "select[name=rating]", "Очень плохо");
      await customer.click(".appeal-rating button::-p-text(Оценить)");
      await customer.waitForSelector(".appeal-rating--done");
      expect(await textOf(customer, ".appeal-rating__value")).toBe("Очень плохо");
      const { color, background } = await customer.$eval(".appeal-rating__value", (el) => {
        let bg = "rgba(0, 0, 0, 0)";
        for (let e: Element | null = el; e && /rgba\(.*, 0\)|transparent/.test(bg); e = e.parentElement) bg = getComputedStyle(e).backgroundColor;
        return { color: getComputedStyle(el).color, background: /rgba\(.*, 0\)|transparent/.test(bg) ? "rgb(255, 255, 255)" : bg };
      });
      const rgb = (c: string) =>
        c
          .match(/\d+(\.\d+)?/g)!
          .slice(0, 3)
          .map(Number) as [number, number, number];
      const [r, g, b] = rgb(color);
      expect(r, `«Очень плохо» is ${color}`).toBeGreaterThan(g * 2); // red dominates: not green, not grey
      expect(r).toBeGreaterThan(b * 2);
      const luminance = (c: [number, number, number]) =>
        c
          .map((v) => v / 255)
          .map((v) => (v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4))
          .reduce((s, v, i) => s + v * [0.2126, 0.7152, 0.0722][i]!, 0);
      const [l1, l2] = [luminance(rgb(color)), luminance(rgb(background))].sort((x, y) => y - x);
      expect((l1! + 0.05) / (l2! + 0.05)).toBeGreaterThanOrEqual(4.5);
      await customer.browserContext().close();
    },
    E2E_TIMEOUT,
  );

  it(
    "lets an operator publish and hide news and block a meter's readings with a reason",
    async () => {
      const operator = await newPage(browser);
      await operator.goto(`${server.url}/operator/login`);
      await signIn(operator, "operator", "operator2026");
      await operator.waitForSelector(".op-header");
      await operator.click("a.menu__link::-p-text(Новости)");
      await operator.waitForSelector(".op-news__item");
      // A title is required; then the item is published at once.
      await operator.click("button::-p-text(Добавить новость)");
      expect(await textOf(operator, ".op-news__form .field-error")).toBe("Введите заголовок новости");
      await fillIn(operator, ".op-news__form input[name=title]", "Плановое отключение личного кабинета 30 ноября");
      await fillIn(operator, ".op-news__form input[name=url]", "ftp://example");
      await operator.click("button::-p-text(Добавить новость)");
      expect(await textOf(operator, ".op-news__form .field-error")).toBe("Ссылка должна быть адресом http:// или https://");
      await operator.$eval(".op-news__form input[name=url]", (el) => {
        (el as HTMLInputElement).value = "";
        el.dispatchEvent(new Event("input", { bubbles: true }));
      });
      await operator.click("button::-p-text(Добавить новость)");
      await operator.waitForFunction(
        () => document.querySelector(".op-news__item .op-news__title")?.textContent === "Плановое отключение личного кабинета 30 ноября",
      );
      const first = ".op-news__list .op-news__item:first-child";
      expect(await textOf(operator, `${first} .badge`)).toBe("Опубликована");

      const customer = await newPage(browser);
      await customer.goto(`${server.url}/login`);
      await signIn(customer, DEMO.login, DEMO.password);
      await customer.waitForFunction(() => document.querySelector(".news")?.textContent?.includes("Плановое отключение личного кабинета 30 ноября"));

      await operator.click(`${first} button::-p-text(Снять с публикации)`);
      await operator.waitForFunction((sel) => document.querySelector(`${sel} .badge`)?.textContent === "Черновик", {}, first);
      await customer.reload();
      await customer.waitForSelector(".news");
      expect(await textOf(customer, ".news")).not.toContain("Плановое отключение личного кабинета 30 ноября");

      // Meters: found by the account number, blocked with the reason the customer sees, unblocked.
      await operator.click("a.menu__link::-p-text(Приборы учета)");
      await fillIn(operator, "input[name=account]", "07100");
      await operator.click(".op-search button[type=submit]");
      expect(await textOf(operator, ".op-search .field-error")).toBe("Номер лицевого счета — 10 цифр");
      await fillIn(operator, "input[name=account]", "0710000000");
      await operator.click(".op-search button[type=submit]");
      const meter = '.op-meter[data-meter="6158001"]';
      await operator.waitForSelector(meter);
      await fillIn(operator, `${meter} input[name=reason]`, "Проводится проверка прибора учета");
      await operator.click(`${meter} button::-p-text(Заблокировать прием показаний)`);
      await operator.waitForSelector(`${meter}.op-meter--blocked`);
      expect(await textOf(operator, meter)).toContain("Клиент видит: Прием показаний по прибору учета заблокирован: Проводится проверка прибора учета");
      await customer.goto(`${server.url}/readings`);
      await customer.waitForSelector('input[name="reading-6158001-DAY"]');
      expect(await customer.$eval('input[name="reading-6158001-DAY"]', (el) => el.getAttribute("title"))).toBe(
        "Прием показаний по прибору учета заблокирован: Проводится проверка прибора учета",
      );
      await operator.click(`${meter} button::-p-text(Разблокировать)`);
      await operator.waitForFunction(
        (sel) => !document.querySelector(`${sel}.op-meter--blocked`) && !!document.querySelector(`${sel} input[name=reason]`),
        {},
        meter,
      );

      await customer.browserContext().close();
      await operator.browserContext().close();
    },
    E2E_TIMEOUT,
  );

  it(
    "shows a customer without a confirmed e-mail the gate with the way to «Почта, телефон»",
    async () => {
      const { userRegister } = await gql<{ userRegister: { userErrors: { message: string }[] } }>(
        server.url,
        `mutation($input: UserRegisterInput!) { userRegister(input: $input) { userErrors { message } } }`,
        {
          input: {
            accountNumber: "5081111111",
            ownerLastName: "Иванов",
            phone: "+7 912 345-67-89",
            password: "kabinet2026",
            passwordConfirmation: "kabinet2026",
            consentPersonalData: true,
          },
        },
      );
      expect(userRegister.userErrors).toEqual([]);
      const page = await newPage(browser, 390, 800);
      await page.goto(`${server.url}/login`);
      await signIn(page, "5081111111", "kabinet2026");
      await page.waitForSelector(".customer");
      await page.goto(`${server.url}/appeals/new`);
      await page.waitForSelector(".appeals-gate");
      expect(await textOf(page, ".appeals-gate__text")).toBe(GATE);
      expect(await page.$(".tabs")).toBeNull();
      expect(await page.$("select[name=topic]")).toBeNull();
      await page.click(".appeals-gate a");
      await page.waitForFunction(() => location.pathname === "/profile/contacts");
      await page.browserContext().close();
    },
    E2E_TIMEOUT,
  );
});
