// Two replicas on one PostgreSQL database and one Redis: live updates cross replicas, reminder
// jobs fired on both at once send each customer one reminder, /health and shutdown behave.
// Needs TEST_DATABASE_URL and REDIS_URL_TEST (CI sets both); skipped without them.
import { createClient, type Client } from "graphql-ws";
import { Redis } from "ioredis";
import { afterAll, beforeAll, expect, it } from "vitest";
import WebSocket from "ws";
import { runJobNow, startJobs } from "../jobs/schedule.js";
import { createCustomer } from "./fixtures.js";
import { MULTI_INSTANCE_ENV, sharedPostgres, startReplica, testChannelPrefix, type Replica, type SharedDatabase } from "./instances.js";
import { startTestSmtp, type TestSmtp } from "./smtp.js";
import { seedCatalog } from "../db/seed/catalog.js";
import { describeNeeding } from "./needs.js";

const { databaseUrl, redisUrl } = MULTI_INSTANCE_ENV;
const NOW = "2026-11-10T05:00:00.000Z";

describeNeeding(["postgres", "redis"], "two replicas on PostgreSQL and Redis", () => {
  let shared: SharedDatabase;
  let smtp: TestSmtp;
  let a: Replica;
  let b: Replica;
  let redis: Redis;
  let prefix: string;
  const clients: Client[] = [];

  beforeAll(async () => {
    shared = await sharedPostgres(databaseUrl!);
    smtp = await startTestSmtp();
    prefix = testChannelPrefix();
    redis = new Redis(redisUrl!);
    [a, b] = await Promise.all(
      ["a", "b"].map((name) => startReplica({ name, shared, redisUrl: redisUrl!, channelPrefix: prefix, smtpUrl: smtp.url, now: NOW })),
    );
  });
  afterAll(async () => {
    await Promise.all(clients.map((c) => c.dispose()));
    await Promise.all([a?.close(), b?.close()]);
    redis?.disconnect();
    await smtp?.close();
    await shared?.drop();
  });

  async function customer(email?: string) {
    const c = await createCustomer(a.database.prisma);
    if (email) await a.database.prisma.user.update({ where: { id: c.user.id }, data: { email, emailConfirmedAt: new Date(NOW), subscribeInfo: true } });
    const res = await fetch(`${b.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        query: `mutation($l: String!, $p: String!) { sessionCreate(input: { login: $l, password: $p }) { session { accessToken } } }`,
        variables: { l: c.user.login, p: c.password },
      }),
    });
    const token = ((await res.json()) as any).data.sessionCreate.session.accessToken as string;
    return { ...c, token };
  }

  /** A notificationAdded subscription on `replica`, collecting what arrives. */
  async function subscribe(replica: Replica, token: string, userId: number) {
    const client = createClient({ url: replica.wsUrl, webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${token}` }, retryAttempts: 0 });
    clients.push(client);
    const received: any[] = [];
    let closedWith: number | undefined;
    client.on("closed", (e) => void (closedWith = (e as { code?: number }).code));
    client.subscribe(
      { query: "subscription { notificationAdded { id kind title body read } }" },
      { next: (v) => void received.push(v.data?.notificationAdded ?? v), error: (e) => void received.push({ error: e }), complete: () => {} },
    );
    // Live once the replica's Redis connection has subscribed to the user's channel.
    await until(async () => Number(((await redis.pubsub("NUMSUB", `${prefix}notification:added:${userId}`)) as [string, number])[1]) > 0);
    return { received, closed: () => closedWith };
  }

  it("delivers a notification created through replica B to a subscriber connected to replica A", async () => {
    const alice = await customer();
    const bob = await customer();
    const onA = await subscribe(a, alice.token, alice.user.id);
    const bobOnA = await subscribe(a, bob.token, bob.user.id);
    const res = await fetch(`${b.url}/test-hooks/notifications`, {
      method: "POST",
      body: JSON.stringify({ userIds: [alice.user.id], title: "Через реплику B", body: "Привет" }),
    });
    expect(((await res.json()) as any).count).toBe(1);
    await until(() => onA.received.length === 1);
    expect(onA.received[0]).toMatchObject({ kind: "INFO", title: "Через реплику B", body: "Привет", read: false });
    const row = await a.database.prisma.notification.findFirstOrThrow({ where: { userId: alice.user.id } });
    expect(onA.received[0].id).toBe(Buffer.from(`Notification:${row.id}`).toString("base64"));
    await sleep(300);
    expect(bobOnA.received).toEqual([]); // another customer's channel hears nothing
  });

  it("fires the reminder job on both replicas at once: each customer gets exactly one reminder", async () => {
    const catalog = await seedCatalog(a.database.prisma);
    const service = catalog.services.get("ELECTRICITY")!;
    const people = await Promise.all([1, 2, 3, 4, 5].map((i) => customer(`replica${i}@example.com`)));
    for (const p of people) {
      await a.database.prisma.meter.create({
        data: {
          accountId: p.account.id,
          serviceId: service.id,
          number: `R-${p.account.id}`,
          resource: "ELECTRICITY",
          unit: "кВт.ч",
          zones: ["ALL_DAY"],
          installedAt: new Date("2020-01-01"),
        },
      });
    }
    const watcherOnA = await subscribe(a, people[0]!.token, people[0]!.user.id);
    const watcherOnB = await subscribe(b, people[1]!.token, people[1]!.user.id);
    const mailsBefore = smtp.messages.length;

    const [ra, rb] = (await Promise.all([runJobNow(a.deps, "readings-reminders"), runJobNow(b.deps, "readings-reminders")])) as {
      notifications: number;
      messages: number;
    }[];
    expect(ra!.notifications + rb!.notifications).toBe(people.length);
    expect(ra!.messages + rb!.messages).toBe(people.length);

    const ids = people.map((p) => p.user.id);
    const perUser = async (table: "notification" | "outboundMessage") =>
      (await (a.database.prisma[table] as any).groupBy({ by: ["userId"], where: { userId: { in: ids } }, _count: { _all: true } })).map(
        (g: any) => g._count._all,
      );
    expect(await perUser("notification")).toEqual(ids.map(() => 1));
    expect(await perUser("outboundMessage")).toEqual(ids.map(() => 1));
    expect(await a.database.prisma.outboundMessage.count({ where: { userId: { in: ids }, status: "SENT" } })).toBe(people.length);
    await until(() => smtp.messages.length - mailsBefore >= people.length);
    await sleep(300);
    const mailed = smtp.messages.slice(mailsBefore).flatMap((m) => ([] as any[]).concat(m.to ?? []).flatMap((t) => t.value.map((v: any) => v.address)));
    expect(mailed.sort()).toEqual(people.map((_, i) => `replica${i + 1}@example.com`).sort());

    // The live envelope on either replica hears its reminder once, whichever replica sent it.
    await until(() => watcherOnA.received.length >= 1 && watcherOnB.received.length >= 1);
    await sleep(300);
    expect(watcherOnA.received.map((n) => n.kind)).toEqual(["READINGS_REMINDER"]);
    expect(watcherOnB.received.map((n) => n.kind)).toEqual(["READINGS_REMINDER"]);

    // Through the schedulers as well: both replicas' node-cron tasks fire each second, the
    // coordinator lets one run each fire, and the job itself has nothing left to send.
    const job = { name: "replica-reminders", schedule: "* * * * * *", run: (deps: typeof a.deps) => runJobNow(deps, "readings-reminders") };
    const [ja, jb] = [startJobs(a.deps, [job]), startJobs(b.deps, [job])];
    await sleep(2_300);
    await Promise.all([ja.stop(), jb.stop()]);
    const fires = await a.database.prisma.jobRun.findMany({ where: { job: "replica-reminders" } });
    expect(fires.length).toBeGreaterThanOrEqual(1);
    expect(new Set(fires.map((f) => f.key)).size).toBe(fires.length);
    expect(await perUser("notification")).toEqual(ids.map(() => 1));
    expect(smtp.messages.length - mailsBefore).toBe(people.length);
  });

  it("reports database and Redis in /health, 503 when Redis is gone; a stopping replica sends its subscribers away", async () => {
    for (const r of [a, b]) {
      const res = await fetch(`${r.url}/health`);
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({ status: "ok", checks: { database: true, redis: true } });
    }
    const c = await customer();
    const sub = await subscribe(b, c.token, c.user.id);
    await b.redis.close();
    const down = await fetch(`${b.url}/health`);
    expect(down.status).toBe(503);
    expect(await down.json()).toEqual({ status: "degraded", checks: { database: true, redis: false } });

    await b.close();
    await until(() => sub.closed() !== undefined);
    expect(sub.closed()).toBe(1001);
    await expect(fetch(`${b.url}/health`)).rejects.toThrow();
    expect((await fetch(`${a.url}/health`)).status).toBe(200);
  });
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function until(check: () => boolean | Promise<boolean>, timeoutMs = 5_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error("condition not met in time");
    await sleep(20);
  }
}
