// The contact centre in a real browser (manual 7.2): an employee finds the demo customer by
// phone, opens the card, signs the customer out everywhere and resets the credentials; the
// owner of the account can then register again.
import { describe, expect, it } from "vitest";
import type { Browser } from "puppeteer-core";
import { DEMO, E2E_TIMEOUT, clickWhenShown, fillIn, newPage, register, signIn, textOf, type RunningServer, useServerAndBrowser } from "./support";

let server: RunningServer;
let browser: Browser;

useServerAndBrowser((s, b) => void ((server = s), (browser = b)));

describe("contact centre", () => {
  it(
    "finds the demo customer by phone, signs them out everywhere, resets them; the account registers again",
    async () => {
      const customer = await newPage(browser);
      await customer.goto(`${server.url}/login`);
      await signIn(customer, DEMO.login, DEMO.password);
      expect(await textOf(customer, ".customer")).toContain("ЛС:0710000000");

      const cc = await newPage(browser);
      await cc.goto(`${server.url}/operator/login`);
      await signIn(cc, "contact", "contact2026");
      await clickWhenShown(cc, "a::-p-text(Контакт-центр)");
      await fillIn(cc, "input[name=query]", "+7 (999) 123-45-67");
      await fillIn(cc, "input[name=reason]", "Звонок клиента на 8 (800) 100-56-06");
      await clickWhenShown(cc, "button::-p-text(Найти)");
      const match = await textOf(cc, ".op-contact__match");
      expect(match).toContain("d***@kabinet.local");
      expect(match).toContain("+7 *** ***-**-67");
      expect(match).not.toContain("demo@kabinet.local");

      await clickWhenShown(cc, "button::-p-text(Открыть карточку)");
      const card = await textOf(cc, ".op-contact__card");
      expect(card).toContain("demo@kabinet.local · подтвержден");
      expect(card).toContain("ЛС 0710000000");
      expect(card).toContain("активен");

      await clickWhenShown(cc, "button::-p-text(Завершить все сеансы)");
      expect(await textOf(cc, ".op-contact__card [role=status]")).toMatch(/Сеансов завершено: [1-9]/);
      // The customer's page loses its session: the next visit asks to sign in.
      await customer.goto(`${server.url}/charges`);
      await customer.waitForSelector("input[name=login]");

      await clickWhenShown(cc, "button::-p-text(Сбросить учетные данные)");
      await clickWhenShown(cc, "button::-p-text(Подтвердить сброс)");
      expect(await textOf(cc, ".op-contact > [role=status]")).toContain(
        "Учетные данные пользователя сброшены. Владелец ЛС 0710000000, 0710000001 может зарегистрироваться снова.",
      );

      const again = await newPage(browser);
      await again.goto(`${server.url}/register`);
      await register(again, { account: "0710000000", lastName: "Иванов", email: "ivanov.new@mail.ru", phone: "+7 (912) 000-11-22", password: "newpass2026" });
      expect(await textOf(again, "dialog[open]")).toContain("Подтверждение номера телефона");
      await Promise.all([customer, cc, again].map((p) => p.browserContext().close()));
    },
    E2E_TIMEOUT * 2,
  );
});
