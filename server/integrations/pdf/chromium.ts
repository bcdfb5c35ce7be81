// PDF rendering with Chromium (puppeteer-core; which one: browser-path.ts): one browser, launched
// on first use and reused; a small pool of pages so concurrent requests don't each pay a launch (~0.4 s).
import puppeteer, { type Browser, type Page } from "puppeteer-core";
import { resolveBrowser } from "./browser-path.js";

export const CHROMIUM_FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-dev-shm-usage",
];

export interface PdfRenderer {
  render(html: string, opts?: { landscape?: boolean }): Promise<Uint8Array>;
  close(): Promise<void>;
  /** Pages open and idle, renders waiting for a page (the metrics' pool gauges). */
  use(): { total: number; idle: number; waiting: number };
}

/**
 * `executablePath`: CHROME_PATH (else the system's or the bundled Chromium, see browser-path.ts).
 * `ownOrigin`: the app's origin (PUBLIC_URL), whose resources a document may load; every other
 * request (another host, a loopback port, file:) is aborted before it leaves the browser.
 */
export function createPdfRenderer(opts: { executablePath?: string; pages?: number; ownOrigin?: string } = {}): PdfRenderer {
  const size = opts.pages ?? 2;
  const own = opts.ownOrigin ? new URL(opts.ownOrigin).origin : null;
  const allowed = (url: string) => url.startsWith("data:") || url.startsWith("about:") || (own !== null && URL.canParse(url) && new URL(url).origin === own);
  let browser: Promise<Browser> | null = null;
  // Each launch is a generation: pages of a browser that died (killed, crashed) are never
  // reused — neither from the idle list nor handed to a waiter — the next one relaunches it.
  let generation = 0;
  const born = new WeakMap<Page, number>();
  const idle: Page[] = [];
  let open = 0;
  const waiting: { resolve(p: Page): void; reject(e: unknown): void }[] = [];

  const getBrowser = () =>
    (browser ??= resolveBrowser(opts.executablePath)
      .then((chosen) =>
        puppeteer.launch({ executablePath: chosen.executablePath, headless: chosen.headless, args: [...CHROMIUM_FLAGS, ...chosen.args], env: chosen.env }),
      )
      .then((b) => {
        b.on("disconnected", () => void ((generation += 1), (browser = null), (idle.length = 0), (open = 0)));
        return b;
      })
      .catch((e) => {
        browser = null; // a failed launch is retried by the next request
        throw e;
      }));

  const alive = (p: Page) => born.get(p) === generation && !p.isClosed();

  async function newPage(): Promise<Page> {
    open += 1;
    try {
      const b = await getBrowser();
      const at = generation;
      const p = await b.newPage();
      born.set(p, at);
      // Documents are self-contained HTML: nothing may be fetched from outside.
      await p.setJavaScriptEnabled(false);
      await p.setRequestInterception(true);
      p.on("request", (request) => void (allowed(request.url()) ? request.continue() : request.abort("blockedbyclient")).catch(() => {}));
      return p;
    } catch (e) {
      open = Math.max(0, open - 1);
      throw e;
    }
  }

  async function acquire(): Promise<Page> {
    for (let page = idle.pop(); page; page = idle.pop()) if (alive(page)) return page;
    if (open < size) return newPage();
    return new Promise((resolve, reject) => waiting.push({ resolve, reject }));
  }

  function release(page: Page) {
    const next = waiting.shift();
    if (alive(page)) {
      if (next) next.resolve(page);
      else idle.push(page);
    } else if (next) {
      newPage().then(next.resolve, next.reject); // the dead page's slot goes to a fresh page
    }
  }

  return {
    async render(html, o = {}) {
      const page = await acquire();
      try {
        await page.setContent(html, { waitUntil: "load" });
        return await page.pdf({
          format: "A4",
          landscape: !!o.landscape,
          printBackground: true,
          margin: { top: "12mm", bottom: "12mm", left: "10mm", right: "10mm" },
        });
      } finally {
        release(page);
      }
    },
    use: () => ({ total: open, idle: idle.length, waiting: waiting.length }),
    async close() {
      const b = browser;
      browser = null;
      if (b) await (await b).close().catch(() => {});
    },
  };
}
