import { afterAll, describe, expect, it } from "vitest";
import { createClient } from "graphql-ws";
import WebSocket from "ws";
import { buildApp } from "../app.js";
import { loadConfig } from "../config.js";
import { notify } from "../domains/notifications/service.js";
import { devMessenger } from "../integrations/messaging/index.js";
import { createAppPubSub } from "../integrations/pubsub.js";
import { systemClock } from "../shared/clock.js";
import { withTestDatabase } from "../test/db.js";
import { createCustomer } from "../test/fixtures.js";
import { startHttpServer, type RunningServer } from "./server.js";

describe("HTTP and WebSocket transport", () => {
  let server: RunningServer;
  const pubsub = createAppPubSub();

  const database = withTestDatabase({
    seed: async () => {
      const messenger = devMessenger({ db: database.prisma, log: null });
      const deps = { db: database.prisma, sql: database.sql, config: loadConfig({ NODE_ENV: "test" }), clock: systemClock, pubsub, messenger };
      server = await startHttpServer(buildApp(deps), {
        port: 0,
        host: "127.0.0.1",
        clientDir: "/nonexistent",
        health: { database: async () => (await database.sql.query("SELECT 1")).length === 1 },
      });
    },
  });
  afterAll(async () => {
    await server?.close();
  });

  async function signIn(login: string, password: string): Promise<string> {
    const res = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        query: `mutation($l: String!, $p: String!) { sessionCreate(input: { login: $l, password: $p }) { session { accessToken } } }`,
        variables: { l: login, p: password },
      }),
    });
    return ((await res.json()) as any).data.sessionCreate.session.accessToken;
  }

  function subscribe(token: string | null) {
    const client = createClient({
      url: `${server.url.replace("http", "ws")}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams: token ? { authorization: `Bearer ${token}` } : {},
      retryAttempts: 0,
    });
    const iterator = client.iterate({ query: "subscription { notificationAdded { title body read } }" });
    return { client, iterator };
  }

  it("delivers a new notification to its owner's subscription, with the same auth as HTTP", async () => {
    const owner = await createCustomer(database.prisma);
    const other = await createCustomer(database.prisma);
    const mine = subscribe(await signIn(owner.user.login, owner.password));
    const theirs = subscribe(await signIn(other.user.login, other.password));
    const next = mine.iterator.next();
    const otherNext = Promise.race([theirs.iterator.next(), new Promise((r) => setTimeout(() => r("nothing"), 700))]);
    await new Promise((r) => setTimeout(r, 200)); // let both subscriptions register
    await notify({ db: database.prisma, pubsub }, { userId: owner.user.id, kind: "INFO", title: "Привет", body: "Тест" });
    expect((await next).value).toEqual({ data: { notificationAdded: { title: "Привет", body: "Тест", read: false } } });
    expect(await otherNext).toBe("nothing");
    await mine.client.dispose();
    await theirs.client.dispose();
  });

  it("refuses a subscription without a valid token", async () => {
    const anon = subscribe(null);
    const r = await anon.iterator.next();
    expect(JSON.stringify(r.value ?? r)).toMatch(/UNAUTHENTICATED|Войдите/);
    await anon.client.dispose();
  });

  it("reports health", async () => {
    const res = await fetch(`${server.url}/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: "ok", checks: { database: true } });
  });

  it("announces a deduplicated notification only once", async () => {
    const c = await createCustomer(database.prisma);
    const deps = { db: database.prisma, pubsub };
    const n = { userId: c.user.id, kind: "READINGS_REMINDER" as const, title: "Передайте показания", body: "…", dedupeKey: "readings:2026-11:10" };
    expect(await notify(deps, n)).not.toBeNull();
    expect(await notify(deps, n)).toBeNull();
    expect(await database.prisma.notification.count({ where: { userId: c.user.id } })).toBe(1);
  });
});
