import { describe, expect, it } from "vitest";
import { loadConfig } from "../config.js";
import type { Deps } from "../context.js";
import { seedCatalog } from "../db/seed/catalog.js";
import { devMessenger } from "../integrations/messaging/index.js";
import { createAppPubSub } from "../integrations/pubsub.js";
import { fixedClock } from "../shared/clock.js";
import { testDatabases, withTestDatabase } from "../test/db.js";
import { createCustomer } from "../test/fixtures.js";
import { lastFireToday } from "./catch-up.js";
import { JOBS, startJobs, type JobDefinition } from "./schedule.js";

// 10:00 on the 10th in Yekaterinburg is 05:00Z: the readings reminders' fire.
const FIRE = "2026-12-10T05:00:00.000Z";

describe.each(testDatabases())("missed fires caught up on $name", (backend) => {
  const database = withTestDatabase({ backend });

  const deps = (now: string): Deps => ({
    db: database.prisma,
    sql: database.sql,
    config: loadConfig({ NODE_ENV: "test" }),
    clock: fixedClock(now),
    pubsub: createAppPubSub(),
    messenger: devMessenger({ db: database.prisma, log: null }),
  });
  /** The real readings-reminders job, counting its runs. */
  const reminders = (runs: string[], who: string): JobDefinition => {
    const real = JOBS.find((j) => j.name === "readings-reminders")!;
    return { ...real, run: (d) => (runs.push(who), real.run(d)) };
  };
  const until = async (ok: () => Promise<boolean>) => {
    for (let i = 0; i < 200 && !(await ok()); i++) await new Promise((r) => setTimeout(r, 25));
  };
  const fires = () => database.prisma.jobRun.findMany({ where: { job: "readings-reminders" } });

  it("finds today's last fire, none tomorrow, none yet before the grace", () => {
    const tz = "Asia/Yekaterinburg";
    expect(lastFireToday("0 10 10,24 * *", new Date("2026-12-10T09:00:00Z"), tz)?.toISOString()).toBe(FIRE);
    expect(lastFireToday("0 10 10,24 * *", new Date("2026-12-10T05:00:20Z"), tz)).toBeNull();
    expect(lastFireToday("0 10 10,24 * *", new Date("2026-12-11T04:00:00Z"), tz)).toBeNull();
    expect(lastFireToday("17 * * * *", new Date("2026-12-10T09:30:00Z"), tz)?.toISOString()).toBe("2026-12-10T09:17:00.000Z");
    // Ten past midnight local: today's 17-minute fire has not come, yesterday's is not today's.
    expect(lastFireToday("17 * * * *", new Date("2026-12-10T19:10:00Z"), tz)).toBeNull();
  });

  it("a process started at 14:00 on the 10th runs the 10:00 reminders nobody ran, once; two replicas starting together run them once", async () => {
    await seedCatalog(database.prisma);
    const c = await createCustomer(database.prisma);
    const electricity = await database.prisma.service.findFirstOrThrow({ where: { code: "ELECTRICITY" } });
    await database.prisma.meter.create({
      data: {
        accountId: c.account.id,
        serviceId: electricity.id,
        number: "CATCHUP-1",
        resource: "ELECTRICITY",
        unit: "кВт.ч",
        zones: ["ALL_DAY"],
        installedAt: new Date("2020-01-01"),
      },
    });
    const runs: string[] = [];
    const at = "2026-12-10T09:00:00.000Z"; // 14:00 local
    const a = startJobs(deps(at), [reminders(runs, "a")]);
    const b = startJobs(deps(at), [reminders(runs, "b")]);
    await until(async () => (await fires()).some((f) => f.finishedAt));
    await a.stop();
    await b.stop();
    expect(runs).toHaveLength(1);
    expect(await fires()).toMatchObject([{ key: FIRE, error: null }]);
    // The customer whose meter lacks December's reading got the reminder.
    expect(await database.prisma.notification.count({ where: { userId: c.user.id, kind: "READINGS_REMINDER" } })).toBe(1);

    // A replica started later the same day finds the fire done and runs nothing.
    const late = startJobs(deps("2026-12-10T12:00:00.000Z"), [reminders(runs, "late")]);
    await new Promise((r) => setTimeout(r, 300));
    await late.stop();
    expect(runs).toHaveLength(1);
  });

  it("started on the 11th, the 10th's missed reminders are not run (outside their validity)", async () => {
    await database.prisma.jobRun.deleteMany({ where: { job: "readings-reminders" } });
    const runs: string[] = [];
    const jobs = startJobs(deps("2026-12-11T04:00:00.000Z"), [reminders(runs, "next-day")]);
    await new Promise((r) => setTimeout(r, 300));
    await jobs.stop();
    expect(runs).toEqual([]);
    expect(await fires()).toEqual([]);
  });
});
