import { describe, expect, it } from "vitest";
import { createAppPubSub, type PubSubEventTarget } from "./pubsub.js";

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
    const bus: PubSubEventTarget = {
      addEventListener: (type) => void listening.set(type, (listening.get(type) ?? 0) + 1),
      removeEventListener: (type) => void listening.set(type, (listening.get(type) ?? 0) - 1),
      dispatchEvent: () => true,
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
});
