import { describe, expect, it } from "vitest";
import { loadConfig } from "../config.js";
import { createAppPubSub } from "../integrations/pubsub.js";
import { devMessenger } from "../integrations/messaging/index.js";
import { systemClock } from "../shared/clock.js";
import { testDatabases, withTestDatabase } from "../test/db.js";
import { databaseCoordinator } from "./coordinator.js";
import { startJobs } from "./schedule.js";

describe.each(testDatabases())("job coordination on $name", (backend) => {
  const database = withTestDatabase({ backend });

  it("lets exactly one of several instances run a fire", async () => {
    const instances = ["a", "b", "c"].map((i) => databaseCoordinator(database.prisma, i));
    const key = "reminders:2026-12-10T05:00:00.000Z";
    const votes = await Promise.all(instances.map((c) => c.shouldRun(key, 60_000)));
    expect(votes.filter(Boolean)).toHaveLength(1);
    expect(await instances[0]!.shouldRun("reminders:2026-12-24T05:00:00.000Z", 60_000)).toBe(true);
  });

  it("runs each fire of a job once across two schedulers sharing the database", async () => {
    const deps = {
      db: database.prisma,
      sql: database.sql,
      config: loadConfig({ NODE_ENV: "test" }),
      clock: systemClock,
      pubsub: createAppPubSub(),
      messenger: devMessenger({ db: database.prisma, log: null }),
    };
    const runs: string[] = [];
    const job = (who: string) => ({ name: "tick", schedule: "* * * * * *", run: async () => void runs.push(who) });
    const a = startJobs(deps, [job("a")]);
    const b = startJobs(deps, [job("b")]);
    await new Promise((r) => setTimeout(r, 3200));
    await a.stop();
    await b.stop();
    const fires = await database.prisma.jobRun.findMany({ where: { job: "tick" } });
    expect(fires.length).toBeGreaterThanOrEqual(2);
    expect(runs).toHaveLength(fires.length);
  });

  it("waits on stop for a run in flight, and keeps a failed run's error on its fire", async () => {
    const deps = {
      db: database.prisma,
      sql: database.sql,
      config: loadConfig({ NODE_ENV: "test" }),
      clock: systemClock,
      pubsub: createAppPubSub(),
      messenger: devMessenger({ db: database.prisma, log: null }),
    };
    let started = 0;
    let finished = 0;
    const slow = {
      name: "slow",
      schedule: "* * * * * *",
      run: async () => {
        started += 1;
        await new Promise((r) => setTimeout(r, 800));
        finished += 1;
      },
    };
    const failing = { name: "failing", schedule: "* * * * * *", run: async () => Promise.reject(new Error("boom")) };
    // (The failure's log line is silent under tests: LOG_LEVEL defaults to silent there.)
    const jobs = startJobs(deps, [slow, failing]);
    // Stop while a slow run is in flight (and after a failing one has been recorded).
    while (started === finished || !(await database.prisma.jobRun.count({ where: { job: "failing", error: { not: null } } }))) {
      await new Promise((r) => setTimeout(r, 20));
    }
    await jobs.stop();
    expect(finished).toBe(started);
    const failed = await database.prisma.jobRun.findFirstOrThrow({ where: { job: "failing", error: { not: null } } });
    expect(failed.error).toContain("boom");
  });
});
