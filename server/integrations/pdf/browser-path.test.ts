// The Chromium that PDFs and browser tests use on a machine with only Node: CHROME_PATH must name
// a real file; the bundled build unpacks once, safely when two processes start at the same time,
// and prints Cyrillic and the ruble sign in DejaVu Sans even where the system has no fonts at all.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import puppeteer from "puppeteer-core";
import { afterAll, describe, expect, it } from "vitest";
import { pdfText } from "../../test/pdf-text.js";
import { bundledChromium, isExecutableFile, resolveBrowser } from "./browser-path.js";
import { CHROMIUM_FLAGS } from "./chromium.js";

describe("which Chromium", () => {
  it("refuses a CHROME_PATH that names no executable, saying which path", async () => {
    await expect(resolveBrowser("/no/such/chromium")).rejects.toThrow("CHROME_PATH: no executable Chromium at /no/such/chromium");
    await expect(resolveBrowser(os.tmpdir())).rejects.toThrow(`no executable Chromium at ${os.tmpdir()}`); // a folder is no browser
  });

  it("takes CHROME_PATH as it is when it names an executable", async () => {
    const fake = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "kabinet-chrome-")), "chrome");
    fs.writeFileSync(fake, "#!/bin/sh\n", { mode: 0o755 });
    expect(await resolveBrowser(fake)).toMatchObject({ executablePath: fake, source: "CHROME_PATH", headless: true });
    fs.rmSync(path.dirname(fake), { recursive: true });
  });
});

describe("the bundled Chromium (@sparticuz/chromium)", () => {
  const cache = fs.mkdtempSync(path.join(os.tmpdir(), "kabinet-chromium-cache-"));
  afterAll(() => fs.rmSync(cache, { recursive: true, force: true }));

  it("unpacks once: two starts at the same time end with one whole copy and no leftovers", async () => {
    const [a, b] = await Promise.all([bundledChromium(cache), bundledChromium(cache)]);
    expect(a!.executablePath).toBe(b!.executablePath);
    expect(isExecutableFile(a!.executablePath)).toBe(true);
    const [version] = fs.readdirSync(cache);
    expect(fs.readdirSync(cache)).toEqual([version]); // the loser's staging folder is gone
    expect(fs.readdirSync(path.join(cache, version!, "fonts", "dejavu"))).toContain("DejaVuSans.ttf");
    const before = fs.statSync(a!.executablePath).mtimeMs;
    expect((await bundledChromium(cache)).executablePath).toBe(a!.executablePath); // the next start reuses it
    expect(fs.statSync(a!.executablePath).mtimeMs).toBe(before);
  }, 120_000);

  it("prints Cyrillic and ₽ in DejaVu Sans with no system fonts", async () => {
    const chosen = await bundledChromium(cache);
    // The machine's fonts left out: only what the cache holds.
    const conf = path.join(cache, "no-system-fonts.conf");
    fs.writeFileSync(conf, fs.readFileSync(chosen.env!.FONTCONFIG_FILE!, "utf8").replace(/^.*<include.*$/m, ""));
    const browser = await puppeteer.launch({
      executablePath: chosen.executablePath,
      headless: chosen.headless,
      args: [...CHROMIUM_FLAGS, ...chosen.args],
      env: { ...chosen.env, FONTCONFIG_FILE: conf },
    });
    try {
      const page = await browser.newPage();
      await page.setContent(
        `<body style='font-family:"DejaVu Sans",sans-serif'><h1>Квитанция № 0710000000-202610</h1><p>Итого к оплате: 1 984,23 ₽</p></body>`,
      );
      const pdf = await page.pdf({ format: "A4" });
      expect(await pdfText(pdf)).toBe("Квитанция № 0710000000-202610\nИтого к оплате: 1 984,23 ₽");
      const fonts = [
        ...Buffer.from(pdf)
          .toString("latin1")
          .matchAll(/\/FontName \/[A-Z]{6}\+([\w-]+)/g),
      ].map((m) => m[1]);
      expect(new Set(fonts)).toEqual(new Set(["DejaVuSans-Bold", "DejaVuSans"]));
    } finally {
      await browser.close();
    }
  }, 60_000);
});
