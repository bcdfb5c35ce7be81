import { describe, expect, it } from "vitest";
import { createAppPubSub, pushEvents, topicName, type Bus } from "./pubsub.js";

describe("in-process pub/sub", () => {
  it("routes by topic and id, keeps order, and stops after return()", async () => {
    const pubsub = createAppPubSub();
    const mine = pubsub.subscribe("notification:added", 1);
    const theirs = pubsub.subscribe("notification:added", 2);
    const queue = pubsub.subscribe("appeal:queue-changed");
    pubsub.publish("notification:added", 1, { notificationId: 10 });
    pubsub.publish("notification:added", 1, { notificationId: 11 });
    pubsub.publish("appeal:queue-changed", { appealId: 5 });
    expect((await mine.next()).value).toEqual({ notificationId: 10 });
    expect((await mine.next()).value).toEqual({ notificationId: 11 });
    expect((await queue.next()).value).toEqual({ appealId: 5 });

    // Nothing for user 2; a pending next() ends when the subscriber leaves.
    const pending = theirs.next();
    await theirs.return!();
    expect(await pending).toEqual({ value: undefined, done: true });
    await mine.return!();
    pubsub.publish("notification:added", 1, { notificationId: 12 });
    expect(await mine.next()).toEqual({ value: undefined, done: true });
  });

  it("unsubscribes from the shared bus when the last reader of a topic leaves", () => {
    const listening = new Map<string, number>();
    const bus: Bus = {
      on: (key, id) => void listening.set(topicName(key, id), (listening.get(topicName(key, id)) ?? 0) + 1),
      off: (key, id) => void listening.set(topicName(key, id), (listening.get(topicName(key, id)) ?? 0) - 1),
      emit: () => {},
    };
    const pubsub = createAppPubSub(bus);
    const a = pubsub.subscribe("notification:added", 7);
    const b = pubsub.subscribe("notification:added", 7);
    expect(listening.get("notification:added:7")).toBe(2);
    void a.return!();
    void b.return!();
    void b.return!(); // twice is harmless
    expect(listening.get("notification:added:7")).toBe(0);
  });

  it("hands events to a sink once pushed: the waiting ones first, then each as it is published", async () => {
    const pubsub = createAppPubSub();
    const events = pubsub.subscribe("notification:added", 3);
    pubsub.publish("notification:added", 3, { notificationId: 1 });
    const got: unknown[] = [];
    expect(pushEvents(events, (e) => got.push(e))).toBe(true);
    expect(got).toEqual([{ notificationId: 1 }]);
    pubsub.publish("notification:added", 3, { notificationId: 2 });
    pubsub.publish("notification:added", 4, { notificationId: 3 });
    expect(got).toEqual([{ notificationId: 1 }, { notificationId: 2 }]); // synchronously, own topic only
    await events.return!();
    pubsub.publish("notification:added", 3, { notificationId: 4 });
    expect(got).toHaveLength(2);

    // Not while a pull is pending, nor for an iterator from elsewhere.
    const pulled = pubsub.subscribe("notification:added", 5);
    const pending = pulled.next();
    expect(pushEvents(pulled, () => {})).toBe(false);
    pubsub.publish("notification:added", 5, { notificationId: 5 });
    expect((await pending).value).toEqual({ notificationId: 5 });
    expect(pushEvents((async function* () {})(), () => {})).toBe(false);
  });
});
