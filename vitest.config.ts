import { createRequire } from "node:module";
import { defineConfig } from "vitest/config";

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // graphql 16 ships CJS and ESM builds; Node (and so Pothos/yoga) loads the CJS one, so our
    // own code must too, or schema objects come from two "realms".
    alias: [{ find: /^graphql$/, replacement: require.resolve("graphql") }],
  },
  test: {
    include: ["server/**/*.test.ts", "client/src/**/*.test.ts", "client/e2e/**/*.e2e.test.ts"],
    environment: "node",
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: "forks",
    // vitest's default on 2 cores is one worker; most files wait on databases, child processes
    // and timers more than on the CPU, so two run side by side. 3 is not measured yet: e2e files
    // each launch a server and Chromium.
    maxWorkers: 2,
    env: { NODE_ENV: "test" },
    reporters: ["default", "./server/test/run-summary-reporter.ts"],
    // Suites that need an outside service carry its tag (server/test/needs.ts).
    tags: [
      { name: "postgres", description: "needs PostgreSQL: TEST_DATABASE_URL" },
      { name: "redis", description: "needs Redis: REDIS_URL_TEST" },
    ],
  },
});
