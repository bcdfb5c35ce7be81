// Pub/sub for subscriptions: in memory for one process, or fanned out through Redis when
// REDIS_URL is set (pubsub-redis.ts passes its bus here). Topics are typed here so
// publishers and subscribers agree. Payloads cross Redis as JSON: plain data only (dates as ISO
// strings), never class instances.

export type Topics = {
  /** A new in-app notification for user `userId`; carrying the row spares every subscriber a read. */
  "notification:added": [userId: number, payload: { notificationId: number; notification?: NotificationEvent }];
  /** A payment of user `userId` changed status (bank webhook, autopay); payload is the Payment id. */
  "payment:status-changed": [userId: number, payload: { paymentId: number }];
  /** An appeal of user `userId` was filed or changed status; payload is the Appeal id. */
  "appeal:status-changed": [userId: number, payload: { appealId: number }];
  /** Any appeal was filed or changed (the operators' queue); payload is the Appeal id. */
  "appeal:queue-changed": [payload: { appealId: number }];
  /** Data changed or sessions were revoked: every replica drops what its caches hold of it (shared/invalidation.ts). */
  "cache:invalidate": [payload: import("../shared/invalidation.js").ChangeMessage];
};

/** A Notification row as published (JSON-safe). */
export interface NotificationEvent {
  id: number;
  userId: number;
  accountId: number | null;
  kind: string;
  title: string;
  body: string;
  createdAt: string;
}

type Key = Extract<keyof Topics, string>;
/** What a subscriber of topic K receives: the payload (the last publish argument). */
export type TopicPayload<K extends Key> = Topics[K] extends [unknown, infer P] ? P : Topics[K] extends [infer P] ? P : never;
type SubscribeArgs<K extends Key> = Topics[K] extends [infer Id, unknown] ? [routingKey: K, id: Id] : [routingKey: K];

export interface PubSub {
  publish<K extends Key>(routingKey: K, ...args: Topics[K]): void;
  /** Events of the topic (and id) from now on, until the iterator is returned. */
  subscribe<K extends Key>(...args: SubscribeArgs<K>): AsyncIterableIterator<TopicPayload<K>>;
}

/**
 * What the pub/sub runs on: listeners get the payload itself. A topic is a routing key and, for
 * per-user topics, an id (topic name `${key}:${id}` where one is needed: Redis channels). The
 * in-memory bus and the Redis one (pubsub-redis.ts) are Buses.
 */
export interface Bus {
  on(key: string, id: TopicId, listener: (detail: unknown) => void): void;
  off(key: string, id: TopicId, listener: (detail: unknown) => void): void;
  emit(key: string, id: TopicId, detail: unknown): void;
}
export type TopicId = string | number | undefined;

/** The topic's name: the routing key, and the id after a colon. */
export const topicName = (key: string, id: TopicId) => (id === undefined ? key : `${key}:${String(id)}`);

/**
 * In memory without a bus; Redis (or any shared bus) with one. The same API as graphql-yoga's
 * createPubSub, leaner per event: a broadcast to thousands of subscribers pays for two map
 * lookups and one call each — no topic string, no Event object, no Repeater — and a subscriber
 * that takes events by push (`pushEvents`, the WebSocket delivery) not even a promise
 * (`npm run bench:subscriptions`).
 */
export function createAppPubSub(bus?: Bus): PubSub {
  const b = bus ?? memoryBus();
  return {
    // publish(key, payload) or publish(key, id, payload): the count tells them apart, as the payload may be undefined
    publish(routingKey: string, ...args: unknown[]) {
      if (args.length > 1) b.emit(routingKey, args[0] as TopicId, args[1]);
      else b.emit(routingKey, undefined, args[0]);
    },
    subscribe(routingKey: string, id?: TopicId) {
      return listen(b, routingKey, id) as never;
    },
  } as PubSub;
}

type Listener = (detail: unknown) => void;

/**
 * In-process bus: listeners by routing key, then by id. A topic with one listener (one subscriber
 * per customer is the usual case) holds it as it is, without a Set to look into and iterate.
 */
function memoryBus(): Bus {
  const byKey = new Map<string, Map<TopicId, Listener | Set<Listener>>>();
  return {
    on(key, id, listener) {
      let byId = byKey.get(key);
      if (!byId) byKey.set(key, (byId = new Map()));
      const held = byId.get(id);
      if (!held) byId.set(id, listener);
      else if (typeof held === "function") byId.set(id, new Set([held, listener]));
      else held.add(listener);
    },
    off(key, id, listener) {
      const byId = byKey.get(key);
      const held = byId?.get(id);
      if (held === listener) return void byId!.delete(id);
      if (!held || typeof held === "function") return;
      held.delete(listener);
      if (held.size === 1) byId!.set(id, held.values().next().value!);
    },
    emit(key, id, detail) {
      const held = byKey.get(key)?.get(id);
      if (!held) return;
      if (typeof held === "function") return held(detail);
      for (const listener of [...held]) listener(detail); // a copy: a listener may unsubscribe
    },
  };
}

const PUSH = Symbol("pushEvents");
type Pushable = AsyncIterableIterator<unknown> & { [PUSH]?: (sink: (value: unknown) => void) => boolean };

/**
 * Switches a subscription from pull to push when it comes from this pub/sub: the events already
 * waiting and every later one go to `sink` as they are published, synchronously, until the
 * iterator is returned. False (nothing changed) for any other iterator (filtered or piped ones)
 * and for one with a pull pending.
 */
export function pushEvents(iterator: AsyncIterator<unknown>, sink: (value: unknown) => void): boolean {
  const push = (iterator as Pushable)[PUSH];
  return push ? push.call(iterator, sink) : false;
}

/** An async iterator over a topic: events wait in a queue until pulled (or go to a sink); return() unsubscribes. */
function listen(bus: Bus, key: string, id: TopicId): AsyncIterableIterator<unknown> {
  const queue: unknown[] = [];
  let waiting: ((result: IteratorResult<unknown>) => void) | null = null;
  let sink: ((value: unknown) => void) | null = null;
  let done = false;
  const listener = (detail: unknown) => {
    if (done) return;
    if (sink) sink(detail);
    else if (waiting) {
      const resolve = waiting;
      waiting = null;
      resolve({ value: detail, done: false });
    } else queue.push(detail);
  };
  const finish = () => {
    if (done) return;
    done = true;
    bus.off(key, id, listener);
    queue.length = 0;
    waiting?.({ value: undefined, done: true });
    waiting = null;
    sink = null;
  };
  bus.on(key, id, listener);
  const iterator: Pushable = {
    next() {
      if (queue.length) return Promise.resolve({ value: queue.shift(), done: false });
      if (done || sink) return Promise.resolve({ value: undefined, done: true });
      return new Promise((resolve) => (waiting = resolve));
    },
    return() {
      finish();
      return Promise.resolve({ value: undefined, done: true });
    },
    throw(error) {
      finish();
      return Promise.reject(error);
    },
    [Symbol.asyncIterator]() {
      return this;
    },
    [PUSH](to) {
      if (done || waiting || sink) return false;
      sink = to;
      for (const detail of queue.splice(0)) if (sink) sink(detail);
      return true;
    },
  };
  return iterator;
}
