// Generated databases that benchmarks keep between runs: building a million accounts takes
// tens of minutes, so a dataset is made once (demo seed + N generated accounts) and reused.
// A marker row is written last, so an interrupted build is dropped and started again.
import pg from "pg";
import { openDatabase } from "../db/client.js";
import { generateAccounts } from "../db/generate.js";
import { applyMigrations } from "../db/migrate.js";
import { seedDemo } from "../db/seed/index.js";
import { ADMIN_URL } from "./support.js";

export async function generatedDataset(name: string, accounts: number): Promise<string> {
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  try {
    const exists = (await admin.query(`SELECT 1 FROM pg_database WHERE datname = $1`, [name])).rowCount! > 0;
    if (exists && (await isComplete(url.toString(), accounts))) return url.toString();
    if (exists) await admin.query(`DROP DATABASE ${name} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  console.log(`building dataset ${name}: ${accounts} generated accounts (once; later runs reuse it)…`);
  const started = performance.now();
  const db = await openDatabase({ databaseUrl: url.toString(), dataDir: "" });
  try {
    await applyMigrations(db.sql);
    await seedDemo(db.prisma);
    let shown = 0;
    await generateAccounts(db, {
      accounts,
      onProgress: (done) => {
        if (done - shown >= accounts / 10 || done === accounts) {
          shown = done;
          console.log(`  ${done} / ${accounts} accounts, ${((performance.now() - started) / 1000).toFixed(0)} s`);
        }
      },
    });
    await db.sql.exec(`ANALYZE; CREATE TABLE _bench_dataset (accounts int NOT NULL); INSERT INTO _bench_dataset VALUES (${accounts})`);
  } finally {
    await db.close();
  }
  return url.toString();
}

async function isComplete(url: string, accounts: number): Promise<boolean> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const r = await c.query(`SELECT accounts FROM _bench_dataset`);
    return r.rows[0]?.accounts === accounts;
  } catch {
    return false;
  } finally {
    await c.end();
  }
}
