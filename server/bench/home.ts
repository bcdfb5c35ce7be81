// `npm run bench:home`: the home page («Главная», 6.1) in one request — header, «Объект»,
// «Тарифы», «Ваши документы», «Уведомления» and «Новости компании» — by 50 concurrent signed-in
// customers against PostgreSQL, next to a bare graphql-yoga `{ hello }` server in the same run,
// on 10,000 and on 1,000,000 generated accounts (datasets built once, then reused).
// Targets: home ≥ 40 % of bare rps, p99 ≤ 25 ms at 50 clients, latency at 1 M ≤ 1.3 × at 10 k.
// A repeated home request is answered by the response cache (http/response-cache.ts); the same
// query made uncacheable (a no-op directive) shows what a miss costs — every customer's first
// visit, and the next one after a change. Beside it, the SQL floor (home-floor-server.ts): the same
// answer from one prepared statement on bare node:http, checked equal to kabinet's before it runs.
// The miss and the floor run in turns (BENCH_HOME_ROUNDS, default 3, of 5 s each), each printed by
// its median round: the floor alone moved 1,186–1,670 req/s between runs on a quiet machine.
// BENCH_HOME_ONLY=uncached,floor with BENCH_CPU_PROF=<dir>, then `tsx server/bench/profile-split.ts
// <profile>`: where the miss goes. 2026-12-07, 10,000 accounts, load average 13–14 (shared box):
//                                   before (Prisma per field)   after (home-loader.ts)
//   Prisma client + adapter                39.3 %                     1.8 %
//   socket writes (10 → 2 statements)      18.7 %                    15.0 %
//   garbage collection                     12.3 %                    15.1 %
//   yoga / envelop (parse, validate: 0)     4.7 %                    12.0 %
//   pg driver                               6.2 %                     9.9 %
//   logging, metrics (a line per op)        3.0 %                     8.9 %
//   Pothos planning + wrappers              3.9 %                     8.4 %
//   kabinet resolvers, SQL shaping          2.7 %                     7.6 %
//   GraphQL execution                       2.4 %                     6.8 %
//   server CPU per miss                 7.7–8.2 ms                 2.3 ms   (floor 0.3 ms)
//   PostgreSQL CPU per miss             2.1–2.6 ms                 0.7 ms   (floor 0.4 ms)
// 2026-12-08, quiet machine (load 1–2), 10,000 accounts, uncached req/s against the same run's floors:
//                                   bare yoga    SQL floor    uncached    server CPU/miss   p99 vs bare
//   landed main before the changes   3,067        1,359        411.5       2.52 ms           8.0 ×
//   log lines written asynchronously 2,885        1,525        499.3       2.20 ms           3.8 ×
//   + one round trip (look-ahead)    3,192        1,670        542.1       1.96 ms           4.2 ×
// The floor's statement and the loader's are planned once (generic plans): see home-sql.ts.
import assert from "node:assert/strict";
import { loadavg } from "node:os";
import pg from "pg";
import { hashPassword } from "../domains/identity/password.js";
import { generatedDataset } from "./datasets.js";
import { bareYogaRun, cpuSplit, fmt, load, postJson, startServer } from "./support.js";

const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 50);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 15);
const USERS = 100;
const SIZES = (process.env.BENCH_HOME_SIZES ?? "10000,1000000").split(",").map(Number);

// What the client's Главная asks for (AppViewer + HomeAccount + HomeNews), as one request.
const HOME = `query Home {
  viewer {
    id login unreadNotificationCount
    accounts { id number address }
    activeAccount {
      id number ownerFullName address
      amountDue { asOf total penalty }
      objectParameters { label value }
      tariffs { service rate unit }
      documents { title status statusText }
      activeNotices(first: 100) { nodes { kind text createdAt } }
    }
  }
  companyNews(first: 4) { nodes { id title url publishedAt } }
}`;
const UNCACHED = HOME.replace("viewer {", "viewer @include(if: true) {");
const UNCACHED_SECONDS = Number(process.env.BENCH_UNCACHED_SECONDS ?? 5);
const ROUNDS = Number(process.env.BENCH_HOME_ROUNDS ?? 3);
// BENCH_HOME_ONLY=uncached,floor: only these of cached, uncached, floor (e.g. for a CPU profile of the miss).
const SCENARIOS = new Set((process.env.BENCH_HOME_ONLY ?? "cached,uncached,floor").split(","));

type Result = Awaited<ReturnType<typeof load>> & { cpu?: string };
const line = (label: string, r: Result) =>
  `${label}: ${fmt(r.rps)} req/s, p50 ${fmt(r.p50)} ms, p99 ${fmt(r.p99)} ms, errors ${r.errors}${r.cpu ? `\n    ${r.cpu}` : ""}`;

/** Customers spread evenly over the generated accounts, each signed in once. */
async function customers(url: string, serverUrl: string): Promise<string[]> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const hash = await hashPassword("bench2026");
    await c.query(
      `WITH picked AS (
         SELECT id, row_number() OVER (ORDER BY id) AS n FROM "Account" WHERE number ~ '^9'
          ORDER BY id OFFSET 0
       ), spread AS (
         SELECT id, n FROM picked WHERE n % GREATEST(1, (SELECT count(*) FROM picked) / $1) = 0 LIMIT $1
       ), users AS (
         INSERT INTO "User" (login, "passwordHash", "activeAccountId", "updatedAt")
         SELECT 'bench_' || n, $2, id, now() FROM spread
         ON CONFLICT (login) DO NOTHING RETURNING id, "activeAccountId"
       )
       INSERT INTO "UserAccount" ("userId", "accountId") SELECT id, "activeAccountId" FROM users`,
      [USERS, hash],
    );
    const logins = (await c.query<{ login: string }>(`SELECT login FROM "User" WHERE login LIKE 'bench\\_%' ORDER BY id LIMIT $1`, [USERS])).rows;
    const tokens: string[] = [];
    for (const { login } of logins) {
      const r = await postJson(`${serverUrl}/graphql`, {
        query: `mutation($l: String!) { sessionCreate(input: { login: $l, password: "bench2026" }) { session { accessToken } userErrors { message } } }`,
        variables: { l: login },
      });
      const token = r.data?.sessionCreate?.session?.accessToken;
      if (!token) throw new Error(`sign-in failed: ${JSON.stringify(r).slice(0, 200)}`);
      tokens.push(token);
    }
    return tokens;
  } finally {
    await c.end();
  }
}

type Run = { loaded?: Result; single?: Result; uncached?: Result[]; floor?: Result[] };

/** The round with the median req/s. */
const median = (rounds: Result[]) => [...rounds].sort((a, b) => a.rps - b.rps)[Math.floor(rounds.length / 2)]!;

async function homeRun(accounts: number): Promise<Run> {
  const url = await generatedDataset(`kabinet_bench_home_${accounts >= 1e6 ? `${accounts / 1e6}m` : `${accounts / 1e3}k`}`, accounts);
  // Sign-in throttling is per address: the bench signs in 100 customers from one.
  // The bench sends the client's three home documents (AppViewer, HomeAccount, HomeNews) as one
  // text, which is not a persisted document: production's persisted-only rule is off for it.
  const server = await startServer({ DATABASE_URL: url, PERSISTED_OPERATIONS_ONLY: "false" });
  let floor: Awaited<ReturnType<typeof startServer>> | undefined;
  const run: Run = {};
  try {
    const tokens = await customers(url, server.url);
    const asker = (base: string, query: string) => async (i: number) => {
      const r = await postJson(`${base}/graphql`, { query }, { authorization: `Bearer ${tokens[i % tokens.length]}` });
      if (!r.data?.viewer?.activeAccount || !r.data.companyNews) throw new Error(JSON.stringify(r).slice(0, 300));
    };
    if (SCENARIOS.has("cached")) {
      const ask = asker(server.url, HOME);
      await load(CONCURRENCY, 3000, ask); // warm-up: JIT, prepared plans, caches
      run.single = await load(1, 5000, ask);
      run.loaded = await cpuSplit(server.child.pid!, () => load(CONCURRENCY, SECONDS * 1000, ask), url);
    }
    const uncached = SCENARIOS.has("uncached") ? asker(server.url, UNCACHED) : null;
    let floorAsk: ((i: number) => Promise<void>) | null = null;
    if (SCENARIOS.has("floor")) {
      // The same data by one prepared statement on a bare node:http server (home-floor-server.ts),
      // which must answer what kabinet answers: compared for a few customers first.
      floor = await startServer({ DATABASE_URL: url }, { script: "server/bench/home-floor-server.ts", ready: "home floor listening" });
      for (const token of tokens.slice(0, 5)) {
        const expected = await postJson(`${server.url}/graphql`, { query: UNCACHED }, { authorization: `Bearer ${token}` });
        const got = await postJson(`${floor.url}/graphql`, { query: UNCACHED }, { authorization: `Bearer ${token}` });
        assert.deepStrictEqual(got, expected, "the floor answers what kabinet answers");
      }
      floorAsk = asker(floor.url, UNCACHED);
    }
    // Warm-ups, then the miss and its floor in turns (BENCH_HOME_ROUNDS), so a change in the
    // machine's speed during the run falls on both; each is reported by its median round.
    if (uncached) await load(CONCURRENCY, 2000, uncached);
    if (floorAsk) await load(CONCURRENCY, 2000, floorAsk);
    for (let round = 0; round < ROUNDS; round++) {
      if (floor && floorAsk) {
        const ask = floorAsk;
        (run.floor ??= []).push(await cpuSplit(floor.child.pid!, () => load(CONCURRENCY, UNCACHED_SECONDS * 1000, ask), url));
      }
      // Last in the server's life: BENCH_CPU_PROF's profile ends with it (profile-split.ts reads its last busy seconds).
      if (uncached) (run.uncached ??= []).push(await cpuSplit(server.child.pid!, () => load(CONCURRENCY, UNCACHED_SECONDS * 1000, uncached), url));
    }
  } finally {
    await server.stop();
    await floor?.stop();
  }
  return run;
}

const bareResult: Result = await bareYogaRun(CONCURRENCY, SECONDS);
console.log(
  `${CONCURRENCY} clients, ${SECONDS} s each (uncached and floor ${UNCACHED_SECONDS} s); load ${loadavg()
    .map((l) => l.toFixed(2))
    .join(" ")}`,
);
console.log(line("bare yoga { hello }", bareResult));

const pct = (a: Result, b: Result) => `${fmt((100 * a.rps) / b.rps)} %`;
const runs = new Map<number, Run>();
for (const accounts of SIZES) {
  const r = await homeRun(accounts);
  runs.set(accounts, r);
  if (r.loaded && r.single) {
    console.log(line(`home, ${accounts} accounts`, r.loaded));
    console.log(`    one client at a time: p50 ${fmt(r.single.p50)} ms, p99 ${fmt(r.single.p99)} ms`);
    console.log(`    ${pct(r.loaded, bareResult)} of bare yoga's req/s (target ≥ 40 %); p99 target ≤ 25 ms`);
  }
  const rounds = (rs: Result[]) => (rs.length > 1 ? ` (rounds: ${rs.map((x) => fmt(x.rps)).join(", ")} req/s)` : "");
  const floor = r.floor && median(r.floor);
  const uncached = r.uncached && median(r.uncached);
  if (floor && r.floor)
    console.log(line(`  SQL floor (one prepared statement, bare node:http, median of ${r.floor.length} × ${UNCACHED_SECONDS} s${rounds(r.floor)})`, floor));
  if (uncached && r.uncached) {
    console.log(line(`  uncached (every request executes, median of ${r.uncached.length} × ${UNCACHED_SECONDS} s${rounds(r.uncached)})`, uncached));
    console.log(
      `    ${pct(uncached, bareResult)} of bare yoga's req/s (target ≥ 25 %)${floor ? `, ${pct(uncached, floor)} of the SQL floor's (target ≥ 40 %)` : ""}; ` +
        `p99 ${fmt(uncached.p99 / bareResult.p99)} × bare yoga's (target ≤ 4)`,
    );
  }
}
const small = runs.get(Math.min(...SIZES));
const large = runs.get(Math.max(...SIZES));
if (small && large && small !== large) {
  if (small.single && large.single && small.loaded && large.loaded)
    console.log(
      `latency ${Math.max(...SIZES)} vs ${Math.min(...SIZES)} accounts: one client p50 × ${(large.single.p50 / small.single.p50).toFixed(2)}, ` +
        `${CONCURRENCY} clients p50 × ${(large.loaded.p50 / small.loaded.p50).toFixed(2)} (target ≤ 1.3)`,
    );
  if (small.uncached && large.uncached) {
    const [s, l] = [median(small.uncached), median(large.uncached)];
    console.log(
      `uncached ${Math.max(...SIZES)} vs ${Math.min(...SIZES)} accounts: req/s × ${(l.rps / s.rps).toFixed(2)}, p50 × ${(l.p50 / s.p50).toFixed(2)} (target ≤ 1.3)`,
    );
  }
}
