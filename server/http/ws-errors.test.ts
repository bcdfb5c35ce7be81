// graphql-ws with a real client: a bad subscription (syntax, too many aliases, too costly) gets an
// error for its own id with the code HTTP gives, and another subscription on the same socket goes
// on receiving events; when the connection's access token expires (by the app's clock) the socket
// closes with 4403 and the client reconnects with a fresh token and resubscribes by itself.
import { createClient, type Client } from "graphql-ws";
import { afterAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { buildApp, type App } from "../app.js";
import { loadConfig } from "../config.js";
import { toEvent } from "../domains/notifications/service.js";
import { devMessenger } from "../integrations/messaging/index.js";
import { createAppPubSub } from "../integrations/pubsub.js";
import { fixedClock } from "../shared/clock.js";
import { withTestDatabase } from "../test/db.js";
import { createCustomer } from "../test/fixtures.js";
import { startHttpServer, type RunningServer } from "./server.js";
import { TOKEN_EXPIRED_CLOSE } from "./ws-operations.js";

const until = async (cond: () => boolean, ms = 5_000) => {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 10));
  }
};

describe("graphql-ws errors per operation", () => {
  let server: RunningServer;
  let app: App;
  const clock = fixedClock("2026-11-24T07:00:00.000Z");
  const pubsub = createAppPubSub();
  const clients: Client[] = [];

  const database = withTestDatabase({
    seed: async () => {
      const deps = {
        db: database.prisma,
        sql: database.sql,
        config: loadConfig({ NODE_ENV: "test" }),
        clock,
        pubsub,
        messenger: devMessenger({ db: database.prisma, log: null }),
      };
      app = buildApp(deps);
      server = await startHttpServer(app, { port: 0, host: "127.0.0.1", clientDir: "/nonexistent", health: {} });
    },
  });
  afterAll(async () => {
    await Promise.all(clients.map((c) => c.dispose()));
    await server?.close();
  });

  async function gql(query: string, variables: Record<string, unknown> = {}, token?: string) {
    const res = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return (await res.json()) as any;
  }
  async function signIn(login: string, password: string): Promise<string> {
    const r = await gql(`mutation($l: String!, $p: String!) { sessionCreate(input: { login: $l, password: $p }) { session { accessToken } } }`, {
      l: login,
      p: password,
    });
    return r.data.sessionCreate.session.accessToken;
  }

  function wsClient(token: () => string, closes: number[] = []) {
    const client = createClient({
      url: `${server.url.replace("http", "ws")}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams: () => ({ authorization: `Bearer ${token()}` }),
      retryAttempts: 3,
      retryWait: () => new Promise((r) => setTimeout(r, 50)),
      on: { closed: (e) => void closes.push((e as { code: number }).code) },
    });
    clients.push(client);
    return client;
  }

  function run(client: Client, query: string) {
    const out = { results: [] as any[], error: null as unknown, completed: false };
    client.subscribe({ query }, { next: (v) => void out.results.push(v), error: (e) => void (out.error = e), complete: () => void (out.completed = true) });
    return out;
  }

  async function notify(userId: number, title: string) {
    const row = await database.prisma.notification.create({ data: { userId, kind: "INFO", title, body: title } });
    pubsub.publish("notification:added", userId, { notificationId: row.id, notification: toEvent(row) });
  }

  it("answers a bad subscription for its id with the HTTP code; the socket and its other subscription stay", async () => {
    const c = await createCustomer(database.prisma);
    const token = await signIn(c.user.login, c.password);
    const closes: number[] = [];
    const client = wsClient(() => token, closes);
    const good = run(client, `subscription { notificationAdded { title } }`);
    await new Promise((r) => setTimeout(r, 200));

    const aliases = `subscription { ${Array.from({ length: 16 }, (_, i) => `a${i}: notificationAdded { title }`).join(" ")} }`;
    for (const [query, code] of [
      ["subscription { notificationAdded { ", "GRAPHQL_PARSE_FAILED"],
      [aliases, "GRAPHQL_VALIDATION_FAILED"],
      ["subscription { nope }", "GRAPHQL_VALIDATION_FAILED"],
    ] as const) {
      // HTTP's answer first, then the same text over the socket.
      const http = await gql(query, {}, token);
      expect(http.errors?.[0]?.extensions?.code, query).toBe(code);
      const bad = run(client, query);
      await until(() => bad.error !== null);
      expect(bad.error, query).toEqual([expect.objectContaining({ message: http.errors[0].message, extensions: expect.objectContaining({ code }) })]);
    }

    await notify(c.user.id, "после ошибок");
    await until(() => good.results.length === 1);
    expect(good.results[0].data.notificationAdded.title).toBe("после ошибок");
    expect(closes).toEqual([]);
  });

  it("closes with 4403 when the access token expires; the client reconnects with a fresh token and hears the next event", async () => {
    const c = await createCustomer(database.prisma);
    let token = await signIn(c.user.login, c.password);
    const closes: number[] = [];
    const client = wsClient(() => token, closes);
    const sub = run(client, `subscription { notificationAdded { title } }`);
    await new Promise((r) => setTimeout(r, 200));
    await notify(c.user.id, "до истечения");
    await until(() => sub.results.length === 1);

    clock.advance((loadConfig({ NODE_ENV: "test" }).accessTokenTtlSec + 1) * 1000);
    // What the web client's connectionParams does on reconnect: a fresh token (an old one gets 4403 again).
    token = await signIn(c.user.login, c.password);
    await until(() => closes.length >= 1, 3_000);
    expect(new Set(closes)).toEqual(new Set([TOKEN_EXPIRED_CLOSE.code]));
    await new Promise((r) => setTimeout(r, 400));
    await notify(c.user.id, "после обновления");
    await until(() => sub.results.length === 2);
    expect(sub.results[1].data.notificationAdded.title).toBe("после обновления");
    expect(sub.error).toBeNull();
    expect(sub.completed).toBe(false);
  });

  it("refuses a connection whose token is already expired with 4403", async () => {
    const c = await createCustomer(database.prisma);
    const token = await signIn(c.user.login, c.password);
    clock.advance((loadConfig({ NODE_ENV: "test" }).accessTokenTtlSec + 1) * 1000);
    const ws = new WebSocket(`${server.url.replace("http", "ws")}/graphql`, "graphql-transport-ws");
    const closed = new Promise<number>((resolve) => ws.on("close", (code) => resolve(code)));
    ws.on("open", () => ws.send(JSON.stringify({ type: "connection_init", payload: { authorization: `Bearer ${token}` } })));
    expect(await closed).toBe(4403);
  });
});
