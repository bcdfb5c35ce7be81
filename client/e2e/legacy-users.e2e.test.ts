// Customers of the previous portal (manual 3) in a real browser: the example file of
// docs/legacy-users.md imported with `legacy:import` before the server starts; a customer whose
// old password breaks the rules of 3.1 signs in, is held on «Смена пароля» (no other page opens),
// sees the 3.1 messages, and reaches «Главная» with a new password. One with a good password goes
// straight to «Главная».
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "puppeteer-core";
import { E2E_TIMEOUT, ROOT, clickWhenShown, fillIn, newPage, signIn, textOf, type RunningServer, useServerAndBrowser } from "./support";

let server: RunningServer;
let browser: Browser;
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "kabinet-e2e-legacy-"));

beforeAll(() => {
  // The demo's accounts first (what the server would seed), then the previous portal's users.
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, SEED_DEMO: "true" };
  delete env.NODE_ENV;
  delete env.DATABASE_URL;
  const run = (script: string, ...args: string[]) => execFileSync(process.execPath, ["--import", "tsx", script, ...args], { cwd: ROOT, env, encoding: "utf8" });
  run("server/db/cli/seed.ts");
  const report = run("server/db/cli/legacy-import.ts", "docs/legacy-users.example.csv");
  expect(report).toContain("Итого: импортировано 3, обновлено 0, без изменений 0, пропущено 0.");
}, 2 * E2E_TIMEOUT);

useServerAndBrowser((s, b) => void ((server = s), (browser = b)), { DATA_DIR: dataDir });

describe("users of the previous portal", () => {
  it(
    "a password breaking 3.1 is changed before anything else, then «Главная»",
    async () => {
      const page = await newPage(browser);
      await page.goto(`${server.url}/login`);
      await signIn(page, "sidorova", "qwerty");
      await page.waitForFunction(() => location.pathname === "/password-change");
      expect(await textOf(page, ".auth-card__notice")).toBe(
        "Смените пароль, чтобы продолжить работу: пароль не соответствует требованиям к паролям системы. Пароль должен содержать цифры (0-9).",
      );

      // No other page opens: the cabinet sends the session back here (after a reload too).
      await page.goto(`${server.url}/charges`);
      await page.waitForFunction(() => location.pathname === "/password-change");
      expect(await textOf(page, ".auth-card__notice")).toContain("Пароль должен содержать цифры (0-9).");

      // The change applies the rules of 3.1 with their messages.
      await fillIn(page, "input[name=currentPassword]", "qwerty");
      await fillIn(page, "input[name=password]", "abcdef");
      await fillIn(page, "input[name=passwordConfirmation]", "abcdef");
      await clickWhenShown(page, "button::-p-text(Сменить пароль)");
      await page.waitForSelector("input[name=password][aria-invalid=true]");
      expect(await page.$eval("input[name=password]", (el) => (el.closest(".field") as HTMLElement).innerText)).toContain(
        "Пароль должен содержать цифры (0-9).",
      );
      expect(new URL(page.url()).pathname).toBe("/password-change");

      await fillIn(page, "input[name=password]", "novyi2026");
      await fillIn(page, "input[name=passwordConfirmation]", "novyi2026");
      await clickWhenShown(page, "button::-p-text(Сменить пароль)");
      await page.waitForFunction(() => location.pathname === "/");
      expect(await textOf(page, ".customer")).toContain("ЛС:0710000001");
      expect(await textOf(page, ".topbar")).toContain("Логин: sidorova");
      await page.browserContext().close();
    },
    2 * E2E_TIMEOUT,
  );

  it(
    "a password within the rules signs in straight to «Главная»",
    async () => {
      const page = await newPage(browser);
      await page.goto(`${server.url}/login`);
      await signIn(page, "petrov", "staryi2019");
      await page.waitForFunction(() => location.pathname === "/");
      expect(await textOf(page, ".customer")).toContain("ЛС:5081111111");
      await page.browserContext().close();
    },
    E2E_TIMEOUT,
  );
});
