// `NODE_ENV=production npm start` (server/start.mjs): plain node on the build, refused with one line
// naming `npm run build` when the build is missing or older than its sources; the built server
// logs JSON with request ids and answers /metrics.
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { startMain } from "../test/main-process.js";
import { loadPersistedDocuments } from "../graphql/persisted-operations.js";

// The web client's news block by its persisted hash: what a browser may run in production.
const NEWS_HASH = [...loadPersistedDocuments()].find(([, text]) => text.startsWith("query HomeNews "))![0];

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

describe("npm start in production refuses a missing or stale build", () => {
  it("names what is missing or older, and the command to run; a fresh build is started", () => {
    // A project folder of its own: the real start script, a stand-in build.
    const root = fs.mkdtempSync(path.join(os.tmpdir(), "kabinet-start-"));
    try {
      fs.mkdirSync(path.join(root, "server"));
      for (const f of ["start.mjs", "build-freshness.mjs"]) fs.copyFileSync(path.join(ROOT, "server", f), path.join(root, "server", f));
      const start = () =>
        spawnSync(process.execPath, [path.join(root, "server", "start.mjs")], { env: { ...process.env, NODE_ENV: "production" }, encoding: "utf8" });
      const write = (file: string, text: string, at: number) => {
        fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
        fs.writeFileSync(path.join(root, file), text);
        fs.utimesSync(path.join(root, file), at / 1000, at / 1000);
      };
      const hourAgo = Date.now() - 3_600_000;

      let run = start();
      expect(run.status).toBe(1);
      expect(run.stderr).toBe("the server is not built (no dist/server/main.js): run `npm run build`\n");

      write("server/app.ts", "// source", hourAgo);
      write("client/src/index.tsx", "// source", hourAgo);
      write("dist/server/main.js", 'console.log("the build runs");', hourAgo + 1000);
      write("dist/server/build.json", JSON.stringify({ builtAt: hourAgo + 500, inputs: ["server/app.ts"] }), hourAgo + 1000);
      run = start();
      expect(run.status).toBe(1);
      expect(run.stderr).toBe("the web client is not built (no client/dist/index.html): run `npm run build`\n");

      write("client/dist/index.html", "<!doctype html>", hourAgo + 1000);
      write("schema.graphql", "type Query { a: Int }", hourAgo);
      run = start();
      expect(run.status).toBe(1);
      expect(run.stderr).toBe("the API reference is not built (no dist/docs/index.html): run `npm run build`\n");

      write("dist/docs/index.html", "<!doctype html>", hourAgo + 1000);
      run = start();
      expect(run.stderr).toBe("");
      expect(run.stdout).toBe("the build runs\n");
      expect(run.status).toBe(0);

      write("server/app.ts", "// edited", Date.now());
      run = start();
      expect(run.status).toBe(1);
      expect(run.stderr).toBe("the server build is older than the sources (server/app.ts changed after it): run `npm run build`\n");

      write("server/app.ts", "// edited", hourAgo);
      write("client/src/index.tsx", "// edited", Date.now());
      run = start();
      expect(run.status).toBe(1);
      expect(run.stderr).toBe("the web client build is older than the sources (client/src/index.tsx changed after it): run `npm run build`\n");

      write("client/src/index.tsx", "// edited", hourAgo);
      write("schema.graphql", "type Query { a: Int b: Int }", Date.now());
      run = start();
      expect(run.status).toBe(1);
      expect(run.stderr).toBe("the API reference is older than the sources (schema.graphql changed after it): run `npm run build`\n");
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});

describe("MIGRATE_ON_START=false", () => {
  it("refuses to start while a migration is pending, naming the command that applies them", async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "kabinet-no-migrate-"));
    try {
      const run = await startMain({ NODE_ENV: "development", MIGRATE_ON_START: "false", JOBS: "false", PORT: "0", DATA_DIR: dataDir });
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(/^MIGRATE_ON_START=false and \d+ migration\(s\) not applied \(20261124000000_init, .*\): run `npm run db:migrate` first\n$/);
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  }, 60_000);
});

describe("the production build", () => {
  it("starts with plain node, logs JSON lines with request ids, answers /metrics with the series and /docs/ with the API reference", async () => {
    execFileSync(process.execPath, ["server/build.mjs"], { cwd: ROOT, stdio: "pipe" }); // about 0.5 s
    // `npm test` builds the client first; build it here only when it is missing or stale.
    const { buildProblem } = (await import(path.join(ROOT, "server", "build-freshness.mjs"))) as { buildProblem(root: string): string | null };
    if (buildProblem(ROOT)?.includes("web client"))
      execFileSync(process.execPath, [path.join(ROOT, "node_modules", "vite", "bin", "vite.js"), "build", "client", "--logLevel", "warn"], {
        cwd: ROOT,
        stdio: "pipe",
      });
    if (buildProblem(ROOT)?.includes("API reference")) execFileSync(process.execPath, ["server/api-docs/build.mjs"], { cwd: ROOT, stdio: "pipe" });
    expect(buildProblem(ROOT)).toBeNull();

    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "kabinet-prod-build-"));
    const token = "t".repeat(40);
    let answered: { requestId: string | null; metrics: string; unauthorized: number; ready: number; docs: unknown; sdl: unknown } | undefined;
    try {
      const run = await startMain(
        {
          NODE_ENV: "production",
          JWT_SECRET: "j".repeat(40),
          BANK_WEBHOOK_SECRET: "w".repeat(40),
          SMTP_URL: "smtp://127.0.0.1:1",
          SMS_GATEWAY_URL: "http://127.0.0.1:1/sms",
          SMS_GATEWAY_TOKEN: "sms-token",
          BANK_PROVIDER: "sandbox",
          JOBS: "false",
          PORT: "0",
          DATA_DIR: dataDir,
          METRICS_TOKEN: token,
        },
        {
          args: ["server/start.mjs"],
          untilListening: async (url) => {
            const res = await fetch(`${url}/graphql`, {
              method: "POST",
              headers: { "content-type": "application/json", "x-request-id": "prod-check-1" },
              body: JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: NEWS_HASH } } }),
            });
            await res.text();
            const unauthorized = (await fetch(`${url}/metrics`)).status;
            const metrics = await (await fetch(`${url}/metrics`, { headers: { authorization: `Bearer ${token}` } })).text();
            const docs = await fetch(`${url}/docs/`);
            const sdl = await fetch(`${url}/schema.graphql`);
            answered = {
              requestId: res.headers.get("x-request-id"),
              metrics,
              unauthorized,
              ready: (await fetch(`${url}/health/ready`)).status,
              docs: { status: docs.status, namesViewer: (await docs.text()).includes('id="query-viewer"') },
              sdl: { status: sdl.status, schema: (await sdl.text()) === fs.readFileSync(path.join(ROOT, "schema.graphql"), "utf8") },
            };
          },
        },
      );
      expect(run.code, run.stderr).toBe(0);
      expect(answered).toMatchObject({ requestId: "prod-check-1", unauthorized: 401, ready: 200 });
      // The API reference of the build, and the SDL, in production.
      expect(answered).toMatchObject({ docs: { status: 200, namesViewer: true }, sdl: { status: 200, schema: true } });
      expect(answered!.metrics).toMatch(
        /kabinet_graphql_operation_duration_seconds_count\{operation="HomeNews",type="query",transport="http",outcome="ok"\} 1/,
      );
      for (const name of [
        "kabinet_http_request_duration_seconds",
        "kabinet_outbox_messages",
        "kabinet_pdf_pages_open",
        "kabinet_ws_connections",
        "kabinet_process_cpu_seconds_total",
      ]) {
        expect(answered!.metrics, name).toContain(`# TYPE ${name} `);
      }
      // Every line is JSON; the listening line says the build ran and how long the start took.
      const lines = run.stdout
        .split("\n")
        .filter(Boolean)
        .map((line) => JSON.parse(line) as Record<string, unknown>);
      const listening = lines.find((l) => String(l.msg).startsWith("kabinet listening on"))!;
      expect(listening).toMatchObject({ level: "info", runtime: "build" });
      expect(listening.startupMs).toBeGreaterThan(0);
      expect(lines.find((l) => l.msg === "graphql")).toMatchObject({ reqId: "prod-check-1", operation: "HomeNews", outcome: "ok" });
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  }, 120_000);
});
