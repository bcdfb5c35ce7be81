// Several replicas of the server in one test process: each its own HTTP server, app, pool,
// pub/sub (Redis, with a per-test channel prefix) and messenger, all on one PostgreSQL
// database — what N containers behind a balancer look like, minus the containers.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { buildApp, type App } from "../app.js";
import { loadConfig } from "../config.js";
import type { Deps } from "../context.js";
import { openDatabase, type Database } from "../db/client.js";
import { startHttpServer, type RunningServer } from "../http/server.js";
import { readinessChecks } from "../ops/health.js";
import { testHooksHandler } from "../http/test-hooks-route.js";
import { createMessenger } from "../integrations/messaging/index.js";
import { createRedisPubSub, type RedisPubSub } from "../integrations/pubsub-redis.js";
import { fixedClock } from "../shared/clock.js";
import { cloneTemplate } from "./db-templates.js";

/** Set both to run the multi-replica tests (CI does); they skip otherwise. */
export const MULTI_INSTANCE_ENV = { databaseUrl: process.env.TEST_DATABASE_URL, redisUrl: process.env.REDIS_URL_TEST };

export interface SharedDatabase {
  url: string;
  /** A new connection pool to the database (one per replica). */
  open(): Promise<Database>;
  drop(): Promise<void>;
}

/** A fresh, migrated PostgreSQL database that several replicas connect to. */
export async function sharedPostgres(adminUrl: string): Promise<SharedDatabase> {
  const name = `kabinet_replicas_${randomBytes(5).toString("hex")}`;
  await cloneTemplate(adminUrl, name, "migrated");
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    open: () => openDatabase({ databaseUrl: url.toString(), dataDir: "", poolSize: 4 }),
    drop: async () => {
      const c = new pg.Client({ connectionString: adminUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

export interface Replica {
  name: string;
  url: string;
  wsUrl: string;
  deps: Deps;
  app: App;
  database: Database;
  redis: RedisPubSub;
  server: RunningServer;
  /** Graceful stop of this replica (HTTP, WebSockets, Redis, pool). */
  close(): Promise<void>;
}

export interface ReplicaOptions {
  name: string;
  shared: SharedDatabase;
  redisUrl: string;
  /** Shared by the replicas of one test, unique per test run. */
  channelPrefix: string;
  smtpUrl?: string;
  now: string;
}

export async function startReplica(o: ReplicaOptions): Promise<Replica> {
  const database = await o.shared.open();
  const config = loadConfig({ NODE_ENV: "test", PUBLIC_URL: "https://lk.example", ...(o.smtpUrl ? { SMTP_URL: o.smtpUrl } : {}) });
  const clock = fixedClock(o.now);
  const redis = await createRedisPubSub(o.redisUrl, { channelPrefix: o.channelPrefix, log: null });
  const messenger = createMessenger({ config, db: database.prisma, clock, log: null });
  const deps: Deps = { db: database.prisma, sql: database.sql, config, clock, pubsub: redis.pubsub, messenger };
  const app = buildApp(deps);
  const server = await startHttpServer(app, {
    port: 0,
    host: "127.0.0.1",
    clientDir: "/nonexistent",
    health: { database: async () => (await database.sql.query("SELECT 1")).length === 1, redis: () => redis.ping() },
    ready: readinessChecks({ sql: database.sql, redis }),
    testHooks: testHooksHandler(deps, true),
  });
  let closed = false;
  return {
    name: o.name,
    url: `http://127.0.0.1:${server.port}`,
    wsUrl: `ws://127.0.0.1:${server.port}/graphql`,
    deps,
    app,
    database,
    redis,
    server,
    close: async () => {
      if (closed) return;
      closed = true;
      await server.close(2_000);
      await redis.close();
      await database.close();
    },
  };
}

export const testChannelPrefix = () => `kabinet-test-${randomBytes(4).toString("hex")}:`;
