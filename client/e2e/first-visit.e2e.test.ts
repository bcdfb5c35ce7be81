// A first visit on a slow link (issue 20): the sign-in form does not wait for the API — here the
// answers of the session refresh and of the retailer's settings are held back, and the form is
// there all the same — while a browser that signed in before waits for its session rather than
// flashing the form. A sign-in sends the header's and Главная's queries together, each once, and
// a first refresh answering after the sign-in does not end the new session.
import { describe, expect, it } from "vitest";
import type { Browser, CDPSession, Page } from "puppeteer-core";
import { DEMO, E2E_TIMEOUT, isOperation, newPage, signIn, textOf, type RunningServer, useServerAndBrowser } from "./support";

let server: RunningServer;
let browser: Browser;

useServerAndBrowser((s, b) => void ((server = s), (browser = b)));

/**
 * Holds the server's answers to the named operations (CDP Fetch, response stage: the server has
 * answered, the page has not received it) until `release()`; every other answer goes through.
 */
async function holdAnswers(page: Page, names: string[]) {
  const cdp: CDPSession = await page.createCDPSession();
  const held: { name: string; requestId: string }[] = [];
  let holding = true;
  cdp.on("Fetch.requestPaused", (event) => {
    let name = "";
    try {
      name = (JSON.parse(event.request.postData ?? "{}") as { operationName?: string }).operationName ?? "";
    } catch {}
    if (holding && names.includes(name)) held.push({ name, requestId: event.requestId });
    else void cdp.send("Fetch.continueRequest", { requestId: event.requestId }).catch(() => {});
  });
  await cdp.send("Fetch.enable", { patterns: [{ urlPattern: "*/graphql*", requestStage: "Response" }] });
  return {
    heldNames: () => held.map((h) => h.name).sort(),
    async waitHeld(count: number) {
      const deadline = Date.now() + E2E_TIMEOUT / 2;
      while (held.length < count) {
        if (Date.now() > deadline) throw new Error(`held ${held.length} of ${count} answers`);
        await new Promise((r) => setTimeout(r, 20));
      }
    },
    async release() {
      holding = false;
      await Promise.all(held.splice(0).map((h) => cdp.send("Fetch.continueRequest", { requestId: h.requestId }).catch(() => {})));
      await cdp.send("Fetch.disable").catch(() => {});
      await cdp.detach().catch(() => {});
    },
  };
}

describe("first visit", () => {
  it(
    "shows the sign-in form while the session refresh and the retailer's settings are still unanswered",
    async () => {
      const page = await newPage(browser);
      const hold = await holdAnswers(page, ["SessionRefresh", "Retailer"]);
      await page.goto(`${server.url}/login`);
      await page.waitForSelector("input[name=login]");
      await page.waitForSelector("button[type=submit]");
      await hold.waitHeld(2);
      expect(hold.heldNames()).toEqual(["Retailer", "SessionRefresh"]); // asked, not answered
      await hold.release();
      await page.browserContext().close();
    },
    E2E_TIMEOUT,
  );

  it(
    "signing in before the first refresh has answered keeps the session; this browser then waits for it on the sign-in page",
    async () => {
      const page = await newPage(browser);
      const hold = await holdAnswers(page, ["SessionRefresh"]);
      await page.goto(`${server.url}/login`);
      await hold.waitHeld(1);
      await signIn(page, DEMO.login, DEMO.password);
      expect(await textOf(page, ".customer")).toContain("ЛС:0710000000");
      // The refresh sent on start (without a cookie) answers «no session» only now.
      const answered = page.waitForResponse((r) => isOperation(r.request(), "SessionRefresh"));
      await hold.release();
      expect(await (await answered).text()).toContain("SESSION_EXPIRED");
      await new Promise((r) => setTimeout(r, 300));
      expect(new URL(page.url()).pathname).toBe("/");
      expect(await page.$("input[name=login]")).toBeNull();
      expect(await textOf(page, ".customer")).toContain("ЛС:0710000000");

      // Signed in here before: the sign-in page waits for the session instead of flashing the form.
      const again = await holdAnswers(page, ["SessionRefresh"]);
      await page.goto(`${server.url}/login`);
      await again.waitHeld(1);
      await page.waitForSelector(".spinner");
      expect(await page.$("input[name=login]")).toBeNull();
      await again.release();
      expect(await textOf(page, ".customer")).toContain("ЛС:0710000000");
      expect(new URL(page.url()).pathname).toBe("/");
      await page.browserContext().close();
    },
    E2E_TIMEOUT,
  );

  it(
    "asks for the header and Главная's blocks together once signed in, each once",
    async () => {
      const page = await newPage(browser);
      await page.goto(`${server.url}/login`);
      await page.waitForNetworkIdle();
      const sent: string[] = [];
      let firstAnswerAt = Number.POSITIVE_INFINITY;
      const HOME = ["AppViewer", "HomeAccount", "HomeNews", "QuickLinksWindow"];
      page.on("request", (r) => {
        const name = HOME.find((n) => isOperation(r, n));
        if (name) sent.push(`${name}@${performance.now() < firstAnswerAt ? "before" : "after"}`);
      });
      page.on("response", (r) => {
        if (HOME.some((n) => isOperation(r.request(), n))) firstAnswerAt = Math.min(firstAnswerAt, performance.now());
      });
      await signIn(page, DEMO.login, DEMO.password);
      await page.waitForSelector(".home__grid");
      await page.waitForSelector(".news__item, .news .muted");
      await page.waitForNetworkIdle();
      // All four went out before the first of them had answered, and none was asked again.
      expect(sent.sort()).toEqual(HOME.map((n) => `${n}@before`));
      await page.browserContext().close();
    },
    E2E_TIMEOUT,
  );
});
