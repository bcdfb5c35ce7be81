// `npm run db:migrate`: applies pending migrations to the configured database
// (DATABASE_URL, or embedded PGlite in DATA_DIR) and names the ones it applied.
import { loadConfig } from "../../config.js";
import { openDatabase } from "../client.js";
import { applyMigrations } from "../migrate.js";

const config = loadConfig();
const db = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
try {
  const applied = await applyMigrations(db.sql);
  console.log(applied.length ? `applied: ${applied.join(", ")}` : "the database is up to date");
} finally {
  await db.close();
}
