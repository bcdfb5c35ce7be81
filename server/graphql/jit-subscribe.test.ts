// EventStream: the results of a compiled subscription, pulled (HTTP, graphql-js style) or pushed
// (the WebSocket transport) in publish order, from the pub/sub or from any other source.
import type { ExecutionResult } from "graphql";
import { describe, expect, it } from "vitest";
import { createAppPubSub } from "../integrations/pubsub.js";
import { EventStream } from "./jit-subscribe.js";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** Results of `n`: odd ones only after a delay (a resolver that reads). */
const run = (n: unknown): ExecutionResult | Promise<ExecutionResult> => ((n as number) % 2 ? sleep(5).then(() => ({ data: { n } })) : { data: { n } });

describe("EventStream", () => {
  it("pushes pub/sub events in publish order, synchronous and asynchronous results alike, until returned", async () => {
    const pubsub = createAppPubSub();
    const stream = new EventStream(pubsub.subscribe("appeal:queue-changed"), (e) => run((e as { appealId: number }).appealId));
    pubsub.publish("appeal:queue-changed", { appealId: 0 }); // waiting before the push starts
    const got: unknown[] = [];
    const ended = stream.pushTo((r) => got.push(r.data!.n));
    for (const appealId of [1, 2, 3, 4]) pubsub.publish("appeal:queue-changed", { appealId });
    expect(got).toEqual([0]); // 1 is being resolved; 2 waits behind it
    await sleep(30);
    expect(got).toEqual([0, 1, 2, 3, 4]);
    await stream.return();
    await ended;
    pubsub.publish("appeal:queue-changed", { appealId: 5 });
    expect(got).toEqual([0, 1, 2, 3, 4]);
  });

  it("pulls from any other source when pushed, and ends with it", async () => {
    async function* source() {
      yield 1;
      yield 2;
      yield 3;
    }
    const got: unknown[] = [];
    await new EventStream(source(), run).pushTo((r) => got.push(r.data!.n));
    expect(got).toEqual([1, 2, 3]);
  });

  it("fails the push when an event cannot be executed, and closes its source", async () => {
    let closed = false;
    async function* source() {
      try {
        yield 1;
        yield 2;
        await sleep(1_000);
      } finally {
        closed = true;
      }
    }
    const stream = new EventStream(source(), (n) => {
      if (n === 2) throw new Error("broken");
      return { data: { n } };
    });
    await expect(stream.pushTo(() => {})).rejects.toThrow("broken");
    expect(closed).toBe(true);
  });

  it("maps pulled events like graphql-js's subscribe", async () => {
    const pubsub = createAppPubSub();
    const stream = new EventStream(pubsub.subscribe("appeal:queue-changed"), (e) => run((e as { appealId: number }).appealId));
    pubsub.publish("appeal:queue-changed", { appealId: 1 });
    pubsub.publish("appeal:queue-changed", { appealId: 2 });
    expect(await stream.next()).toEqual({ value: { data: { n: 1 } }, done: false });
    expect(await stream.next()).toEqual({ value: { data: { n: 2 } }, done: false });
    await stream.return();
    expect(await stream.next()).toEqual({ value: undefined, done: true });
  });
});
