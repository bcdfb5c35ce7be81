// `npm run db:seed`: migrates, adds whatever reference data is missing (always, production
// too), then the missing part of the demo data when SEED_DEMO allows (a second run changes
// nothing) and prints what it added.
import { loadConfig } from "../../config.js";
import { openDatabase } from "../client.js";
import { applyMigrations } from "../migrate.js";
import { DEMO_ASKUE_KEY, DEMO_IN_PRODUCTION_WARNING, seedDemo, seedReference } from "../seed/index.js";

const config = loadConfig();
const db = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
try {
  const applied = await applyMigrations(db.sql);
  if (applied.length) console.log(`applied migrations: ${applied.join(", ")}`);
  let started = performance.now();
  const reference = await seedReference(db.prisma);
  const refMs = Math.round(performance.now() - started);
  if (!reference.created) console.log(`reference data already present: nothing to add (${refMs} ms)`);
  else print(`reference data added in ${refMs} ms (rows per part):`, reference.inserted);

  // SEED_DEMO defaults to false in production: the demo's passwords and keys are public.
  if (!config.seedDemo) {
    console.log("SEED_DEMO=false: demo data not added (in production set SEED_DEMO=true explicitly)");
  } else {
    if (config.env === "production") console.warn(DEMO_IN_PRODUCTION_WARNING);
    started = performance.now();
    const { created, inserted } = await seedDemo(db.prisma);
    const ms = Math.round(performance.now() - started);
    if (!created) {
      console.log(`demo data already present: nothing to add (${ms} ms)`);
    } else {
      print(`demo data added in ${ms} ms (rows per part):`, inserted);
      console.log("sign in: 0710000000 / demo2026, debtor / debtor2026; staff: operator / operator2026, admin / admin2026");
      console.log(`АСКУЭ partner API key: ${DEMO_ASKUE_KEY}`);
    }
  }
} finally {
  await db.close();
}

function print(title: string, inserted: Record<string, number>) {
  console.log(title);
  for (const [part, rows] of Object.entries(inserted)) console.log(`  ${part.padEnd(16)} ${rows}`);
}
