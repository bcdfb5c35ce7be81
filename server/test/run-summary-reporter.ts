// Printed after the default reporter's summary: where the time went (the slowest test files,
// and how much of the run was spent in parallel) and, on one line, which suites were skipped
// for want of an outside service and how to run them (services.ts, needs.ts).
import type { Reporter, TestModule, Vitest } from "vitest/node";
import { serviceUrl, TEST_SERVICES, type TestService } from "./services.js";

const SLOWEST = 10;

export default class RunSummaryReporter implements Reporter {
  private started = performance.now();
  private workers = 0;

  onInit(vitest: Vitest): void {
    this.workers = vitest.config.maxWorkers;
  }

  onTestRunStart(): void {
    this.started = performance.now();
  }

  onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
    if (modules.length === 0) return;
    const wall = (performance.now() - this.started) / 1000;
    const files = modules.map((m) => ({ file: m.relativeModuleId, seconds: fileSeconds(m) })).sort((a, b) => b.seconds - a.seconds);
    const busy = files.reduce((s, f) => s + f.seconds, 0);
    const out: string[] = [""];
    out.push(`Slowest test files (of ${files.length}; ${busy.toFixed(0)} s of files in ${wall.toFixed(0)} s on ${this.workers} workers):`);
    for (const f of files.slice(0, SLOWEST)) out.push(`  ${f.seconds.toFixed(1).padStart(6)} s  ${f.file}`);
    out.push(skippedLine(modules));
    process.stdout.write(`${out.join("\n")}\n`);
  }
}

/** Import and collection, hooks and tests: what the file kept a worker busy for. */
function fileSeconds(m: TestModule): number {
  const d = m.diagnostic();
  return (d.environmentSetupDuration + d.prepareDuration + d.collectDuration + d.setupDuration + d.duration) / 1000;
}

function skippedLine(modules: ReadonlyArray<TestModule>): string {
  const parts: string[] = [];
  for (const service of Object.keys(TEST_SERVICES) as TestService[]) {
    if (serviceUrl(service)) continue;
    const { label, env, example } = TEST_SERVICES[service];
    const skipped = modules.filter((m) => [...m.children.allTests()].some((t) => t.tags.includes(service) && t.result().state === "skipped")).length;
    // testDatabases() suites are named "… on $name": without the URL only "… on pglite" exists.
    const pgliteOnly = service === "postgres" ? modules.filter(ranOnPgliteOnly).length : 0;
    if (!skipped && !pgliteOnly) continue;
    const what = [skipped && `${files(skipped)} skipped`, pgliteOnly && `${files(pgliteOnly)} ran on PGlite only`].filter(Boolean).join(", ");
    parts.push(`${label} suites skipped (${what}): set ${env}=${example} to run them`);
  }
  return parts.length
    ? parts.join("; ")
    : `No suite skipped for a service: ${Object.values(TEST_SERVICES)
        .map((s) => `${s.label} (${s.env})`)
        .join(" and ")} ran.`;
}

const files = (n: number) => `${n} file${n === 1 ? "" : "s"}`;

function ranOnPgliteOnly(m: TestModule): boolean {
  const names = [...m.children.allSuites()].map((s) => s.name);
  // "$name" prints a string quoted: "FAQ on 'pglite'".
  return names.some((n) => / on '?pglite'?$/.test(n)) && !names.some((n) => / on '?postgres'?$/.test(n));
}
