// Prisma client factory: PostgreSQL through @prisma/adapter-pg when a URL is given,
// embedded PGlite in a data folder otherwise. Both expose `exec` for the migration applier.
import fs from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaClient } from "./generated/prisma/client.js";

export type Db = PrismaClient;

export interface QueryOptions {
  /** Hot, fixed statements: PostgreSQL parses and plans a named statement once per connection. */
  prepareAs?: string;
}

export type SqlQuery = <T = Record<string, unknown>>(sql: string, params?: unknown[]) => Promise<T[]>;

/** Raw SQL access below Prisma: multi-statement scripts (migrations, bulk generation). */
export interface SqlRunner {
  exec(sql: string): Promise<void>;
  query<T = Record<string, unknown>>(sql: string, params?: unknown[], opts?: QueryOptions): Promise<T[]>;
  /** One transaction on one connection, for hot paths written in SQL; rolled back if fn throws. */
  transaction<T>(fn: (query: SqlQuery) => Promise<T>): Promise<T>;
  /** Serialise migrators across processes (PostgreSQL advisory lock; PGlite is single-process). */
  withLock<T>(fn: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
  /** PostgreSQL only: the pool itself, for libraries that take one (the rate limiters' store). */
  pool?: pg.Pool;
}

export interface Database {
  prisma: PrismaClient;
  sql: SqlRunner;
  kind: "pglite" | "postgres";
  close(): Promise<void>;
}

export interface DbOptions {
  databaseUrl?: string;
  /** PGlite data folder; "memory://" for a throw-away database. */
  dataDir: string;
  poolSize?: number;
}

export async function openDatabase(opts: DbOptions): Promise<Database> {
  return opts.databaseUrl ? openPostgres(opts.databaseUrl, opts.poolSize ?? 10) : openPglite(opts.dataDir);
}

async function openPglite(dataDir: string): Promise<Database> {
  if (!dataDir.startsWith("memory://")) fs.mkdirSync(dataDir, { recursive: true });
  const lite = await PGlite.create(dataDir);
  // pglite-prisma-adapter pins its own copy of the adapter-utils types; the shapes match at runtime.
  const prisma = new PrismaClient({ adapter: new PrismaPGlite(lite) as never });
  const sql: SqlRunner = {
    exec: async (text) => void (await lite.exec(text)),
    query: async (text, params) => (await lite.query(text, params)).rows as never,
    // PGlite runs a transaction exclusively: other queries wait until it ends.
    transaction: (fn) => lite.transaction((tx) => fn(async (text, params) => (await tx.query(text, params)).rows as never)),
    withLock: (fn) => fn(),
    close: async () => {},
  };
  return {
    prisma,
    sql,
    kind: "pglite",
    close: async () => {
      await prisma.$disconnect();
      await lite.close();
    },
  };
}

async function openPostgres(url: string, max: number): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max });
  // An idle connection dropped by the server (restart, failover) must not crash the process;
  // the pool replaces it on the next query.
  pool.on("error", (err) => console.warn(`postgres: idle connection error: ${err.message}`));
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
  const sql: SqlRunner = {
    pool,
    exec: async (text) => void (await pool.query(text)),
    query: async (text, params, opts) =>
      (await pool.query(opts?.prepareAs ? { name: opts.prepareAs, text, values: params as unknown[] } : { text, values: params as unknown[] })).rows,
    transaction: async (fn) => {
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        const out = await fn(async (text, params) => (await client.query(text, params as unknown[])).rows);
        await client.query("COMMIT");
        return out;
      } catch (err) {
        await client.query("ROLLBACK").catch(() => {});
        throw err;
      } finally {
        client.release();
      }
    },
    withLock: async (fn) => {
      const client = await pool.connect();
      try {
        await client.query("SELECT pg_advisory_lock(727274)");
        return await fn();
      } finally {
        await client.query("SELECT pg_advisory_unlock(727274)").catch(() => {});
        client.release();
      }
    },
    close: async () => {},
  };
  return {
    prisma,
    sql,
    kind: "postgres",
    close: async () => {
      await prisma.$disconnect();
      await pool.end();
    },
  };
}
