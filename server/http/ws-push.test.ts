// Subscription results pushed onto the WebSocket (ws-push.ts, compiled by graphql/jit-subscribe.ts)
// are what graphql-js and yoga's own pipeline give: the same data, the same masked errors, in
// publish order, and the subscription ends with the client.
import { execute, parse } from "graphql";
import { createClient, type Client } from "graphql-ws";
import { afterAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { buildApp, type App } from "../app.js";
import { loadConfig } from "../config.js";
import { toEvent } from "../domains/notifications/service.js";
import { getSchema } from "../graphql/schema.js";
import { devMessenger } from "../integrations/messaging/index.js";
import { createAppPubSub, topicName, type Bus } from "../integrations/pubsub.js";
import { systemClock } from "../shared/clock.js";
import { withTestDatabase } from "../test/db.js";
import { createCustomer } from "../test/fixtures.js";
import { startHttpServer, type RunningServer } from "./server.js";
import { yogaMasking } from "./ws-push.js";

const FIELDS = "{ id kind title body createdAt read readAt }";

describe("subscription results pushed onto the WebSocket", () => {
  let server: RunningServer;
  let app: App;
  const clients: Client[] = [];
  // An in-memory bus that counts listeners per topic (subscribed / unsubscribed).
  const listeners = new Map<string, Set<(detail: unknown) => void>>();
  const bus: Bus = {
    on: (key, id, l) => void (listeners.get(topicName(key, id)) ?? listeners.set(topicName(key, id), new Set()).get(topicName(key, id))!).add(l),
    off: (key, id, l) => void listeners.get(topicName(key, id))?.delete(l),
    emit: (key, id, detail) => listeners.get(topicName(key, id))?.forEach((l) => l(detail)),
  };
  const pubsub = createAppPubSub(bus);

  const database = withTestDatabase({
    seed: async () => {
      const messenger = devMessenger({ db: database.prisma, log: null });
      const deps = { db: database.prisma, sql: database.sql, config: loadConfig({ NODE_ENV: "test" }), clock: systemClock, pubsub, messenger };
      app = buildApp(deps);
      server = await startHttpServer(app, { port: 0, host: "127.0.0.1", clientDir: "/nonexistent", health: {} });
    },
  });
  afterAll(async () => {
    await Promise.all(clients.map((c) => c.dispose()));
    await server?.close();
  });

  async function customer() {
    const c = await createCustomer(database.prisma);
    const res = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        query: `mutation($l: String!, $p: String!) { sessionCreate(input: { login: $l, password: $p }) { session { accessToken } } }`,
        variables: { l: c.user.login, p: c.password },
      }),
    });
    return { ...c, token: ((await res.json()) as any).data.sessionCreate.session.accessToken as string };
  }

  /** Subscribes over graphql-ws; resolves once the user's topic has a listener. */
  async function subscribe(token: string, userId: number, query = `subscription { notificationAdded ${FIELDS} }`) {
    const client = createClient({
      url: `${server.url.replace("http", "ws")}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${token}` },
      retryAttempts: 0,
    });
    clients.push(client);
    const received: any[] = [];
    let completed = false;
    const unsubscribe = client.subscribe(
      { query },
      { next: (v) => void received.push(v), error: (e) => void received.push({ error: e }), complete: () => void (completed = true) },
    );
    await until(() => (listeners.get(`notification:added:${userId}`)?.size ?? 0) > 0);
    return { received, unsubscribe, completed: () => completed };
  }

  /** The first result of the same subscription over HTTP (server-sent events): yoga's own pipeline. */
  async function overSse(token: string, query: string, publish: () => void) {
    const res = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "text/event-stream", authorization: `Bearer ${token}` },
      body: JSON.stringify({ query }),
    });
    const reader = res.body!.getReader();
    const decoder = new TextDecoder();
    let text = decoder.decode((await reader.read()).value); // the opening ping; reading on starts the subscription
    const first = (async () => {
      for (;;) {
        const m = /^data: (.+)$/m.exec(text);
        if (m) return JSON.parse(m[1]!);
        const { value, done } = await reader.read();
        if (done) throw new Error("stream ended");
        text += decoder.decode(value, { stream: true });
      }
    })();
    await sleep(100);
    publish();
    const result = await first;
    await reader.cancel();
    return result;
  }

  it("finds yoga's masking, so results are pushed", () => {
    expect(yogaMasking(app.yoga)).toMatchObject({ errorMessage: expect.any(String) });
  });

  it("delivers the result graphql-js executes for the event, in publish order, including events that need a read", async () => {
    const c = await customer();
    const sub = await subscribe(c.token, c.user.id);
    const rows = [];
    for (const title of ["первое", "второе", "третье"]) {
      rows.push(await database.prisma.notification.create({ data: { userId: c.user.id, kind: "INFO", title, body: `Текст: ${title}` } }));
    }
    // The middle one as an id-only event: its resolver reads the row (async) — still in order.
    pubsub.publish("notification:added", c.user.id, { notificationId: rows[0]!.id, notification: toEvent(rows[0]!) });
    pubsub.publish("notification:added", c.user.id, { notificationId: rows[1]!.id });
    pubsub.publish("notification:added", c.user.id, { notificationId: rows[2]!.id, notification: toEvent(rows[2]!) });
    await until(() => sub.received.length === 3);

    const document = parse(`subscription { notificationAdded ${FIELDS} }`);
    const contextValue = { db: database.prisma, auth: { kind: "user", userId: c.user.id, sessionId: 0 } };
    const expected = await Promise.all(
      rows.map(async (row) =>
        JSON.parse(
          JSON.stringify(await execute({ schema: getSchema(), document, rootValue: { notificationId: row.id, notification: toEvent(row) }, contextValue })),
        ),
      ),
    );
    expect(sub.received).toEqual(expected);
    expect(sub.received.map((r) => r.data.notificationAdded.title)).toEqual(["первое", "второе", "третье"]);
  });

  it("masks a failing event's error exactly as yoga's pipeline does", async () => {
    const c = await customer();
    const sub = await subscribe(c.token, c.user.id);
    // An id-only event for a row that is not there: the resolver's read throws (an internal error).
    pubsub.publish("notification:added", c.user.id, { notificationId: 2_000_000_000 });
    await until(() => sub.received.length === 1);
    const viaYoga = await overSse(c.token, `subscription { notificationAdded ${FIELDS} }`, () =>
      pubsub.publish("notification:added", c.user.id, { notificationId: 2_000_000_000 }),
    );
    expect(sub.received[0]).toEqual(viaYoga);
    expect(sub.received[0]).toEqual({
      data: null,
      errors: [
        {
          message: "Внутренняя ошибка сервера",
          locations: [{ line: 1, column: 16 }],
          path: ["notificationAdded"],
          extensions: { code: "INTERNAL_SERVER_ERROR" },
        },
      ],
    });
    // The subscription goes on after an event's error (it heard the second one, too).
    const row = await database.prisma.notification.create({ data: { userId: c.user.id, kind: "INFO", title: "после ошибки", body: "" } });
    pubsub.publish("notification:added", c.user.id, { notificationId: row.id, notification: toEvent(row) });
    await until(() => sub.received.length === 3);
    expect(sub.received[1]).toEqual(sub.received[0]);
    expect(sub.received[2].data.notificationAdded.title).toBe("после ошибки");
  });

  it("stops listening when the client completes, and refuses a subscription without a session", async () => {
    const c = await customer();
    const sub = await subscribe(c.token, c.user.id);
    sub.unsubscribe();
    await until(() => (listeners.get(`notification:added:${c.user.id}`)?.size ?? 0) === 0);

    const anonymous = createClient({ url: `${server.url.replace("http", "ws")}/graphql`, webSocketImpl: WebSocket, retryAttempts: 0 });
    clients.push(anonymous);
    const r = await anonymous.iterate({ query: `subscription { notificationAdded ${FIELDS} }` }).next();
    expect(JSON.stringify(r.value ?? r)).toMatch(/UNAUTHENTICATED/);
  });
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function until(check: () => boolean, timeoutMs = 5_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > end) throw new Error("condition not met in time");
    await sleep(10);
  }
}
