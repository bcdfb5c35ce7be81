// Graceful stop of the HTTP server: /health turns 503 at once, no new connections are taken,
// a request in flight still gets its answer, WebSocket subscribers are told to go (1001).
import http from "node:http";
import { describe, expect, it } from "vitest";
import WebSocket from "ws";
import { buildApp } from "../app.js";
import { loadConfig } from "../config.js";
import { devMessenger } from "../integrations/messaging/index.js";
import { createAppPubSub } from "../integrations/pubsub.js";
import { systemClock } from "../shared/clock.js";
import { withTestDatabase } from "../test/db.js";
import { startHttpServer } from "./server.js";

describe("graceful shutdown", () => {
  const database = withTestDatabase();

  it("finishes the request in flight, refuses new connections and closes WebSockets with 1001", async () => {
    const deps = {
      db: database.prisma,
      sql: database.sql,
      config: loadConfig({ NODE_ENV: "test" }),
      clock: systemClock,
      pubsub: createAppPubSub(),
      messenger: devMessenger({ db: database.prisma, log: null }),
    };
    const server = await startHttpServer(buildApp(deps), {
      port: 0,
      host: "127.0.0.1",
      clientDir: "/nonexistent",
      health: { database: async () => true },
    });

    // A WebSocket client (graphql-transport-ws) and a request whose body is still arriving.
    const ws = new WebSocket(`ws://127.0.0.1:${server.port}/graphql`, "graphql-transport-ws");
    await new Promise((resolve) => ws.once("open", resolve));
    const wsClosed = new Promise<number>((resolve) => ws.once("close", (code) => resolve(code)));
    const body = JSON.stringify({ query: "{ __typename }" });
    const answer = new Promise<{ status: number; text: string }>((resolve, reject) => {
      const req = http.request(
        {
          host: "127.0.0.1",
          port: server.port,
          path: "/graphql",
          method: "POST",
          headers: { "content-type": "application/json", "content-length": body.length },
        },
        (res) => {
          let text = "";
          res.on("data", (c) => (text += c));
          res.on("end", () => resolve({ status: res.statusCode!, text }));
        },
      );
      req.on("error", reject);
      req.write(body.slice(0, 5));
      setTimeout(() => req.end(body.slice(5)), 400);
    });
    await new Promise((r) => setTimeout(r, 100)); // the request has reached the server

    let closed = false;
    const closing = server.close(5_000).then(() => void (closed = true));
    expect(await wsClosed).toBe(1001);
    await expect(fetch(`http://127.0.0.1:${server.port}/health`)).rejects.toThrow(); // no new connections
    expect(closed).toBe(false);
    expect(await answer).toEqual({ status: 200, text: JSON.stringify({ data: { __typename: "Query" } }) });
    await closing;
    expect(closed).toBe(true);
  });
});
