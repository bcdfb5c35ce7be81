// `npm run bench:client`: a customer's first visit on a slow phone link, in real Chromium —
// the CPU slowed 4× and the network 1.6 Mbps down / 750 kbps up / 150 ms round trip (CDP
// Network.emulateNetworkConditions and Emulation.setCPUThrottlingRate). Each of the BENCH_RUNS
// (5) cold loads gets a new browser context: empty HTTP cache, no cookies, no service worker.
//
//   login interactive — navigation start to the sign-in form rendered and able to take a first
//     input: the login field and «Войти» are in the DOM (Solid attaches their handlers as it
//     creates them: there is no hydration step), a frame has been drawn and the main thread is
//     free (a task queued after that frame has run);
//   sign-in → Главная — the click on «Войти» (demo customer 0710000000 / demo2026, typed after
//     the page has settled, as a person would take a few seconds) to Главная's content drawn:
//     the header's «К оплате», the «Объект» block and «Новости компании», and the main thread free.
//
// Beside them, in the same run and under the same throttling, the floor: a bare node:http page
// of the same byte count in one response with the same form, and one POST answering the same
// bytes as the sign-in phase — what the link alone costs — and the ratios.
// BENCH_WATERFALL=1 prints each run's requests (start, end, bytes) of both phases.
// CDP throttles per target: the service worker's precache downloads (measured and throttled
// too) do not take the page's bandwidth here as they would on a real link.
import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import puppeteer, { type Browser, type CDPSession, type Target } from "puppeteer-core";
import { resolveBrowser } from "../integrations/pdf/browser-path.js";
import { startServer } from "./support.js";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const WATERFALL = process.env.BENCH_WATERFALL === "1";
// BENCH_PROFILE=lighthouse: the same link as Lighthouse's DevTools throttling sets it — a request's
// latency 3.75 × the RTT (it stands for the connection's handshakes too), 90 % of the throughput.
const LIGHTHOUSE = process.env.BENCH_PROFILE === "lighthouse";
const LATENCY_MS = LIGHTHOUSE ? 150 * 3.75 : 150;
const DOWN = (LIGHTHOUSE ? 0.9 : 1) * 200_000; // bytes/s: 1.6 Mbps
const UP = (LIGHTHOUSE ? 0.9 : 1) * 93_750; // bytes/s: 750 kbps
const CPU_RATE = 4;
const DEMO = { login: "0710000000", password: "demo2026" };
const TARGET = { login: 2000, signIn: 1000 };

/** One request seen by CDP: ms from the document request, bytes on the wire (headers included). */
type Row = { url: string; type: string; start: number; end: number; bytes: number; status: number; op?: string; worker?: boolean };
type Run = { interactive: number; fcp: number; clicked: number; home: number; settled: number; rows: Row[] };

// ---- in the page: when the form and Главная are there (installed before any script of the page) ----

// A string, not a function: tsx's esbuild would wrap named functions in a helper the page lacks.
const PAGE_MARKS = `(() => {
  const marks = (window.__bench = {});
  // Drawn and the thread free: the content is in the DOM, a frame follows, then a queued task runs.
  const afterFrame = (name) => requestAnimationFrame(() => setTimeout(() => (marks[name] ??= performance.now()), 0));
  const q = (s) => document.querySelector(s);
  let formSeen = false;
  let homeSeen = false;
  const check = () => {
    if (!formSeen && q("input[name=login]") && q("form button[type=submit]")) {
      formSeen = true;
      afterFrame("interactive");
    }
    if (marks.clicked !== undefined && !homeSeen && q(".customer__due-line") && q(".home__grid") && q(".news__item, .news .muted")) {
      homeSeen = true;
      afterFrame("home");
    }
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, characterData: true });
  document.addEventListener("click", (e) => {
    if (e.target && e.target.closest && e.target.closest("button[type=submit]")) marks.clicked ??= performance.now();
  }, true);
})();`;

// ---- the network seen by CDP ----

/** Records every request of a target (page or service worker) until `stop`. */
function recordRequests(session: CDPSession, rows: Map<string, Row>, t0: { at: number | null }, worker: boolean) {
  const started = new Map<string, number>();
  session.on("Network.requestWillBeSent", (e) => {
    t0.at ??= e.timestamp;
    started.set(e.requestId, e.timestamp);
    let op: string | undefined;
    try {
      op = e.request.postData ? (JSON.parse(e.request.postData) as { operationName?: string }).operationName : undefined;
    } catch {}
    rows.set(`${worker}:${e.requestId}`, {
      url: e.request.url,
      type: e.type ?? "",
      start: (e.timestamp - t0.at) * 1000,
      end: NaN,
      bytes: 0,
      status: 0,
      op,
      worker,
    });
  });
  session.on("Network.responseReceived", (e) => {
    const row = rows.get(`${worker}:${e.requestId}`);
    if (row) row.status = e.response.status;
  });
  session.on("Network.loadingFinished", (e) => {
    const row = rows.get(`${worker}:${e.requestId}`);
    if (row && t0.at !== null) Object.assign(row, { end: (e.timestamp - t0.at) * 1000, bytes: e.encodedDataLength });
  });
  session.on("Network.loadingFailed", (e) => {
    const row = rows.get(`${worker}:${e.requestId}`);
    if (row && t0.at !== null) row.end = (e.timestamp - t0.at) * 1000;
  });
}

async function throttle(session: CDPSession): Promise<void> {
  await session.send("Network.enable");
  await session.send("Network.emulateNetworkConditions", { offline: false, latency: LATENCY_MS, downloadThroughput: DOWN, uploadThroughput: UP });
  await session.send("Emulation.setCPUThrottlingRate", { rate: CPU_RATE }).catch(() => {}); // a worker target may not have Emulation
}

/** One cold load: a new context, the login page, then the sign-in; `floor` pages have the same form. */
async function coldLoad(browser: Browser, url: string, problems: string[]): Promise<Run> {
  const context = await browser.createBrowserContext();
  const rows = new Map<string, Row>();
  const t0 = { at: null as number | null };
  const onTarget = async (target: Target) => {
    if (target.type() !== "service_worker") return;
    const session = await target.createCDPSession().catch(() => null);
    if (!session) return;
    recordRequests(session, rows, t0, true);
    await throttle(session).catch(() => {});
  };
  context.on("targetcreated", (t) => void onTarget(t));
  try {
    const page = await context.newPage();
    await page.setViewport({ width: 412, height: 915, isMobile: true, hasTouch: true, deviceScaleFactor: 1 });
    page.on("console", (msg) => {
      if (/Content[- ]Security[- ]Policy/i.test(msg.text())) problems.push(`CSP: ${msg.text()}`);
    });
    page.on("pageerror", (err) => problems.push(`page error: ${String(err)}`));
    const session = await page.createCDPSession();
    recordRequests(session, rows, t0, false);
    await throttle(session);
    await page.evaluateOnNewDocument(PAGE_MARKS);
    await page.goto(url, { waitUntil: "domcontentloaded", timeout: 60_000 });
    await page.waitForFunction(() => (window as unknown as { __bench: Record<string, number> }).__bench.interactive !== undefined, { timeout: 60_000 });
    // The person reads and types for a few seconds: the page's requests and the service worker's
    // precache finish meanwhile (a floor page has no worker).
    await page.waitForNetworkIdle({ idleTime: 500, timeout: 60_000 });
    await page.evaluate(() =>
      document.querySelector("link[rel=manifest]") ? Promise.race([navigator.serviceWorker.ready, new Promise((r) => setTimeout(r, 30_000))]) : null,
    );
    const settled = await page.evaluate(() => performance.now());
    await page.type("input[name=login]", DEMO.login);
    await page.type("input[name=password]", DEMO.password);
    await page.click("button[type=submit]");
    await page.waitForFunction(() => (window as unknown as { __bench: Record<string, number> }).__bench.home !== undefined, { timeout: 60_000 });
    const marks = await page.evaluate(() => (window as unknown as { __bench: Record<string, number> }).__bench);
    const fcp = await page.evaluate(() => performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? NaN);
    await page.waitForNetworkIdle({ idleTime: 300, timeout: 60_000 }).catch(() => {});
    return { interactive: marks.interactive!, fcp, clicked: marks.clicked!, home: marks.home!, settled, rows: [...rows.values()] };
  } finally {
    await context.close();
  }
}

// ---- the floor: the same bytes over the same link, one response each ----

function floorServer(loginBytes: number, signInBytes: number): Promise<{ url: string; close(): Promise<void> }> {
  const form = `<form onsubmit="event.preventDefault();fetch('/answer',{method:'POST',body:'{}'}).then(r=>r.text()).then(t=>{document.body.insertAdjacentHTML('beforeend','<p class=customer__due-line>'+t.length+'</p><div class=home__grid></div><ul class=news><li class=news__item>x</li></ul>')})"><input name=login><input name=password type=password><button type=submit>Войти</button></form>`;
  const filler = (n: number) => "x".repeat(Math.max(0, n));
  const HEADERS = 200; // about what the response headers take on the wire
  const page = `<!doctype html><html lang=ru><meta charset=utf-8><title>floor</title><!--${filler(loginBytes - HEADERS - form.length - 80)}-->${form}`;
  const answer = filler(signInBytes - HEADERS);
  const server = http.createServer((req, res) => {
    const body = req.url === "/answer" ? answer : page;
    req.resume();
    req.on("end", () => res.writeHead(200, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" }).end(body));
  });
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () =>
      resolve({
        url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
        close: () => new Promise((r) => server.close(() => r())),
      }),
    ),
  );
}

// ---- figures ----

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const ms = (n: number) => `${Math.round(n)} ms`;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
const load = () =>
  `load average ${os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(", ")}`;

/** The requests of each phase of a run: the login page (until interactive) and the sign-in (click to Главная). */
function phases(run: Run) {
  const login = run.rows.filter((r) => !r.worker && r.start <= run.interactive);
  const signIn = run.rows.filter((r) => !r.worker && r.start >= run.clicked - 5 && r.start <= run.home);
  const worker = run.rows.filter((r) => r.worker);
  const bytes = (rows: Row[]) => rows.reduce((sum, r) => sum + r.bytes, 0);
  return { login, signIn, worker, loginBytes: bytes(login), signInBytes: bytes(signIn), workerBytes: bytes(worker) };
}

function waterfall(label: string, rows: Row[], from: number): string {
  return [
    `    ${label}:`,
    ...rows
      .sort((a, b) => a.start - b.start)
      .map((r) => {
        const name = r.op ? `${new URL(r.url).pathname} ${r.op}` : r.url.startsWith("data:") ? "data:…" : new URL(r.url).pathname;
        return `      ${ms(r.start - from).padStart(8)} → ${ms(r.end - from).padStart(8)}  ${kb(r.bytes).padStart(9)}  ${String(r.status).padStart(3)} ${r.type.padEnd(10)} ${name}`;
      }),
  ].join("\n");
}

async function ensureClientBuilt(): Promise<void> {
  const index = path.join(ROOT, "client/dist/index.html");
  const built = fs.existsSync(index) ? fs.statSync(index).mtimeMs : 0;
  const sources = fs
    .readdirSync(path.join(ROOT, "client/src"), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .reduce((newest, e) => Math.max(newest, fs.statSync(path.join(e.parentPath, e.name)).mtimeMs), fs.statSync(path.join(ROOT, "client/index.html")).mtimeMs);
  if (built >= sources) return;
  console.log("building the client (client/dist is older than its sources)…");
  const { build } = await import("vite");
  await build({ configFile: path.join(ROOT, "client/vite.config.ts"), logLevel: "warn" });
}

await ensureClientBuilt();
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "kabinet-bench-client-"));
// Production, as customers get it (persisted operations only, no dev outbox), on a fresh embedded database with the demo people.
const server = await startServer({ DATABASE_URL: "", DATA_DIR: dataDir, SEED_DEMO: "true" });
const appUrl = `${server.url.replace("127.0.0.1", "localhost")}/login`;
const chosen = await resolveBrowser();
const browser = await puppeteer.launch({
  executablePath: chosen.executablePath,
  headless: chosen.headless,
  env: chosen.env,
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", ...chosen.args],
});
try {
  console.log(
    `bench:client — ${RUNS} cold loads each, CPU ÷${CPU_RATE}, ${(DOWN * 8) / 1e6} Mbps down / ${(UP * 8) / 1e3} kbps up, ${LATENCY_MS} ms per request${LIGHTHOUSE ? " (Lighthouse's DevTools throttling)" : ""}`,
  );
  console.log(`  before: ${load()}`);
  const problems: string[] = [];
  await coldLoad(browser, appUrl, problems); // warm-up: the server's first requests (JIT, caches), not counted
  const runs: Run[] = [];
  for (let i = 0; i < RUNS; i++) runs.push(await coldLoad(browser, appUrl, problems));
  const loginBytes = median(runs.map((r) => phases(r).loginBytes));
  const signInBytes = median(runs.map((r) => phases(r).signInBytes));
  const floor = await floorServer(loginBytes, signInBytes);
  const floors: Run[] = [];
  try {
    for (let i = 0; i < RUNS; i++) floors.push(await coldLoad(browser, floor.url, problems));
  } finally {
    await floor.close();
  }

  const interactive = median(runs.map((r) => r.interactive));
  const signIn = median(runs.map((r) => r.home - r.clicked));
  const floorInteractive = median(floors.map((r) => r.interactive));
  const floorSignIn = median(floors.map((r) => r.home - r.clicked));
  const p = runs.map(phases);
  const list = (xs: number[]) => xs.map((x) => Math.round(x)).join(", ");
  console.log(
    `  login page to interactive: median ${ms(interactive)} (runs ${list(runs.map((r) => r.interactive))}; first contentful paint ${ms(median(runs.map((r) => r.fcp)))})`,
  );
  console.log(`    ${kb(loginBytes)} in ${median(p.map((x) => x.login.length))} requests until interactive`);
  console.log(
    `    floor, one ${kb(loginBytes)} page from bare node:http: ${ms(floorInteractive)} (link alone: ${ms(LATENCY_MS + (loginBytes / DOWN) * 1000)}) — ratio ${(interactive / floorInteractive).toFixed(2)}`,
  );
  console.log(`  sign-in click to Главная: median ${ms(signIn)} (runs ${list(runs.map((r) => r.home - r.clicked))})`);
  console.log(`    ${kb(signInBytes)} in ${median(p.map((x) => x.signIn.length))} requests between the click and the content`);
  console.log(
    `    floor, one POST answering ${kb(signInBytes)} from bare node:http: ${ms(floorSignIn)} (link alone: ${ms(LATENCY_MS + (signInBytes / DOWN) * 1000)}) — ratio ${(signIn / floorSignIn).toFixed(2)}`,
  );
  console.log(
    `  page settled (network idle, service worker active) at median ${ms(median(runs.map((r) => r.settled)))}; the worker downloaded ${kb(median(p.map((x) => x.workerBytes)))} in ${median(p.map((x) => x.worker.length))} requests`,
  );
  console.log(
    `  targets: login ≤ ${TARGET.login} ms ${interactive <= TARGET.login ? "met" : "NOT met"}, sign-in ≤ ${TARGET.signIn} ms ${signIn <= TARGET.signIn ? "met" : "NOT met"}`,
  );
  console.log(`  after: ${load()}`);
  if (problems.length) console.log(`  problems seen:\n    ${[...new Set(problems)].join("\n    ")}`);
  if (WATERFALL) {
    runs.forEach((run, i) => {
      const x = phases(run);
      console.log(`  run ${i + 1}: interactive ${ms(run.interactive)}, click ${ms(run.clicked)}, Главная ${ms(run.home)}`);
      console.log(waterfall("login page (from navigation)", x.login, 0));
      console.log(waterfall("sign-in (from the click)", x.signIn, run.clicked));
      console.log(waterfall("service worker (from navigation)", x.worker, 0));
    });
  }
} finally {
  await browser.close();
  await server.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
}
