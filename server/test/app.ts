// API test harness: the real app over a real database, called through yoga.fetch (no port).
import { buildApp, type App } from "../app.js";
import { loadConfig, type Config } from "../config.js";
import type { Database } from "../db/client.js";
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
  gql<T = any>(query: string, variables?: Record<string, unknown>, opts?: { token?: string; headers?: Record<string, string> }): Promise<GqlResult<T>>;
}

export function createTestApp(database: Database, opts: { now?: string; env?: Record<string, string> } = {}): TestApp {
  const config = loadConfig({ NODE_ENV: "test", ...opts.env });
  const clock = fixedClock(opts.now ?? "2026-11-24T07:00:00.000Z");
  const app = buildApp({ db: database.prisma, config, clock, pubsub: createAppPubSub() });
  return {
    app,
    clock,
    config,
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
