// `npm run build` (after `vite build client`): the server as one ES module, dist/server/main.js, run
// by plain node in production (server/start.mjs). Packages stay in node_modules (external); everything
// of ours — the Prisma client generated into server/db/generated included — is bundled. Files read at
// run time (prisma/migrations, client/dist) are found from the project folder (shared/project-root.ts).
// dist/server/build.json lists the bundle's inputs, so a start can tell a stale build.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { SERVER_MANIFEST } from "./build-freshness.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const outdir = path.join(root, "dist", "server");
const started = Date.now();

fs.rmSync(outdir, { recursive: true, force: true });
const result = await build({
  absWorkingDir: root,
  entryPoints: ["server/main.ts"],
  outfile: "dist/server/main.js",
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20.19",
  packages: "external",
  sourcemap: "linked", // stacks through `NODE_OPTIONS=--enable-source-maps` point at server/*.ts
  metafile: true,
  logLevel: "warning",
});
const inputs = Object.keys(result.metafile.inputs).sort();
// Stamped with the time the build began: a source saved during the build counts as newer.
fs.writeFileSync(path.join(root, SERVER_MANIFEST), `${JSON.stringify({ builtAt: started, inputs }, null, 1)}\n`);
const bytes = fs.statSync(path.join(outdir, "main.js")).size;
console.log(`dist/server/main.js: ${inputs.length} files, ${(bytes / 1024).toFixed(0)} KiB, ${Date.now() - started} ms`);
