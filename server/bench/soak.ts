// `npm run bench:soak`: BENCH_SOAK_SECONDS (default 600) of mixed load on PostgreSQL and Redis
// through the real server — home queries, partner readings, payments paid on the sandbox bank's
// card page (its webhooks settle them), questions with a PDF upload, and BENCH_SOAK_SUBSCRIBERS
// (default 1000) graphql-ws subscribers hearing a broadcast every 2 s — with, in the middle, one
// pg_terminate_backend purge of the server's backends and one CLIENT KILL of the server's own
// Redis connections (found by their local ports: the Redis server is shared, never restarted).
// Prints per operation: count, errors by code (inside / outside the faults' windows), p50/p99,
// and the server's RSS and heap at start, middle and end.
import fs from "node:fs";
import { createClient } from "graphql-ws";
import { Redis } from "ioredis";
import pg from "pg";
import WebSocket from "ws";
import { openDatabase } from "../db/client.js";
import { generateAccounts } from "../db/generate.js";
import { applyMigrations } from "../db/migrate.js";
import { DEMO_ASKUE_KEY, seedDemo } from "../db/seed/index.js";
import { hashPassword } from "../domains/identity/password.js";
import { startTestSmtp } from "../test/smtp.js";
import { ADMIN_URL, fmt, freshDatabase, percentile, postJson, startServer } from "./support.js";

const SECONDS = Number(process.env.BENCH_SOAK_SECONDS ?? 600);
const SUBSCRIBERS = Number(process.env.BENCH_SOAK_SUBSCRIBERS ?? 1000);
const REDIS_URL = process.env.REDIS_URL ?? "redis://127.0.0.1:6379";
const ACCOUNTS = Number(process.env.BENCH_ACCOUNTS ?? 2000);
const USERS = 100;
/** Errors this long after a fault count as the fault's. */
const FAULT_WINDOW_MS = 10_000;

const gid = (type: string, id: number) => Buffer.from(`${type}:${id}`).toString("base64");
const HOME = `query Home { viewer { id login unreadNotificationCount activeAccount { id number amountDue { asOf total } activeNotices(first: 100) { nodes { kind } } } } companyNews(first: 4) { nodes { id title } } }`;
const READINGS = `mutation($i: MeterReadingsSubmitInput!) { meterReadingsSubmit(input: $i) { readings { zone } userErrors { code } } }`;
const PAY = `mutation($input: PaymentCreateInput!) { paymentCreate(input: $input) { confirmationUrl userErrors { code message } } }`;
const QUESTION = `mutation($input: AppealQuestionSubmitInput!) { appealQuestionSubmit(input: $input) { appeal { number } userErrors { code message } } }`;

// ---- statistics --------------------------------------------------------------------------
const faults: number[] = [];
/** Per fault: when its window saw its last error. */
const lastError: number[] = [];
const inFault = (t: number) => faults.some((f) => t >= f && t < f + FAULT_WINDOW_MS);
type Stat = { latencies: number[]; errors: Map<string, { inFault: number; outside: number }> };
const stats = new Map<string, Stat>();
const stat = (op: string) => stats.get(op) ?? (stats.set(op, { latencies: [], errors: new Map() }), stats.get(op)!);
class OpError extends Error {
  constructor(
    readonly code: string,
    detail: string,
  ) {
    super(detail);
  }
}
const codeOf = (err: unknown) =>
  err instanceof OpError
    ? err.code
    : /^HTTP (\d+)/.exec((err as Error).message)?.[1]
      ? `HTTP ${/^HTTP (\d+)/.exec((err as Error).message)![1]}`
      : ((err as NodeJS.ErrnoException).code ?? "ERROR");
/** GraphQL errors as an OpError with the first code. */
function gql(r: any, pick: (d: any) => any): any {
  if (r.errors?.length) throw new OpError(r.errors[0].extensions?.code ?? "GRAPHQL", JSON.stringify(r.errors).slice(0, 200));
  const v = pick(r.data);
  if (v?.userErrors?.length) throw new OpError(`user:${v.userErrors[0].code}`, JSON.stringify(v.userErrors));
  return v;
}
async function timed(op: string, run: () => Promise<void>) {
  const t0 = performance.now();
  try {
    await run();
    stat(op).latencies.push(performance.now() - t0);
  } catch (err) {
    const code = codeOf(err);
    const e = stat(op).errors.get(code) ?? { inFault: 0, outside: 0 };
    if (inFault(Date.now())) {
      if (e.inFault++ === 0) console.log(`  ${op} error ${code} (fault window): ${(err as Error).message.slice(0, 200)}`);
      const k = faults.filter((f) => Date.now() >= f).length - 1;
      lastError[k] = Math.max(lastError[k] ?? 0, Date.now());
    } else {
      e.outside++;
      if (e.outside <= 3) console.log(`  ${op} error ${code}: ${(err as Error).message.slice(0, 200)}`);
    }
    stat(op).errors.set(code, e);
  }
}

// ---- data --------------------------------------------------------------------------------
const fresh = await freshDatabase("kabinet_bench_soak");
const db = await openDatabase({ databaseUrl: fresh.url, dataDir: "" });
const dbName = new URL(fresh.url).pathname.slice(1);
await applyMigrations(db.sql);
await seedDemo(db.prisma);
await generateAccounts(db, { accounts: ACCOUNTS });
const hash = await hashPassword("bench2026");
await db.sql.query(
  `WITH spread AS (SELECT id, row_number() OVER (ORDER BY id) AS n FROM "Account" WHERE number ~ '^9' ORDER BY id LIMIT $1),
   users AS (INSERT INTO "User" (login, "passwordHash", "activeAccountId", email, "emailConfirmedAt", "updatedAt")
             SELECT 'soak_' || n, $2, id, 'soak_' || n || '@example.com', now(), now() FROM spread RETURNING id, "activeAccountId")
   INSERT INTO "UserAccount" ("userId", "accountId") SELECT id, "activeAccountId" FROM users`,
  [USERS, hash],
);
const meters = await db.sql.query<{ id: number; accountId: number; zones: string[]; last: Record<string, string> }>(`
  SELECT m.id, m."accountId", m.zones::text[] AS zones, jsonb_object_agg(r.zone, r.value) AS last
    FROM "Meter" m
    JOIN LATERAL (SELECT DISTINCT ON (zone) zone::text, value FROM "MeterReading" WHERE "meterId" = m.id AND status = 'ACCEPTED' ORDER BY zone, period DESC) r ON true
   WHERE m.status = 'ACTIVE' AND m."blockedReason" IS NULL GROUP BY m.id`);

const prefix = `kabinet-soak-${process.pid}:`;
// The memory figures are taken after a full GC in the server: live memory, not garbage's timing.
process.env.BENCH_NODE_FLAGS = `--expose-gc ${process.env.BENCH_NODE_FLAGS ?? ""}`;
const smtp = await startTestSmtp(); // receipts and appeal mails go somewhere that answers
const server = await startServer({
  DATABASE_URL: fresh.url,
  REDIS_URL,
  REDIS_CHANNEL_PREFIX: prefix,
  SMTP_URL: smtp.url,
  READINGS_WINDOW: "1-31",
  NODE_ENV: "test",
  KABINET_TEST_HOOKS: "1",
  SANDBOX_BANK_DUPLICATE_RATE: "0",
  UPLOAD_TMP_DIR: `/tmp/${dbName}-spool`,
  STORAGE_DIR: `/tmp/${dbName}-files`,
});
const redisAdmin = new Redis(REDIS_URL);
const admin = new pg.Client({ connectionString: ADMIN_URL });
await admin.connect();
const memory = async () => {
  const res = await fetch(`${server.url}/test-hooks/memory?gc=1`);
  const m = (await res.json()) as NodeJS.MemoryUsage;
  return { rss: m.rss / 2 ** 20, heap: m.heapUsed / 2 ** 20 };
};

try {
  const people: { id: number; token: string; accountId: string; retailer: string | null }[] = [];
  for (const u of await db.sql.query<{ id: number; login: string }>(`SELECT id, login FROM "User" WHERE login LIKE 'soak\\_%' ORDER BY id`)) {
    const r = await postJson(`${server.url}/graphql`, {
      query: `mutation($l: String!) { sessionCreate(input: { login: $l, password: "bench2026" }) { session { accessToken } } }`,
      variables: { l: u.login },
    });
    const token = r.data.sessionCreate.session.accessToken as string;
    const acc = (
      await postJson(
        `${server.url}/graphql`,
        { query: `{ viewer { activeAccount { id amountDueBySupplier { supplierId supplierKind } } } }` },
        { authorization: `Bearer ${token}` },
      )
    ).data.viewer.activeAccount;
    const retailer =
      acc.amountDueBySupplier.find((s: { supplierKind: string }) => s.supplierKind === "RETAILER")?.supplierId ??
      acc.amountDueBySupplier[0]?.supplierId ??
      null;
    people.push({ id: u.id, token, accountId: acc.id, retailer });
  }
  const payers = people.filter((p) => p.retailer);

  // Subscribers, spread over the customers; graphql-ws clients that retry on their own.
  let heard = 0;
  const clients = Array.from({ length: SUBSCRIBERS }, (_, i) => {
    const p = people[i % people.length]!;
    const client = createClient({
      url: `${server.url.replace("http", "ws")}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${p.token}` },
      retryAttempts: Infinity,
      lazy: false,
    });
    // Only the broadcasts count (payments and appeals raise notifications of their own).
    client.subscribe(
      { query: "subscription { notificationAdded { title } }" },
      { next: (v: any) => void (v.data?.notificationAdded?.title === "Нагрузка" && heard++), error: () => {}, complete: () => {} },
    );
    return client;
  });
  await new Promise((r) => setTimeout(r, 3_000));

  const pdf = Buffer.alloc(64 * 1024, 0x20);
  pdf.write("%PDF-1.7\n");
  pdf.write("%%EOF", pdf.length - 5);
  const ops: Record<string, (i: number) => Promise<void>> = {
    home: async (i) =>
      void gql(
        await postJson(`${server.url}/graphql`, { query: HOME }, { authorization: `Bearer ${people[i % people.length]!.token}` }),
        (d) => d.viewer.activeAccount,
      ),
    readings: async (i) => {
      const m = meters[i % meters.length]!;
      const round = Math.floor(i / meters.length) + 1;
      const readings = m.zones.map((zone) => ({ meterId: gid("Meter", m.id), zone, value: (Number(m.last[zone] ?? 0) + round).toFixed(3) }));
      gql(
        await postJson(
          `${server.url}/graphql`,
          { query: READINGS, variables: { i: { accountId: gid("Account", m.accountId), readings, confirmOverLimit: true } } },
          { "x-api-key": DEMO_ASKUE_KEY },
        ),
        (d) => d.meterReadingsSubmit,
      );
    },
    payment: async (i) => {
      const p = payers[i % payers.length]!;
      const r = gql(
        await postJson(
          `${server.url}/graphql`,
          {
            query: PAY,
            variables: {
              input: { accountId: p.accountId, items: [{ supplierId: p.retailer, amount: "10.00" }], idempotencyKey: `soak-${i}-${Math.random()}` },
            },
          },
          { authorization: `Bearer ${p.token}` },
        ),
        (d) => d.paymentCreate,
      );
      const page = new URL(r.confirmationUrl).pathname;
      const res = await fetch(`${server.url}${page}`, {
        method: "POST",
        redirect: "manual",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({ pan: "2200 0000 0000 0004", expiry: "12/28", cvc: "123", action: "pay" }).toString(),
      });
      await res.arrayBuffer();
      if (res.status !== 303) throw new Error(`HTTP ${res.status} from the card page`);
    },
    appeal: async (i) => {
      const p = people[i % people.length]!;
      const form = new FormData();
      form.set(
        "operations",
        JSON.stringify({
          query: QUESTION,
          variables: { input: { accountId: p.accountId, text: `Нагрузка ${i}`, files: [null], consentPersonalData: true, consentSimpleSignature: true } },
        }),
      );
      form.set("map", JSON.stringify({ 0: ["variables.input.files.0"] }));
      form.set("0", new File([pdf], "скан.pdf", { type: "application/pdf" }));
      const res = await fetch(`${server.url}/graphql`, { method: "POST", headers: { authorization: `Bearer ${p.token}` }, body: form });
      if (res.status >= 300) throw new Error(`HTTP ${res.status}: ${(await res.text()).slice(0, 200)}`);
      gql(await res.json(), (d) => d.appealQuestionSubmit);
    },
    broadcast: async () => {
      const res = await fetch(`${server.url}/test-hooks/notifications`, {
        method: "POST",
        body: JSON.stringify({ userIds: people.map((p) => p.id), title: "Нагрузка", body: "Сообщение" }),
      });
      if (res.status !== 200) throw new Error(`HTTP ${res.status}: ${await res.text()}`);
      await res.arrayBuffer();
      broadcasts++;
    },
  };
  // Loops per operation: concurrency, pause between iterations (ms). Readings stay under the
  // partner key's limit (600 a minute): past it they are refused with 429, by design.
  const plan: [string, number, number][] = [
    ["home", 8, 0],
    ["readings", 1, 110],
    ["payment", 2, 50],
    ["appeal", 1, 200],
    ["broadcast", 1, 2_000],
  ];

  const startedAt = new Date();
  const memStart = await memory();
  let memMiddle = memStart;
  const started = Date.now();
  const end = started + SECONDS * 1000;
  let broadcasts = 0;
  const loops = plan.flatMap(([op, concurrency, pause]) =>
    Array.from({ length: concurrency }, async () => {
      for (let i = 0; Date.now() < end; i++) {
        await timed(op, () => ops[op]!(i * concurrency + Math.floor(Math.random() * 1e6)));

        if (pause) await new Promise((r) => setTimeout(r, pause));
      }
    }),
  );
  // The faults, in the middle: PostgreSQL first, Redis a third of the way after it.
  const faultsDone = (async () => {
    await new Promise((r) => setTimeout(r, (SECONDS * 1000) / 2 - 1_000));
    memMiddle = await memory();
    faults.push(Date.now());
    const killed = await admin.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()`, [dbName]);
    console.log(`t+${((Date.now() - started) / 1000).toFixed(0)} s: terminated ${killed.rowCount} PostgreSQL backends of ${dbName}`);
    await new Promise((r) => setTimeout(r, Math.min(15_000, (SECONDS * 1000) / 6)));
    faults.push(Date.now());
    const ports = serverRedisPorts(server.child.pid!);
    let n = 0;
    for (const port of ports)
      n += Number(
        await redisAdmin.client("KILL", "ADDR", `127.0.0.1:${port}`).then(
          () => 1,
          () => 0,
        ),
      );
    console.log(`t+${((Date.now() - started) / 1000).toFixed(0)} s: killed ${n} Redis connections of the server (of ${ports.length} found)`);
  })();
  await Promise.all([...loops, faultsDone]);
  await new Promise((r) => setTimeout(r, 2_000)); // the last broadcast's deliveries
  const memEnd = await memory();

  console.log(
    `\n${SECONDS} s, ${SUBSCRIBERS} subscribers over ${people.length} customers, ${ACCOUNTS} generated accounts; faults at ${faults.map((f) => `t+${((f - started) / 1000).toFixed(0)} s`).join(", ")}`,
  );
  for (const [op, s] of stats) {
    s.latencies.sort((a, b) => a - b);
    const errs = [...s.errors].map(([code, e]) => `${code} ${e.outside}${e.inFault ? ` (+${e.inFault} in faults)` : ""}`).join(", ") || "none";
    console.log(
      `${op.padEnd(10)} ok ${String(s.latencies.length).padStart(6)}  p50 ${fmt(percentile(s.latencies, 50)).padStart(6)} ms  p99 ${fmt(percentile(s.latencies, 99)).padStart(7)} ms  errors: ${errs}`,
    );
  }
  // After the last error inside a fault window every operation went on succeeding (else it shows above).
  const after = faults.map((f, k) => (lastError[k] ? `${fmt((lastError[k]! - f) / 1000)} s` : "no error")).join(", ");
  console.log(`last error after each fault: ${after}`);
  console.log(
    `subscriptions: ${heard} notifications heard of ${broadcasts * SUBSCRIBERS} broadcast (${fmt((100 * heard) / Math.max(1, broadcasts * SUBSCRIBERS))} %)`,
  );
  const paid = await db.sql.query<{ status: string; n: number }>(
    `SELECT status::text, count(*)::int AS n FROM "Payment" WHERE "createdAt" >= $1 GROUP BY status ORDER BY status`,
    [startedAt],
  );
  console.log(`payments by status (webhooks settled): ${paid.map((r) => `${r.status} ${r.n}`).join(", ")}`);
  for (const [label, m] of [
    ["start", memStart],
    ["middle", memMiddle],
    ["end", memEnd],
  ] as const)
    console.log(`server memory at ${label.padEnd(6)} (after a GC): RSS ${fmt(m.rss)} MB, heap ${fmt(m.heap)} MB`);
  console.log(`RSS end vs middle: ${fmt((100 * (memEnd.rss - memMiddle.rss)) / memMiddle.rss)} % (target within 15 %)`);
  await Promise.all(clients.map((c) => c.dispose()));
} finally {
  await server.stop();
  redisAdmin.disconnect();
  await admin.end();
  await smtp.close();
  await db.close();
  await fresh.drop();
  for (const d of [`/tmp/${dbName}-spool`, `/tmp/${dbName}-files`]) fs.rmSync(d, { recursive: true, force: true });
}

/** Local ports of `pid`'s TCP connections to Redis (port 6379), from /proc (Linux). */
function serverRedisPorts(pid: number): number[] {
  const inodes = new Set<string>();
  for (const fd of fs.readdirSync(`/proc/${pid}/fd`)) {
    const link = (() => {
      try {
        return fs.readlinkSync(`/proc/${pid}/fd/${fd}`);
      } catch {
        return "";
      }
    })();
    const m = /^socket:\[(\d+)\]$/.exec(link);
    if (m) inodes.add(m[1]!);
  }
  const redisPort = Number(new URL(REDIS_URL).port || 6379)
    .toString(16)
    .toUpperCase()
    .padStart(4, "0");
  const ports: number[] = [];
  for (const line of fs.readFileSync("/proc/net/tcp", "utf8").split("\n").slice(1)) {
    const f = line.trim().split(/\s+/);
    if (f.length < 10) continue;
    const [, local, remote] = f;
    if (remote!.endsWith(`:${redisPort}`) && inodes.has(f[9]!)) ports.push(parseInt(local!.split(":")[1]!, 16));
  }
  return ports;
}
