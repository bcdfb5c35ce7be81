// `npm start`: build the web client if missing, migrate, add missing reference data (catalog,
// appeal types, calendar), seed an empty database with the demo data if SEED_DEMO allows, then
// serve API + client on one port. Nothing else lives here.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { buildApp } from "./app.js";
import { loadConfig, settingsReport, type Config } from "./config.js";
import { openDatabase } from "./db/client.js";
import { applyMigrations } from "./db/migrate.js";
import { DEMO_IN_PRODUCTION_WARNING, isDatabaseEmpty, seedDemo, seedReference } from "./db/seed/index.js";
import { devOutboxToMount } from "./http/dev-outbox-route.js";
import { startHttpServer } from "./http/server.js";
import { documentsHandler } from "./http/documents-route.js";
import { appealFilesHandler } from "./http/appeal-files-route.js";
import { createPdfRenderer } from "./integrations/pdf/chromium.js";
import { startJobs } from "./jobs/schedule.js";
import { checkMessagingConfig, createMessenger } from "./integrations/messaging/index.js";
import { createAppPubSub } from "./integrations/pubsub.js";
import { createRedisPubSub } from "./integrations/pubsub-redis.js";
import { testHooksHandler } from "./http/test-hooks-route.js";
import { systemClock } from "./shared/clock.js";
import { createRateLimits } from "./shared/rate-limits.js";
import { bankRoutes, checkBankConfig, createBank } from "./integrations/bank/index.js";
import { applyBankEvent } from "./domains/payments/settle.js";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const CLIENT_DIR = path.join(ROOT, "client", "dist");

const DEV = process.env.KABINET_DEV === "1";

async function ensureClientBuilt() {
  if (DEV || fs.existsSync(path.join(CLIENT_DIR, "index.html"))) return;
  console.log("building the web client…");
  const { build } = await import("vite");
  await build({ configFile: path.join(ROOT, "client", "vite.config.ts"), logLevel: "warn" });
}

/** Settings that cannot work stop the start with their one-line reason (no stack). */
function startupConfig(): Config {
  try {
    const config = loadConfig();
    checkMessagingConfig(config); // production without SMTP / SMS gateway stops here
    checkBankConfig(config); // production without a bank (or an explicit sandbox), or its secret, stops here
    console.log(`settings:\n  ${settingsReport().join("\n  ")}`);
    return config;
  } catch (err) {
    console.error((err as Error).message);
    process.exit(1);
  }
}

async function main() {
  const config = startupConfig();
  await ensureClientBuilt();
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  const applied = await applyMigrations(database.sql);
  if (applied.length) console.log(`applied migrations: ${applied.join(", ")}`);
  const reference = await seedReference(database.prisma);
  if (reference.created) console.log(`reference data added (rows per part): ${JSON.stringify(reference.inserted)}`);
  if (config.seedDemo && (await isDatabaseEmpty(database.prisma))) {
    if (config.env === "production") console.warn(DEMO_IN_PRODUCTION_WARNING);
    console.log("empty database: seeding demo data…");
    await seedDemo(database.prisma);
  }
  const messenger = createMessenger({ config, db: database.prisma, clock: systemClock });
  // Several replicas: live updates fan out through Redis; one process: in memory.
  const redis = config.redisUrl ? await createRedisPubSub(config.redisUrl, { channelPrefix: config.redisChannelPrefix }) : null;
  const pubsub = redis?.pubsub ?? createAppPubSub();
  // The acquiring bank: the built-in sandbox (its pages and webhooks on this server) or a real bank.
  const bank = createBank(config, systemClock, database.prisma);
  // Send, registration and partner-key limits, shared by the replicas: Redis, else PostgreSQL, else memory.
  const rateLimits = createRateLimits({ sql: database.sql, redisUrl: config.redisUrl, keyPrefix: config.redisChannelPrefix });
  await rateLimits.ready;
  const deps = { db: database.prisma, sql: database.sql, config, clock: systemClock, pubsub, messenger, bank: bank.port, rateLimits };
  const app = buildApp(deps);
  const vite = DEV
    ? await (await import("vite")).createServer({
        configFile: path.join(ROOT, "client", "vite.config.ts"),
        server: { middlewareMode: true, hmr: { port: config.port + 1 } },
        appType: "spa",
      })
    : null;
  const pdf = createPdfRenderer({ executablePath: config.chromePath, ownOrigin: config.publicUrl });
  const server = await startHttpServer(app, {
    port: config.port,
    clientDir: CLIENT_DIR,
    clientMiddleware: vite ? vite.middlewares : undefined,
    health: {
      database: async () => (await database.sql.query("SELECT 1")).length === 1,
      ...(redis ? { redis: () => redis.ping() } : {}),
    },
    devOutbox: devOutboxToMount(config.env, messenger),
    documents: documentsHandler(deps, pdf),
    files: appealFilesHandler(deps), // storage: STORAGE_DRIVER (deps.storage falls back to it)
    bank: bankRoutes({ bank: bank.port, sandbox: bank.sandbox, onEvent: (event) => applyBankEvent(deps, event) }),
    // KABINET_TEST_HOOKS=1 (refused in production): browser tests and benchmarks trigger jobs.
    testHooks: testHooksHandler(deps, config.testHooks),
    // A REST bank's card page may be the target of a form post; the sandbox bank is same-origin.
    security: { publicUrl: config.publicUrl, formTargets: config.bank.apiUrl ? [new URL(config.bank.apiUrl).origin] : [], graphiql: config.env !== "production", viteDev: DEV },
  });
  const jobs = config.jobs ? startJobs(deps) : null;
  console.log(`kabinet listening on ${server.url} (${database.kind}${database.kind === "pglite" ? ` in ${config.dataDir}` : ""})`);
  if (messenger.outbox) console.log(`no SMTP_URL or SMS_GATEWAY_URL: such messages are printed here and listed at ${server.url}/dev/outbox`);

  let stopping = false;
  const stop = async (signal: string, exitCode = 0) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: shutting down…`);
    // A stuck dependency must not keep a replica half-alive forever.
    setTimeout(() => {
      console.error("shutdown took longer than 30 s: exiting");
      process.exit(1);
    }, 30_000).unref();
    // Stop taking work (health answers 503, no new connections, WebSockets told to go), let
    // requests and job runs in flight finish; only then close what they use.
    await Promise.all([jobs?.stop(), server.close()]);
    bank.sandbox?.close();
    await redis?.close();
    await rateLimits.close();
    await pdf.close();
    await vite?.close();
    await database.close();
    process.exit(exitCode);
  };
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));
  stopOnCrash = () => void stop("uncaughtException", 1);
}

// No request should ever get here (http/boundary.ts answers its failures). A lost rejection is
// logged and serving goes on; after an exception the state is unknown: stop gracefully, exit 1,
// and let the supervisor start a fresh process.
let stopOnCrash: () => void = () => process.exit(1);
process.on("unhandledRejection", (reason) => console.error("unhandled promise rejection:", reason));
process.on("uncaughtException", (err, origin) => {
  console.error(`${origin}: shutting down`, err);
  stopOnCrash();
});

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
