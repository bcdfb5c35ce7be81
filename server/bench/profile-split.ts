// `tsx server/bench/profile-split.ts <file.cpuprofile | dir> [seconds]`: where the server's CPU
// went, from a V8 CPU profile written by a bench run with BENCH_CPU_PROF=<dir>. Only the last
// `seconds` of busy samples are counted (default 4: the bench's last scenario, e.g. bench:home's
// uncached run with BENCH_HOME_ONLY=uncached), so start-up and sign-ins stay out. A sample is
// charged to the innermost frame that belongs to a known part (native and node-internal frames
// count for the part that called them), so "Prisma client" includes the JSON and Wasm work it does.
// V8 samples the thread's stack by wall clock: on a loaded machine a sample also lands where the
// thread was preempted, which mostly shows as socket writes (the peer woken takes the CPU).
import fs from "node:fs";
import path from "node:path";

interface Node {
  id: number;
  callFrame: { functionName: string; url: string };
  children?: number[];
}
interface Profile {
  nodes: Node[];
  samples: number[];
  timeDeltas: number[];
}

// First match wins; tested against the frame's url, then its function name.
const PARTS: [string, RegExp][] = [
  ["graphql-js parse", /node_modules\/graphql\/language\//],
  ["graphql-js validate", /node_modules\/graphql\/(validation|utilities)\//],
  ["GraphQL execution (graphql-js, @graphql-tools/executor)", /node_modules\/(graphql\/(execution|type|jsutils)|@graphql-tools\/executor)\//],
  ["graphql-jit", /node_modules\/graphql-jit\//],
  ["graphql-armor", /node_modules\/@escape\.tech\//],
  ["Pothos (planning, resolver wrappers)", /node_modules\/@pothos\//],
  ["Prisma client (query compiler, interpreter)", /node_modules\/(@prisma\/client|\.prisma)\/|server\/db\/generated\/|wasm:\/\//],
  ["Prisma adapter (adapter-pg, driver-adapter-utils)", /node_modules\/@prisma\/(adapter-pg|driver-adapter-utils)\//],
  ["pg driver (pg, pg-protocol, pg-pool, pg-types)", /node_modules\/(pg|pg-protocol|pg-pool|pg-types|postgres-[a-z]+)\//],
  ["yoga / envelop / whatwg-node (HTTP to GraphQL)", /node_modules\/(graphql-yoga|@graphql-yoga|@envelop|@whatwg-node|@graphql-tools|urlpattern-polyfill)\//],
  ["response cache, kabinet plugins", /\/server\/(http|graphql)\//],
  ["logging, metrics (pino, prom-client)", /node_modules\/(pino|prom-client|sonic-boom|thread-stream|fast-redact|tdigest|bintrees)[-/]/],
  ["DataLoader", /node_modules\/dataloader\//],
  ["kabinet code (resolvers, services, domain SQL)", /\/server\/(?!bench\/)/],
];
// Socket writes are their own part: on loopback the write carries the receiver's TCP work and, on
// a busy machine, the wait while the woken PostgreSQL backend (or client) takes the CPU.
const WRITES = new Set(["writev", "writeBuffer", "writeUtf8String", "writeLatin1String"]);

function partOf(frame: Node["callFrame"]): string | null {
  if (!frame.url && WRITES.has(frame.functionName)) return "socket writes (loopback TCP, waking the peer)";
  for (const [name, re] of PARTS) if (re.test(frame.url)) return name;
  if (frame.functionName === "(garbage collector)") return "garbage collection";
  if (frame.functionName === "(idle)" || frame.functionName === "(program)") return frame.functionName;
  return null;
}

function split(file: string, lastSeconds: number) {
  const p = JSON.parse(fs.readFileSync(file, "utf8")) as Profile;
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const part = new Map<number, string>();
  const partOfNode = (id: number): string => {
    const known = part.get(id);
    if (known) return known;
    const own = partOf(byId.get(id)!.callFrame);
    const up = parent.get(id);
    // Native and node-internal frames (no part of their own) count for their caller's part.
    const name = own && own !== "(program)" ? own : up === undefined ? (own ?? "node runtime (HTTP parser, timers, V8)") : partOfNode(up);
    part.set(id, name);
    return name;
  };
  // Sample times, then the window: the last `lastSeconds` before the last busy sample.
  const times: number[] = [];
  let t = 0;
  for (const d of p.timeDeltas) times.push((t += d));
  let end = times.length - 1;
  while (end > 0 && byId.get(p.samples[end]!)!.callFrame.functionName === "(idle)") end -= 1;
  const from = times[end]! - lastSeconds * 1e6;
  const totals = new Map<string, number>();
  let busy = 0;
  let idle = 0;
  for (let i = 0; i <= end; i++) {
    if (times[i]! < from) continue;
    const dt = (times[i + 1] ?? times[i]!) - times[i]!;
    const name = partOfNode(p.samples[i]!);
    if (name === "(idle)") {
      idle += dt;
      continue;
    }
    busy += dt;
    totals.set(name, (totals.get(name) ?? 0) + dt);
  }
  console.log(`${path.basename(file)}: last ${lastSeconds} s, busy ${(busy / 1e6).toFixed(2)} s, idle ${(idle / 1e6).toFixed(2)} s`);
  for (const [name, us] of [...totals].sort((a, b) => b[1] - a[1])) console.log(`  ${((100 * us) / busy).toFixed(1).padStart(5)} %  ${name}`);
}

const target = process.argv[2];
if (!target) throw new Error("usage: profile-split.ts <file.cpuprofile | dir> [seconds]");
const seconds = Number(process.argv[3] ?? 4);
const files = fs.statSync(target).isDirectory()
  ? fs
      .readdirSync(target)
      .filter((f) => f.endsWith(".cpuprofile"))
      .map((f) => path.join(target, f))
  : [target];
for (const f of files) split(f, seconds);
