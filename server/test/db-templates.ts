// PostgreSQL test databases are copies (CREATE DATABASE … TEMPLATE) of a template migrated once
// per key (db-key.ts), kabinet_template_<variant>_<key>. It is built under a temporary name and
// renamed when complete, under an advisory lock, so parallel test files build it once and a
// crashed build is never copied. Templates refuse connections (a copy needs the source idle).
// Templates of other keys — other branches sharing the server — are dropped once unused for a day.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { openDatabase } from "../db/client.js";
import { databaseKey, fillDatabase, type DbVariant } from "./db-key.js";

const BUILD_LOCK = 727275; // migrate.ts holds 727274 inside each database
const TEMPLATE_PREFIX = "kabinet_template_";
const BUILD_PREFIX = "kabinet_template_build_";
const DROP_UNUSED_AFTER_MS = 24 * 3600_000;

/** Creates database `name` as a copy of the `variant` template, building that first if needed. */
export async function cloneTemplate(adminUrl: string, name: string, variant: DbVariant): Promise<void> {
  const template = `${TEMPLATE_PREFIX}${variant}_${databaseKey(variant)}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    for (let attempt = 1; ; attempt++) {
      if (!(await exists(admin, template))) await build(admin, adminUrl, template, variant);
      try {
        await admin.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
        // When it was last copied, for dropping templates nobody uses (best effort).
        await admin.query(`COMMENT ON DATABASE ${template} IS '${new Date().toISOString()}'`).catch(() => {});
        return;
      } catch (err) {
        // Dropped by another branch's cleanup between the check and the copy: build it again.
        if (attempt >= 3 || (await exists(admin, template))) throw err;
      }
    }
  } finally {
    await admin.end();
  }
}

async function exists(admin: pg.Client, db: string): Promise<boolean> {
  return (await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [db])).rowCount === 1;
}

async function build(admin: pg.Client, adminUrl: string, template: string, variant: DbVariant): Promise<void> {
  await admin.query("SELECT pg_advisory_lock($1)", [BUILD_LOCK]);
  try {
    if (await exists(admin, template)) return; // built while this one waited
    await dropLeftovers(admin, template);
    const temp = `${BUILD_PREFIX}${randomBytes(5).toString("hex")}`;
    await admin.query(`CREATE DATABASE ${temp}`);
    const url = new URL(adminUrl);
    url.pathname = `/${temp}`;
    const db = await openDatabase({ databaseUrl: url.toString(), dataDir: "", poolSize: 2 });
    try {
      await fillDatabase(db, variant);
    } finally {
      await db.close();
    }
    await admin.query(`ALTER DATABASE ${temp} RENAME TO ${template}`);
    await admin.query(`ALTER DATABASE ${template} WITH ALLOW_CONNECTIONS false`);
    await admin.query(`COMMENT ON DATABASE ${template} IS '${new Date().toISOString()}'`);
  } finally {
    await admin.query("SELECT pg_advisory_unlock($1)", [BUILD_LOCK]).catch(() => {});
  }
}

/** Under the build lock: half-built templates (their builder died) and templates of other keys unused for a day. */
async function dropLeftovers(admin: pg.Client, keep: string): Promise<void> {
  const { rows } = await admin.query<{ datname: string; note: string | null }>(
    `SELECT datname, shobj_description(oid, 'pg_database') AS note FROM pg_database WHERE datname LIKE 'kabinet\\_template\\_%'`,
  );
  for (const { datname, note } of rows) {
    const lastUsed = Date.parse(note ?? "");
    const stale = datname.startsWith(BUILD_PREFIX) || (datname !== keep && !(Date.now() - lastUsed < DROP_UNUSED_AFTER_MS));
    if (stale) await admin.query(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`).catch(() => {});
  }
}
