// Redis unreachable for one replica (its connections cut and refused by a loopback proxy: the
// shared Redis server itself stays up for the other suites): /health says degraded, the
// replica is taken out of the balancer (/health/ready 503 naming redis) and put back once it is
// reachable again, its own subscribers still get its notifications and its response cache still drops
// what changed, and once Redis is reachable again fan-out to the other replica resumes by itself
// — each event delivered once. Needs TEST_DATABASE_URL and REDIS_URL_TEST; skipped without them.
import net from "node:net";
import { createClient, type Client } from "graphql-ws";
import { afterAll, beforeAll, expect, it } from "vitest";
import WebSocket from "ws";
import { createCustomer } from "../test/fixtures.js";
import { MULTI_INSTANCE_ENV, sharedPostgres, startReplica, testChannelPrefix, type Replica, type SharedDatabase } from "../test/instances.js";
import { describeNeeding } from "../test/needs.js";

const { databaseUrl, redisUrl } = MULTI_INSTANCE_ENV;
const NOW = "2026-11-10T05:00:00.000Z";
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
async function until(check: () => boolean | Promise<boolean>, timeoutMs = 15_000): Promise<void> {
  for (const end = Date.now() + timeoutMs; !(await check()); await sleep(25)) if (Date.now() > end) throw new Error("condition not met in time");
}

/** A TCP proxy to Redis that can be cut (every socket destroyed, new ones refused) and restored. */
async function cuttableProxy(target: URL) {
  const sockets = new Set<net.Socket>();
  let cut = false;
  const server = net.createServer((client) => {
    if (cut) return void client.destroy();
    const upstream = net.connect(Number(target.port || 6379), target.hostname);
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on("error", () => {});
      s.on("close", () => (sockets.delete(s), (s === client ? upstream : client).destroy()));
    }
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  return {
    url: `redis://127.0.0.1:${(server.address() as net.AddressInfo).port}`,
    cut() {
      cut = true;
      for (const s of sockets) s.destroy();
    },
    restore: () => void (cut = false),
    close: () => ((cut = true), [...sockets].forEach((s) => s.destroy()), new Promise((r) => server.close(r))),
  };
}

describeNeeding(["postgres", "redis"], "Redis unreachable for one replica", () => {
  let shared: SharedDatabase;
  let proxy: Awaited<ReturnType<typeof cuttableProxy>>;
  let a: Replica; // through the proxy
  let b: Replica; // straight to Redis
  const clients: Client[] = [];

  beforeAll(async () => {
    shared = await sharedPostgres(databaseUrl!);
    proxy = await cuttableProxy(new URL(redisUrl!));
    const channelPrefix = testChannelPrefix();
    a = await startReplica({ name: "a", shared, redisUrl: proxy.url, channelPrefix, now: NOW });
    b = await startReplica({ name: "b", shared, redisUrl: redisUrl!, channelPrefix, now: NOW });
  });
  afterAll(async () => {
    await Promise.all(clients.map((c) => c.dispose()));
    await Promise.all([a?.close(), b?.close()]);
    await proxy?.close();
    await shared?.drop();
  });

  async function customer() {
    const c = await createCustomer(a.database.prisma);
    const signIn = await post(b, "/graphql", {
      query: `mutation($l: String!, $p: String!) { sessionCreate(input: { login: $l, password: $p }) { session { accessToken } } }`,
      variables: { l: c.user.login, p: c.password },
    });
    return { ...c, token: signIn.data.sessionCreate.session.accessToken as string };
  }
  async function post(replica: Replica, path: string, body: unknown, token?: string) {
    const res = await fetch(`${replica.url}${path}`, {
      method: "POST",
      headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(body),
    });
    return (await res.json()) as any;
  }
  const notify = (replica: Replica, userIds: number[], title: string) => post(replica, "/test-hooks/notifications", { userIds, title, body: "Текст" });
  const unread = async (replica: Replica, token: string) =>
    (await post(replica, "/graphql", { query: "{ viewer { unreadNotificationCount } }" }, token)).data.viewer.unreadNotificationCount;
  const health = async (replica: Replica, path = "/health") => {
    const res = await fetch(`${replica.url}${path}`);
    return { code: res.status, ...((await res.json()) as any) };
  };

  /** notificationAdded titles as they arrive on `replica`. */
  async function subscribe(replica: Replica, token: string) {
    const client = createClient({ url: replica.wsUrl, webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${token}` }, retryAttempts: 0 });
    clients.push(client);
    const titles: string[] = [];
    client.subscribe(
      { query: "subscription { notificationAdded { title } }" },
      { next: (v: any) => void titles.push(v.data?.notificationAdded?.title ?? "error"), error: () => void titles.push("error"), complete: () => {} },
    );
    return titles;
  }

  it("delivers and invalidates in-process while Redis is away, and fans out again once it is back", async () => {
    const alice = await customer(); // listens on A
    const bob = await customer(); // listens on B
    const onA = await subscribe(a, alice.token);
    const onB = await subscribe(b, bob.token);
    await sleep(300); // both subscriptions registered with Redis
    await notify(a, [alice.user.id, bob.user.id], "до");
    await until(() => onA.length === 1 && onB.length === 1);
    expect((await health(a)).status).toBe("ok");

    // A's home query answered from its cache (the count now cached at 1).
    expect(await unread(a, alice.token)).toBe(1);
    const hits = a.app.responseCache.stats.hits;
    expect(await unread(a, alice.token)).toBe(1);
    expect(a.app.responseCache.stats.hits).toBe(hits + 1);

    proxy.cut();
    await until(async () => (await health(a)).checks.redis === false);
    expect(await health(a)).toEqual({ code: 503, status: "degraded", checks: { database: true, redis: false } });
    expect(await health(b)).toEqual({ code: 200, status: "ok", checks: { database: true, redis: true } });
    expect(await health(a, "/health/ready")).toEqual({
      code: 503,
      status: "not ready",
      failed: ["redis"],
      checks: { database: true, migrations: true, redis: false, notShuttingDown: true },
    });
    expect((await health(b, "/health/ready")).code).toBe(200);

    // Raised on A while its Redis is away: the request succeeds, A's subscriber hears it at once,
    // A's cache no longer answers the old count. B cannot hear it (that is what Redis is for).
    const started = Date.now();
    expect((await notify(a, [alice.user.id, bob.user.id], "без Redis")).count).toBe(2);
    await until(() => onA.length === 2, 1_000);
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(await unread(a, alice.token)).toBe(2);
    // A mark-read on A (it awaits the invalidation's echo) is not held up by the outage either.
    const t = Date.now();
    const read = await post(a, "/graphql", { query: "mutation { notificationsMarkAllRead(input: {}) { markedCount } }" }, alice.token);
    expect(read.errors).toBeUndefined();
    expect(Date.now() - t).toBeLessThan(1_000);
    expect(await unread(a, alice.token)).toBe(0);
    await sleep(2_500); // a few of ioredis's reconnect attempts

    proxy.restore();
    await until(async () => (await health(a)).status === "ok");
    expect(await health(a, "/health/ready")).toEqual({
      code: 200,
      status: "ready",
      checks: { database: true, migrations: true, redis: true, notShuttingDown: true },
    });
    await sleep(300); // A's subscriber connection has re-subscribed its channels
    await notify(a, [alice.user.id, bob.user.id], "после, через A");
    await notify(b, [alice.user.id, bob.user.id], "после, через B");
    await until(() => onA.length === 4 && onB.length >= 3);
    await sleep(500); // room for a duplicate to show up
    expect(onA).toEqual(["до", "без Redis", "после, через A", "после, через B"]);
    // What A published during the outage reaches B late (ioredis's offline queue kept it until
    // the reconnect) or never — once at most.
    expect(onB.filter((t) => t !== "без Redis")).toEqual(["до", "после, через A", "после, через B"]);
    expect(onB.filter((t) => t === "без Redis").length).toBeLessThanOrEqual(1);
  }, 60_000);
});
