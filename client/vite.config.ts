import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import zlib from "node:zlib";
import { defineConfig, type Plugin } from "vite";
import solid from "vite-plugin-solid";
import { VitePWA } from "vite-plugin-pwa";

// `vite build client` / `vite client` use this file; root is client/ so the
// server can serve client/dist as-is.
const root = fileURLToPath(new URL(".", import.meta.url));
const api = process.env.KABINET_API ?? "http://localhost:4000";

export default defineConfig({
  root,
  plugins: [solid(), pwa(), precompress()],
  build: {
    outDir: "dist",
    emptyOutDir: true,
    target: "es2022",
    // dist/.vite/manifest.json maps each source module to its chunk: the code-splitting browser
    // test reads it to tell the operators' console chunks apart (sirv does not serve dotfolders).
    manifest: true,
  },
  server: {
    port: 5173,
    proxy: {
      "/graphql": { target: api, ws: true, changeOrigin: true },
      "/dev": { target: api, changeOrigin: true },
    },
  },
});

/**
 * The installable app: the web app manifest and a Workbox service worker (dist/sw.js, served at
 * the root so its scope is the whole app) precaching the app shell — index.html and the built
 * scripts, styles and icons — so a reload without a connection still starts the app, which then
 * shows the last loaded data (src/lib/offline.ts). Navigations fall back to the cached
 * index.html except the server's own pages; the API is never cached (network only).
 * `injectRegister: "script-defer"` loads registerSW.js as a file: the CSP allows no inline script.
 */
function pwa() {
  return VitePWA({
    registerType: "autoUpdate",
    injectRegister: "script-defer",
    includeAssets: ["favicon.svg"],
    manifest: {
      name: "Личный кабинет клиента",
      short_name: "Личный кабинет",
      description: "Личный кабинет клиента АО «Газпром энергосбыт Тюмень»",
      lang: "ru",
      start_url: "/",
      scope: "/",
      display: "standalone",
      theme_color: "#0b4f9c", // index.html's meta theme-color
      background_color: "#ffffff",
      icons: [
        { src: "/icon-192.png", sizes: "192x192", type: "image/png", purpose: "any maskable" },
        { src: "/icon-512.png", sizes: "512x512", type: "image/png", purpose: "any maskable" },
      ],
    },
    workbox: {
      globPatterns: ["**/*.{js,css,html,svg,png,webmanifest}"],
      navigateFallback: "/index.html",
      navigateFallbackDenylist: [
        /^\/graphql/,
        /^\/documents\//,
        /^\/files\//,
        /^\/bank\//,
        /^\/sandbox-bank/,
        /^\/docs\//,
        /^\/dev\//,
        /^\/test-hooks\//,
        /^\/health/,
        /^\/metrics/,
        /^\/schema\.graphql/,
      ],
      cleanupOutdatedCaches: true,
      importScripts: ["/push-sw.js"], // Web Push: shows the notification, opens the app on a click
      // The first visit's page is taken over at once, so it works offline without a second visit.
      clientsClaim: true,
      skipWaiting: true,
    },
  });
}

/**
 * Writes name.br and name.gz next to each text asset after the build, so the server (sirv) sends
 * them compressed without compressing per request. A file is kept only when it came out smaller.
 */
function precompress(): Plugin {
  const brotli = promisify(zlib.brotliCompress);
  const gzip = promisify(zlib.gzip);
  let outDir = "";
  return {
    name: "kabinet-precompress",
    apply: "build",
    configResolved: (config) => void (outDir = path.resolve(config.root, config.build.outDir)),
    async closeBundle() {
      const files = fs.readdirSync(outDir, { recursive: true, encoding: "utf8" }).filter((f) => /\.(js|css|html|svg)$/.test(f));
      await Promise.all(
        files.map(async (name) => {
          const file = path.join(outDir, name);
          const raw = fs.readFileSync(file);
          const [br, gz] = await Promise.all([
            brotli(raw, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: raw.length } }),
            gzip(raw, { level: 9 }),
          ]);
          if (br.length < raw.length) fs.writeFileSync(`${file}.br`, br);
          if (gz.length < raw.length) fs.writeFileSync(`${file}.gz`, gz);
        }),
      );
      // What a first visit downloads: the scripts index.html loads and preloads (the routes'
      // own chunks come when they are visited).
      const html = fs.readFileSync(path.join(outDir, "index.html"), "utf8");
      const scripts = [...new Set([...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]!))];
      const gzipped = scripts.reduce((sum, f) => sum + zlib.gzipSync(fs.readFileSync(path.join(outDir, f)), { level: 9 }).length, 0);
      console.log(`first visit: ${scripts.length} scripts, ${(gzipped / 1024).toFixed(1)} KiB of JavaScript gzipped`);
    },
  };
}
