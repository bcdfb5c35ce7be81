// Session upkeep in the browser: no token where script can read it, a reload resumes the session
// through the HttpOnly refresh cookie, expired access tokens are refreshed transparently, a dead
// refresh cookie ends the session cleanly.
import { describe, expect, it } from "vitest";
import type { Browser } from "puppeteer-core";
import {
  DEMO,
  E2E_TIMEOUT,
  customerRefreshCookie,
  newPage,
  refreshCookies,
  scriptReadable,
  signIn,
  textOf,
  type RunningServer,
  useServerAndBrowser,
} from "./support";

const ACCESS_TTL_SEC = 2;
let server: RunningServer;
let browser: Browser;

useServerAndBrowser((s, b) => void ((server = s), (browser = b)), { ACCESS_TOKEN_TTL: String(ACCESS_TTL_SEC) });

describe("session", () => {
  it(
    "keeps no token where script can read it; a reload stays signed in; sign-out then reload shows the sign-in page",
    async () => {
      const page = await newPage(browser);
      const sessionAnswers: string[] = [];
      page.on("response", (res) => {
        if (res.url().endsWith("/graphql") && res.request().method() === "POST")
          void res.text().then(
            (t) => sessionAnswers.push(t),
            () => undefined,
          );
      });
      await page.goto(`${server.url}/login`);
      await signIn(page, DEMO.login, DEMO.password);
      expect(await textOf(page, ".customer")).toContain("ЛС:0710000000");

      const [cookie] = await refreshCookies(page);
      expect(cookie).toMatchObject({ name: "kabinet_refresh", httpOnly: true, sameSite: "Strict", path: "/graphql" });
      const readable = await scriptReadable(page);
      for (const value of readable) {
        expect(value).not.toContain(cookie!.value);
        expect(value).not.toMatch(/eyJ[\w-]+\.[\w-]+\./); // no JWT (the access token) either
      }
      // No answer the page received carries the refresh token.
      expect(sessionAnswers.some((t) => t.includes(cookie!.value))).toBe(false);

      await page.reload();
      expect(await textOf(page, ".customer")).toContain("ЛС:0710000000");
      expect(new URL(page.url()).pathname).toBe("/");

      await Promise.all([page.waitForNavigation(), page.click("button::-p-text(Выйти)")]);
      await page.waitForSelector("input[name=login]");
      expect(await customerRefreshCookie(page)).toBeNull();
      await page.reload();
      await page.waitForSelector("input[name=login]");
      expect(new URL(page.url()).pathname).toBe("/login");
      await page.goto(`${server.url}/charges`);
      await page.waitForSelector("input[name=login]");
      expect(new URL(page.url()).pathname).toBe("/login");
      await page.browserContext().close();
    },
    E2E_TIMEOUT,
  );

  it(
    "refreshes an expired access token and retries the operation (account switch)",
    async () => {
      const page = await newPage(browser);
      await page.goto(`${server.url}/login`);
      await signIn(page, DEMO.login, DEMO.password);
      expect(await textOf(page, ".customer")).toContain("ЛС:0710000000");
      const refreshBefore = await customerRefreshCookie(page);

      await new Promise((r) => setTimeout(r, (ACCESS_TTL_SEC + 1) * 1000));
      const other = await page.$eval("select", (el) => [...(el as HTMLSelectElement).options].find((o) => o.textContent?.includes("0710000001"))!.value);
      await page.select("select", other);
      await page.waitForFunction(() => document.querySelector(".customer")?.textContent?.includes("ЛС:0710000001"));
      expect(await customerRefreshCookie(page)).not.toBe(refreshBefore);
      expect(await page.$("[role=alert]")).toBeNull();

      // Put the demo customer back on the first account for other tests.
      const first = await page.$eval("select", (el) => [...(el as HTMLSelectElement).options].find((o) => o.textContent?.includes("0710000000"))!.value);
      await page.select("select", first);
      await page.waitForFunction(() => document.querySelector(".customer")?.textContent?.includes("ЛС:0710000000"));
      await page.browserContext().close();
    },
    E2E_TIMEOUT,
  );

  it(
    "refreshes and re-runs a mutation refused with the top-level UNAUTHENTICATED (profile «Сохранить данные»)",
    async () => {
      const page = await newPage(browser);
      await page.goto(`${server.url}/login`);
      await signIn(page, DEMO.login, DEMO.password);
      await page.waitForSelector(".customer");
      // In-app navigation: a reload now could race the WebSocket's token refresh (2 s tokens).
      await page.click("a.menu__link::-p-text(Профиль)");
      await page.waitForSelector("a.profile__tab");
      await page.click("a.profile__tab::-p-text(Почта, телефон)");
      await page.waitForSelector("input[name=email]");

      await new Promise((r) => setTimeout(r, (ACCESS_TTL_SEC + 1) * 1000));
      // Same contacts again: nothing changes, but the call needs a valid token.
      await page.click("button::-p-text(Сохранить данные)");
      expect(await textOf(page, ".panel [role=status]")).toContain("Данные сохранены.");
      expect(await page.$("[role=alert]")).toBeNull();
      await page.browserContext().close();
    },
    E2E_TIMEOUT,
  );

  it(
    "sends the customer to /login when the refresh cookie is no longer valid, and the server clears it",
    async () => {
      const page = await newPage(browser);
      const { hostname } = new URL(server.url);
      await page
        .browserContext()
        .setCookie({ name: "kabinet_refresh", value: "not-a-valid-token", domain: hostname, path: "/graphql", httpOnly: true, sameSite: "Strict" });
      await page.goto(`${server.url}/charges`);
      await page.waitForSelector("input[name=login]");
      expect(new URL(page.url()).pathname).toBe("/login");
      expect(await customerRefreshCookie(page)).toBeNull();
      await page.browserContext().close();
    },
    E2E_TIMEOUT,
  );
});
