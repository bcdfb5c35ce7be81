// `npm run schema`: writes schema.graphql (or checks it with --check, exit 1 when stale).
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { printSdl } from "./schema.js";

export const SCHEMA_FILE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../schema.graphql");

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const sdl = printSdl();
  if (process.argv.includes("--check")) {
    const current = fs.existsSync(SCHEMA_FILE) ? fs.readFileSync(SCHEMA_FILE, "utf8") : "";
    if (current !== sdl) {
      console.error("schema.graphql is stale: run `npm run schema`");
      process.exit(1);
    }
  } else {
    fs.writeFileSync(SCHEMA_FILE, sdl);
    console.log(`wrote ${path.relative(process.cwd(), SCHEMA_FILE)}`);
  }
}
