// Benchmark plumbing: a fresh PostgreSQL database, the real server in a child process (so the
// load generator does not share its event loop), and latency statistics.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import http from "node:http";
import net from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const ADMIN_URL = process.env.BENCH_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

export async function freshDatabase(prefix = "kabinet_bench"): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `${prefix}_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: ADMIN_URL });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

export async function startServer(
  env: Record<string, string>,
  entry = { script: "server/main.ts", ready: "kabinet listening" },
): Promise<{ url: string; child: ChildProcess; stop(): Promise<void> }> {
  const port = await freePort();
  // BENCH_CPU_PROF=<dir> writes the server's V8 CPU profile there on exit (open in Chrome DevTools).
  const profile = process.env.BENCH_CPU_PROF ? ["--cpu-prof", `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : [];
  // BENCH_NODE_FLAGS: V8 / Node flags for the server (e.g. --max-semi-space-size=32).
  const flags = (process.env.BENCH_NODE_FLAGS ?? "").split(/\s+/).filter(Boolean);
  const child = spawn(process.execPath, [...profile, ...flags, "--import", "tsx", entry.script], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      JOBS: "false",
      SEED_DEMO: "false",
      NODE_ENV: "production",
      JWT_SECRET: "b".repeat(40),
      SMTP_URL: "smtp://127.0.0.1:1",
      SMS_GATEWAY_URL: "http://127.0.0.1:1",
      SMS_GATEWAY_TOKEN: "x",
      BANK_PROVIDER: "sandbox",
      BANK_WEBHOOK_SECRET: "w".repeat(32),
      ...env,
    },
    stdio: ["ignore", "pipe", "inherit"],
  });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("server did not start in 60 s")), 60_000);
    child.stdout!.on("data", (chunk: Buffer) => {
      if (chunk.toString().includes(entry.ready)) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.on("exit", (code) => reject(new Error(`server exited with ${code}`)));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    child,
    stop: () =>
      new Promise((r) => {
        child.once("exit", () => r());
        child.kill("SIGTERM");
      }),
  };
}

/** A port nobody listens on right now (other test servers share this machine). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
    probe.on("error", reject);
  });
}

export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** Runs `worker` on `concurrency` loops for `durationMs`; returns latencies (ms) and errors. */
export async function load(concurrency: number, durationMs: number, worker: (i: number) => Promise<void>) {
  const latencies: number[] = [];
  let errors = 0;
  let n = 0;
  const end = performance.now() + durationMs;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < end) {
        const i = n++;
        const t0 = performance.now();
        try {
          await worker(i);
          latencies.push(performance.now() - t0);
        } catch {
          errors += 1;
        }
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return { count: latencies.length, errors, seconds, rps: latencies.length / seconds, p50: percentile(latencies, 50), p99: percentile(latencies, 99) };
}

export const fmt = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : "n/a");

// A lean HTTP client for load: keep-alive sockets, no fetch machinery, so the client steals as
// little of the machine's CPU from the server as it can.
const agent = new http.Agent({ keepAlive: true, maxSockets: 512 });

/** POSTs JSON and resolves with the parsed answer; rejects on a non-2xx status. */
export function postJson(url: string, body: unknown, headers: Record<string, string> = {}): Promise<any> {
  const payload = Buffer.from(JSON.stringify(body));
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      { method: "POST", agent, headers: { "content-type": "application/json", "content-length": payload.length, ...headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => {
          const text = Buffer.concat(chunks).toString();
          if ((res.statusCode ?? 500) >= 300) return reject(new Error(`HTTP ${res.statusCode}: ${text.slice(0, 200)}`));
          try {
            resolve(JSON.parse(text));
          } catch (err) {
            reject(err);
          }
        });
        res.on("error", reject);
      },
    );
    req.on("error", reject);
    req.end(payload);
  });
}

/** CPU seconds (user + system) used so far by a process, from /proc (Linux). */
export function processCpuSeconds(pid: number): number {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime, stime in clock ticks (USER_HZ = 100)
  } catch {
    return 0;
  }
}

/** CPU seconds of every PostgreSQL process by pid. */
export function postgresCpuByPid(): Map<number, number> {
  const cpu = new Map<number, number>();
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (fs.readFileSync(`/proc/${entry}/comm`, "utf8").trim() === "postgres") cpu.set(Number(entry), processCpuSeconds(Number(entry)));
    } catch {
      // the process ended meanwhile
    }
  }
  return cpu;
}

/** PostgreSQL CPU since `before`, per process: a backend that ended meanwhile must not count negative. */
export function postgresCpuSince(before: Map<number, number>): number {
  let total = 0;
  for (const [pid, seconds] of postgresCpuByPid()) total += seconds - (before.get(pid) ?? 0);
  return total;
}

/** The backends connected to a database now (its pool, once warmed up). */
export async function backendsOf(databaseUrl: string): Promise<number[]> {
  const c = new pg.Client({ connectionString: ADMIN_URL });
  await c.connect();
  try {
    const name = new URL(databaseUrl).pathname.slice(1);
    return (await c.query<{ pid: number }>(`SELECT pid FROM pg_stat_activity WHERE datname = $1`, [name])).rows.map((r) => r.pid);
  } finally {
    await c.end();
  }
}

/**
 * Where the CPU went during `run`: server, PostgreSQL and this (client) process, in ms per request.
 * PostgreSQL is every server process of the machine, or with `databaseUrl` only the backends
 * connected to that database when the run starts (other work on a shared machine stays out).
 */
export async function cpuSplit<T extends { count: number }>(serverPid: number, run: () => Promise<T>, databaseUrl?: string): Promise<T & { cpu: string }> {
  const only = databaseUrl ? new Set(await backendsOf(databaseUrl)) : null;
  const s0 = processCpuSeconds(serverPid);
  const p0 = postgresCpuByPid();
  const c0 = process.cpuUsage();
  const r = await run();
  const c = process.cpuUsage(c0);
  const per = (seconds: number) => ((seconds * 1000) / Math.max(1, r.count)).toFixed(2);
  let pgSeconds = 0;
  if (only) for (const [pid, seconds] of postgresCpuByPid()) pgSeconds += only.has(pid) ? seconds - (p0.get(pid) ?? 0) : 0;
  else pgSeconds = postgresCpuSince(p0);
  return {
    ...r,
    cpu: `CPU per request: server ${per(processCpuSeconds(serverPid) - s0)} ms, PostgreSQL ${per(pgSeconds)} ms${only ? " (its backends)" : ""}, load client ${per((c.user + c.system) / 1e6)} ms`,
  };
}

/**
 * The floor every HTTP bench prints beside its own figure: a bare graphql-yoga server answering
 * `{ hello }` (bare-yoga.ts) under the same load in the same run, after a 3 s warm-up.
 */
export async function bareYogaRun(concurrency: number, seconds: number) {
  const bare = await startServer({}, { script: "server/bench/bare-yoga.ts", ready: "bare yoga listening" });
  try {
    const ask = async () => {
      const r = await postJson(`${bare.url}/graphql`, { query: "{ hello }" });
      if (r.data?.hello !== "world") throw new Error(JSON.stringify(r));
    };
    await load(concurrency, 3000, ask);
    return await cpuSplit(bare.child.pid!, () => load(concurrency, seconds * 1000, ask));
  } finally {
    await bare.stop();
  }
}
