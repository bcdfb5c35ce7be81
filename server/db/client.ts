// Prisma client factory: PostgreSQL through @prisma/adapter-pg when a URL is given,
// embedded PGlite in a data folder otherwise. Both expose `exec` for the migration applier.
import fs from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaClient } from "./generated/prisma/client.js";
import { log } from "../shared/log.js";
import { LOCKS } from "./locks.js";

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
  /** PGlite only: the data folder as a tarball, for `loadDataDir` (test database images). */
  dumpDataDir?: () => Promise<Blob>;
  close(): Promise<void>;
}

export interface DbOptions {
  databaseUrl?: string;
  /** PGlite data folder; "memory://" for a throw-away database. */
  dataDir: string;
  poolSize?: number;
  /** PGlite only: start from this data folder image (`dumpDataDir`) instead of an empty one. */
  loadDataDir?: Blob;
}

export async function openDatabase(opts: DbOptions): Promise<Database> {
  return opts.databaseUrl ? openPostgres(opts.databaseUrl, opts.poolSize ?? 10) : openPglite(opts.dataDir, opts.loadDataDir);
}

async function openPglite(dataDir: string, loadDataDir?: Blob): Promise<Database> {
  if (!dataDir.startsWith("memory://")) fs.mkdirSync(dataDir, { recursive: true });
  const lite = await PGlite.create(dataDir, loadDataDir ? { loadDataDir } : {});
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
    dumpDataDir: () => lite.dumpDataDir("none"),
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
  pool.on("error", (err) => log.warn(`postgres: idle connection error: ${err.message}`));
  // pg-pool listens to a client only while it is idle; one checked out whose connection is
  // killed between two queries emits "error" to nobody, and an unheard "error" kills the
  // process. Every client keeps a listener for life: its owner sees the failure on its next
  // query, and guardCheckouts() returns the slot.
  pool.on("connect", (client) => void client.on("error", () => {}));
  guardCheckouts(pool);
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
  const sql: SqlRunner = {
    pool,
    exec: async (text) => void (await pool.query(text)),
    query: async (text, params, opts) =>
      (await pool.query(opts?.prepareAs ? { name: opts.prepareAs, text, values: params as unknown[] } : { text, values: params as unknown[] })).rows,
    transaction: async (fn) => {
      const { client, release } = await checkOut(pool);
      try {
        await client.query("BEGIN");
        const out = await fn(async (text, params) => (await client.query(text, params as unknown[])).rows);
        await client.query("COMMIT");
        return out;
      } catch (err) {
        await client.query("ROLLBACK").catch(() => {});
        throw err;
      } finally {
        release();
      }
    },
    withLock: async (fn) => {
      const { client, release } = await checkOut(pool);
      try {
        await client.query(`SELECT pg_advisory_lock(${LOCKS.migrations})`);
        return await fn();
      } finally {
        // A lost connection took its session lock with it.
        await client.query(`SELECT pg_advisory_unlock(${LOCKS.migrations})`).catch(() => {});
        release();
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

/**
 * A checked-out client whose connection died is released by pg-pool only when its user calls
 * release(); Prisma's interactive transaction does not when the COMMIT itself fails on a dead
 * connection ("Transaction already closed"), so each such kill would leak a pool slot until the
 * pool is empty and every request waits forever. A checked-out client whose connection ended
 * is therefore released (destroyed) a moment later, and release() is made idempotent so the
 * owner's late call is harmless. pool.query's own checkouts (callback style) are left alone.
 */
function guardCheckouts(pool: pg.Pool): void {
  const connect = pool.connect.bind(pool) as (cb?: unknown) => Promise<pg.PoolClient>;
  pool.connect = ((cb?: unknown) => {
    if (cb) return connect(cb);
    return connect().then((client) => {
      const release = client.release.bind(client);
      let released = false;
      let timer: NodeJS.Timeout | undefined;
      const onEnd = (err?: Error) => {
        if (!released && !timer) timer = setTimeout(() => client.release(err ?? new Error("connection ended")), 1000).unref();
      };
      const onEndEvent = () => onEnd();
      client.on("error", onEnd);
      client.on("end", onEndEvent);
      client.release = (err?: Error | boolean) => {
        if (released) return;
        released = true;
        clearTimeout(timer);
        client.removeListener("error", onEnd);
        client.removeListener("end", onEndEvent);
        release(err);
      };
      return client;
    });
  }) as typeof pool.connect;
}

/**
 * A client held between statements: pg-pool listens for its errors only while it is idle, and
 * a connection the server drops meanwhile (pg_terminate_backend, failover) emits "error" on it —
 * unheard, that would crash the process. Heard here, the client is destroyed on release.
 */
async function checkOut(pool: pg.Pool): Promise<{ client: pg.PoolClient; release(): void }> {
  const client = await pool.connect();
  let broken: Error | undefined;
  const onError = (err: Error) => void (broken = err);
  client.on("error", onError);
  return {
    client,
    release: () => {
      client.removeListener("error", onError);
      client.release(broken);
    },
  };
}

// SQLSTATE classes 08 (connection exception) and 57P (operator intervention: terminated,
// shutting down, cannot connect now), socket errors, and Prisma's "cannot reach" codes.
const UNAVAILABLE =
  /\b(08\d{3}|57P0[1-4]|ECONNREFUSED|ECONNRESET|EPIPE|ETIMEDOUT|P1001|P1002|P1017)\b|Connection terminated|connection error and is not queryable|terminating connection|Transaction already closed|Can't reach database/i;

/** True for an error caused by the database being unreachable or the connection lost (not by the request). */
export function isDatabaseUnavailable(err: unknown): boolean {
  for (let e: unknown = err, depth = 0; e && depth < 5; depth++) {
    const o = e as { message?: unknown; code?: unknown; meta?: unknown; cause?: unknown };
    if (UNAVAILABLE.test(`${String(o.code ?? "")} ${String(o.message ?? "")}`)) return true;
    if (o.meta && UNAVAILABLE.test(JSON.stringify(o.meta))) return true;
    e = o.cause;
  }
  return false;
}
