import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import zlib from "node:zlib";
import { transformAsync } from "@babel/core";
import { babelOptimizerPlugin } from "@graphql-codegen/client-preset";
import { defineConfig, type Plugin } from "vite";
import solid from "vite-plugin-solid";
import { VitePWA } from "vite-plugin-pwa";

// `vite build client` / `vite client` use this file; root is client/ so the
// server can serve client/dist as-is.
const root = fileURLToPath(new URL(".", import.meta.url));
const api = process.env.KABINET_API ?? "http://localhost:4000";

export default defineConfig({
  root,
  plugins: [graphqlDocuments(), solid(), pwa(), precompress()],
  build: {
    outDir: "dist",
    emptyOutDir: true,
    target: "es2022",
    // dist/.vite/manifest.json maps each source module to its chunk: the code-splitting browser
    // test reads it to tell the operators' console chunks apart (sirv does not serve dotfolders).
    manifest: true,
    rolldownOptions: {
      output: {
        // Everything the first page runs in one chunk: a browser opens 6 connections to a host,
        // and the 7th file of a first visit waited for a free one, a round trip more.
        codeSplitting: { groups: [{ name: "first-page", tags: ["$initial"] }] },
      },
    },
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
 * Each GraphQL document becomes a module of its own, so a chunk carries only the documents its
 * code runs. graphql-codegen's `graphql()` (src/gql/gql.ts) looks documents up in a map of every
 * document of the app, and src/gql/graphql.ts holds them all in one module: either way all of them
 * went into the first page's script. Here codegen's babel plugin turns each `graphql(\`…\`)` call
 * into an import of its document, and every value import from src/gql/graphql (documents only:
 * enums are types) is served by a virtual module holding that one document.
 */
function graphqlDocuments(): Plugin {
  const artifactDirectory = path.join(root, "src/gql");
  const artifact = path.join(artifactDirectory, "graphql.ts");
  const PREFIX = "virtual:kabinet-gql/";
  let documents: Map<string, string> | null = null;
  const documentText = (name: string) => {
    documents ??= new Map(
      [...fs.readFileSync(artifact, "utf8").matchAll(/^export const (\w+) = (\{.*\}) as unknown as DocumentNode<.*$/gm)].map((m) => [m[1]!, m[2]!]),
    );
    return documents.get(name);
  };
  // `import { A, type B } from "../gql/graphql"`, on one line or several (`import type` is left alone).
  const IMPORT = /^import\s*\{([^}]*)\}\s*from\s*(["'][^"']*\/gql\/graphql["']);?/gm;
  const perDocument = (code: string) =>
    code.replace(IMPORT, (_all, names: string, from: string) => {
      const specifiers = names
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean);
      const types = specifiers.filter((s) => s.startsWith("type ")).map((s) => s.slice(5));
      const values = specifiers.filter((s) => !s.startsWith("type "));
      // Kept on the import's first line, so the lines below keep their numbers for the source map.
      const lines = names.split("\n").length - 1;
      return [...(types.length ? [`import type { ${types.join(", ")} } from ${from};`] : []), ...values.map((v) => `import { ${v} } from "${PREFIX}${v}";`)]
        .join(" ")
        .concat("\n".repeat(lines));
    });
  return {
    name: "kabinet-graphql-documents",
    enforce: "pre",
    resolveId: (id) => (id.startsWith(PREFIX) ? `\0${id}` : null),
    load(id) {
      if (!id.startsWith(`\0${PREFIX}`)) return null;
      const name = id.slice(PREFIX.length + 1);
      this.addWatchFile(artifact);
      const text = documentText(name);
      if (!text) this.error(`src/gql/graphql.ts has no document ${name}: run \`npm run codegen\``);
      return `export const ${name} = ${text};`;
    },
    watchChange: (id) => void (id === artifact && (documents = null)),
    async transform(code, id) {
      const file = id.replace(/\?.*$/, "");
      if (!/\.tsx?$/.test(file) || !file.startsWith(path.join(root, "src")) || file.startsWith(artifactDirectory)) return null;
      if (!code.includes("graphql(`") && !/\/gql\/graphql["']/.test(code)) return null;
      if (!code.includes("graphql(`")) return { code: perDocument(code), map: null };
      const out = await transformAsync(code, {
        filename: file,
        babelrc: false,
        configFile: false,
        sourceMaps: true,
        parserOpts: { plugins: file.endsWith(".tsx") ? ["typescript", "jsx"] : ["typescript"] },
        plugins: [[babelOptimizerPlugin, { artifactDirectory, gqlTagName: "graphql" }]],
      });
      return out?.code ? { code: perDocument(out.code), map: out.map } : null;
    },
  };
}

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
