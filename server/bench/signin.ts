// `npm run bench:signin`: successful sign-ins (`sessionCreate`: throttle counters, an argon2id
// check at OWASP's cost — m=19 MiB, t=2, p=1 — a session and its tokens) by 20 concurrent
// clients against PostgreSQL, next to a bare graphql-yoga `{ hello }` server in the same run.
// The figure for capacity planning: sign-ins per second per server process, and their p99.
// argon2 runs on libuv's thread pool (UV_THREADPOOL_SIZE, default 4), not on the event loop.
import { openDatabase } from "../db/client.js";
import { applyMigrations } from "../db/migrate.js";
import { hashPassword } from "../domains/identity/password.js";
import { bareYogaRun, cpuSplit, fmt, freshDatabase, load, postJson, startServer } from "./support.js";

const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 20);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 15);
const USERS = 200;
const SIGN_IN = `mutation($l: String!) { sessionCreate(input: { login: $l, password: "bench2026" }) { session { accessToken } userErrors { message } } }`;

type Result = Awaited<ReturnType<typeof load>> & { cpu?: string };
const line = (label: string, r: Result) =>
  `${label}: ${fmt(r.rps)} req/s, p50 ${fmt(r.p50)} ms, p99 ${fmt(r.p99)} ms, errors ${r.errors}${r.cpu ? `\n    ${r.cpu}` : ""}`;

async function signInRun(): Promise<Result> {
  const fresh = await freshDatabase("kabinet_bench_signin");
  try {
    const db = await openDatabase({ databaseUrl: fresh.url, dataDir: "" });
    try {
      await applyMigrations(db.sql);
      // One hash for all: each sign-in still verifies it in full.
      const hash = await hashPassword("bench2026");
      await db.sql.query(`INSERT INTO "User" (login, "passwordHash", "updatedAt") SELECT 'bench_' || i, $1, now() FROM generate_series(1, ${USERS}) i`, [hash]);
    } finally {
      await db.close();
    }
    const server = await startServer({ DATABASE_URL: fresh.url });
    try {
      // Round-robin over the users: each success clears its user's counter and gives the shared
      // address its attempt back, so the limits never lock the bench out (any lock shows as errors).
      const signIn = async (i: number) => {
        const r = await postJson(`${server.url}/graphql`, { query: SIGN_IN, variables: { l: `bench_${(i % USERS) + 1}` } });
        if (!r.data?.sessionCreate?.session?.accessToken) throw new Error(JSON.stringify(r).slice(0, 300));
      };
      await load(CONCURRENCY, 3000, signIn); // warm-up
      return await cpuSplit(server.child.pid!, () => load(CONCURRENCY, SECONDS * 1000, signIn));
    } finally {
      await server.stop();
    }
  } finally {
    await fresh.drop();
  }
}

const bare = await bareYogaRun(CONCURRENCY, SECONDS);
const signIn = await signInRun();
console.log(`${CONCURRENCY} clients, ${SECONDS} s each`);
console.log(line("bare yoga { hello }", bare));
console.log(line("sessionCreate (argon2id m=19456 KiB, t=2, p=1)", signIn));
console.log(
  `    sign-ins: ${fmt((100 * signIn.rps) / bare.rps)} % of bare yoga's req/s (1 : ${fmt(bare.rps / signIn.rps)}); p99 × ${fmt(signIn.p99 / bare.p99)} bare's`,
);
