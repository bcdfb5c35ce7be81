// The Redis bus: events published on one replica in one go (a broadcast: many PUBLISHes in one
// script call) reach the subscribers on another, each on its own channel, in order.
// Needs REDIS_URL_TEST; skipped without it.
import { Redis } from "ioredis";
import { afterAll, beforeAll, expect, it } from "vitest";
import { testChannelPrefix } from "../test/instances.js";
import { pushEvents } from "./pubsub.js";
import { createRedisPubSub, type RedisPubSub } from "./pubsub-redis.js";
import { describeNeeding } from "../test/needs.js";

const redisUrl = process.env.REDIS_URL_TEST;

describeNeeding(["redis"], "pub/sub through Redis", () => {
  let a: RedisPubSub;
  let b: RedisPubSub;
  let redis: Redis;
  let prefix: string;

  beforeAll(async () => {
    prefix = testChannelPrefix();
    [a, b] = await Promise.all([
      createRedisPubSub(redisUrl!, { channelPrefix: prefix, log: null }),
      createRedisPubSub(redisUrl!, { channelPrefix: prefix, log: null }),
    ]);
    redis = new Redis(redisUrl!);
  });
  afterAll(async () => {
    await Promise.all([a?.close(), b?.close()]);
    redis?.disconnect();
  });

  it("delivers a broadcast published in one turn to every user's channel, in order", async () => {
    const users = Array.from({ length: 600 }, (_, i) => 1_000 + i); // more than one script call's worth
    const received = new Map<number, unknown[]>();
    const iterators = users.map((u) => {
      const it = a.pubsub.subscribe("notification:added", u);
      received.set(u, []);
      expect(pushEvents(it, (e) => received.get(u)!.push(e))).toBe(true);
      return it;
    });
    const single = a.pubsub.subscribe("appeal:queue-changed");
    await until(async () => Number(((await redis.pubsub("NUMSUB", `${prefix}notification:added:1599`)) as [string, number])[1]) > 0);

    for (const u of users) b.pubsub.publish("notification:added", u, { notificationId: u });
    b.pubsub.publish("notification:added", users[0]!, { notificationId: -1 }); // a second one for the first user, after the rest
    await new Promise((r) => setImmediate(r));
    b.pubsub.publish("appeal:queue-changed", { appealId: 7 }); // alone in its turn: a plain PUBLISH

    await until(() => [...received.values()].every((r) => r.length >= 1) && received.get(users[0]!)!.length === 2);
    for (const u of users.slice(1)) expect(received.get(u)).toEqual([{ notificationId: u }]);
    expect(received.get(users[0]!)).toEqual([{ notificationId: users[0] }, { notificationId: -1 }]);
    expect((await single.next()).value).toEqual({ appealId: 7 });

    await Promise.all([...iterators, single].map((it) => it.return!()));
    await until(async () => Number(((await redis.pubsub("NUMSUB", `${prefix}notification:added:1599`)) as [string, number])[1]) === 0);
  });

  it("reports each message's publish-to-delivery lag on the receiving replica (the lag metric)", async () => {
    const lags: number[] = [];
    const c = await createRedisPubSub(redisUrl!, { channelPrefix: prefix, log: null, onLag: (s) => lags.push(s) });
    try {
      const it = c.pubsub.subscribe("notification:added", 77);
      await until(async () => Number(((await redis.pubsub("NUMSUB", `${prefix}notification:added:77`)) as [string, number])[1]) > 0);
      const sent = Date.now();
      b.pubsub.publish("notification:added", 77, { notificationId: 1 });
      expect((await it.next()).value).toEqual({ notificationId: 1 });
      const elapsed = (Date.now() - sent) / 1000;
      expect(lags).toHaveLength(1);
      expect(lags[0]).toBeGreaterThanOrEqual(0);
      expect(lags[0]).toBeLessThanOrEqual(elapsed + 0.002); // same clock: never more than the wait (ms rounding)
      await it.return!();
    } finally {
      await c.close();
    }
  });

  it("publishes again after Redis forgot the script", async () => {
    const it = a.pubsub.subscribe("notification:added", 42);
    await until(async () => Number(((await redis.pubsub("NUMSUB", `${prefix}notification:added:42`)) as [string, number])[1]) > 0);
    await redis.script("FLUSH");
    b.pubsub.publish("notification:added", 42, { notificationId: 1 });
    b.pubsub.publish("notification:added", 42, { notificationId: 2 });
    expect((await it.next()).value).toEqual({ notificationId: 1 });
    expect((await it.next()).value).toEqual({ notificationId: 2 });
    await it.return!();
  });
});

async function until(check: () => boolean | Promise<boolean>, timeoutMs = 5_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error("condition not met in time");
    await new Promise((r) => setTimeout(r, 10));
  }
}
