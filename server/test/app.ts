// API test harness: the real app over a real database, called through yoga.fetch (no port).
// withTestApp() is a suite's whole setup: database, app, clock and seed in beforeAll, closed in afterAll.
import fs from "node:fs";
import { afterAll, beforeAll } from "vitest";
import { buildApp, type App } from "../app.js";
import type { Deps } from "../context.js";
import type { BankPort } from "../integrations/bank/port.js";
import type { SandboxBank, SandboxBankOptions } from "../integrations/bank/sandbox/bank.js";
import { inProcessSandbox } from "../domains/payments/test-support.js";
import { loadConfig, type Config } from "../config.js";
import type { Database } from "../db/client.js";
import { devMessenger, type DevOutbox, type Messenger, type OutboxEntry } from "../integrations/messaging/index.js";
import { createAppPubSub } from "../integrations/pubsub.js";
import { fixedClock } from "../shared/clock.js";
import { randomUUID } from "node:crypto";
import os from "node:os";
import path from "node:path";
import { createLocalStorage, type FileStorage } from "../integrations/storage/index.js";
import { suiteDatabase, testDatabases, type TestBackend } from "./db.js";

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
  /** What the app was built from (services can be called with it). */
  deps: Deps;
  /** The default sandbox bank (absent when a bank was passed). */
  sandbox?: SandboxBank;
  gql<T = any>(
    query: string,
    variables?: Record<string, unknown>,
    opts?: { token?: string; headers?: Record<string, string>; clientAddress?: string },
  ): Promise<GqlResult<T>>;
  /**
   * A GraphQL multipart request (operations + map + files) through the app. `files` maps a
   * variables path to a file, e.g. { "variables.input.files.0.file": new File([bytes], "scan.pdf") }.
   */
  upload<T = any>(
    query: string,
    variables: Record<string, unknown>,
    files: Record<string, Blob>,
    opts?: { token?: string },
  ): Promise<GqlResult<T> & { status: number }>;
}

export interface TestAppOptions {
  now?: string;
  env?: Record<string, string>;
  /** Replaces the default messenger (a dev outbox: nothing leaves the process). */
  messenger?: Messenger;
  /** Called with every message the default messenger sends. */
  sink?: (m: OutboxEntry) => void;
  /** The acquiring bank; default: a sandbox bank whose webhooks go straight to this app. */
  bank?: BankPort;
  /** Settings of the default sandbox bank (duplicate rate, random source, delays). */
  sandbox?: Partial<SandboxBankOptions>;
  /** File storage (appeals); default: a fresh local folder under the OS temp dir. */
  storage?: FileStorage;
}

export function createTestApp(database: Database, opts: TestAppOptions = {}): TestApp {
  const config = loadConfig({ NODE_ENV: "test", ...opts.env });
  const clock = fixedClock(opts.now ?? "2026-11-24T07:00:00.000Z");
  const messenger = opts.messenger ?? devMessenger({ db: database.prisma, clock, log: null, retry: { baseDelayMs: 1 }, onMessage: opts.sink });
  const base = { db: database.prisma, sql: database.sql, config, clock, pubsub: createAppPubSub(), messenger };
  const sandbox = opts.bank ? undefined : inProcessSandbox(base, opts.sandbox);
  const deps: Deps = { ...base, bank: opts.bank ?? sandbox!.port };
  deps.storage = opts.storage ?? createLocalStorage(path.join(os.tmpdir(), "kabinet-test-files", randomUUID()));
  const app = buildApp(deps);
  return {
    app,
    deps,
    sandbox: sandbox?.sandbox,
    clock,
    config,
    messenger,
    outbox: messenger.outbox,
    async gql(query, variables, o = {}) {
      const res = await app.yoga.fetch(
        "http://kabinet.test/graphql",
        {
          method: "POST",
          headers: {
            "content-type": "application/json",
            ...(o.token ? { authorization: `Bearer ${o.token}` } : {}),
            ...o.headers,
          },
          body: JSON.stringify({ query, variables }),
        },
        { clientAddress: o.clientAddress ?? null },
      );
      return (await res.json()) as GqlResult;
    },
    async upload(query, variables, files, o = {}) {
      const form = new FormData();
      const paths = Object.keys(files);
      form.set("operations", JSON.stringify({ query, variables }));
      form.set("map", JSON.stringify(Object.fromEntries(paths.map((p, i) => [String(i), [p]]))));
      paths.forEach((p, i) => form.set(String(i), files[p]!));
      const res = await app.yoga.fetch("http://kabinet.test/graphql", {
        method: "POST",
        headers: o.token ? { authorization: `Bearer ${o.token}` } : {},
        body: form,
      });
      return { status: res.status, ...((await res.json()) as GqlResult) };
    },
  };
}

export interface WithTestAppOptions extends TestAppOptions {
  /** The database to run on, e.g. a row of describe.each(testDatabases()); default: PGlite. */
  backend?: TestBackend;
  /** Start from the demo seed at DEMO_NOW (a saved database image: no time spent seeding). */
  demo?: boolean;
  /** The suite's own data, in the same beforeAll once the app is built (sign-ins work). */
  seed?: (t: SuiteApp) => Promise<unknown> | unknown;
  /** Timeout of that beforeAll (a long seed). */
  timeout?: number;
}

/** A suite's app: a TestApp that exists from beforeAll to afterAll, and the database under it. */
export interface SuiteApp extends TestApp {
  /** Stable from the start: `createTestApp(t.database, …)` in a test builds a second app on it. */
  database: Database;
}

/**
 * The app for the suite it is called in: beforeAll opens a fresh database on `backend` (from the
 * saved image), builds the app with `now` as its clock and runs `seed`; afterAll stops the sandbox
 * bank, closes the database and removes the default file storage. The returned handle is used in
 * tests and hooks as a TestApp.
 */
export function withTestApp(opts: WithTestAppOptions = {}): SuiteApp {
  const { backend = testDatabases()[0]!, demo, seed, timeout, ...appOptions } = opts;
  const suite = suiteDatabase();
  let current: TestApp | undefined;
  let storageDir: string | undefined;
  const app = (): TestApp => {
    if (!current) throw new Error("withTestApp builds the app in beforeAll: use it inside hooks and tests");
    return current;
  };
  const handle: SuiteApp = {
    database: suite.database,
    get app() {
      return app().app;
    },
    get clock() {
      return app().clock;
    },
    get config() {
      return app().config;
    },
    get messenger() {
      return app().messenger;
    },
    get outbox() {
      return app().outbox;
    },
    get deps() {
      return app().deps;
    },
    get sandbox() {
      return app().sandbox;
    },
    gql: (...args) => app().gql(...args),
    upload: (...args) => app().upload(...args),
  };
  beforeAll(async () => {
    suite.set(await backend.open({ demo }));
    if (!appOptions.storage) storageDir = path.join(os.tmpdir(), "kabinet-test-files", randomUUID());
    current = createTestApp(suite.database, { ...appOptions, storage: appOptions.storage ?? createLocalStorage(storageDir!) });
    await seed?.(handle);
  }, timeout);
  afterAll(async () => {
    current?.sandbox?.close();
    await suite.close();
    if (storageDir) fs.rmSync(storageDir, { recursive: true, force: true });
  });
  return handle;
}
