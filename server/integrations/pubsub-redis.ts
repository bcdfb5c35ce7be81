// Redis fan-out for subscriptions: every replica publishes to Redis and listens there, so an
// event raised on one replica reaches a subscriber connected to another. Two connections: a
// connection in subscriber mode cannot publish. Channels carry a prefix so several deployments
// (or test runs) can share one Redis.
import { createRedisEventTarget } from "@graphql-yoga/redis-event-target";
import { Redis } from "ioredis";
import { createAppPubSub, type PubSub, type PubSubEventTarget } from "./pubsub.js";

export interface RedisPubSub {
  pubsub: PubSub;
  /** True when both connections answer (for /health). */
  ping(timeoutMs?: number): Promise<boolean>;
  /** Quits both connections (graceful shutdown). */
  close(): Promise<void>;
}

export interface RedisPubSubOptions {
  /** Prepended to every channel name; default "kabinet:". */
  channelPrefix?: string;
  log?: ((text: string) => void) | null;
}

export async function createRedisPubSub(url: string, opts: RedisPubSubOptions = {}): Promise<RedisPubSub> {
  const log = opts.log === undefined ? (t: string) => console.warn(t) : opts.log;
  const prefix = opts.channelPrefix ?? "kabinet:";
  // Reconnect forever with a capped backoff; the subscriber re-subscribes its channels itself
  // (autoResubscribe). A publish while Redis is away waits in the offline queue a little, then fails.
  const options = { lazyConnect: true, maxRetriesPerRequest: 3, retryStrategy: (n: number) => Math.min(n * 200, 2_000) };
  const publishClient = new Redis(url, { ...options, connectionName: "kabinet-pub" });
  const subscribeClient = new Redis(url, { ...options, connectionName: "kabinet-sub" });
  for (const [name, client] of [["publish", publishClient], ["subscribe", subscribeClient]] as const) {
    client.on("error", (err: Error) => log?.(`redis (${name}): ${err.message}`));
  }
  // Fail at startup, not on the first event, when Redis cannot be reached at all.
  await Promise.all([publishClient.connect(), subscribeClient.connect()]);

  // The library fires PUBLISH / SUBSCRIBE and forgets the promise: a rejection (Redis away for
  // long) would be unhandled and end the process. A lost live update is not worth a crash: the
  // row is stored, and the subscriber re-subscribes on reconnect.
  const redisTarget = createRedisEventTarget({
    publishClient: forgiving(publishClient, ["publish"], log),
    subscribeClient: forgiving(subscribeClient, ["subscribe", "unsubscribe"], log),
  });
  const pubsub = createAppPubSub(prefixed(redisTarget as unknown as PubSubEventTarget, prefix));

  const within = <T>(p: Promise<T>, ms: number) =>
    Promise.race([p, new Promise<never>((_, reject) => setTimeout(() => reject(new Error("timeout")), ms).unref())]);

  return {
    pubsub,
    async ping(timeoutMs = 1_000) {
      try {
        // PING is allowed in subscriber mode too.
        const answers = await within(Promise.all([publishClient.ping(), subscribeClient.ping()]), timeoutMs);
        return answers.every((a) => String(a).toUpperCase().includes("PONG"));
      } catch {
        return false;
      }
    },
    async close() {
      await Promise.all(
        [publishClient, subscribeClient].map((c) => (c.status === "end" ? undefined : c.quit().catch(() => c.disconnect()))),
      );
    },
  };
}

/** The client with the named commands' failures logged instead of rejected. */
function forgiving(client: Redis, commands: string[], log: ((text: string) => void) | null): Redis {
  return new Proxy(client, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver);
      if (typeof value !== "function") return value;
      if (!commands.includes(prop as string)) return value.bind(target);
      return (...args: unknown[]) =>
        (value as (...a: unknown[]) => Promise<unknown>).apply(target, args).catch((err: Error) => {
          log?.(`redis ${String(prop)} ${String(args[0])} failed: ${err.message}`);
          return 0;
        });
    },
  });
}

/** The same event target with every topic name prefixed. */
function prefixed(target: PubSubEventTarget, prefix: string): PubSubEventTarget {
  // Subscribers read only `detail` from an event, so the listener needs no unprefixed type.
  return {
    addEventListener: (type, listener) => target.addEventListener(prefix + type, listener),
    removeEventListener: (type, listener) => target.removeEventListener(prefix + type, listener),
    dispatchEvent: (event) => target.dispatchEvent(new CustomEvent(prefix + event.type, { detail: event.detail })),
  };
}
