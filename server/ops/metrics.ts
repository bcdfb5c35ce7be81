// Prometheus metrics (prom-client), one registry per app instance (tests build several apps in one
// process). Events are counted where they happen (HTTP, GraphQL, jobs, pub/sub); levels that
// already live somewhere (WebSocket clients, pool sizes, the response cache's counters, the outbox
// table) are read at scrape time through `sources`, which the owners fill in as they start.
// Served at /metrics by http/server.ts (token or own port: ops/metrics-route.ts).
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from "prom-client";

export interface PoolUse {
  total: number;
  idle: number;
  waiting: number;
}

export interface OutboxState {
  state: string;
  count: number;
  /** Age of the oldest message in that state, seconds. */
  oldestAgeSec: number;
}

/** Read at scrape time; each is set by whoever owns the thing (server, database, renderer, app). */
export interface MetricSources {
  wsConnections?: () => number;
  wsSubscriptions?: () => number;
  dbPool?: () => PoolUse | null;
  pdfPool?: () => PoolUse | null;
  responseCache?: () => { hits: number; misses: number };
  outbox?: () => Promise<OutboxState[]>;
}

const PREFIX = "kabinet_";
/** Latency buckets, seconds: a cached home query (~1 ms) to a slow PDF (10 s). */
const LATENCY = [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
/** Distinct operation names kept as labels; beyond that (made-up names) they count as "other". */
const MAX_OPERATIONS = 300;

export type Metrics = ReturnType<typeof createMetrics>;

export function createMetrics(opts: { processMetrics?: boolean } = {}) {
  const registry = new Registry();
  const sources: MetricSources = {};
  // Node's own (CPU, memory, event-loop lag, GC) for the process that serves; not for tests' apps.
  if (opts.processMetrics) collectDefaultMetrics({ register: registry, prefix: PREFIX });
  const registers = [registry];

  const gauge = (name: string, help: string, read: () => number | null | undefined) =>
    new Gauge({
      name: PREFIX + name,
      help,
      registers,
      collect() {
        const v = read();
        if (typeof v === "number") this.set(v);
      },
    });
  /** A counter kept elsewhere as a running total, copied on scrape. */
  const total = (name: string, help: string, read: () => number | undefined) =>
    new Counter({
      name: PREFIX + name,
      help,
      registers,
      collect() {
        const v = read();
        if (v === undefined) return;
        this.reset();
        this.inc(v);
      },
    });

  const series = {
    httpDuration: new Histogram({
      name: `${PREFIX}http_request_duration_seconds`,
      help: "HTTP requests by route, method and status",
      labelNames: ["route", "method", "status"],
      buckets: LATENCY,
      registers,
    }),
    graphqlDuration: new Histogram({
      name: `${PREFIX}graphql_operation_duration_seconds`,
      help: "GraphQL operations by name, type, transport and outcome (ok | error)",
      labelNames: ["operation", "type", "transport", "outcome"],
      buckets: LATENCY,
      registers,
    }),
    graphqlErrors: new Counter({
      name: `${PREFIX}graphql_errors_total`,
      help: "GraphQL errors by operation and extensions.code",
      labelNames: ["operation", "code"],
      registers,
    }),
    pubsubLag: new Histogram({
      name: `${PREFIX}pubsub_delivery_lag_seconds`,
      help: "From publish (any replica) to delivery to this replica's listeners, through Redis",
      buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 5],
      registers,
    }),
    jobRuns: new Counter({
      name: `${PREFIX}job_runs_total`,
      help: "Scheduled job runs by job and outcome (ok | failed)",
      labelNames: ["job", "outcome"],
      registers,
    }),
    jobFailures: new Counter({ name: `${PREFIX}job_failures_total`, help: "Scheduled job runs that threw, by job", labelNames: ["job"], registers }),
    jobDuration: new Histogram({
      name: `${PREFIX}job_duration_seconds`,
      help: "Scheduled job run time by job",
      labelNames: ["job"],
      buckets: [0.01, 0.1, 0.5, 1, 5, 15, 60, 300, 1800],
      registers,
    }),
    wsConnections: gauge("ws_connections", "Open WebSocket (graphql-ws) connections", () => sources.wsConnections?.() ?? 0),
    wsSubscriptions: gauge("ws_subscriptions", "Active subscriptions over WebSocket", () => sources.wsSubscriptions?.() ?? 0),
    cacheHits: total("response_cache_hits_total", "Header and home queries answered from the response cache", () => sources.responseCache?.().hits),
    cacheMisses: total("response_cache_misses_total", "Cacheable queries that had to be executed", () => sources.responseCache?.().misses),
    dbPoolTotal: gauge("db_pool_connections", "PostgreSQL pool: open connections (absent on PGlite)", () => sources.dbPool?.()?.total),
    dbPoolIdle: gauge("db_pool_idle_connections", "PostgreSQL pool: idle connections", () => sources.dbPool?.()?.idle),
    dbPoolWaiting: gauge("db_pool_waiting_requests", "PostgreSQL pool: queries waiting for a connection", () => sources.dbPool?.()?.waiting),
    pdfPages: gauge("pdf_pages_open", "Chromium pages open for PDF rendering", () => sources.pdfPool?.()?.total ?? 0),
    pdfIdle: gauge("pdf_pages_idle", "Chromium pages idle", () => sources.pdfPool?.()?.idle ?? 0),
    pdfWaiting: gauge("pdf_renders_waiting", "PDF renders waiting for a Chromium page", () => sources.pdfPool?.()?.waiting ?? 0),
  };
  // The outbox by state, read from the database on scrape (one grouped query on the status index),
  // shared by its two gauges (a scrape collects them concurrently). The database away: no values.
  let reading: Promise<OutboxState[] | null> | null = null;
  const outboxRows = () => (reading ??= (sources.outbox?.() ?? Promise.resolve([])).catch(() => null).finally(() => setImmediate(() => (reading = null))));
  const outboxGauge = (name: string, help: string, value: (r: OutboxState) => number) =>
    new Gauge({
      name: PREFIX + name,
      help,
      labelNames: ["state"],
      registers,
      async collect() {
        const rows = await outboxRows();
        this.reset();
        for (const r of rows ?? []) this.set({ state: r.state }, value(r));
      },
    });
  outboxGauge("outbox_messages", "E-mails and SMS not sent yet (PENDING) or given up (FAILED), by state", (r) => r.count);
  outboxGauge("outbox_oldest_message_age_seconds", "Age of the oldest message by state, seconds", (r) => r.oldestAgeSec);

  const operations = new Set<string>();
  /** The label for an operation name: bounded, so made-up names cannot grow the series without end. */
  const operationLabel = (name: string | null | undefined): string => {
    if (!name) return "anonymous";
    if (!/^[A-Za-z_][A-Za-z0-9_]{0,63}$/.test(name)) return "other";
    if (operations.has(name)) return name;
    if (operations.size >= MAX_OPERATIONS) return "other";
    operations.add(name);
    return name;
  };

  return { registry, sources, operationLabel, ...series };
}
