// Test databases: every suite runs on embedded PGlite, and also on PostgreSQL when
// TEST_DATABASE_URL is set — each open() gets a fresh, migrated database; close() drops it.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { openDatabase, type Database } from "../db/client.js";
import { applyMigrations } from "../db/migrate.js";

export interface TestBackend {
  name: "pglite" | "postgres";
  open(): Promise<Database>;
}

export function testDatabases(): TestBackend[] {
  const backends: TestBackend[] = [{ name: "pglite", open: openPgliteTestDb }];
  const url = process.env.TEST_DATABASE_URL;
  if (url) backends.push({ name: "postgres", open: () => openPostgresTestDb(url) });
  return backends;
}

async function openPgliteTestDb(): Promise<Database> {
  const db = await openDatabase({ dataDir: "memory://" });
  await applyMigrations(db.sql);
  return db;
}

async function openPostgresTestDb(adminUrl: string): Promise<Database> {
  const name = `kabinet_test_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const db = await openDatabase({ databaseUrl: url.toString(), dataDir: "", poolSize: 4 });
  await applyMigrations(db.sql);
  return {
    ...db,
    close: async () => {
      await db.close();
      const drop = new pg.Client({ connectionString: adminUrl });
      await drop.connect();
      await drop.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await drop.end();
    },
  };
}
