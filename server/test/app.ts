// API test harness: the real app over a real database, called through yoga.fetch (no port).
import { buildApp, type App } from "../app.js";
import { loadConfig, type Config } from "../config.js";
import type { Database } from "../db/client.js";
import { devMessenger, type DevOutbox, type Messenger, type OutboxEntry } from "../integrations/messaging/index.js";
import { createAppPubSub } from "../integrations/pubsub.js";
import { fixedClock } from "../shared/clock.js";

export interface GqlResult<T = any> {
  data?: T;
  errors?: { message: string; path?: string[]; extensions?: { code?: string } }[];
}

export interface TestApp {
  app: App;
  clock: ReturnType<typeof fixedClock>;
  config: Config;
  messenger: Messenger;
  /** The default messenger's outbox: every e-mail and SMS the app sent (undefined with a custom messenger). */
  outbox: DevOutbox | undefined;
  gql<T = any>(query: string, variables?: Record<string, unknown>, opts?: { token?: string; headers?: Record<string, string> }): Promise<GqlResult<T>>;
}

export interface TestAppOptions {
  now?: string;
  env?: Record<string, string>;
  /** Replaces the default messenger (a dev outbox: nothing leaves the process). */
  messenger?: Messenger;
  /** Called with every message the default messenger sends. */
  sink?: (m: OutboxEntry) => void;
}

export function createTestApp(database: Database, opts: TestAppOptions = {}): TestApp {
  const config = loadConfig({ NODE_ENV: "test", ...opts.env });
  const clock = fixedClock(opts.now ?? "2026-11-24T07:00:00.000Z");
  const messenger = opts.messenger ?? devMessenger({ db: database.prisma, clock, log: null, retry: { baseDelayMs: 1 }, onMessage: opts.sink });
  const app = buildApp({ db: database.prisma, sql: database.sql, config, clock, pubsub: createAppPubSub(), messenger });
  return {
    app,
    clock,
    config,
    messenger,
    outbox: messenger.outbox,
    async gql(query, variables, o = {}) {
      const res = await app.yoga.fetch("http://kabinet.test/graphql", {
        method: "POST",
        headers: {
          "content-type": "application/json",
          ...(o.token ? { authorization: `Bearer ${o.token}` } : {}),
          ...o.headers,
        },
        body: JSON.stringify({ query, variables }),
      });
      return (await res.json()) as GqlResult;
    },
  };
}
