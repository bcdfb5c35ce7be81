// The server process (`npm start` → server/start.mjs: tsx in development, the build in production):
// in development build the web client if missing; migrate (MIGRATE_ON_START), add missing reference
// data (catalog, appeal types, calendar), seed an empty database with the demo data if SEED_DEMO
// allows, then serve API + client on one port (and /metrics, see ops/). Nothing else lives here.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { buildApp } from "./app.js";
import { loadConfig, settingsReport, type Config } from "./config.js";
import { openDatabase } from "./db/client.js";
import { applyMigrations, pendingMigrations } from "./db/migrate.js";
import { DEMO_IN_PRODUCTION_WARNING, isDatabaseEmpty, seedDemo, seedReference } from "./db/seed/index.js";
import { devOutboxToMount } from "./http/dev-outbox-route.js";
import { startHttpServer } from "./http/server.js";
import { documentsHandler } from "./http/documents-route.js";
import { appealFilesHandler } from "./http/appeal-files-route.js";
import { resolveBrowser } from "./integrations/pdf/browser-path.js";
import { apiDocsRoutes } from "./http/api-docs-route.js";
import { printSdl } from "./graphql/schema.js";
import { createPdfRenderer } from "./integrations/pdf/chromium.js";
import { startJobs } from "./jobs/schedule.js";
import { checkMessagingConfig, createMessenger } from "./integrations/messaging/index.js";
import { createAppPubSub } from "./integrations/pubsub.js";
import { createRedisPubSub } from "./integrations/pubsub-redis.js";
import { testHooksHandler } from "./http/test-hooks-route.js";
import { systemClock } from "./shared/clock.js";
import { apiRequestLimits, createRateLimits } from "./shared/rate-limits.js";
import { bankRoutes, checkBankConfig, createBank } from "./integrations/bank/index.js";
import { applyBankEvent } from "./domains/payments/settle.js";
import { createLogger, log, setRootLogger } from "./shared/log.js";
import { PROJECT_ROOT as ROOT } from "./shared/project-root.js";
import { createMetrics } from "./ops/metrics.js";
import { metricsHandler, startMetricsServer } from "./ops/metrics-route.js";
import { outboxStates } from "./ops/outbox-states.js";
import { readinessChecks } from "./ops/health.js";

const CLIENT_DIR = path.join(ROOT, "client", "dist");
const API_DOCS_DIR = path.join(ROOT, "dist", "docs"); // build-freshness.mjs API_DOCS_DIR

const DEV = process.env.KABINET_DEV === "1";

/** Development only: production runs the build as it is (server/start.mjs refuses a missing or stale one). */
async function ensureClientBuilt(config: Config) {
  if (DEV || config.env === "production" || fs.existsSync(path.join(CLIENT_DIR, "index.html"))) return;
  log.info("building the web client…");
  const { build } = await import("vite");
  await build({ configFile: path.join(ROOT, "client", "vite.config.ts"), logLevel: "warn" });
}

/** Development only, like the client: the API reference at /docs (SpectaQL, a few seconds) when missing. */
function ensureApiDocsBuilt(config: Config) {
  if (config.env === "production" || fs.existsSync(path.join(API_DOCS_DIR, "index.html"))) return;
  log.info("building the API reference (/docs)…");
  const run = spawnSync(process.execPath, [path.join(ROOT, "server", "api-docs", "build.mjs")], { cwd: ROOT, encoding: "utf8" });
  if (run.status !== 0) log.warn(`the API reference was not built (/docs answers 503): ${run.stderr.trim().split("\n").at(-1)}`);
}

/** Settings that cannot work stop the start with their one-line reason (no stack). */
function startupConfig(): Config {
  try {
    const config = loadConfig();
    checkMessagingConfig(config); // production without SMTP / SMS gateway stops here
    checkBankConfig(config); // production without a bank (or an explicit sandbox), or its secret, stops here
    setRootLogger(createLogger({ env: config.env, level: config.logLevel }));
    const settings = Object.fromEntries(settingsReport().map((line) => [line.slice(0, line.indexOf("=")), line.slice(line.indexOf("=") + 1)]));
    log.info({ settings }, "settings");
    return config;
  } catch (err) {
    refuse((err as Error).message);
  }
}

/** A start that cannot go on: one line for the person starting it (no JSON, no stack), exit 1. */
function refuse(line: string): never {
  process.stderr.write(`${line}\n`);
  process.exit(1);
}

async function main() {
  const config = startupConfig();
  await ensureClientBuilt(config);
  ensureApiDocsBuilt(config);
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  if (config.migrateOnStart) {
    // Replicas starting together take turns (an advisory lock); the first applies, the others find nothing to do.
    const applied = await applyMigrations(database.sql);
    if (applied.length) log.info({ migrations: applied }, `applied migrations: ${applied.join(", ")}`);
  } else {
    const pending = await pendingMigrations(database.sql);
    if (pending.length)
      refuse(`MIGRATE_ON_START=false and ${pending.length} migration(s) not applied (${pending.join(", ")}): run \`npm run db:migrate\` first`);
  }
  const reference = await seedReference(database.prisma);
  if (reference.created) log.info({ rows: reference.inserted }, "reference data added (rows per part)");
  if (config.seedDemo && (await isDatabaseEmpty(database.prisma))) {
    if (config.env === "production") log.warn(DEMO_IN_PRODUCTION_WARNING);
    log.info("empty database: seeding demo data…");
    await seedDemo(database.prisma);
  }
  // Prometheus series of this process (ops/metrics.ts); levels are read at scrape time from their owners.
  const metrics = createMetrics({ processMetrics: true });
  metrics.sources.dbPool = () => {
    const pool = database.sql.pool;
    return pool ? { total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount } : null;
  };
  metrics.sources.outbox = outboxStates(database.sql);
  const messenger = createMessenger({ config, db: database.prisma, clock: systemClock });
  // Several replicas: live updates fan out through Redis; one process: in memory.
  const redis = config.redisUrl
    ? await createRedisPubSub(config.redisUrl, { channelPrefix: config.redisChannelPrefix, onLag: (seconds) => metrics.pubsubLag.observe(seconds) })
    : null;
  const pubsub = redis?.pubsub ?? createAppPubSub();
  // The acquiring bank: the built-in sandbox (its pages and webhooks on this server) or a real bank.
  const bank = createBank(config, systemClock, database.prisma);
  // Send, registration and partner-key limits, shared by the replicas: Redis, else PostgreSQL, else memory.
  const rateLimits = createRateLimits({
    sql: database.sql,
    redisUrl: config.redisUrl,
    keyPrefix: config.redisChannelPrefix,
    limits: apiRequestLimits(config.apiRateLimit),
  });
  await rateLimits.ready;
  const deps = { db: database.prisma, sql: database.sql, config, clock: systemClock, pubsub, messenger, bank: bank.port, rateLimits, metrics };
  const app = buildApp(deps);
  const vite = DEV
    ? await (await import("vite")).createServer({
        configFile: path.join(ROOT, "client", "vite.config.ts"),
        server: { middlewareMode: true, hmr: { port: config.port + 1 } },
        appType: "spa",
      })
    : null;
  const pdf = createPdfRenderer({ executablePath: config.chromePath, ownOrigin: config.publicUrl });
  metrics.sources.pdfPool = () => pdf.use();
  // Which browser prints PDFs is logged now, and the bundled one unpacked now (once, ~3 s) rather than in a customer's first download.
  resolveBrowser(config.chromePath).catch((err: unknown) => log.warn({ err }, "no Chromium for PDFs: document downloads will fail until one is available"));
  // /metrics: on METRICS_PORT when set; else on the main port, which production allows only behind METRICS_TOKEN.
  const serveMetrics = metricsHandler(metrics.registry, config.metricsToken);
  const metricsServer = config.metricsPort ? await startMetricsServer(config.metricsPort, serveMetrics) : null;
  const metricsOnMain = !metricsServer && (config.env !== "production" || !!config.metricsToken);
  const server = await startHttpServer(app, {
    port: config.port,
    clientDir: CLIENT_DIR,
    clientMiddleware: vite ? vite.middlewares : undefined,
    health: {
      database: async () => (await database.sql.query("SELECT 1")).length === 1,
      ...(redis ? { redis: () => redis.ping() } : {}),
    },
    ready: readinessChecks({ sql: database.sql, redis }),
    metrics: metricsOnMain ? serveMetrics : undefined,
    devOutbox: devOutboxToMount(config.env, messenger),
    documents: documentsHandler(deps, pdf),
    files: appealFilesHandler(deps), // storage: STORAGE_DRIVER (deps.storage falls back to it)
    apiDocs: apiDocsRoutes({ dir: API_DOCS_DIR, sdl: printSdl }), // production too: introspection is off there
    bank: bankRoutes({ bank: bank.port, sandbox: bank.sandbox, onEvent: (event) => applyBankEvent(deps, event) }),
    // KABINET_TEST_HOOKS=1 (refused in production): browser tests and benchmarks trigger jobs.
    testHooks: testHooksHandler(deps, config.testHooks),
    // A REST bank's card page may be the target of a form post; the sandbox bank is same-origin.
    security: {
      publicUrl: config.publicUrl,
      formTargets: config.bank.apiUrl ? [new URL(config.bank.apiUrl).origin] : [],
      graphiql: config.env !== "production",
      viteDev: DEV,
    },
  });
  const jobs = config.jobs ? startJobs(deps) : null;
  // performance.now() counts from the process's start: the whole start-up, module loading included.
  const startupMs = Math.round(performance.now());
  log.info(
    { url: server.url, database: database.kind, startupMs, runtime: import.meta.url.endsWith(".js") ? "build" : "tsx" },
    `kabinet listening on ${server.url} (${database.kind}${database.kind === "pglite" ? ` in ${config.dataDir}` : ""}), ${startupMs} ms after the process started`,
  );
  if (metricsServer) log.info(`metrics on port ${metricsServer.port} at /metrics${config.metricsToken ? " (Bearer METRICS_TOKEN)" : ""}`);
  else if (metricsOnMain) log.info(`metrics at ${server.url}/metrics${config.metricsToken ? " (Bearer METRICS_TOKEN)" : ""}`);
  else log.warn("/metrics is not served: set METRICS_TOKEN (main port, Bearer) or METRICS_PORT");
  if (messenger.outbox) log.info(`no SMTP_URL or SMS_GATEWAY_URL: such messages are printed here and listed at ${server.url}/dev/outbox`);

  let stopping = false;
  const stop = async (signal: string, exitCode = 0) => {
    if (stopping) return;
    stopping = true;
    log.info(`${signal}: shutting down…`);
    // A stuck dependency must not keep a replica half-alive forever.
    setTimeout(() => {
      log.error("shutdown took longer than 30 s: exiting");
      process.exit(1);
    }, 30_000).unref();
    // Stop taking work (health answers 503, no new connections, WebSockets told to go), let
    // requests and job runs in flight finish; only then close what they use.
    await Promise.all([jobs?.stop(), server.close(), metricsServer?.close()]);
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
process.on("unhandledRejection", (reason) => log.error({ err: reason }, "unhandled promise rejection"));
process.on("uncaughtException", (err, origin) => {
  log.fatal({ err }, `${origin}: shutting down`);
  stopOnCrash();
});

main().catch((err) => {
  log.fatal({ err }, "start failed");
  process.exit(1);
});
