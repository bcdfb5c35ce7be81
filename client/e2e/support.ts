// Shared setup for the browser tests: the built client, the real server on a free port
// with a fresh embedded database, and headless Chromium.
import { afterAll, afterEach, beforeAll } from "vitest";
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import puppeteer, { type Browser, type Cookie, type Page } from "puppeteer-core";
import { resolveBrowser } from "../../server/integrations/pdf/browser-path.js";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const CLIENT = path.join(ROOT, "client");
const DIST_INDEX = path.join(CLIENT, "dist", "index.html");

/** Per test and for the server's start; E2E_TIMEOUT_MS raises it on a machine busy with other work. */
export const E2E_TIMEOUT = Number(process.env.E2E_TIMEOUT_MS ?? 60_000);

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) newest = Math.max(newest, fs.statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

function clientIsStale(): boolean {
  const built = fs.existsSync(DIST_INDEX) ? fs.statSync(DIST_INDEX).mtimeMs : 0;
  const sources = Math.max(newestMtime(path.join(CLIENT, "src")), fs.statSync(path.join(CLIENT, "index.html")).mtimeMs);
  return built < sources;
}

/**
 * Builds client/dist when it is missing or older than the client's sources (`npm test` builds
 * first anyway). Test files run in parallel, so the build is guarded by a lock directory.
 */
export async function ensureClientBuilt(): Promise<void> {
  if (!clientIsStale()) return;
  const lock = path.join(os.tmpdir(), "kabinet-client-build.lock");
  for (;;) {
    try {
      fs.mkdirSync(lock);
      break;
    } catch {
      const held = fs.statSync(lock, { throwIfNoEntry: false });
      if (held && Date.now() - held.mtimeMs > E2E_TIMEOUT) fs.rmSync(lock, { recursive: true, force: true }); // left by a killed run
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  try {
    if (!clientIsStale()) return; // another test file built it meanwhile
    const { build } = await import("vite");
    await build({ configFile: path.join(CLIENT, "vite.config.ts"), logLevel: "warn" });
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

/**
 * A folder holding an embedded database with every migration applied, copied for each server:
 * applying the migrations to an empty database takes seconds, a copy milliseconds. Made once per
 * migrations key from the test databases' image (server/test/db-images.ts) under a temporary
 * name and renamed, so parallel files never copy half a folder.
 */
async function migratedDataDir(): Promise<string> {
  // By path, so the client's type check does not follow the server's seed sources.
  const { databaseKey } = (await import(path.join(ROOT, "server", "test", "db-key.ts"))) as { databaseKey: (variant: "migrated") => string };
  const { IMAGE_DIR, pgliteImage } = (await import(path.join(ROOT, "server", "test", "db-images.ts"))) as {
    IMAGE_DIR: string;
    pgliteImage: (variant: "migrated") => Promise<Blob>;
  };
  const name = `e2e-data-dir-${databaseKey("migrated")}`;
  const dir = path.join(IMAGE_DIR, name);
  if (fs.existsSync(dir)) return dir;
  const tmp = `${dir}.${process.pid}.tmp`;
  fs.rmSync(tmp, { recursive: true, force: true });
  const { PGlite } = await import("@electric-sql/pglite");
  const db = await PGlite.create(tmp, { loadDataDir: await pgliteImage("migrated") });
  await db.close();
  try {
    fs.renameSync(tmp, dir);
  } catch (err) {
    fs.rmSync(tmp, { recursive: true, force: true });
    if (!fs.existsSync(dir)) throw err; // not another file's rename winning
  }
  for (const old of fs.readdirSync(IMAGE_DIR)) {
    if (old.startsWith("e2e-data-dir-") && old !== name && !old.endsWith(".tmp")) fs.rmSync(path.join(IMAGE_DIR, old), { recursive: true, force: true });
  }
  return dir;
}

/**
 * How to run the server: the build (`npm test` builds first) when it is newer than every source,
 * else the sources through tsx — compiling the server on each start costs more than a second.
 */
async function serverCommand(): Promise<string[]> {
  const { buildProblem, SERVER_BUNDLE } = (await import(path.join(ROOT, "server", "build-freshness.mjs"))) as {
    buildProblem: (root: string) => string | null;
    SERVER_BUNDLE: string;
  };
  return buildProblem(ROOT) === null ? [SERVER_BUNDLE] : ["--import", "tsx", "server/main.ts"];
}

export type RunningServer = {
  url: string;
  stop: () => Promise<void>;
  /** What the server printed so far. */
  output: () => string;
  /** Whether its process is still running. */
  alive: () => boolean;
};

/**
 * Starts `server/main.ts` (migrations + demo seed on an empty temp DATA_DIR) and waits until it
 * listens. E2E_BASE_URL points the tests at an already running server instead.
 */
export async function startServer(extraEnv: Record<string, string> = {}): Promise<RunningServer> {
  if (process.env.E2E_BASE_URL) return { url: process.env.E2E_BASE_URL.replace(/\/$/, ""), stop: async () => {}, output: () => "", alive: () => true };
  const port = await freePort();
  // A suite may prepare the database first (a folder of its own in DATA_DIR); it is removed on stop all the same.
  let dataDir = extraEnv.DATA_DIR;
  if (!dataDir) {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "kabinet-e2e-"));
    fs.cpSync(await migratedDataDir(), dataDir, { recursive: true });
  }
  const env: NodeJS.ProcessEnv = { ...process.env, ...extraEnv, PORT: String(port), DATA_DIR: dataDir };
  delete env.NODE_ENV; // run as `npm start` does, not in vitest's "test" mode
  delete env.KABINET_DEV; // serve the built client, not Vite middleware
  delete env.DATABASE_URL; // always the embedded database
  // One process (no npx/tsx wrapper), so stopping it stops the server.
  const child = spawn(process.execPath, await serverCommand(), { cwd: ROOT, env, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";

  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start within ${E2E_TIMEOUT} ms:\n${output}`)), E2E_TIMEOUT);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const m = /kabinet listening on (http:\/\/\S+)/.exec(output);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!.replace(/\/$/, ""));
      }
    };
    child.stdout!.on("data", onData);
    child.stderr!.on("data", onData);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with code ${code}:\n${output}`));
    });
  }).catch(async (err) => {
    await stopChild(child);
    fs.rmSync(dataDir, { recursive: true, force: true });
    throw err;
  });

  return {
    url,
    output: () => output,
    alive: () => child.exitCode === null && child.signalCode === null,
    stop: async () => {
      await stopChild(child);
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
  await exited;
  clearTimeout(timer);
}

/**
 * Content-Security-Policy violations seen in any page of any browser these tests launched: the
 * app must work with its CSP on, so each test fails on one (unless it takes them as expected).
 */
const cspViolations: string[] = [];
const CSP_MESSAGE = /Content[- ]Security[- ]Policy|securitypolicyviolation/i;

async function watchCsp(page: Page): Promise<void> {
  page.on("console", (msg) => {
    if (CSP_MESSAGE.test(msg.text())) cspViolations.push(`${page.url()}: ${msg.text()}`);
  });
  // Chromium logs violations to the console; the DOM event also catches a report-only or a swallowed one.
  await page
    .evaluateOnNewDocument(() => {
      document.addEventListener("securitypolicyviolation", (e) => console.error(`securitypolicyviolation: ${e.violatedDirective} ${e.blockedURI}`));
    })
    .catch(() => {});
}

/** Takes the CSP violations seen so far (a test that provokes one on purpose checks it here). */
export function takeCspViolations(): string[] {
  return cspViolations.splice(0);
}

afterEach(() => {
  const seen = takeCspViolations();
  if (seen.length) throw new Error(`Content-Security-Policy violations:\n${seen.join("\n")}`);
});

export async function launchBrowser(): Promise<Browser> {
  // CHROME_PATH, else the system's Chromium, else the bundled one (as the server picks it).
  const chosen = await resolveBrowser();
  const browser = await puppeteer.launch({
    executablePath: chosen.executablePath,
    headless: chosen.headless,
    env: chosen.env,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      ...chosen.args,
    ],
  });
  // Every page, popups and new tabs included.
  browser.on(
    "targetcreated",
    (target) =>
      void target.page().then(
        (page) => page && watchCsp(page),
        () => {},
      ),
  );
  return browser;
}

/** A page in its own browser context (own cookies and storage), so tests do not share sessions. */
export async function newPage(browser: Browser, width = 1280, height = 800): Promise<Page> {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport({ width, height });
  page.setDefaultTimeout(15_000);
  return page;
}

/** The refresh cookies this page's browser context holds (HttpOnly: the page's script cannot read them). */
export async function refreshCookies(page: Page): Promise<Cookie[]> {
  return (await page.browserContext().cookies()).filter((c) => c.name === "kabinet_refresh" || c.name === "kabinet_staff_refresh");
}

/** The customer's refresh cookie value, or null. */
export async function customerRefreshCookie(page: Page): Promise<string | null> {
  return (await refreshCookies(page)).find((c) => c.name === "kabinet_refresh")?.value ?? null;
}

/** Every key and value in the page's localStorage and sessionStorage, and document.cookie: all script can read. */
export async function scriptReadable(page: Page): Promise<string[]> {
  return page.evaluate(() => [
    ...[localStorage, sessionStorage].flatMap((store) => Object.keys(store).flatMap((k) => [k, store.getItem(k) ?? ""])),
    document.cookie,
  ]);
}

/** Fills and submits the login form on the current page. */
export async function signIn(page: Page, login: string, password: string): Promise<void> {
  await page.waitForSelector("input[name=login]");
  await page.$eval("input[name=login]", (el) => ((el as HTMLInputElement).value = ""));
  await page.$eval("input[name=password]", (el) => ((el as HTMLInputElement).value = ""));
  await page.type("input[name=login]", login);
  await page.type("input[name=password]", password);
  await page.click("button[type=submit]");
}

/** Visible text of an element, with no-break spaces made plain. */
/**
 * Whether a request is the GraphQL operation of that name. The web client sends persisted
 * operations (a hash and the operation's name, no document text), so match the name, not the text.
 */
export function isOperation(request: import("puppeteer-core").HTTPRequest, operationName: string): boolean {
  if (!request.url().endsWith("/graphql") || request.method() !== "POST") return false;
  try {
    return (JSON.parse(request.postData() ?? "{}") as { operationName?: string }).operationName === operationName;
  } catch {
    return false; // multipart (uploads): the operations field is not looked into here
  }
}

export async function textOf(page: Page, selector: string): Promise<string> {
  await page.waitForSelector(selector);
  return page.$eval(selector, (el) => (el as HTMLElement).innerText.replace(/\u00a0/g, " "));
}

export const DEMO = { login: "0710000000", password: "demo2026" } as const;

export type OutboxMessage = { id: number; channel: "EMAIL" | "SMS"; to: string; subject?: string; text: string; at: string };

/** Messages of the server's dev outbox (GET /dev/outbox), newest first; `to` is an address or 7XXXXXXXXXX. */
export async function outbox(baseUrl: string, to?: string): Promise<OutboxMessage[]> {
  const res = await fetch(`${baseUrl}/dev/outbox${to ? `?to=${encodeURIComponent(to)}` : ""}`);
  if (!res.ok) throw new Error(`GET /dev/outbox: ${res.status}`);
  return (await res.json()) as OutboxMessage[];
}

/**
 * Waits for a message to `to` newer than `afterId` whose text matches `pattern` and returns the
 * pattern's first group (the SMS code, the link). Read `afterId` from lastOutboxId() before acting.
 */
export async function fromOutbox(baseUrl: string, to: string, pattern: RegExp, afterId = 0): Promise<string> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const found = (await outbox(baseUrl, to)).find((m) => m.id > afterId && pattern.test(m.text));
    const match = found && pattern.exec(found.text)?.[1];
    if (match) return match;
    if (Date.now() > deadline) throw new Error(`no message to ${to} matching ${pattern} in the dev outbox`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The id of the newest message to `to` (0 when there is none). */
export async function lastOutboxId(baseUrl: string, to: string): Promise<number> {
  return (await outbox(baseUrl, to))[0]?.id ?? 0;
}

/** A link from an e-mail, pointed at the server under test (the e-mail carries PUBLIC_URL). */
export function onServer(baseUrl: string, link: string): string {
  const u = new URL(link);
  return `${baseUrl}${u.pathname}${u.search}`;
}

/** Calls the GraphQL API directly (test setup only); throws on GraphQL errors. */
export async function gql<T = Record<string, unknown>>(baseUrl: string, query: string, variables?: Record<string, unknown>): Promise<T> {
  const res = await fetch(`${baseUrl}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length || !body.data) throw new Error(`GraphQL: ${JSON.stringify(body.errors)}`);
  return body.data;
}

/** Replaces the value of an input by typing, as a person would. */
export async function fillIn(page: Page, selector: string, value: string): Promise<void> {
  await page.waitForSelector(selector);
  await page.$eval(selector, (el) => ((el as HTMLInputElement).value = ""));
  await page.type(selector, value);
}

/**
 * The usual suite setup: build the client if needed, start a server on a fresh database and a
 * browser before the tests, stop both after. `ready` receives them.
 */
export function useServerAndBrowser(ready: (server: RunningServer, browser: Browser) => void, env: Record<string, string> = {}): void {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    await ensureClientBuilt();
    [server, browser] = await Promise.all([startServer(env), launchBrowser()]);
    ready(server, browser);
  }, 2 * E2E_TIMEOUT);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });
}

/** Clicks `selector` once it is rendered (after a reload or a route change the page builds up). */
export async function clickWhenShown(page: Page, selector: string): Promise<void> {
  // A locator waits until the element is attached, visible and still, and tries again if a live
  // update re-renders it between finding and clicking (a plain click would hit a detached node).
  await page.locator(selector).click();
}

/** Fills the registration form (manual, section 2, figures 2–3) with the consent given, and sends it. */
export async function register(page: Page, customer: { account: string; lastName: string; email: string; phone: string; password: string }): Promise<void> {
  await fillIn(page, "input[name=accountNumber]", customer.account);
  await fillIn(page, "input[name=ownerLastName]", customer.lastName);
  await fillIn(page, "input[name=email]", customer.email);
  await fillIn(page, "input[name=phone]", customer.phone);
  await fillIn(page, "input[name=password]", customer.password);
  await fillIn(page, "input[name=passwordConfirmation]", customer.password);
  await clickWhenShown(page, "input[name=consentPersonalData]");
  await clickWhenShown(page, "button::-p-text(Регистрация)");
}

/** In the open figure-4 window: sends the SMS, types the code from the dev outbox, confirms; the window closes. */
export async function confirmPhoneInDialog(page: Page, baseUrl: string, phone: string): Promise<void> {
  await clickWhenShown(page, "dialog button::-p-text(Отправить sms с кодом)");
  const code = await fromOutbox(baseUrl, phone, /(\d{6})/);
  await fillIn(page, "dialog input[name=code]", code);
  await clickWhenShown(page, "dialog button::-p-text(Подтвердить)");
  await page.waitForFunction(() => !document.querySelector("dialog"));
}

/** On the recovery page's last step: the new password twice, «Сохранить пароль», then the sign-in page. */
export async function saveNewPassword(page: Page, password: string): Promise<void> {
  await fillIn(page, "input[name=password]", password);
  await fillIn(page, "input[name=passwordConfirmation]", password);
  await clickWhenShown(page, "button::-p-text(Сохранить пароль)");
  await page.waitForFunction(() => location.pathname === "/login");
}

export type Downloads = {
  dir: string;
  /** Stops saving there and removes the folder. */
  close: () => Promise<void>;
};

/** Lets `page` save files into a new folder under `parent`. */
export async function allowDownloads(page: Page, parent = os.tmpdir()): Promise<Downloads> {
  const dir = fs.mkdtempSync(path.join(parent, "kabinet-e2e-downloads-"));
  const cdp = await page.browser().target().createCDPSession();
  await cdp.send("Browser.setDownloadBehavior", { behavior: "allow", downloadPath: dir, browserContextId: page.browserContext().id });
  return {
    dir,
    close: async () => {
      await cdp.detach();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Waits for the browser to finish saving a file into `dir` and returns its name. */
export async function downloaded(dir: string): Promise<string> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const names = fs.readdirSync(dir);
    const done = names.find((n) => !n.endsWith(".crdownload"));
    if (done && !names.some((n) => n.endsWith(".crdownload"))) return done;
    if (Date.now() > deadline) throw new Error(`no download in ${dir}: ${names.join(", ")}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const MONTH_NAMES = ["Январь", "Февраль", "Март", "Апрель", "Май", "Июнь", "Июль", "Август", "Сентябрь", "Октябрь", "Ноябрь", "Декабрь"];

/** This month on the retailer's clock, "YYYY-MM". */
export function retailerMonth(): string {
  const parts = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Yekaterinburg", year: "numeric", month: "2-digit" }).formatToParts(new Date());
  return `${parts.find((p) => p.type === "year")!.value}-${parts.find((p) => p.type === "month")!.value}`;
}

/** A month as the pages name it: "2026-03" -> «Март 2026». */
export const monthTitle = (period: string) => `${MONTH_NAMES[Number(period.slice(5)) - 1]} ${period.slice(0, 4)}`;
