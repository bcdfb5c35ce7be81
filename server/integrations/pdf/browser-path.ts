// Which Chromium renders PDFs and runs the browser tests — one answer for the server, the tests
// and the benches: CHROME_PATH when set (it must exist), else the system's Chromium, else the one
// that `npm install` brought (@sparticuz/chromium, an optional dependency), so a machine with only
// Node needs nothing more. The bundled browser ships compressed: it is unpacked once into
// node_modules/.cache (next to the package it came from, shared by every process of this checkout,
// kept across restarts, gone with `rm -rf node_modules`), not into /tmp on every start as the
// package does by default.
import { execFile } from "node:child_process";
import fs from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { log } from "../../shared/log.js";

export const SYSTEM_CHROMIUM = ["/usr/bin/chromium", "/usr/bin/chromium-browser"];

/** How to launch the chosen browser with puppeteer-core: merge into the launch options. */
export interface BrowserLaunch {
  executablePath: string;
  /** The system's Chromium runs the new headless mode; the bundled build is chrome-headless-shell. */
  headless: true | "shell";
  /** Extra flags this browser needs, on top of the caller's own. */
  args: string[];
  /** The environment to start it in (the bundled build finds its fonts through FONTCONFIG_FILE). */
  env?: Record<string, string | undefined>;
  source: "CHROME_PATH" | "system" | "bundled";
}

/** An executable file at `file` (what CHROME_PATH must name). */
export function isExecutableFile(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

const chosen = new Map<string, Promise<BrowserLaunch>>();

/**
 * The browser to launch; `configured` is CHROME_PATH (the server passes its validated setting).
 * Resolved once per process (and per configured path), and logged then.
 */
export function resolveBrowser(configured: string | undefined = process.env.CHROME_PATH || undefined): Promise<BrowserLaunch> {
  const key = configured ?? "";
  let found = chosen.get(key);
  if (!found) {
    found = choose(configured).then((launch) => {
      log.info(
        { browser: launch.executablePath, source: launch.source },
        `PDFs and browser tests use ${launch.source === "bundled" ? "the bundled Chromium (@sparticuz/chromium)" : "Chromium"} at ${launch.executablePath}`,
      );
      return launch;
    });
    found.catch(() => chosen.delete(key)); // a failed unpack is tried again by the next caller
    chosen.set(key, found);
  }
  return found;
}

async function choose(configured: string | undefined): Promise<BrowserLaunch> {
  if (configured) {
    if (!isExecutableFile(configured)) throw new Error(`CHROME_PATH: no executable Chromium at ${configured}`);
    return { executablePath: configured, headless: true, args: [], source: "CHROME_PATH" };
  }
  const system = SYSTEM_CHROMIUM.find(isExecutableFile);
  if (system) return { executablePath: system, headless: true, args: [], source: "system" };
  return bundledChromium();
}

const require = createRequire(import.meta.url);
// Bump when the layout of the unpacked folder changes (so old caches are not reused).
const LAYOUT = 1;

/** The bundled Chromium, unpacked into `cacheDir` (default node_modules/.cache/kabinet-chromium) if not there yet. */
export async function bundledChromium(cacheDir?: string): Promise<BrowserLaunch> {
  let entry: string;
  try {
    entry = require.resolve("@sparticuz/chromium");
  } catch {
    throw new Error(
      `no Chromium: neither CHROME_PATH nor ${SYSTEM_CHROMIUM.join(" / ")} exists, and @sparticuz/chromium (an optional dependency) is not installed — run npm install, set CHROME_PATH or apt-get install chromium`,
    );
  }
  const pkgDir = packageDir(entry, "@sparticuz/chromium");
  const version = (JSON.parse(fs.readFileSync(path.join(pkgDir, "package.json"), "utf8")) as { version: string }).version;
  const dir = path.join(cacheDir ?? cacheRoot(pkgDir), `${version}-${LAYOUT}`);
  if (!fs.existsSync(path.join(dir, "chromium"))) await unpack(entry, dir);
  return {
    executablePath: path.join(dir, "chromium"),
    headless: "shell",
    // Of the package's recommended flags (chromium.args) only these fit here: the rest are for
    // AWS Lambda (--single-process, its GPU emulation) or switch off web security
    // (--disable-web-security, --allow-running-insecure-content), which the renderer's request
    // blocking and the browser tests' CSP checks rely on.
    args: ["--no-zygote", "--font-render-hinting=none"],
    env: { ...process.env, FONTCONFIG_FILE: path.join(dir, "fonts.conf") },
    source: "bundled",
  };
}

/** The folder of the package whose entry file is `entry` (the nearest package.json above it named `name`). */
function packageDir(entry: string, name: string): string {
  for (let dir = path.dirname(entry); path.dirname(dir) !== dir; dir = path.dirname(dir)) {
    const manifest = path.join(dir, "package.json");
    if (fs.existsSync(manifest) && (JSON.parse(fs.readFileSync(manifest, "utf8")) as { name?: string }).name === name) return dir;
  }
  throw new Error(`no package.json of ${name} above ${entry}`);
}

/** node_modules/.cache/kabinet-chromium (the node_modules holding the package), or the temp folder if that is read-only. */
function cacheRoot(pkgDir: string): string {
  const modules = path.resolve(pkgDir, "..", ".."); // node_modules/@sparticuz/chromium
  const inModules = path.join(modules, ".cache", "kabinet-chromium");
  try {
    fs.mkdirSync(inModules, { recursive: true });
    fs.accessSync(inModules, fs.constants.W_OK);
    return inModules;
  } catch {
    const tmp = path.join(os.tmpdir(), "kabinet-chromium");
    fs.mkdirSync(tmp, { recursive: true });
    return tmp;
  }
}

/** Unpack folders left by a process that was killed mid-way (each ~200 MB). */
function sweepStale(root: string): void {
  for (const name of fs.readdirSync(root)) {
    const stale = path.join(root, name);
    if (name.startsWith(".unpack-") && Date.now() - fs.statSync(stale).mtimeMs > 3_600_000) fs.rmSync(stale, { recursive: true, force: true });
  }
}

/**
 * Unpacks into a fresh folder beside `dir`, then renames it into place: processes that unpack at
 * the same time (parallel test files) each finish their own copy, one rename wins, the others drop
 * theirs — nobody ever sees a half-written browser.
 */
async function unpack(entry: string, dir: string): Promise<void> {
  const started = Date.now();
  fs.mkdirSync(path.dirname(dir), { recursive: true });
  sweepStale(path.dirname(dir));
  const staging = fs.mkdtempSync(path.join(path.dirname(dir), ".unpack-"));
  try {
    // The package unpacks into os.tmpdir() (TMPDIR): a child process with TMPDIR set to the
    // staging folder does it there, with the package's own code.
    const script = `require(${JSON.stringify(entry)}).executablePath().then((p) => process.stdout.write(p))`;
    const { stdout } = await promisify(execFile)(process.execPath, ["-e", script], { env: { ...process.env, TMPDIR: staging }, timeout: 120_000 });
    if (stdout !== path.join(staging, "chromium")) throw new Error(`@sparticuz/chromium unpacked to ${stdout}, not to ${staging}`);
    addFonts(staging, dir);
    try {
      fs.renameSync(staging, dir);
    } catch (e) {
      if (!fs.existsSync(path.join(dir, "chromium"))) throw e; // not another process's finished copy
    }
    log.info({ dir, ms: Date.now() - started }, `unpacked the bundled Chromium into ${dir} in ${Date.now() - started} ms`);
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
}

/**
 * The bundled build has only Open Sans (no ₽ sign) and, with no system fonts, prints blank text.
 * Documents ask for DejaVu Sans: copied from the dejavu-fonts-ttf package (the same 2.37 that
 * Debian's fonts-dejavu-core ships), so a PDF lays out the same everywhere. The system's own
 * fonts still come after, where there are any.
 */
function addFonts(staging: string, dir: string): void {
  const fonts = path.join(staging, "fonts", "dejavu");
  fs.mkdirSync(fonts, { recursive: true });
  let dejavu: string | null = null;
  try {
    dejavu = path.join(path.dirname(require.resolve("dejavu-fonts-ttf/package.json")), "ttf");
  } catch {
    // optional: without it the documents fall back to Open Sans
  }
  if (dejavu)
    for (const file of fs.readdirSync(dejavu))
      if (/^DejaVuSans(-Bold|-Oblique|-BoldOblique)?\.ttf$|^DejaVuSansMono/.test(file)) fs.copyFileSync(path.join(dejavu, file), path.join(fonts, file));
  const conf = `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <dir>${path.join(dir, "fonts")}</dir>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <cachedir>${path.join(dir, "fontconfig-cache")}</cachedir>
</fontconfig>
`;
  fs.writeFileSync(path.join(staging, "fonts.conf"), conf);
}
