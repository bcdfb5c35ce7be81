// `npm run bench:readings`: meter readings submitted through the HTTP API by 50 concurrent
// clients (a partner system's key) against PostgreSQL; prints throughput and latency, then
// checks that no submission was lost or duplicated. Beside it, in the same run, a bare graphql-yoga
// `{ hello }` under the same load: the target is ≥ 60 % of its req/s (machines differ 2× and more,
// so absolute figures are read against that floor).
import { openDatabase } from "../db/client.js";
import { generateAccounts } from "../db/generate.js";
import { applyMigrations } from "../db/migrate.js";
import { DEMO_ASKUE_KEY, seedDemo } from "../db/seed/index.js";
import { bareYogaRun, cpuSplit, fmt, freshDatabase, load, postJson, startServer } from "./support.js";

const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 50);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const ACCOUNTS = Number(process.env.BENCH_ACCOUNTS ?? 5000);

const gid = (type: string, id: number) => Buffer.from(`${type}:${id}`).toString("base64");
const MUTATION = `mutation($i: MeterReadingsSubmitInput!) { meterReadingsSubmit(input: $i) { readings { zone } warnings { zone } userErrors { code } } }`;

const bare = await bareYogaRun(CONCURRENCY, SECONDS);
console.log(`bare yoga { hello }: ${fmt(bare.rps)} req/s, p50 ${fmt(bare.p50)} ms, p99 ${fmt(bare.p99)} ms, errors ${bare.errors}\n    ${bare.cpu}`);

const fresh = await freshDatabase();
const db = await openDatabase({ databaseUrl: fresh.url, dataDir: "" });
try {
  await applyMigrations(db.sql);
  await seedDemo(db.prisma);
  await generateAccounts(db, { accounts: ACCOUNTS });
  const meters = await db.sql.query<{ id: number; accountId: number; zones: string[]; last: Record<string, string> }>(`
    SELECT m.id, m."accountId", m.zones::text[] AS zones,
           jsonb_object_agg(r.zone, r.value) AS last
      FROM "Meter" m
      JOIN LATERAL (SELECT DISTINCT ON (zone) zone::text, value FROM "MeterReading" WHERE "meterId" = m.id AND status = 'ACCEPTED' ORDER BY zone, period DESC) r ON true
     WHERE m.status = 'ACTIVE' AND m."blockedReason" IS NULL
     GROUP BY m.id`);
  console.log(`${meters.length} meters of ${ACCOUNTS} generated accounts; ${CONCURRENCY} clients for ${SECONDS} s`);

  // One metering system's key sends everything: its budget raised as a retailer would for it (the
  // default 600 a minute would refuse nearly every request after the first seconds).
  const server = await startServer({ DATABASE_URL: fresh.url, READINGS_WINDOW: "1-31", API_RATE_LIMIT: "1000000" });
  let zonesSaved = 0;
  try {
    const r = await cpuSplit(server.child.pid!, () =>
      load(CONCURRENCY, SECONDS * 1000, async (i) => {
        const m = meters[i % meters.length]!;
        const round = Math.floor(i / meters.length) + 1;
        const readings = m.zones.map((zone) => ({ meterId: gid("Meter", m.id), zone, value: (Number(m.last[zone] ?? 0) + round).toFixed(3) }));
        const body = await postJson(
          `${server.url}/graphql`,
          { query: MUTATION, variables: { i: { accountId: gid("Account", m.accountId), readings, confirmOverLimit: true } } },
          { "x-api-key": DEMO_ASKUE_KEY },
        );
        const p = body.data?.meterReadingsSubmit;
        if (!p || p.userErrors.length || p.readings.length !== readings.length) throw new Error(JSON.stringify(body).slice(0, 300));
        zonesSaved += readings.length;
      }),
    );
    console.log(`submissions: ${r.count} in ${fmt(r.seconds)} s = ${fmt(r.rps)}/s; p50 ${fmt(r.p50)} ms, p99 ${fmt(r.p99)} ms; errors ${r.errors}`);
    console.log(`    ${fmt((100 * r.rps) / bare.rps)} % of bare yoga's req/s (target ≥ 60 %); p99 × ${fmt(r.p99 / bare.p99)} bare's`);
    console.log(r.cpu);
  } finally {
    await server.stop();
  }
  // Every accepted submission left its rows; the period holds one live reading per meter zone.
  const [{ rows }] = await db.sql.query<{ rows: string }>(`SELECT count(*)::text AS rows FROM "MeterReading" WHERE source = 'PARTNER'`);
  const [{ dupes }] = await db.sql.query<{ dupes: string }>(
    `SELECT count(*)::text AS dupes FROM (SELECT 1 FROM "MeterReading" WHERE status = 'SUBMITTED' GROUP BY "meterId", zone, period HAVING count(*) > 1) d`,
  );
  console.log(
    `rows written ${rows}, zones acknowledged ${zonesSaved}: ${Number(rows) === zonesSaved ? "none lost or duplicated" : "MISMATCH"}; zones with more than one live reading: ${dupes}`,
  );
} finally {
  await db.close();
  await fresh.drop();
}
