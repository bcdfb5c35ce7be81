// `npm start`. Production (NODE_ENV=production): the build made by `npm run build`, with plain node —
// nothing is compiled or type-checked here, and a missing or stale build refuses to start. Otherwise:
// the TypeScript sources through tsx, as in development (the client is built on first start if missing).
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { buildProblem, SERVER_BUNDLE } from "./build-freshness.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

if (process.env.NODE_ENV === "production") {
  const problem = buildProblem(root);
  if (problem) {
    process.stderr.write(`${problem}: run \`npm run build\`\n`);
    process.exit(1);
  }
  await import(pathToFileURL(path.join(root, SERVER_BUNDLE)).href);
} else {
  const { register } = await import("tsx/esm/api");
  register();
  await import("./main.ts");
}
