// Liveness and readiness as a balancer sees them: /health/live answers while the process serves;
// /health/ready is 200 only with the database reachable, every migration applied and no shutdown
// under way, else 503 naming what failed. /health keeps its old answer.
import net from "node:net";
import { describe, expect, it } from "vitest";
import { openDatabase, type Database } from "../db/client.js";
import { applyMigrations, readMigrations } from "../db/migrate.js";
import { startHttpServer, type RunningServer } from "../http/server.js";
import { createTestApp } from "../test/app.js";
import { testDatabases, withTestDatabase } from "../test/db.js";
import { readinessChecks } from "./health.js";

async function serve(database: Database, appDatabase = database): Promise<RunningServer> {
  const t = createTestApp(appDatabase);
  return startHttpServer(t.app, {
    port: 0,
    host: "127.0.0.1",
    clientDir: "/nonexistent",
    health: { database: async () => (await database.sql.query("SELECT 1")).length === 1 },
    ready: readinessChecks({ sql: database.sql }),
  });
}

const get = async (server: RunningServer, path: string) => {
  const res = await fetch(`http://127.0.0.1:${server.port}${path}`);
  return { status: res.status, body: await res.json() };
};

describe.each(testDatabases())("liveness and readiness on $name", (backend) => {
  const database = withTestDatabase({ backend });

  it("ready with the database up and migrated; live; /health as before", async () => {
    const server = await serve(database);
    try {
      expect(await get(server, "/health/live")).toEqual({ status: 200, body: { status: "live" } });
      expect(await get(server, "/health/ready")).toEqual({
        status: 200,
        body: { status: "ready", checks: { database: true, migrations: true, notShuttingDown: true } },
      });
      expect(await get(server, "/health")).toEqual({ status: 200, body: { status: "ok", checks: { database: true } } });
      // Not mounted on this port (production without METRICS_TOKEN, or METRICS_PORT): 404, not the client's page.
      expect((await fetch(`http://127.0.0.1:${server.port}/metrics`)).status).toBe(404);
    } finally {
      await server.close(1_000);
    }
  });

  it("not ready while shutting down: a request already on its connection gets 503", async () => {
    const server = await serve(database);
    // Two requests pipelined on one connection: a POST whose body is still arriving keeps the
    // connection busy while the server starts closing; the readiness probe behind it is answered then.
    const socket = net.connect(server.port, "127.0.0.1");
    await new Promise((resolve) => socket.once("connect", resolve));
    let received = "";
    socket.on("data", (chunk) => (received += chunk.toString()));
    const ended = new Promise((resolve) => socket.once("close", resolve));
    const body = JSON.stringify({ query: "{ __typename }" });
    socket.write(`POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n${body.slice(0, 5)}`);
    await new Promise((r) => setTimeout(r, 100));
    const closing = server.close(5_000);
    socket.write(`${body.slice(5)}GET /health/ready HTTP/1.1\r\nHost: x\r\n\r\n`);
    await Promise.race([ended, new Promise((r) => setTimeout(r, 3_000))]);
    socket.destroy();
    await closing;
    const answers = received.split(/(?=HTTP\/1\.1 )/);
    expect(answers[0]).toMatch(/^HTTP\/1\.1 200/);
    expect(answers[1]).toMatch(/^HTTP\/1\.1 503/);
    const second = answers[1]!;
    expect(JSON.parse(second.slice(second.indexOf("{"), second.lastIndexOf("}") + 1))).toEqual({
      status: "not ready",
      failed: ["notShuttingDown"],
      checks: { database: true, migrations: true, notShuttingDown: false },
    });
  });

  it("not ready while a migration of this build is not applied", async () => {
    const partial = await openDatabase({ dataDir: "memory://" });
    try {
      await applyMigrations(partial.sql, readMigrations().slice(0, -1));
      const server = await serve(partial, database);
      try {
        expect(await get(server, "/health/ready")).toEqual({
          status: 503,
          body: { status: "not ready", failed: ["migrations"], checks: { database: true, migrations: false, notShuttingDown: true } },
        });
      } finally {
        await server.close(1_000);
      }
    } finally {
      await partial.close();
    }
  });
});

describe("readiness when the database is away", () => {
  it("answers 503 naming the database (a PostgreSQL nobody listens for), while /health/live still answers", async () => {
    const away = await openDatabase({ databaseUrl: "postgresql://postgres@127.0.0.1:1/kabinet", dataDir: "" });
    const [first] = testDatabases();
    const database = await first!.open();
    try {
      const server = await serve(away, database);
      try {
        expect(await get(server, "/health/live")).toEqual({ status: 200, body: { status: "live" } });
        expect(await get(server, "/health/ready")).toEqual({
          status: 503,
          body: { status: "not ready", failed: ["database", "migrations"], checks: { database: false, migrations: false, notShuttingDown: true } },
        });
      } finally {
        await server.close(1_000);
      }
    } finally {
      await away.close();
      await database.close();
    }
  });
});
