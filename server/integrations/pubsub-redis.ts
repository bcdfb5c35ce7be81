// Redis fan-out for subscriptions: every replica publishes to Redis and listens there, so an
// event raised on one replica reaches a subscriber connected to another. Two connections: a
// connection in subscriber mode cannot publish. Channels carry a prefix so several deployments
// (or test runs) can share one Redis.
import { createHash, randomBytes } from "node:crypto";
import { Redis } from "ioredis";
import { log as logger } from "../shared/log.js";
import { createAppPubSub, topicName, type Bus, type PubSub } from "./pubsub.js";

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
  /** Names the connections `<name>-pub` / `<name>-sub` in CLIENT LIST; default "kabinet". */
  connectionName?: string;
  /** Called with each message's time from PUBLISH (on any replica) to its delivery here, seconds (the lag metric). */
  onLag?: (seconds: number) => void;
}

export async function createRedisPubSub(url: string, opts: RedisPubSubOptions = {}): Promise<RedisPubSub> {
  const log = opts.log === undefined ? (t: string) => logger.warn(t) : opts.log;
  const prefix = opts.channelPrefix ?? "kabinet:";
  // Reconnect forever with a capped backoff; the subscriber re-subscribes its channels itself
  // (autoResubscribe). A publish while Redis is away waits in the offline queue a little, then fails.
  const options = { lazyConnect: true, maxRetriesPerRequest: 3, retryStrategy: (n: number) => Math.min(n * 200, 2_000) };
  // A PUBLISH cut off before its reply may have gone out: sent again after the reconnect, the
  // other replicas would get it twice. Lost is the lesser harm (the row is stored).
  const publishClient = new Redis(url, { ...options, autoResendUnfulfilledCommands: false, connectionName: `${opts.connectionName ?? "kabinet"}-pub` });
  const subscribeClient = new Redis(url, { ...options, connectionName: `${opts.connectionName ?? "kabinet"}-sub` });
  for (const [name, client] of [
    ["publish", publishClient],
    ["subscribe", subscribeClient],
  ] as const) {
    client.on("error", (err: Error) => log?.(`redis (${name}): ${err.message}`));
  }
  // Fail at startup, not on the first event, when Redis cannot be reached at all.
  await Promise.all([publishClient.connect(), subscribeClient.connect()]);

  const pubsub = createAppPubSub(redisBus(publishClient, subscribeClient, prefix, log, opts.onLag));

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
      await Promise.all([publishClient, subscribeClient].map((c) => (c.status === "end" ? undefined : c.quit().catch(() => c.disconnect()))));
    },
  };
}

// Many PUBLISHes in one command: a broadcast's thousands of events cost the publishing replica one
// command per slice instead of one each (a command's client-side bookkeeping in ioredis is worth
// several times the PUBLISH itself). The channels stay one per topic, as for a single PUBLISH.
const PUBLISH_MANY = "for i = 1, #ARGV, 2 do redis.call('PUBLISH', ARGV[i], ARGV[i + 1]) end return #ARGV / 2";
const PUBLISH_MANY_SHA = createHash("sha1").update(PUBLISH_MANY).digest("hex");
/** Events per PUBLISH_MANY call (the script holds Redis meanwhile: keep it short). */
const PUBLISH_BATCH = 256;

/** How long after Redis took a PUBLISH its echo may take before this replica delivers it itself. */
const ECHO_GRACE_MS = 500;

/**
 * The Bus over Redis: a channel per topic (prefixed), subscribed while it has listeners here.
 * Payloads cross as JSON; each message is parsed once and handed to the topic's listeners.
 * Events published in one turn of the event loop go out together at its end, in order.
 *
 * This replica's own subscribers get its events from Redis too (in the same pass as the other
 * replicas: the cache-invalidation echo relies on it), but never only from Redis: an event
 * whose echo cannot come — a connection down at publish time, a PUBLISH that failed, an echo
 * late by ECHO_GRACE_MS — is delivered here directly. Each message carries this replica's tag
 * and a sequence number, and an own event waits in `pending` until one of the two delivers it:
 * the other then finds nothing, so nothing is delivered twice.
 */
function redisBus(publishClient: Redis, subscribeClient: Redis, prefix: string, log: ((text: string) => void) | null, onLag?: (seconds: number) => void): Bus {
  const listeners = new Map<string, Set<(detail: unknown) => void>>();
  // PUBLISH / SUBSCRIBE failures (Redis away for long) are logged, never thrown into the publisher
  // (a mutation): a lost live update to another replica is not worth a failed request.
  const failed = (command: string, channel: string) => (err: Error) => log?.(`redis ${command} ${channel} failed: ${err.message}`);
  // Tag: fixed length, so a message reads `<tag><seq base 36>.<publish time, ms base 36> <json>`
  // (replicas reading only up to the first non-digit, or only after the space, understand it too).
  const tag = randomBytes(6).toString("base64url");
  let seq = 0;
  /** Own events with a subscriber here, by sequence number (in order), not delivered yet. */
  const pending = new Map<number, [channel: string, json: string]>();
  let queued: string[] = []; // channel, message, channel, message …

  const deliver = (channel: string, json: string) => {
    const set = listeners.get(channel);
    if (!set) return;
    let detail: unknown;
    try {
      detail = json === "" ? null : JSON.parse(json);
    } catch {
      return void log?.(`redis: unreadable message on ${channel}`);
    }
    if (set.size === 1) for (const listener of set) listener(detail);
    else for (const listener of [...set]) listener(detail);
  };
  /** Delivers the pending own events up to `last`, in order (earlier ones whose echo was lost first). */
  const deliverUpTo = (last: number) => {
    for (const [n, [channel, json]] of pending) {
      if (n > last) break;
      pending.delete(n);
      deliver(channel, json);
    }
  };

  const flush = () => {
    const events = queued;
    queued = [];
    // Redis cannot echo now: deliver here at once (after what still waits, to keep the order).
    const direct = publishClient.status !== "ready" || subscribeClient.status !== "ready";
    if (direct) deliverUpTo(Infinity);
    const sentAt = `.${Date.now().toString(36)}`;
    for (let i = 0; i < events.length; i += 2 * PUBLISH_BATCH) {
      const args = events.slice(i, i + 2 * PUBLISH_BATCH);
      for (let j = 0; j < args.length; j += 2) {
        const n = ++seq;
        const json = args[j + 1]!;
        if (listeners.has(args[j]!)) {
          if (direct) deliver(args[j]!, json);
          else pending.set(n, [args[j]!, json]);
        }
        args[j + 1] = `${tag}${n.toString(36)}${sentAt} ${json}`;
      }
      const last = seq;
      const sent =
        args.length === 2
          ? publishClient.publish(args[0]!, args[1]!)
          : // The script by its hash; sent whole the first time (or after Redis lost its script cache).
            publishClient
              .evalsha(PUBLISH_MANY_SHA, 0, ...args)
              .catch((err: Error) => (/NOSCRIPT/.test(err.message) ? publishClient.eval(PUBLISH_MANY, 0, ...args) : Promise.reject(err)));
      sent.then(
        () => (pending.size ? setTimeout(deliverUpTo, ECHO_GRACE_MS, last).unref() : undefined),
        (err: Error) => {
          failed("publish", args.length === 2 ? args[0]! : `${args.length / 2} channels`)(err);
          deliverUpTo(last);
        },
      );
    }
  };

  subscribeClient.on("message", (channel: string, message: string) => {
    const space = message.indexOf(" ", tag.length);
    if (space < 0) return void log?.(`redis: unreadable message on ${channel}`);
    if (onLag) {
      const dot = message.lastIndexOf(".", space);
      const sent = dot > 0 ? parseInt(message.slice(dot + 1, space), 36) : NaN;
      if (Number.isFinite(sent)) onLag(Math.max(0, Date.now() - sent) / 1000);
    }
    if (message.startsWith(tag)) return deliverUpTo(parseInt(message.slice(tag.length, space), 36));
    deliver(channel, message.slice(space + 1));
  });
  return {
    on(key, id, listener) {
      const channel = prefix + topicName(key, id);
      let set = listeners.get(channel);
      if (!set) {
        listeners.set(channel, (set = new Set()));
        subscribeClient.subscribe(channel).catch(failed("subscribe", channel));
      }
      set.add(listener);
    },
    off(key, id, listener) {
      const channel = prefix + topicName(key, id);
      const set = listeners.get(channel);
      if (!set) return;
      set.delete(listener);
      if (set.size) return;
      listeners.delete(channel);
      subscribeClient.unsubscribe(channel).catch(failed("unsubscribe", channel));
    },
    emit(key, id, detail) {
      if (!queued.length) queueMicrotask(flush);
      queued.push(prefix + topicName(key, id), detail === undefined ? "" : JSON.stringify(detail));
    },
  };
}
