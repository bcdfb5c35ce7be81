// `npm run bench:subscriptions`: 10,000 graphql-ws subscribers (`notificationAdded`, one per
// customer) held on one server, then on one of two replicas sharing Redis. Prints the server's
// memory per connection (RSS and heap, after a GC, before vs after; target ≤ 50 KB) and the
// delivery latency of a broadcast — one new notification for every subscriber, announced at
// once — from the moment the server starts announcing to the moment each client has the
// message (targets p99 ≤ 100 ms on one server, ≤ 150 ms across replicas through Redis).
//
// The servers are the real `server/main.ts` in child processes (so the clients do not share
// their event loop), on a fresh PostgreSQL database, with the test-only hooks on
// (KABINET_TEST_HOOKS=1, NODE_ENV=test: the hooks raise the broadcast and read the memory).
// The clients are raw `ws` sockets speaking graphql-transport-ws, to keep this side light.
// BENCH_SUBSCRIBERS=N for another size; REDIS_URL (default the local one) for the replicas.
import { spawn, type ChildProcess } from "node:child_process";
import { execSync } from "node:child_process";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { randomBytes } from "node:crypto";
import WebSocket from "ws";
import { openDatabase } from "../db/client.js";
import { applyMigrations } from "../db/migrate.js";
import { TokenService } from "../domains/identity/tokens.js";
import { fmt, freshDatabase, percentile } from "./support.js";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const N = Number(process.env.BENCH_SUBSCRIBERS ?? 10_000);
const REDIS_URL = process.env.REDIS_URL ?? "redis://127.0.0.1:6379";
const JWT_SECRET = "bench-".padEnd(40, "x");
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const QUERY = "subscription { notificationAdded { id kind title body createdAt read } }";

// ── file descriptors: every subscriber is one socket here and one in the server ──
function fdLimits(): { soft: number; hard: number } {
  const read = (flag: string) => Number(execSync(`sh -c 'ulimit -${flag}n'`).toString().trim().replace("unlimited", "1048576"));
  return { soft: read("S"), hard: read("H") };
}
const limits = fdLimits();
const needed = N + 512;
if (limits.soft < needed) {
  console.error(`ulimit -n is ${limits.soft} (hard ${limits.hard}); ${needed} descriptors are needed here: run 'ulimit -n ${Math.min(limits.hard, 65536)}' first`);
  process.exit(1);
}

interface Server {
  url: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

/** server/main.ts in a child, its descriptor limit raised to the hard limit. */
async function startServer(env: Record<string, string>): Promise<Server> {
  // BENCH_CPU_PROF=<dir> writes each server's V8 CPU profile there on exit.
  const profile = process.env.BENCH_CPU_PROF ? ["--cpu-prof", `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : [];
  // BENCH_NODE_FLAGS: V8 / Node flags for the servers (e.g. --max-semi-space-size=64).
  const flags = (process.env.BENCH_NODE_FLAGS ?? "").split(/\s+/).filter(Boolean);
  const node = [process.execPath, "--expose-gc", ...profile, ...flags, "--import", "tsx", "server/main.ts"].map((a) => `'${a}'`).join(" ");
  const child = spawn("sh", ["-c", `ulimit -n ${limits.hard} 2>/dev/null; exec ${node}`], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: "0", // the server prints the port it got
      NODE_ENV: "test",
      KABINET_TEST_HOOKS: "1",
      JOBS: "false",
      SEED_DEMO: "false",
      JWT_SECRET,
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const collect = (chunk: Buffer) => void (output = (output + chunk.toString()).slice(-4000));
  child.stderr!.on("data", collect);
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start in 60 s:\n${output}`)), 60_000);
    child.stdout!.on("data", (chunk: Buffer) => {
      collect(chunk);
      const m = /kabinet listening on http:\/\/[^:]+:(\d+)/.exec(output);
      if (m) {
        clearTimeout(timer);
        resolve(`http://127.0.0.1:${m[1]}`);
      }
    });
    child.once("exit", (code) => reject(new Error(`server exited with ${code}:\n${output}`)));
  }).catch((err) => {
    child.kill("SIGKILL");
    throw err;
  });
  // Keep draining its output (a full pipe would block the server).
  child.stdout!.resume();
  return {
    url,
    child,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}

async function memory(server: Server): Promise<{ rss: number; heapUsed: number }> {
  const res = await fetch(`${server.url}/test-hooks/memory?gc=1`);
  return (await res.json()) as { rss: number; heapUsed: number };
}

interface Subscriber {
  userId: number;
  ws: WebSocket;
  /** Epoch ms (high resolution) of each message received. */
  received: number[];
}

const now = () => performance.timeOrigin + performance.now();

/** Connects, authenticates and subscribes; resolves once the server acknowledged the connection. */
function subscribe(wsUrl: string, userId: number, token: string): Promise<Subscriber> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(wsUrl, "graphql-transport-ws", { perMessageDeflate: false });
    const sub: Subscriber = { userId, ws, received: [] };
    ws.on("open", () => ws.send(JSON.stringify({ type: "connection_init", payload: { authorization: `Bearer ${token}` } })));
    ws.on("message", (data) => {
      const at = now(); // first: the time is what we measure
      const text = data.toString();
      if (text.startsWith('{"id":"1","type":"next"')) return void sub.received.push(at);
      const msg = JSON.parse(text) as { type: string; payload?: unknown };
      if (msg.type === "connection_ack") {
        ws.send(JSON.stringify({ id: "1", type: "subscribe", payload: { query: QUERY } }));
        resolve(sub);
      } else if (msg.type === "ping") ws.send('{"type":"pong"}');
      else if (msg.type === "error" || msg.type === "next") sub.received.push(at); // counted; checked below
    });
    ws.on("error", reject);
    ws.on("close", (code) => reject(new Error(`closed ${code}`)));
  });
}

async function connectAll(wsUrl: string, users: { id: number; token: string }[], concurrency = 64): Promise<Subscriber[]> {
  const subs: Subscriber[] = new Array(users.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < users.length) {
        const i = next++;
        subs[i] = await subscribe(wsUrl, users[i]!.id, users[i]!.token);
      }
    }),
  );
  return subs;
}

/** One notification for every subscriber through `via`; latencies from the start of the announcement. */
async function broadcast(via: Server, subs: Subscriber[], round: string): Promise<number[]> {
  for (const s of subs) s.received.length = 0;
  const res = await fetch(`${via.url}/test-hooks/notifications`, {
    method: "POST",
    body: JSON.stringify({ userIds: subs.map((s) => s.userId), title: `Рассылка ${round}`, body: "Плановые работы" }),
  });
  const { count, publishStartedAt, publishMs } = (await res.json()) as { count: number; publishStartedAt: number; publishMs: number };
  if (count !== subs.length) throw new Error(`broadcast created ${count} notifications for ${subs.length} subscribers`);
  const deadline = Date.now() + 30_000;
  while (subs.some((s) => s.received.length === 0)) {
    if (Date.now() > deadline) throw new Error(`${subs.filter((s) => !s.received.length).length} subscribers got nothing in 30 s`);
    await new Promise((r) => setTimeout(r, 5));
  }
  await new Promise((r) => setTimeout(r, 100));
  const extra = subs.filter((s) => s.received.length !== 1).length;
  if (extra) throw new Error(`${extra} subscribers got more than one message`);
  const lat = subs.map((s) => s.received[0]! - publishStartedAt).sort((a, b) => a - b);
  console.log(`  ${round}: announced in ${fmt(publishMs)} ms; latency p50 ${fmt(percentile(lat, 50))} ms, p99 ${fmt(percentile(lat, 99))} ms, max ${fmt(lat[lat.length - 1]!)} ms`);
  return lat;
}

async function scenario(label: string, target: number, subscribeTo: Server, publishVia: Server, users: { id: number; token: string }[]) {
  console.log(`\n${label}`);
  const before = await memory(subscribeTo);
  const t0 = performance.now();
  const subs = await connectAll(subscribeTo.url.replace("http", "ws") + "/graphql", users);
  console.log(`  ${subs.length} subscribers connected in ${fmt((performance.now() - t0) / 1000)} s`);
  // Warm-up: also proves every subscription is live on the server (and in Redis) before measuring.
  await broadcast(publishVia, subs, "warm-up");
  const after = await memory(subscribeTo);
  const perRss = (after.rss - before.rss) / subs.length / 1024;
  const perHeap = (after.heapUsed - before.heapUsed) / subs.length / 1024;
  console.log(
    `  server memory: RSS ${fmt(before.rss / 2 ** 20)} → ${fmt(after.rss / 2 ** 20)} MB, heap ${fmt(before.heapUsed / 2 ** 20)} → ${fmt(after.heapUsed / 2 ** 20)} MB; ` +
      `per connection ${fmt(perRss)} KB RSS, ${fmt(perHeap)} KB heap (target ≤ 50 KB)`,
  );
  const all: number[] = [];
  for (let r = 1; r <= ROUNDS; r++) all.push(...(await broadcast(publishVia, subs, `broadcast ${r}`)));
  all.sort((a, b) => a - b);
  console.log(`  all ${ROUNDS} broadcasts: p50 ${fmt(percentile(all, 50))} ms, p99 ${fmt(percentile(all, 99))} ms (target ≤ ${target} ms)`);
  await Promise.all(
    subs.map((s) => new Promise<void>((resolve) => (s.ws.readyState === WebSocket.CLOSED ? resolve() : (s.ws.once("close", () => resolve()), s.ws.close())))),
  );
}

const fresh = await freshDatabase("kabinet_bench_subs");
const db = await openDatabase({ databaseUrl: fresh.url, dataDir: "" });
const servers: Server[] = [];
try {
  await applyMigrations(db.sql);
  // N customers with a live session each; their access tokens signed here with the servers' key.
  const sessions = await db.sql.query<{ id: number; userId: number }>(
    `WITH u AS (
       INSERT INTO "User" (login, "passwordHash", "updatedAt") SELECT 'sub' || i, 'x', now() FROM generate_series(1, ${N}) i RETURNING id
     )
     INSERT INTO "Session" ("userId") SELECT id FROM u ORDER BY id RETURNING id, "userId"`,
  );
  const tokens = new TokenService(JWT_SECRET, 24 * 3600);
  const users = await Promise.all(
    sessions.map(async (s) => ({ id: s.userId, token: (await tokens.issue({ subject: { kind: "user", id: s.userId }, sessionId: s.id }, new Date())).token })),
  );
  console.log(`${N} subscribers; ${os.cpus().length} CPUs, load average ${os.loadavg().map((l) => l.toFixed(2)).join(" ")}; fd limit ${limits.soft}/${limits.hard}`);

  // BENCH_SCENARIOS=single or =replicas runs one of the two.
  const only = process.env.BENCH_SCENARIOS;
  if (!only || only === "single") {
    const single = await startServer({ DATABASE_URL: fresh.url });
    servers.push(single);
    await scenario("one server, in-memory pub/sub", 100, single, single, users);
    await single.stop();
    servers.length = 0;
  }
  if (!only || only === "replicas") {
    const prefix = `kabinet-bench-${randomBytes(4).toString("hex")}:`;
    const redisEnv = { DATABASE_URL: fresh.url, REDIS_URL, REDIS_CHANNEL_PREFIX: prefix };
    // One after the other: each is stopped by the finally below even if the other fails.
    const a = await startServer(redisEnv);
    servers.push(a);
    const b = await startServer(redisEnv);
    servers.push(b);
    await scenario("two replicas through Redis: subscribers on A, broadcast raised on B", 150, a, b, users);
  }
  console.log(`\nload average after: ${os.loadavg().map((l) => l.toFixed(2)).join(" ")}`);
} finally {
  await Promise.all(servers.map((s) => s.stop()));
  await db.close();
  await fresh.drop();
}
