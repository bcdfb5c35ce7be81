// `npm run bench:close`: the monthly period close over 100 000 generated accounts on
// PostgreSQL (target ≤ 120 s). The accounts live in a database of their own, generated once
// (`BENCH_CLOSE_DATABASE`, default kabinet_bench_close; about 2.5 min) and reused: every run
// resets the month after the generated year, gives it readings (most meters, some resubmitted,
// a few control rounds, the rest by the norm) and payments (80 % of accounts), then times the
// close and prints time, peak memory and checks of the result.
import fs from "node:fs";
import os from "node:os";
import pg from "pg";
import { loadConfig } from "../config.js";
import { openDatabase } from "../db/client.js";
import { generateAccounts } from "../db/generate.js";
import { applyMigrations } from "../db/migrate.js";
import { closeBillingPeriod } from "../domains/billing/close.js";
import { addMonths, dateValue, isoDate, periodStart } from "../shared/calendar.js";
import { devMessenger } from "../integrations/messaging/index.js";
import { fixedClock } from "../shared/clock.js";
import { ADMIN_URL, fmt, postgresCpuByPid, postgresCpuSince } from "./support.js";

const ACCOUNTS = Number(process.env.BENCH_ACCOUNTS ?? 100_000);
const NAME = process.env.BENCH_CLOSE_DATABASE ?? "kabinet_bench_close";
const TIMEZONE = "Asia/Yekaterinburg";

const url = new URL(ADMIN_URL);
url.pathname = `/${NAME}`;
const admin = new pg.Client({ connectionString: ADMIN_URL });
await admin.connect();
if (!(await admin.query(`SELECT 1 FROM pg_database WHERE datname = $1`, [NAME])).rowCount) await admin.query(`CREATE DATABASE ${NAME}`);
await admin.end();

const db = await openDatabase({ databaseUrl: url.toString(), dataDir: "", poolSize: 4 });
try {
  await applyMigrations(db.sql);
  const [{ n: have }] = await db.sql.query<{ n: number }>(`SELECT count(*)::int AS n FROM "Account" WHERE number ~ '^9[0-9]{9}$'`);
  if (have < ACCOUNTS) {
    console.log(`generating ${ACCOUNTS - have} accounts into ${NAME} (once; reused by later runs)…`);
    const g = await generateAccounts(db, { accounts: ACCOUNTS - have, onProgress: (done) => process.stdout.write(`  ${done}\r`) });
    console.log(`generated in ${fmt(g.ms / 1000)} s`);
  }

  // The month after the generated year; anything a previous run closed from it on is undone.
  const [{ last }] = await db.sql.query<{ last: string }>(
    `SELECT to_char(max(period), 'YYYY-MM-DD') AS last FROM "BillingPeriod" WHERE "closedBy" = 'generator'`,
  );
  const period = addMonths(dateValue(last), 1);
  const P = `DATE '${isoDate(period)}'`;
  const from = periodStart(period, TIMEZONE).toISOString();
  console.log(`preparing ${isoDate(period).slice(0, 7)}: readings and payments of ${ACCOUNTS} accounts…`);
  const prep = performance.now();
  await db.sql.exec(`
DELETE FROM "Charge" WHERE period >= ${P};
DELETE FROM "Invoice" WHERE period >= ${P};
DELETE FROM "BillingPeriod" WHERE period >= ${P};
DELETE FROM "MeterReading" WHERE period >= ${P};
DELETE FROM "Payment" WHERE "bankOrderId" LIKE 'bench-close-%';
-- 90 % of meters read: the last accepted value plus a month's use; 15 % of those resubmitted
-- (the first one superseded), 1 % also checked by a control round (accepted on entry).
CREATE TEMP TABLE _bench_read AS
SELECT m.id AS meter_id, z.zone, last.value AS last_value, (hashint8(m.id::bigint * 7 + 1) & 1023) AS h,
  greatest(1, round(CASE WHEN m.resource = 'ELECTRICITY' THEN 150 ELSE 6 END * (0.8 + (hashint8(m.id::bigint * 7 + 2) & 255) / 640.0))) AS use
FROM "Meter" m CROSS JOIN LATERAL unnest(m.zones) AS z(zone)
JOIN LATERAL (SELECT r.value FROM "MeterReading" r WHERE r."meterId" = m.id AND r.zone = z.zone AND r.status = 'ACCEPTED' ORDER BY r.period DESC LIMIT 1) AS last ON true
WHERE (hashint8(m.id::bigint * 7 + 1) & 1023) < 922;
INSERT INTO "MeterReading" ("meterId", zone, period, value, source, status, "submissionId", "submittedAt")
SELECT meter_id, zone, ${P}, last_value + use - 1, 'WEB', 'SUPERSEDED', 'bench-a-' || meter_id, TIMESTAMP '${from.replace("T", " ").replace("Z", "")}' + interval '10 days'
FROM _bench_read WHERE h < 140;
INSERT INTO "MeterReading" ("meterId", zone, period, value, source, status, "submissionId", "submittedAt")
SELECT meter_id, zone, ${P}, last_value + use, (ARRAY['WEB', 'MOBILE_APP', 'PARTNER']::"ReadingSource"[])[1 + h % 3], 'SUBMITTED', 'bench-b-' || meter_id,
  TIMESTAMP '${from.replace("T", " ").replace("Z", "")}' + interval '20 days'
FROM _bench_read;
INSERT INTO "MeterReading" ("meterId", zone, period, value, source, status, "submissionId", "submittedAt", "acceptedAt")
SELECT meter_id, zone, ${P}, last_value + use - 2, 'CONTROL_ROUND', 'ACCEPTED', 'bench-c-' || meter_id,
  TIMESTAMP '${from.replace("T", " ").replace("Z", "")}' + interval '12 days', TIMESTAMP '${from.replace("T", " ").replace("Z", "")}' + interval '12 days'
FROM _bench_read WHERE h % 100 = 7;
-- 80 % of accounts pay on the 18th, per supplier: the debt left plus about a month's bill
-- (last month's charges), rounded up to 10 ₽.
CREATE TEMP TABLE _bench_pay AS
SELECT c."accountId" AS account_id, c."supplierId" AS supplier_id, ceil(sum(greatest(c."closingBalance", 0) + c.charged) / 10) * 10 AS amount
FROM "Charge" c WHERE c.period = ${P} - interval '1 month' AND (hashint8(c."accountId"::bigint * 7 + 3) & 1023) < 820
GROUP BY 1, 2 HAVING sum(greatest(c."closingBalance", 0) + c.charged) > 0;
WITH pay AS (
  INSERT INTO "Payment" ("accountId", amount, status, purpose, channel, "bankOrderId", "createdAt", "updatedAt", "paidAt")
  SELECT account_id, sum(amount), 'SUCCEEDED', 'BILL', 'LKK', 'bench-close-' || account_id,
    TIMESTAMP '${from.replace("T", " ").replace("Z", "")}' + interval '17 days', now(), TIMESTAMP '${from.replace("T", " ").replace("Z", "")}' + interval '17 days'
  FROM _bench_pay GROUP BY account_id
  RETURNING id, "accountId"
)
INSERT INTO "PaymentItem" ("paymentId", "accountId", "supplierId", amount)
SELECT pay.id, p.account_id, p.supplier_id, p.amount FROM pay JOIN _bench_pay p ON p.account_id = pay."accountId";
DROP TABLE _bench_read; DROP TABLE _bench_pay;
ANALYZE "MeterReading"; ANALYZE "Payment"; ANALYZE "PaymentItem"; ANALYZE "Charge";
CHECKPOINT;`);
  const [counts] = await db.sql.query<{ accounts: number; readings: number; payments: number }>(`SELECT
    (SELECT count(*)::int FROM "Account") AS accounts,
    (SELECT count(*)::int FROM "MeterReading" WHERE period = ${P}) AS readings,
    (SELECT count(*)::int FROM "Payment" WHERE "bankOrderId" LIKE 'bench-close-%') AS payments`);
  console.log(
    `  ${counts!.accounts} accounts, ${counts!.readings} readings and ${counts!.payments} payments in the month (prepared in ${fmt((performance.now() - prep) / 1000)} s)`,
  );

  const config = loadConfig({ NODE_ENV: "production", JWT_SECRET: "c".repeat(40), PUBLIC_URL: "https://lk.example" });
  const clock = fixedClock(new Date(periodStart(addMonths(period, 1), TIMEZONE).getTime() + 3 * 3600_000));
  const deps = { db: db.prisma, sql: db.sql, clock, config, messenger: devMessenger({ db: db.prisma, clock, log: null }) };

  let peakRss = process.memoryUsage().rss;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 50);
  const load0 = os.loadavg();
  const pg0 = postgresCpuByPid();
  const cpu0 = process.cpuUsage();
  const size = async () => Number((await db.sql.query<{ n: string }>(`SELECT pg_total_relation_size('"Charge"')::text AS n`))[0]!.n);
  const chargeBytes0 = await size();
  const t0 = performance.now();
  const steps: [string, number][] = [];
  const r = await closeBillingPeriod(deps, period, "bench", { onStep: (name, ms) => steps.push([name, ms]) });
  const seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const pgCpu = postgresCpuSince(pg0);
  clearInterval(sampler);
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
  const t = r.totals!;

  // Peak resident memory of the busiest PostgreSQL backend (includes shared buffers it touched).
  let pgPeak = 0;
  for (const entry of fs.readdirSync("/proc").filter((e) => /^\d+$/.test(e))) {
    try {
      if (fs.readFileSync(`/proc/${entry}/comm`, "utf8").trim() !== "postgres") continue;
      const hwm = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${entry}/status`, "utf8"));
      if (hwm) pgPeak = Math.max(pgPeak, Number(hwm[1]) * 1024);
    } catch {
      // ended meanwhile
    }
  }

  const [check] = await db.sql.query<{ lines: number; bad: number; invoices: number; mismatched: number }>(`SELECT
    (SELECT count(*)::int FROM "Charge" WHERE period = ${P}) AS lines,
    (SELECT count(*)::int FROM "Charge" WHERE period = ${P} AND "closingBalance" <> "openingBalance" + charged - paid + recalculation + penalty) AS bad,
    (SELECT count(*)::int FROM "Invoice" WHERE period = ${P}) AS invoices,
    (SELECT count(*)::int FROM "Invoice" i WHERE period = ${P} AND "totalDue" <> (SELECT sum("closingBalance") FROM "Charge" c WHERE c."accountId" = i."accountId" AND c.period = ${P})) AS mismatched`);
  const mb = (b: number) => `${(b / 1024 / 1024).toFixed(0)} MB`;
  console.log(`closed ${isoDate(period).slice(0, 7)} for ${t.accounts} accounts in ${fmt(seconds)} s (target ≤ 120 s)`);
  console.log(
    `  ${t.lines} charge lines (${t.metered} by meter, ${t.byNorm} by norm, ${t.fixed} fixed, ${t.unpriced} unpriced), ${t.readingsAccepted} readings accepted, ${t.readingsSuperseded} superseded`,
  );
  console.log(
    `  charged ${t.charged.toFixed(2)}, paid ${t.paid.toFixed(2)}, recalculations ${t.recalculation.toFixed(2)}, penalties ${t.penalty.toFixed(2)}, closing ${t.closing.toFixed(2)} ₽; unallocated payments ${t.unallocatedPayments}`,
  );
  const [kept] = await db.sql.query<{ bytes: string; with: number }>(
    `SELECT coalesce(sum(pg_column_size(inputs)), 0)::text AS bytes, count(inputs)::int AS with FROM "Charge" WHERE period = ${P}`,
  );
  console.log(
    `  inputs kept on ${kept!.with} lines: ${mb(Number(kept!.bytes))} (${fmt(Number(kept!.bytes) / Math.max(1, kept!.with))} B a line); "Charge" with indexes ${mb(chargeBytes0)} → ${mb(await size())}`,
  );
  console.log(
    `  checks: ${check!.lines} lines stored, ${check!.bad} with closing ≠ opening + charged − paid + recalculation + penalty, ${check!.invoices} invoices, ${check!.mismatched} invoices ≠ their lines`,
  );
  console.log(
    `  memory: this process peak RSS ${mb(peakRss)} (max RSS ${mb(process.resourceUsage().maxRSS * 1024)}); busiest PostgreSQL process peak RSS ${mb(pgPeak)}`,
  );
  console.log(
    `  CPU: PostgreSQL ${fmt(pgCpu)} s, this process ${fmt((cpu.user + cpu.system) / 1e6)} s; load average before ${load0.map((l) => l.toFixed(2)).join(" ")}, after ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(" ")} on ${os.cpus().length} cores`,
  );
  console.log(
    `  slowest statements: ${[...steps]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 6)
      .map(([name, ms]) => `${name} ${fmt(ms / 1000)} s`)
      .join(", ")}`,
  );
  if (check!.bad || check!.mismatched || check!.invoices !== t.accounts || check!.lines !== t.lines) process.exitCode = 1;
} finally {
  await db.close();
}
