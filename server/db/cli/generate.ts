// `npm run db:generate -- --accounts N` (default 1000): migrates, adds N generated accounts
// with a year of history, and reports the time taken and the database size.
import { loadConfig } from "../../config.js";
import { openDatabase } from "../client.js";
import { generateAccounts } from "../generate.js";
import { applyMigrations } from "../migrate.js";

function option(name: string, fallback: number): number {
  const args = process.argv.slice(2);
  const i = args.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  if (i < 0) return fallback;
  const raw = args[i].includes("=") ? args[i].split("=")[1] : args[i + 1];
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) {
    console.error(`--${name} must be a non-negative integer, got ${raw ?? "nothing"}`);
    process.exit(2);
  }
  return n;
}

function formatBytes(bytes: number): string {
  const units = ["B", "kB", "MB", "GB", "TB"];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${value.toFixed(unit === 0 ? 0 : 1)} ${units[unit]}`;
}

const accounts = option("accounts", 1000);
const batch = option("batch", 10_000);
const config = loadConfig();
const db = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
try {
  const applied = await applyMigrations(db.sql);
  if (applied.length) console.log(`applied migrations: ${applied.join(", ")}`);
  const where = db.kind === "pglite" ? `PGlite in ${config.dataDir}` : "PostgreSQL";
  console.log(`generating ${accounts} accounts into ${where}, ${batch} per batch…`);
  const started = performance.now();
  const result = await generateAccounts(db, {
    accounts,
    batch,
    onProgress: (done) => {
      const s = (performance.now() - started) / 1000;
      console.log(`  ${String(done).padStart(String(accounts).length)} / ${accounts}  ${s.toFixed(1)} s`);
    },
  });
  const [{ size }] = await db.sql.query<{ size: string }>("SELECT pg_database_size(current_database()) AS size");
  const [{ total }] = await db.sql.query<{ total: string }>(`SELECT count(*) AS total FROM "Account"`);
  console.log(`generated ${result.accounts} accounts in ${(result.ms / 1000).toFixed(1)} s`);
  console.log(`accounts in the database: ${total}; database size: ${formatBytes(Number(size))}`);
} finally {
  await db.close();
}
