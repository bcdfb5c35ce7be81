// Redis connections killed (a Redis restart or failover looks the same to a client): the bus
// reconnects and re-subscribes by itself, fan-out resumes, and nothing is delivered twice.
// Only this test's own connections are killed (by name): the Redis server is shared.
import { randomBytes } from "node:crypto";
import { Redis } from "ioredis";
import { afterAll, beforeAll, expect, it } from "vitest";
import { testChannelPrefix } from "../test/instances.js";
import { createRedisPubSub, type RedisPubSub } from "./pubsub-redis.js";
import { describeNeeding } from "../test/needs.js";

const redisUrl = process.env.REDIS_URL_TEST;
const until = async (ok: () => boolean | Promise<boolean>, ms = 10_000) => {
  for (const end = Date.now() + ms; !(await ok()); ) {
    if (Date.now() > end) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 25));
  }
};

describeNeeding(["redis"], "Redis connections killed", () => {
  let a: RedisPubSub;
  let b: RedisPubSub;
  let admin: Redis;
  const prefix = testChannelPrefix();
  const name = `kabinet-test-${randomBytes(4).toString("hex")}`;
  beforeAll(async () => {
    [a, b] = await Promise.all([
      createRedisPubSub(redisUrl!, { channelPrefix: prefix, log: null, connectionName: `${name}-a` }),
      createRedisPubSub(redisUrl!, { channelPrefix: prefix, log: null, connectionName: `${name}-b` }),
    ]);
    admin = new Redis(redisUrl!);
  });
  afterAll(async () => {
    await Promise.all([a?.close(), b?.close()]);
    admin?.disconnect();
  });

  const subscribers = async (channel: string) => Number(((await admin.pubsub("NUMSUB", `${prefix}${channel}`)) as [string, number])[1]);
  /** CLIENT KILL of every connection of this test (pub and sub, both replicas). */
  const killOurs = async () => {
    const list = String(await admin.client("LIST"));
    const ids = list
      .split("\n")
      .filter((l) => l.includes(` name=${name}-`))
      .map((l) => /\bid=(\d+)/.exec(l)![1]!);
    for (const id of ids) await admin.client("KILL", "ID", id);
    return ids.length;
  };

  it("a replica whose subscriber connection is lost still hears its own events, once, in order", async () => {
    const it = a.pubsub.subscribe("notification:added", 78);
    const got: unknown[] = [];
    void (async () => {
      for await (const e of it) got.push(e);
    })();
    await until(async () => (await subscribers("notification:added:78")) > 0);
    a.pubsub.publish("notification:added", 78, { notificationId: 1 }); // echoed back by Redis
    await until(() => got.length === 1);
    // Only A's subscriber connection: A's PUBLISH still reaches Redis, its echo cannot come back.
    const sub = String(await admin.client("LIST"))
      .split("\n")
      .find((l) => l.includes(` name=${name}-a-sub`))!;
    await admin.client("KILL", "ID", /\bid=(\d+)/.exec(sub)![1]!);
    for (let n = 2; n <= 4; n++) a.pubsub.publish("notification:added", 78, { notificationId: n });
    await until(() => got.length >= 4);
    await until(async () => (await subscribers("notification:added:78")) > 0); // re-subscribed
    a.pubsub.publish("notification:added", 78, { notificationId: 5 });
    await until(() => got.length >= 5);
    await new Promise((r) => setTimeout(r, 800)); // past the echo grace: room for a duplicate
    expect(got).toEqual([1, 2, 3, 4, 5].map((notificationId) => ({ notificationId })));
    await it.return?.();
  }, 30_000);

  it("re-subscribes, delivers what is published after the reconnect once, and /health recovers", async () => {
    const it = a.pubsub.subscribe("notification:added", 77);
    const got: unknown[] = [];
    void (async () => {
      for await (const e of it) got.push(e);
    })();
    await until(async () => (await subscribers("notification:added:77")) > 0);
    b.pubsub.publish("notification:added", 77, { notificationId: 1 });
    await until(() => got.length === 1);

    expect(await killOurs()).toBe(4);
    // Both replicas reconnect and A's subscription comes back by itself.
    await until(async () => (await subscribers("notification:added:77")) > 0 && (await a.ping()) && (await b.ping()));
    b.pubsub.publish("notification:added", 77, { notificationId: 2 });
    await until(() => got.length >= 2);
    await new Promise((r) => setTimeout(r, 300)); // room for a duplicate to show up
    expect(got).toEqual([{ notificationId: 1 }, { notificationId: 2 }]);
    await it.return?.();
  }, 30_000);
});
