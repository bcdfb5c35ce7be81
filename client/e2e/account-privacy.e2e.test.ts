// Privacy between users of one account (issue 12 item 7), tried in real browsers: the debtor
// connects autopay with a card; a stranger registers on the debtor's account 0720000000 with the
// number and surname of the paper квитанция, sees «Автоплатеж подключен другим пользователем» but
// no card and no way to switch it off; the debtor gets the e-mail (dev outbox) and the notice, and
// «Это не я» reaches the operators' queue in /operator.
import { describe, expect, it } from "vitest";
import type { Browser } from "puppeteer-core";
import {
  E2E_TIMEOUT,
  clickWhenShown,
  confirmPhoneInDialog,
  fillIn,
  newPage,
  outbox,
  register,
  signIn,
  textOf,
  type RunningServer,
  useServerAndBrowser,
} from "./support";

let server: RunningServer;
let browser: Browser;

useServerAndBrowser((s, b) => void ((server = s), (browser = b)));

const plain = (s: string) => s.replace(/\s+/g, " ").trim();

describe("a stranger on someone else's account", () => {
  it(
    "sees no card, cannot switch the owner's autopay off, and «Это не я» reaches the operators",
    async () => {
      // The debtor connects autopay with a new card (the bank's 1 ₽ verification).
      const owner = await newPage(browser);
      await owner.goto(`${server.url}/login`);
      await signIn(owner, "debtor", "debtor2026");
      await owner.waitForSelector(".customer");
      await owner.goto(`${server.url}/payment`);
      await clickWhenShown(owner, "#autopay button::-p-text(Подключить)");
      await owner.waitForSelector("#autopay form");
      const lastDay = await owner.$$eval(
        "#autopay select[name=mode] option",
        (o) => (o as HTMLOptionElement[]).find((x) => x.textContent!.trim() === "В последний день месяца")!.value,
      );
      await owner.select("#autopay select[name=mode]", lastDay);
      await fillIn(owner, "#autopay input[name=maxAmount]", "5000");
      await Promise.all([owner.waitForNavigation(), owner.click("#autopay button[type=submit]")]);
      await owner.type("#pan", "2200 0000 0000 0004");
      await owner.type("#expiry", "12/30");
      await owner.type("#cvc", "123");
      await Promise.all([owner.waitForNavigation(), owner.click("button[value=pay]")]);
      await owner.waitForFunction(() => document.querySelector("#autopay [data-fact=card]")?.textContent?.includes("0004"), { timeout: 20_000 });

      // A stranger registers on 0720000000 with the owner's surname.
      const stranger = await newPage(browser);
      await stranger.goto(`${server.url}/register`);
      await register(stranger, {
        account: "0720000000",
        lastName: "Петров",
        email: "ivan.stranger@mail.ru",
        phone: "+7 (912) 000-00-12",
        password: "stranger2026",
      });
      await confirmPhoneInDialog(stranger, server.url, "79120000012");
      await stranger.goto(`${server.url}/payment`);
      await stranger.waitForSelector("#autopay .autopay__state");
      expect(plain(await textOf(stranger, "#autopay .autopay__state"))).toBe("● Автоплатеж подключен другим пользователем");
      const block = await textOf(stranger, "#autopay");
      expect(block).not.toContain("0004");
      expect(block).not.toMatch(/220000/);
      expect(await stranger.$("#autopay button::-p-text(Отключить)")).toBeNull();
      expect(await stranger.$("#autopay button::-p-text(Изменить)")).toBeNull();
      expect(await stranger.$(".cards__number")).toBeNull(); // no saved card offered to pay with
      // The owner: the e-mail in the outbox and the notice with «Это не я».
      const mails = await outbox(server.url, "debtor@kabinet.local");
      const mail = mails.find((m) => m.subject?.includes("Новый пользователь"));
      expect(mail?.text).toContain("i***@mail.ru");
      await owner.goto(`${server.url}/notifications`);
      await owner.waitForSelector(".notification__not-me button");
      const notice = await textOf(owner, ".notification:has(.notification__not-me)");
      expect(notice).toContain("Новый пользователь лицевого счета");
      expect(notice).toContain("i***@mail.ru, +7 *** ***-**-12");
      await clickWhenShown(owner, ".notification__not-me button::-p-text(Это не я)");
      await owner.waitForSelector(".notification__not-me .notice--success");
      const done = await textOf(owner, ".notification__not-me .notice--success");
      expect(done).toContain("передано оператору");
      const appealNumber = /№ (\S+)/.exec(done)![1]!;

      // The stranger lost the account: autopay of 0720000000 is no longer theirs to see.
      await stranger.goto(`${server.url}/profile/autopay`);
      await stranger.waitForSelector(".panel");
      await stranger.waitForFunction(() => !document.querySelector(".autopay-list")?.textContent?.includes("0720000000"));

      // The operators' queue has it.
      const operator = await newPage(browser);
      await operator.goto(`${server.url}/operator`);
      await signIn(operator, "operator", "operator2026");
      await operator.waitForSelector(".op-header");
      await operator.waitForSelector(`tr[data-number="${appealNumber}"]`);
      expect(await textOf(operator, `tr[data-number="${appealNumber}"]`)).toContain("0720000000");
    },
    E2E_TIMEOUT * 3,
  );
});
