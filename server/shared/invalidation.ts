// What changed, told to the in-process caches (the home response cache, session liveness) of
// every replica: applied here at once, synchronously — the caller's next request on this replica
// already sees it — and published on the app pub/sub for the others (through Redis when set).
// The returned promise settles once this replica hears its own message back from the bus: Redis
// has then pushed it to every replica in the same pass, so a mutation that awaits it answers only
// after the others have it at their door (the customer's next request, wherever it lands, is
// behind it). Services `await invalidate(deps, { … })` AFTER their change is committed: a cache
// that reads between an early bump and the commit would keep the old data.
import { randomUUID } from "node:crypto";
import type { PrismaClient } from "../db/generated/prisma/client.js";
import type { PubSub } from "../integrations/pubsub.js";
import { log } from "./log.js";

export interface Change {
  /** What these customers see: their own data and their linked accounts' (see invalidateAccounts). */
  users?: number[];
  /** «Новости компании». */
  news?: boolean;
  /** Set-based jobs (period close, debt notices): anything may have changed. */
  all?: boolean;
  /** Revoked sessions. */
  sessions?: number[];
  /** Some sessions of these customers were revoked (sign out everywhere, password change). */
  sessionsOfUsers?: number[];
  /** Staff members whose role or activity changed: their sessions are checked again. */
  staff?: number[];
}

/** A change as it crosses the bus: `origin` and `seq` let a replica recognise its own echo. */
export type ChangeMessage = Change & { origin: string; seq?: number };

type Listener = (change: Change) => void;

interface Hub {
  origin: string;
  listeners: Set<Listener>;
  seq: number;
  /** Own messages not heard back yet. */
  echoes: Map<number, () => void>;
}

/** How long a change waits for its echo: a bus that is down must not hold mutations up for long. */
const ECHO_TIMEOUT_MS = 200;

// One hub per pub/sub (= per app/replica: tests run several in one process).
const hubs = new WeakMap<PubSub, Hub>();

/** Applies `change` to this process's caches now and publishes it to the other replicas. */
export function invalidate(deps: { pubsub?: PubSub }, change: Change): Promise<void> {
  const pubsub = deps.pubsub;
  if (!pubsub) return Promise.resolve(); // a bare service call (unit tests, scripts): no app, no caches
  const hub = hubs.get(pubsub);
  if (!hub) {
    pubsub.publish("cache:invalidate", { ...change, origin: "" });
    return Promise.resolve();
  }
  for (const listener of hub.listeners) listener(change);
  const seq = ++hub.seq;
  const heard = new Promise<void>((resolve) => {
    const timer = setTimeout(() => {
      hub.echoes.delete(seq);
      resolve();
    }, ECHO_TIMEOUT_MS);
    hub.echoes.set(seq, () => {
      clearTimeout(timer);
      resolve();
    });
  });
  pubsub.publish("cache:invalidate", { ...change, origin: hub.origin, seq });
  return heard;
}

/**
 * A change to accounts' data (amount due, notices …) is a change for the customers linked to them.
 * Read after the change is committed: a customer linking the account meanwhile is covered by the
 * link's own invalidation.
 */
export async function invalidateAccounts(deps: { db: PrismaClient; pubsub?: PubSub }, accountIds: number[]): Promise<void> {
  if (!deps.pubsub || !accountIds.length) return;
  const links = await deps.db.userAccount.findMany({ where: { accountId: { in: accountIds } }, select: { userId: true } });
  if (links.length) await invalidate(deps, { users: [...new Set(links.map((l) => l.userId))] });
}

/** Calls `listener` with every change, local or from another replica, until the returned stop. */
export function onChange(pubsub: PubSub, listener: Listener): () => void {
  let hub = hubs.get(pubsub);
  if (!hub) {
    const created: Hub = { origin: randomUUID(), listeners: new Set(), seq: 0, echoes: new Map() };
    hubs.set(pubsub, (hub = created));
    void (async () => {
      for await (const message of pubsub.subscribe("cache:invalidate")) {
        if (message.origin === created.origin) {
          // Applied when published; the echo only tells the publisher the bus has delivered it.
          const heard = created.echoes.get(message.seq!);
          created.echoes.delete(message.seq!);
          heard?.();
          continue;
        }
        for (const l of created.listeners) {
          try {
            l(message);
          } catch (err) {
            log.error({ err }, "cache invalidation listener failed");
          }
        }
      }
    })();
  }
  hub.listeners.add(listener);
  return () => void hub.listeners.delete(listener);
}
