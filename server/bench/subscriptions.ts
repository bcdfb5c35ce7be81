// `npm run bench:subscriptions`: 10,000 graphql-ws subscribers (`notificationAdded`, one per
// customer) held on one server, then on one of two replicas sharing Redis. Prints the server's
// memory per connection (RSS and heap, after a GC, before vs after; target ≤ 30 KB RSS) and the
// delivery latency of a broadcast — one new notification for every subscriber, announced at
// once — from the moment the server starts announcing to the moment each client has the
// message. The latency targets are ratios to the floor's p99 in the same run (below): ≤ 1.3 × on
// one server, ≤ 1.6 × across replicas through Redis; the last lines print them.
//
// The servers are the real server, built as production runs it (dist/server/main.js, made when
// stale), in child processes (so the clients do not share their event loop), on a fresh
// PostgreSQL database, with the test-only hooks on
// (KABINET_TEST_HOOKS=1, NODE_ENV=test: the hooks raise the broadcast and read the memory).
// The clients are raw sockets speaking just enough WebSocket and graphql-transport-ws, in this one
// process, to keep this side light (see subscribe()); each broadcast also prints the CPU time the
// servers and this client spent on it (less sensitive than latency to other load on the machine).
// Last, the floor: the same broadcast from a bare `ws` server (ws-floor-server.ts) — what sending
// 10,000 WebSocket messages of the same size (printed) from one thread costs on this machine at
// this moment.
// BENCH_SUBSCRIBERS=N for another size; REDIS_URL (default the local one) for the replicas.
import { spawn, type ChildProcess } from "node:child_process";
import { execSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { randomBytes } from "node:crypto";
import net from "node:net";
import { openDatabase } from "../db/client.js";
import { applyMigrations } from "../db/migrate.js";
import { TokenService } from "../domains/identity/tokens.js";
import { fmt, freshDatabase, percentile, processCpuSeconds } from "./support.js";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const N = Number(process.env.BENCH_SUBSCRIBERS ?? 10_000);
const REDIS_URL = process.env.REDIS_URL ?? "redis://127.0.0.1:6379";
const JWT_SECRET = "bench-".padEnd(40, "x");
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const HEAP_DIR = process.env.BENCH_HEAP_SNAPSHOTS;
const QUERY = "subscription { notificationAdded { id kind title body createdAt read } }";

// ── file descriptors: every subscriber is one socket here and one in the server ──
function fdLimits(): { soft: number; hard: number } {
  const read = (flag: string) => Number(execSync(`sh -c 'ulimit -${flag}n'`).toString().trim().replace("unlimited", "1048576"));
  return { soft: read("S"), hard: read("H") };
}
const limits = fdLimits();
const needed = N + 512;
if (limits.soft < needed) {
  console.error(
    `ulimit -n is ${limits.soft} (hard ${limits.hard}); ${needed} descriptors are needed here: run 'ulimit -n ${Math.min(limits.hard, 65536)}' first`,
  );
  process.exit(1);
}

interface Server {
  url: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

/**
 * The servers run as production runs them: the esbuild bundle with plain node (`npm run build:server`,
 * made here when missing or stale), not the sources through tsx, whose loader and per-function
 * `__name` wrappers (a dictionary of properties on every closure) are not what production pays
 * for. The floor is compiled the same way.
 */
async function buildServers(): Promise<void> {
  const { serverBuildProblem } = (await import(path.join(ROOT, "server", "build-freshness.mjs"))) as { serverBuildProblem(root: string): string | null };
  const problem = serverBuildProblem(ROOT);
  if (problem) {
    console.log(`${problem}: building it`);
    execSync("node server/build.mjs", { cwd: ROOT, stdio: "inherit" });
  }
  const { build } = await import("esbuild");
  await build({
    absWorkingDir: ROOT,
    entryPoints: ["server/bench/ws-floor-server.ts"],
    outfile: FLOOR_BUNDLE,
    platform: "node",
    format: "esm",
    target: "node20.19",
    logLevel: "warning",
  });
}
const SERVER_BUNDLE = "dist/server/main.js";
const FLOOR_BUNDLE = "dist/bench/ws-floor-server.mjs";

/** The server bundle (or another script) in a child, its descriptor limit raised to the hard limit. */
async function startServer(env: Record<string, string>, script = SERVER_BUNDLE): Promise<Server> {
  // BENCH_CPU_PROF=<dir> writes each server's V8 CPU profile there on exit.
  const profile = process.env.BENCH_CPU_PROF ? ["--cpu-prof", `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : [];
  // BENCH_HEAP_SNAPSHOTS=<dir>: a heap snapshot there at each memory reading (before and after the connections).
  if (HEAP_DIR) profile.push("--heapsnapshot-signal=SIGUSR2", `--diagnostic-dir=${HEAP_DIR}`);
  // BENCH_NODE_FLAGS: V8 / Node flags for the servers (e.g. --max-semi-space-size=64).
  const flags = (process.env.BENCH_NODE_FLAGS ?? "").split(/\s+/).filter(Boolean);
  const node = [process.execPath, "--expose-gc", ...profile, ...flags, script].map((a) => `'${a}'`).join(" ");
  const child = spawn("sh", ["-c", `ulimit -n ${limits.hard} 2>/dev/null; exec ${node}`], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: "0", // the server prints the port it got
      NODE_ENV: "test",
      KABINET_TEST_HOOKS: "1",
      LOG_LEVEL: "info", // as in production (tests are silent): the start line names the port
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
    const timer = setTimeout(() => reject(new Error(`server did not start in 180 s:\n${output}`)), 180_000);
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
  // Keep draining its output (a full pipe would block the server); BENCH_SERVER_LOG=<file> keeps it
  // (e.g. with BENCH_NODE_FLAGS=--trace-gc).
  if (process.env.BENCH_SERVER_LOG) {
    const log = fs.createWriteStream(`${process.env.BENCH_SERVER_LOG}.${child.pid}`);
    child.stdout!.pipe(log);
    child.stderr!.pipe(log);
  } else child.stdout!.resume();
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
  const figures = (await res.json()) as { rss: number; heapUsed: number };
  if (HEAP_DIR) await heapSnapshot(server);
  return figures;
}

/** Has the server write a heap snapshot (SIGUSR2) and waits until the file is complete. */
async function heapSnapshot(server: Server): Promise<void> {
  const before = new Set(fs.readdirSync(HEAP_DIR!));
  server.child.kill("SIGUSR2");
  let file: string | undefined;
  for (let size = -1; ; ) {
    await new Promise((r) => setTimeout(r, 1000));
    file ??= fs.readdirSync(HEAP_DIR!).find((f) => f.endsWith(".heapsnapshot") && !before.has(f));
    if (!file) continue;
    const now = fs.statSync(path.join(HEAP_DIR!, file)).size;
    if (now === size) break;
    size = now;
  }
  console.log(`  heap snapshot: ${path.join(HEAP_DIR!, file)}`);
  await new Promise((r) => setTimeout(r, 6000)); // the server closed the idle keep-alive sockets meanwhile: let fetch see it
}

interface Subscriber {
  userId: number;
  socket: net.Socket;
  /** Epoch ms (high resolution) of each message received. */
  received: number[];
  /** Size of the last `next` message's payload, bytes (the floor must send as much). */
  bytes: number;
}

const now = () => performance.timeOrigin + performance.now();

/** A client → server WebSocket frame (masked, as the protocol requires of clients). */
function clientFrame(opcode: number, payload: Buffer): Buffer {
  const n = payload.length;
  const head = n < 126 ? Buffer.from([0x80 | opcode, 0x80 | n]) : Buffer.from([0x80 | opcode, 0x80 | 126, n >> 8, n & 255]);
  const mask = randomBytes(4);
  const body = Buffer.from(payload);
  for (let i = 0; i < n; i++) body[i]! ^= mask[i & 3]!;
  return Buffer.concat([head, mask, body]);
}
const textFrame = (text: string) => clientFrame(0x1, Buffer.from(text));

/**
 * Connects, authenticates and subscribes; resolves once the server acknowledged the connection.
 * A raw socket speaking just enough WebSocket (RFC 6455) and graphql-transport-ws: one process
 * receives all 10,000 clients' messages, so each costs it as little as possible — the time is
 * taken first thing when the bytes arrive, before any parsing — and this side's CPU (printed per
 * broadcast) stays well under the server's: what is measured is the server's delivery.
 */
function subscribe(port: number, userId: number, token: string): Promise<Subscriber> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, "127.0.0.1");
    socket.setNoDelay(true);
    const sub: Subscriber = { userId, socket, received: [], bytes: 0 };
    let pending: Buffer | null = null;
    let upgraded = false;
    socket.on("connect", () =>
      socket.write(
        `GET /graphql HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n` +
          `Sec-WebSocket-Key: ${randomBytes(16).toString("base64")}\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Protocol: graphql-transport-ws\r\n\r\n`,
      ),
    );
    socket.on("data", (chunk: Buffer) => {
      const at = now(); // first: the time is what we measure
      let buf: Buffer = pending ? Buffer.concat([pending, chunk]) : chunk;
      pending = null;
      if (!upgraded) {
        const end = buf.indexOf("\r\n\r\n");
        if (end < 0) return void (pending = buf);
        if (!/^HTTP\/1\.1 101/.test(buf.subarray(0, 12).toString())) return reject(new Error(`upgrade refused: ${buf.toString().split("\r\n")[0]}`));
        upgraded = true;
        buf = buf.subarray(end + 4);
        socket.write(textFrame(JSON.stringify({ type: "connection_init", payload: { authorization: `Bearer ${token}` } })));
      }
      // Whole frames only; a partial one waits for the rest. (The server neither masks nor fragments.)
      while (buf.length >= 2) {
        let length = buf[1]! & 0x7f;
        let offset = 2;
        if (length === 126) {
          if (buf.length < 4) break;
          length = buf.readUInt16BE(2);
          offset = 4;
        } else if (length === 127) {
          if (buf.length < 10) break;
          length = Number(buf.readBigUInt64BE(2));
          offset = 10;
        }
        if (buf.length < offset + length) break;
        const opcode = buf[0]! & 0x0f;
        const data = buf.subarray(offset, offset + length);
        buf = buf.subarray(offset + length);
        if (opcode === 0x9)
          socket.write(clientFrame(0xa, data)); // the server's keep-alive ping
        else if (opcode === 0x8) socket.end();
        else if (opcode === 0x1) {
          if (data.subarray(0, 23).toString() === '{"id":"1","type":"next"') {
            sub.received.push(at);
            sub.bytes = length;
          } else {
            const msg = JSON.parse(data.toString()) as { type: string };
            if (msg.type === "connection_ack") {
              socket.write(textFrame(JSON.stringify({ id: "1", type: "subscribe", payload: { query: QUERY } })));
              resolve(sub);
            } else if (msg.type === "ping") socket.write(textFrame('{"type":"pong"}'));
            else sub.received.push(at); // an error or anything else: counted, and checked below
          }
        }
      }
      if (buf.length) pending = Buffer.from(buf);
    });
    socket.on("error", reject);
    socket.on("close", () => reject(new Error("closed")));
  });
}

/** Closes the connection the way a client does (a close frame), resolving once it is gone. */
function unsubscribe(sub: Subscriber): Promise<void> {
  return new Promise((resolve) => {
    if (sub.socket.destroyed) return resolve();
    sub.socket.once("close", () => resolve());
    sub.socket.write(clientFrame(0x8, Buffer.from([0x03, 0xe8]))); // 1000 normal closure
  });
}

async function connectAll(port: number, users: { id: number; token: string }[], concurrency = 64): Promise<Subscriber[]> {
  const subs: Subscriber[] = new Array(users.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < users.length) {
        const i = next++;
        subs[i] = await subscribe(port, users[i]!.id, users[i]!.token);
      }
    }),
  );
  return subs;
}

/** One notification for every subscriber through `via`; latencies from the start of the announcement. */
async function broadcast(via: Server, subs: Subscriber[], round: string, servers: Server[]): Promise<number[]> {
  for (const s of subs) s.received.length = 0;
  const cpu0 = servers.map((s) => processCpuSeconds(s.child.pid!));
  const client0 = process.cpuUsage();
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
  const clientCpu = process.cpuUsage(client0);
  const cpu = servers.map((s, i) => (processCpuSeconds(s.child.pid!) - cpu0[i]!) * 1000);
  await new Promise((r) => setTimeout(r, 100));
  const extra = subs.filter((s) => s.received.length !== 1).length;
  if (extra) throw new Error(`${extra} subscribers got more than one message`);
  const lat = subs.map((s) => s.received[0]! - publishStartedAt).sort((a, b) => a - b);
  // CPU (10 ms ticks) from the request to the last message: the server(s) — raising the broadcast
  // (a 10k-row INSERT) included — and this client.
  const cpuText = `CPU ms: server ${servers.length > 1 ? cpu.map((c, i) => `${"AB"[i]} ${c.toFixed(0)}`).join(", ") : cpu[0]!.toFixed(0)}, client ${((clientCpu.user + clientCpu.system) / 1000).toFixed(0)}`;
  console.log(
    `  ${round}: announced in ${fmt(publishMs)} ms; latency p50 ${fmt(percentile(lat, 50))} ms, p99 ${fmt(percentile(lat, 99))} ms, max ${fmt(lat[lat.length - 1]!)} ms; ${cpuText}`,
  );
  return lat;
}

interface Figures {
  p99: number;
  perRss: number;
  perHeap: number;
}

async function scenario(label: string, subscribeTo: Server, publishVia: Server, users: { id: number; token: string }[]): Promise<Figures> {
  const servers = subscribeTo === publishVia ? [subscribeTo] : [subscribeTo, publishVia];
  console.log(`\n${label}`);
  const before = await memory(subscribeTo);
  const t0 = performance.now();
  const subs = await connectAll(Number(new URL(subscribeTo.url).port), users);
  console.log(`  ${subs.length} subscribers connected in ${fmt((performance.now() - t0) / 1000)} s`);
  // Warm-up: also proves every subscription is live on the server (and in Redis) before measuring.
  await broadcast(publishVia, subs, "warm-up", servers);
  const after = await memory(subscribeTo);
  const perRss = (after.rss - before.rss) / subs.length / 1024;
  const perHeap = (after.heapUsed - before.heapUsed) / subs.length / 1024;
  console.log(
    `  server memory: RSS ${fmt(before.rss / 2 ** 20)} → ${fmt(after.rss / 2 ** 20)} MB, heap ${fmt(before.heapUsed / 2 ** 20)} → ${fmt(after.heapUsed / 2 ** 20)} MB; ` +
      `per connection ${fmt(perRss)} KB RSS, ${fmt(perHeap)} KB heap; messages of ${subs[0]!.bytes} bytes`,
  );
  const all: number[] = [];
  for (let r = 1; r <= ROUNDS; r++) all.push(...(await broadcast(publishVia, subs, `broadcast ${r}`, servers)));
  all.sort((a, b) => a - b);
  const p99 = percentile(all, 99);
  console.log(`  all ${ROUNDS} broadcasts: p50 ${fmt(percentile(all, 50))} ms, p99 ${fmt(p99)} ms`);
  await Promise.all(subs.map(unsubscribe));
  return { p99, perRss, perHeap };
}

/** The targets, read against the floor of the same run (the machine is shared: absolute figures drift). */
function printTargets({ single, replicas, floor }: { single?: Figures; replicas?: Figures; floor?: Figures }) {
  console.log("\ntargets (same run):");
  const ratio = (label: string, f: Figures | undefined, max: number) => {
    if (!f) return;
    if (!floor) return console.log(`  ${label}: p99 ${fmt(f.p99)} ms (no floor run: BENCH_SCENARIOS left it out)`);
    const r = f.p99 / floor.p99;
    console.log(`  ${label}: p99 ${fmt(f.p99)} ms = ${r.toFixed(2)} × the floor's ${fmt(floor.p99)} ms (target ≤ ${max} ×) ${r <= max ? "ok" : "MISSED"}`);
  };
  ratio("one server", single, 1.3);
  ratio("two replicas through Redis", replicas, 1.6);
  for (const [label, f] of [
    ["one server", single],
    ["replica A", replicas],
  ] as const) {
    if (f)
      console.log(`  memory per connection, ${label}: ${fmt(f.perRss)} KB RSS, ${fmt(f.perHeap)} KB heap (target ≤ 30 KB) ${f.perRss <= 30 ? "ok" : "MISSED"}`);
  }
  if (floor) console.log(`  (floor: ${fmt(floor.perRss)} KB RSS, ${fmt(floor.perHeap)} KB heap per connection)`);
}

await buildServers();
const fresh = await freshDatabase("kabinet_bench_subs");
const db = await openDatabase({ databaseUrl: fresh.url, dataDir: "" });
const servers: Server[] = [];
const figures: { single?: Figures; replicas?: Figures; floor?: Figures } = {};
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
  console.log(
    `${N} subscribers; ${os.cpus().length} CPUs, load average ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(" ")}; fd limit ${limits.soft}/${limits.hard}`,
  );

  // BENCH_SCENARIOS=single, replicas or floor runs one of them.
  const only = process.env.BENCH_SCENARIOS;
  if (!only || only === "single") {
    const single = await startServer({ DATABASE_URL: fresh.url });
    servers.push(single);
    figures.single = await scenario("one server, in-memory pub/sub", single, single, users);
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
    figures.replicas = await scenario("two replicas through Redis: subscribers on A, broadcast raised on B", a, b, users);
    await Promise.all([a.stop(), b.stop()]);
    servers.length = 0;
  }
  if (!only || only === "floor") {
    // The same broadcast from a bare `ws` server sending one ready message to each socket: what the
    // machine allows at best (ws-floor-server.ts); the targets above are to be read against it.
    const floor = await startServer({}, FLOOR_BUNDLE);
    servers.push(floor);
    figures.floor = await scenario("floor: a bare ws server sending a ready message to every socket (no GraphQL, no pub/sub)", floor, floor, users);
  }
  printTargets(figures);
  console.log(
    `\nload average after: ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(" ")}`,
  );
} finally {
  await Promise.all(servers.map((s) => s.stop()));
  await db.close();
  await fresh.drop();
}
