// Pub/sub for subscriptions: in memory for one process, or fanned out through Redis when
// REDIS_URL is set (pubsub-redis.ts passes its event target here). Topics are typed here so
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

/** The shared bus a replica publishes to and listens on (Redis); the shape of yoga's event target. */
export interface PubSubEventTarget {
  addEventListener(type: string, listener: (event: CustomEvent) => void): void;
  removeEventListener(type: string, listener: (event: CustomEvent) => void): void;
  dispatchEvent(event: CustomEvent): boolean;
}

/**
 * In memory without an event target; Redis (or any shared bus) with one. The same API as
 * graphql-yoga's createPubSub, leaner per event: a broadcast to thousands of subscribers pays
 * for one map lookup and one resolved promise each, where yoga's Repeater and EventTarget cost
 * several times that (measured with `npm run bench:subscriptions`).
 */
export function createAppPubSub(eventTarget?: PubSubEventTarget): PubSub {
  const bus = eventTarget ?? memoryBus();
  const topicOf = (routingKey: string, args: unknown[]) => (args.length === 2 ? `${routingKey}:${String(args[0])}` : routingKey);
  return {
    publish(routingKey, ...args) {
      const a = args as unknown[];
      bus.dispatchEvent(new CustomEvent(topicOf(routingKey, a), { detail: a[a.length - 1] }));
    },
    subscribe(...args) {
      const [routingKey, ...rest] = args as unknown as [string, ...unknown[]];
      return listen(bus, rest.length ? `${routingKey}:${String(rest[0])}` : routingKey) as never;
    },
  };
}

/** In-process bus: a set of listeners per topic. */
function memoryBus(): PubSubEventTarget {
  const listeners = new Map<string, Set<(event: CustomEvent) => void>>();
  return {
    addEventListener(type, listener) {
      let set = listeners.get(type);
      if (!set) listeners.set(type, (set = new Set()));
      set.add(listener);
    },
    removeEventListener(type, listener) {
      const set = listeners.get(type);
      if (!set) return;
      set.delete(listener);
      if (!set.size) listeners.delete(type);
    },
    dispatchEvent(event) {
      const set = listeners.get(event.type);
      if (set) for (const listener of [...set]) listener(event);
      return true;
    },
  };
}

/** An async iterator over a topic: events wait in a queue until pulled; return() unsubscribes. */
function listen(bus: PubSubEventTarget, topic: string): AsyncIterableIterator<unknown> {
  const queue: unknown[] = [];
  let waiting: ((result: IteratorResult<unknown>) => void) | null = null;
  let done = false;
  const listener = (event: CustomEvent) => {
    if (done) return;
    if (waiting) {
      const resolve = waiting;
      waiting = null;
      resolve({ value: event.detail, done: false });
    } else queue.push(event.detail);
  };
  const finish = () => {
    if (done) return;
    done = true;
    bus.removeEventListener(topic, listener);
    queue.length = 0;
    waiting?.({ value: undefined, done: true });
    waiting = null;
  };
  bus.addEventListener(topic, listener);
  return {
    next() {
      if (queue.length) return Promise.resolve({ value: queue.shift(), done: false });
      if (done) return Promise.resolve({ value: undefined, done: true });
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
  };
}
