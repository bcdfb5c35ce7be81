// `npm run bench:reminders`: the reminder jobs of manual 7.1 over 1,000,000 accounts on
// PostgreSQL; prints the time and the peak memory of each (targets for the readings reminders:
// ≤ 60 s, ≤ 500 MB). Messages go to a sink that counts them: this measures the job, not SMTP.
//
// The data lives in its own database (kabinet_bench_reminders), generated once — set-based,
// only what the jobs read: users with contacts, accounts, links, meters (some automatic,
// disabled or blocked), three months of readings (the current one for about half the meters),
// two months of charges (some debts, some of two months) and some payments — and reused while
// its shape matches. BENCH_ACCOUNTS=N for another size (its own database), BENCH_REGENERATE=1
// to rebuild.
import os from "node:os";
import pg from "pg";
import { loadConfig } from "../config.js";
import type { Deps } from "../context.js";
import { openDatabase, type Database } from "../db/client.js";
import { applyMigrations } from "../db/migrate.js";
import { seedCatalog } from "../db/seed/catalog.js";
import { refreshDebtNotices } from "../domains/reminders/debt-notices.js";
import { sendPaymentReminders } from "../domains/reminders/payments.js";
import { sendReadingsReminders } from "../domains/reminders/readings.js";
import { Messenger } from "../integrations/messaging/index.js";
import { createAppPubSub } from "../integrations/pubsub.js";
import { fixedClock } from "../shared/clock.js";
import { ADMIN_URL } from "./support.js";

const ACCOUNTS = Number(process.env.BENCH_ACCOUNTS ?? 1_000_000);
const USERS = Math.round(ACCOUNTS * 0.9); // the first tenth of the users hold two accounts
const DB_NAME = ACCOUNTS === 1_000_000 ? "kabinet_bench_reminders" : `kabinet_bench_reminders_${ACCOUNTS}`;
const SHAPE = 1; // bump when the generated data changes
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 32);

const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;
const secs = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

async function adminQuery<T = Record<string, unknown>>(text: string): Promise<T[]> {
  const c = new pg.Client({ connectionString: ADMIN_URL });
  await c.connect();
  try {
    return (await c.query(text)).rows as T[];
  } finally {
    await c.end();
  }
}

function databaseUrl(): string {
  const url = new URL(ADMIN_URL);
  url.pathname = `/${DB_NAME}`;
  return url.toString();
}

/** The bench database, generated unless a complete one of the same shape is there. */
async function prepare(): Promise<Database> {
  const exists = (await adminQuery(`SELECT 1 FROM pg_database WHERE datname = '${DB_NAME}'`)).length > 0;
  if (exists && process.env.BENCH_REGENERATE !== "1") {
    const db = await openDatabase({ databaseUrl: databaseUrl(), dataDir: "" });
    const [meta] = await db.sql
      .query<{ shape: number; accounts: number }>(`SELECT shape, accounts FROM bench_meta WHERE done`)
      .catch(() => [] as { shape: number; accounts: number }[]);
    if (meta && meta.shape === SHAPE && meta.accounts === ACCOUNTS) {
      await applyMigrations(db.sql); // later migrations of the project, if any
      console.log(`reusing ${DB_NAME} (${ACCOUNTS.toLocaleString("en")} accounts)`);
      return db;
    }
    await db.close();
  }
  if (exists) await adminQuery(`DROP DATABASE ${DB_NAME} WITH (FORCE)`);
  await adminQuery(`CREATE DATABASE ${DB_NAME}`);
  const db = await openDatabase({ databaseUrl: databaseUrl(), dataDir: "" });
  const t0 = performance.now();
  console.log(`generating ${DB_NAME}: ${ACCOUNTS.toLocaleString("en")} accounts, ${USERS.toLocaleString("en")} users…`);
  await applyMigrations(db.sql);
  const catalog = await seedCatalog(db.prisma);
  const elec = catalog.services.get("ELECTRICITY")!;
  const water = catalog.services.get("COLD_WATER")!;
  const step = async (label: string, sql: string) => {
    const t = performance.now();
    await db.sql.exec(sql);
    console.log(`  ${label}: ${secs(performance.now() - t)}`);
  };
  const [{ superuser }] = await db.sql.query<{ superuser: string }>(`SELECT current_setting('is_superuser') AS superuser`);
  // Rows reference each other correctly by construction: skip the FK triggers (as pg_restore
  // --disable-triggers does) when allowed.
  const fast = superuser === "on" ? "SET session_replication_role = replica;" : "";
  const N = ACCOUNTS;
  const U = USERS;
  // Deterministic "randomness" per row: 0..99.
  const pct = (expr: string, salt: number) => `((hashint8((${expr})::bigint * 7919 + ${salt}) & 2147483647) % 100)`;
  await step(
    "users",
    `${fast}
     INSERT INTO "User" (id, login, "passwordHash", email, "emailConfirmedAt", phone, "phoneConfirmedAt", "subscribeInfo", "createdAt", "updatedAt")
     SELECT i, 'bench' || i, 'x',
            CASE WHEN ${pct("i", 1)} < 60 THEN 'bench' || i || '@example.com' END,
            CASE WHEN ${pct("i", 1)} < 50 THEN now() END,
            CASE WHEN ${pct("i", 2)} < 70 THEN (79000000000 + i)::text END,
            CASE WHEN ${pct("i", 2)} < 60 THEN now() END,
            ${pct("i", 3)} < 40, now(), now()
       FROM generate_series(1, ${U}) i;
     SELECT setval(pg_get_serial_sequence('"User"', 'id'), ${U});`,
  );
  await step(
    "accounts and links",
    `${fast}
     INSERT INTO "Account" (id, number, "ownerLastName", "ownerFirstName", address, "objectType")
     SELECT i, lpad(i::text, 10, '0'), 'Иванов', 'Иван', 'г. Сургут, ул. Ленина, д. ' || (i % 200), 'Квартира' FROM generate_series(1, ${N}) i;
     SELECT setval(pg_get_serial_sequence('"Account"', 'id'), ${N});
     INSERT INTO "UserAccount" ("userId", "accountId") SELECT ((i - 1) % ${U}) + 1, i FROM generate_series(1, ${N}) i;`,
  );
  await step(
    "meters",
    `${fast}
     INSERT INTO "Meter" (id, "accountId", "serviceId", number, resource, unit, zones, status, "blockedReason", automatic, "installedAt")
     SELECT i, i, ${elec.id}, 'E' || i, 'ELECTRICITY'::"Resource", 'кВт.ч', '{ALL_DAY}'::"TariffZone"[],
            (CASE WHEN ${pct("i", 4)} < 2 THEN 'DISABLED' ELSE 'ACTIVE' END)::"MeterStatus",
            CASE WHEN ${pct("i", 5)} < 1 THEN 'Истек срок поверки' END, ${pct("i", 6)} < 5, DATE '2020-01-01'
       FROM generate_series(1, ${N}) i
     UNION ALL
     SELECT ${N} + i, i, ${water.id}, 'W' || i, 'COLD_WATER'::"Resource", 'м³', '{ALL_DAY}'::"TariffZone"[], 'ACTIVE'::"MeterStatus", NULL, false, DATE '2020-01-01'
       FROM generate_series(2, ${N}, 2) i;
     SELECT setval(pg_get_serial_sequence('"Meter"', 'id'), ${N + Math.floor(N / 2) + 1});`,
  );
  await step(
    "readings",
    `${fast}
     INSERT INTO "MeterReading" ("meterId", zone, period, value, source, status, "submittedAt", "acceptedAt")
     SELECT m.id, 'ALL_DAY'::"TariffZone", p.period, 1000 + p.n * 150, (CASE WHEN m.automatic THEN 'PARTNER' ELSE 'WEB' END)::"ReadingSource", 'ACCEPTED'::"ReadingStatus",
            p.period + interval '15 days', p.period + interval '1 month'
       FROM "Meter" m CROSS JOIN (VALUES (DATE '2026-09-01', 0), (DATE '2026-10-01', 1)) p(period, n);
     INSERT INTO "MeterReading" ("meterId", zone, period, value, source, status, "submittedAt")
     SELECT m.id, 'ALL_DAY', DATE '2026-11-01', 1300, 'WEB', 'SUBMITTED', TIMESTAMP '2026-11-05 10:00'
       FROM "Meter" m WHERE ${pct("m.id", 7)} < 55;`,
  );
  await step(
    "charges and payments",
    `${fast}
     INSERT INTO "Charge" ("accountId", "serviceId", "supplierId", period, zone, method, "openingBalance", charged, paid, "closingBalance")
     SELECT i, ${elec.id}, ${elec.supplierId}, p.period, 'ALL_DAY'::"TariffZone", 'METER'::"ChargeMethod", 0, c.amount,
            CASE WHEN p.n = 0 THEN c.amount ELSE 0 END,
            CASE WHEN p.n = 0 THEN 0
                 WHEN c.h < 70 THEN 0                -- paid in time
                 WHEN c.h < 90 THEN c.amount         -- this month unpaid
                 WHEN c.h < 95 THEN c.amount * 2     -- two months or more
                 ELSE -100 END                       -- overpaid
       FROM generate_series(1, ${N}) i
      CROSS JOIN LATERAL (SELECT (500 + i % 3000)::numeric(14,2) AS amount, ${pct("i", 8)} AS h) c
      CROSS JOIN (VALUES (DATE '2026-09-01', 0), (DATE '2026-10-01', 1)) p(period, n);
     INSERT INTO "Payment" ("accountId", amount, status, purpose, channel, "createdAt", "updatedAt", "paidAt")
     SELECT i, (500 + i % 3000)::numeric(14,2), 'SUCCEEDED', 'BILL', 'BANK', TIMESTAMP '2026-11-05 10:00', TIMESTAMP '2026-11-05 10:00', TIMESTAMP '2026-11-05 10:00'
       FROM generate_series(1, ${N}) i WHERE ${pct("i", 8)} BETWEEN 70 AND 89 AND i % 5 = 0;`,
  );
  await step("analyze", `VACUUM ANALYZE`);
  await db.sql.exec(`CREATE TABLE bench_meta (shape int, accounts int, done boolean); INSERT INTO bench_meta VALUES (${SHAPE}, ${N}, true);`);
  console.log(`generated in ${secs(performance.now() - t0)}`);
  return db;
}

/** Samples the process's memory while `fn` runs; the peak RSS and heap. */
async function measured<T>(label: string, fn: () => Promise<T>, targets?: { seconds: number; mb: number }): Promise<T> {
  const before = process.memoryUsage();
  let peakRss = before.rss;
  let peakHeap = before.heapUsed;
  const timer = setInterval(() => {
    const m = process.memoryUsage();
    peakRss = Math.max(peakRss, m.rss);
    peakHeap = Math.max(peakHeap, m.heapUsed);
  }, 20);
  const t0 = performance.now();
  try {
    const result = await fn();
    const ms = performance.now() - t0;
    const m = process.memoryUsage();
    peakRss = Math.max(peakRss, m.rss);
    peakHeap = Math.max(peakHeap, m.heapUsed);
    console.log(`${label}: ${secs(ms)}; peak RSS ${mb(peakRss)} (+${mb(peakRss - before.rss)}), peak heap ${mb(peakHeap)}; ${JSON.stringify(result)}`);
    if (targets) {
      const ok = (b: boolean) => (b ? "met" : "MISSED");
      console.log(
        `  targets: time ≤ ${targets.seconds} s ${ok(ms <= targets.seconds * 1000)}, peak RSS ≤ ${targets.mb} MB ${ok(peakRss <= targets.mb * 2 ** 20)}`,
      );
    }
    return result;
  } finally {
    clearInterval(timer);
  }
}

const database = await prepare();
try {
  // A clean slate of job output, so every run measures a full mailing.
  await database.sql.exec(`TRUNCATE "Notification", "OutboundMessage", "AccountNotice", "JobRun" RESTART IDENTITY`);
  const counts = { EMAIL: 0, SMS: 0 };
  const messenger = new Messenger({
    db: database.prisma,
    log: null,
    email: { send: async () => void (counts.EMAIL += 1) },
    sms: { send: async () => void (counts.SMS += 1) },
  });
  const base: Deps = {
    db: database.prisma,
    sql: database.sql,
    config: loadConfig({ NODE_ENV: "production", JWT_SECRET: "b".repeat(40) }),
    clock: fixedClock("2026-11-10T05:00:00.000Z"), // the 10th, 10:00 in Yekaterinburg
    pubsub: createAppPubSub(),
    messenger,
  };
  const [{ users, accounts }] = await database.sql.query<{ users: string; accounts: string }>(
    `SELECT (SELECT count(*) FROM "User")::text AS users, (SELECT count(*) FROM "Account")::text AS accounts`,
  );
  console.log(
    `${Number(accounts).toLocaleString("en")} accounts, ${Number(users).toLocaleString("en")} users; ${os.cpus().length} CPUs, load average ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(" ")}`,
  );

  const first = await measured("readings reminders (the 10th)", () => sendReadingsReminders(base, { concurrency: CONCURRENCY }), { seconds: 60, mb: 500 });
  console.log(`  messages handed to the sink: ${counts.EMAIL} e-mails, ${counts.SMS} SMS (recorded ${first.messages})`);
  const [{ n, m }] = await database.sql.query<{ n: string; m: string }>(
    `SELECT (SELECT count(*) FROM "Notification")::text AS n, (SELECT count(*) FROM "OutboundMessage" WHERE status = 'SENT')::text AS m`,
  );
  console.log(`  rows: ${n} notifications, ${m} messages SENT`);
  await measured("readings reminders again (idempotent)", () => sendReadingsReminders(base, { concurrency: CONCURRENCY }));
  await measured("payment reminders (the 15th)", () =>
    sendPaymentReminders({ ...base, clock: fixedClock("2026-11-15T06:00:00.000Z") }, { concurrency: CONCURRENCY }),
  );
  await measured("debt notices", () => refreshDebtNotices(base));
  console.log(
    `load average after: ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(" ")}`,
  );
} finally {
  await database.close();
}
