// Whether the production build (`npm run build`) can be run as it is: the server bundle
// (dist/server, its inputs listed by esbuild in dist/server/build.json) and the web client
// (client/dist) and the API reference (dist/docs, server/api-docs/build.mjs) exist and are newer
// than every source they were built from. Plain JavaScript:
// server/start.mjs runs it before anything is compiled or loaded.
import fs from "node:fs";
import path from "node:path";

export const SERVER_BUNDLE = "dist/server/main.js";
export const SERVER_MANIFEST = "dist/server/build.json";
export const CLIENT_INDEX = "client/dist/index.html";
/** The API reference (served at /docs) and what it is built from: the schema and docs/api (config, guides, theme). */
export const API_DOCS_DIR = "dist/docs";
const API_DOCS_INDEX = `${API_DOCS_DIR}/index.html`;
const API_DOCS_SOURCES = ["schema.graphql", "docs/api"];
/** What the web client is built from (client/vite.config.ts's root is client/). */
const CLIENT_SOURCES = ["client/src", "client/public", "client/index.html", "client/vite.config.ts"];

const mtime = (file) => {
  try {
    return fs.statSync(file).mtimeMs;
  } catch {
    return null;
  }
};

/** The newest file under `entry` (a file or a folder): [path, mtime], or null when there is none. */
function newest(entry) {
  let stat;
  try {
    stat = fs.statSync(entry);
  } catch {
    return null;
  }
  if (!stat.isDirectory()) return [entry, stat.mtimeMs];
  let best = null;
  for (const name of fs.readdirSync(entry)) {
    const found = newest(path.join(entry, name));
    if (found && (!best || found[1] > best[1])) best = found;
  }
  return best;
}

/** Null when the build is usable, else what is wrong with it (one clause, for one line). */
export function buildProblem(root) {
  return serverBuildProblem(root) ?? assetsProblem(root);
}

/** The server bundle's part of buildProblem (benchmarks run the bundle the way production does). */
export function serverBuildProblem(root) {
  const at = (p) => path.join(root, p);
  const serverBuilt = mtime(at(SERVER_BUNDLE));
  if (serverBuilt === null || mtime(at(SERVER_MANIFEST)) === null) return `the server is not built (no ${SERVER_BUNDLE})`;
  let manifest;
  try {
    manifest = JSON.parse(fs.readFileSync(at(SERVER_MANIFEST), "utf8"));
  } catch {
    return `the server build is incomplete (${SERVER_MANIFEST} unreadable)`;
  }
  for (const input of manifest.inputs ?? []) {
    const changed = mtime(at(input));
    if (changed === null) return `the server build is older than the sources (${input} is gone)`;
    if (changed > manifest.builtAt) return `the server build is older than the sources (${input} changed after it)`;
  }
  return null;
}

/** The web client and the API reference. */
function assetsProblem(root) {
  const at = (p) => path.join(root, p);
  const clientBuilt = mtime(at(CLIENT_INDEX));
  if (clientBuilt === null) return `the web client is not built (no ${CLIENT_INDEX})`;
  for (const source of CLIENT_SOURCES) {
    const found = newest(at(source));
    if (found && found[1] > clientBuilt) return `the web client build is older than the sources (${path.relative(root, found[0])} changed after it)`;
  }
  const docsBuilt = mtime(at(API_DOCS_INDEX));
  if (docsBuilt === null) return `the API reference is not built (no ${API_DOCS_INDEX})`;
  for (const source of API_DOCS_SOURCES) {
    const found = newest(at(source));
    if (found && found[1] > docsBuilt) return `the API reference is older than the sources (${path.relative(root, found[0])} changed after it)`;
  }
  return null;
}
