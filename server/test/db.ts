// Test databases: every suite runs on embedded PGlite, and also on PostgreSQL when
// TEST_DATABASE_URL is set — each open() gets a fresh, migrated database of its own; close() drops it.
// Migrating costs seconds per database, so it is done once per migration set: PGlite databases
// start from a saved data-folder image (db-images.ts), PostgreSQL ones are copied from a
// template database (db-templates.ts). `{ demo: true }` also carries the demo seed at DEMO_NOW.
// Suites are named "… on $name"; the run summary counts the ones that ran "on pglite" only.
// withTestDatabase() gives a suite its own database from beforeAll to afterAll.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll } from "vitest";
import { openDatabase, type Database } from "../db/client.js";
import { pgliteImage } from "./db-images.js";
import { cloneTemplate } from "./db-templates.js";

export { DEMO_NOW } from "./db-key.js";

export interface OpenOptions {
  /** The demo seed at DEMO_NOW, as `seedDemo(prisma, { now: DEMO_NOW })` leaves it. */
  demo?: boolean;
}

export interface TestBackend {
  name: "pglite" | "postgres";
  open(opts?: OpenOptions): Promise<Database>;
}

export function testDatabases(): TestBackend[] {
  const backends: TestBackend[] = [{ name: "pglite", open: openPgliteTestDb }];
  const url = process.env.TEST_DATABASE_URL;
  if (url) backends.push({ name: "postgres", open: (opts) => openPostgresTestDb(url, opts) });
  return backends;
}

async function openPgliteTestDb(opts: OpenOptions = {}): Promise<Database> {
  return openDatabase({ dataDir: "memory://", loadDataDir: await pgliteImage(opts.demo ? "demo" : "migrated") });
}

async function openPostgresTestDb(adminUrl: string, opts: OpenOptions = {}): Promise<Database> {
  const name = `kabinet_test_${randomBytes(6).toString("hex")}`;
  await cloneTemplate(adminUrl, name, opts.demo ? "demo" : "migrated");
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const db = await openDatabase({ databaseUrl: url.toString(), dataDir: "", poolSize: 4 });
  return {
    ...db,
    close: async () => {
      // A pool waits for its checked-out clients; one still held by work the suite left running
      // (a sandbox webhook retry, a job's last notice) must not hang the teardown: after 10 s
      // the DROP … WITH (FORCE) below ends those connections.
      await Promise.race([db.close(), new Promise((resolve) => setTimeout(resolve, 10_000).unref())]);
      const drop = new pg.Client({ connectionString: adminUrl });
      await drop.connect();
      await drop.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await drop.end();
    },
  };
}

export interface TestDatabaseOptions extends OpenOptions {
  /** The database to run on, e.g. a row of describe.each(testDatabases()); default: PGlite. */
  backend?: TestBackend;
  /** The suite's own data, in the same beforeAll once the database is open. */
  seed?: (database: Database) => Promise<unknown> | unknown;
  /** Timeout of that beforeAll (a long seed). */
  timeout?: number;
}

/**
 * A fresh database for the suite it is called in: opened (and seeded) in beforeAll, closed in
 * afterAll. The handle is usable at once — `createX(database.prisma)` inside a test — but only
 * from beforeAll on; closing it in a test is allowed (afterAll then does nothing).
 */
export function withTestDatabase(opts: TestDatabaseOptions = {}): Database {
  const { backend = testDatabases()[0]!, seed, timeout, ...open } = opts;
  const suite = suiteDatabase();
  beforeAll(async () => {
    suite.set(await backend.open(open));
    await seed?.(suite.database);
  }, timeout);
  afterAll(() => suite.close());
  return suite.database;
}

/** A stable stand-in for a database opened later, in a hook: it forwards to the open one. */
export function suiteDatabase(): { database: Database; set(db: Database): void; close(): Promise<void> } {
  let current: Database | undefined;
  let closing: Promise<void> | undefined;
  const open = (): Database => {
    if (!current) throw new Error("the suite's database is opened in beforeAll: use it inside hooks and tests");
    return current;
  };
  const close = () => (closing ??= current ? current.close() : Promise.resolve());
  const database: Database = {
    get prisma() {
      return open().prisma;
    },
    get sql() {
      return open().sql;
    },
    get kind() {
      return open().kind;
    },
    get dumpDataDir() {
      return open().dumpDataDir;
    },
    close,
  };
  return { database, set: (db) => void (current = db), close };
}
