// The scheduled jobs: each a node-cron task in the retailer's timezone, distributed through
// the database coordinator so N replicas run each fire once. Job bodies call domain services
// and are idempotent themselves.
import cron, { type RunCoordinator, type ScheduledTask } from "node-cron";
import type { Config } from "../config.js";
import type { Deps } from "../context.js";
import { purgeDeletedUsers } from "../domains/accounts/links.js";
import { runAutopays } from "../domains/autopay/job.js";
import { closeEndedPeriods } from "../domains/billing/close.js";
import { refreshDebtNotices } from "../domains/reminders/debt-notices.js";
import { sendPaymentReminders } from "../domains/reminders/payments.js";
import { sendReadingsReminders } from "../domains/reminders/readings.js";
import { purgeExpiredReminderLinks } from "../domains/reminders/link-access.js";
import { lastFireToday } from "./catch-up.js";
import { purgeExpiredIdempotencyKeys } from "../shared/idempotency.js";
import { databaseCoordinator, INSTANCE_ID } from "./coordinator.js";
import { log, withLogContext } from "../shared/log.js";
import { randomUUID } from "node:crypto";

export interface JobDefinition {
  name: string;
  /** node-cron expression (seconds optional) in the retailer's timezone, or one built from config. */
  schedule: string | ((config: Config) => string);
  run(deps: Deps): Promise<unknown>;
  /**
   * A fire every replica missed (all down at that moment) still runs once when a replica starts
   * or ticks later the same day (retailer's timezone); without it, a missed fire waits for the next.
   */
  catchUp?: "same-day";
}

export const JOBS: JobDefinition[] = [
  // 7.2: a user who removed the last account is deleted within 24 hours.
  { name: "purge-deleted-users", schedule: "17 * * * *", run: (deps) => purgeDeletedUsers(deps), catchUp: "same-day" },
  // 7.1: readings reminders on the 10th and the repeat on the 24th, in the morning.
  {
    name: "readings-reminders",
    schedule: "0 10 10,24 * *",
    run: (deps) => sendReadingsReminders(deps, { concurrency: deps.config.reminders.concurrency }),
    catchUp: "same-day",
  },
  // 7.1: payment reminders on the configured day of the month.
  {
    name: "payment-reminders",
    schedule: (config) => `0 11 ${config.reminders.paymentDay} * *`,
    run: (deps) => sendPaymentReminders(deps, { concurrency: deps.config.reminders.concurrency }),
    catchUp: "same-day",
  },
  // 6.1: the «Уведомления» block's debt notices follow the charges and payments every night.
  { name: "debt-notices", schedule: "30 3 * * *", run: (deps) => refreshDebtNotices(deps), catchUp: "same-day" },
  // 6.3, 6.4: the month is closed on the 1st at 03:00 (before the debt notices): charges,
  // invoices, e-invoices. A period missed while down is closed on the next 1st, in order.
  { name: "billing-period-close", schedule: "0 3 1 * *", run: (deps) => closeEndedPeriods(deps) },
  // 7.1: e-mails and SMS a stopped replica recorded but never sent go out late (or expire).
  { name: "stranded-messages", schedule: "*/10 * * * *", run: (deps) => deps.messenger.deliverStranded() },
  // 6.4.4: autopays due today are charged at 09:00 (after the close on the 1st, for ON_INVOICE);
  // a run is claimed per autopay and month, so a second fire or replica charges nothing more.
  { name: "autopay", schedule: "0 9 * * *", run: (deps) => runAutopays(deps), catchUp: "same-day" },
  // Idempotency keys are kept 24 hours (shared/idempotency.ts); expired ones are deleted hourly.
  { name: "expired-idempotency-keys", schedule: "41 * * * *", run: (deps) => purgeExpiredIdempotencyKeys(deps) },
  // 7.1: a reminder's readings links end with the month's readings window; expired ones are deleted nightly.
  { name: "expired-reminder-links", schedule: "50 3 * * *", run: (deps) => purgeExpiredReminderLinks(deps) },
];

/** Runs a job's body now, outside the schedule (tests, the test-only hook). */
export function runJobNow(deps: Deps, name: string, jobs: JobDefinition[] = JOBS): Promise<unknown> {
  const job = jobs.find((j) => j.name === name);
  if (!job) throw new Error(`no job named ${name}`);
  return job.run(deps);
}

export function startJobs(deps: Deps, jobs: JobDefinition[] = JOBS): { stop(): Promise<void> } {
  // node-cron's stop() only cancels future fires; a run in flight is tracked here — from the
  // election to the coordinator's completion record — so shutdown can wait for it (a half-sent
  // reminder round resumes idempotently anyway, but better whole) before closing the database.
  const inFlight = new Set<Promise<void>>();
  const base = databaseCoordinator(deps.db);
  const elected = new Map<string, () => void>();
  const runCoordinator: RunCoordinator = {
    async shouldRun(key, ttlMs) {
      const yes = await base.shouldRun(key, ttlMs);
      if (yes) {
        const done: Promise<void> = new Promise<void>((resolve) => elected.set(key, resolve)).then(() => void inFlight.delete(done));
        inFlight.add(done);
      }
      return yes;
    },
    async onComplete(key) {
      try {
        await base.onComplete?.(key);
      } finally {
        elected.get(key)?.();
        elected.delete(key);
      }
    },
  };
  const expression = (job: JobDefinition) => (typeof job.schedule === "function" ? job.schedule(deps.config) : job.schedule);
  // Each run logs under its own run id (and the job's name): every line its services write carries them.
  const body = (job: JobDefinition, slot: Date): Promise<void> => {
    const run = withLogContext({ job: job.name, runId: randomUUID() }, async () => {
      const started = performance.now();
      const finished = (outcome: "ok" | "failed") => {
        deps.metrics?.jobRuns.inc({ job: job.name, outcome });
        deps.metrics?.jobDuration.observe({ job: job.name }, (performance.now() - started) / 1000);
      };
      try {
        const result = await job.run(deps);
        finished("ok");
        log.info({ result, ms: Math.round(performance.now() - started) }, `job ${job.name}: done`);
      } catch (err) {
        finished("failed");
        deps.metrics?.jobFailures.inc({ job: job.name });
        log.error({ err }, `job ${job.name} failed`);
        // The coordinator's row for this fire (key = the scheduled time) keeps the error.
        const error = (err instanceof Error ? (err.stack ?? err.message) : String(err)).slice(0, 2000);
        await deps.db.jobRun.updateMany({ where: { job: job.name, key: slot.toISOString(), instance: INSTANCE_ID }, data: { error } }).catch(() => {});
      }
    });
    inFlight.add(run);
    return run.finally(() => inFlight.delete(run));
  };
  const tasks: ScheduledTask[] = jobs.map((job) =>
    cron.schedule(expression(job), (ctx) => body(job, ctx.date), {
      name: job.name,
      timezone: deps.config.timezone,
      distributed: true,
      runCoordinator,
      noOverlap: true,
      // A replica whose event loop was busy a few seconds past the minute still takes part
      // (the key is the scheduled time, so the replicas still agree on it); node-cron's
      // default of 1 s would silently skip the fire everywhere on a loaded single replica.
      missedExecutionTolerance: 30_000,
    }),
  );

  // Catch-up: at start and every minute, today's last fire of each job that allows it is
  // elected under node-cron's own key — so a fire some replica ran (or is running) is not run
  // again, and of replicas starting together one wins. Fires seen settled are remembered.
  const settled = new Set<string>();
  let stopped = false;
  const catchUp = async () => {
    for (const job of jobs) {
      if (!job.catchUp || stopped) continue;
      const slot = lastFireToday(expression(job), deps.clock.now(), deps.config.timezone);
      const key = slot && `${job.name}:${slot.toISOString()}`;
      if (!slot || !key || settled.has(key)) continue;
      settled.add(key);
      try {
        if (!(await runCoordinator.shouldRun(key, 0))) continue;
      } catch (err) {
        settled.delete(key); // the database did not answer: ask again next tick
        log.error({ err }, `job ${job.name}: catch-up election failed`);
        continue;
      }
      log.info(`job ${job.name}: catching up the fire of ${slot.toISOString()} every replica missed`);
      await body(job, slot);
      await Promise.resolve(runCoordinator.onComplete?.(key)).catch((err) => log.error({ err }, `job ${job.name}: completion not recorded`));
    }
  };
  let ticking: Promise<void> = Promise.resolve();
  const tick = () => {
    const run = ticking.then(catchUp).catch((err) => log.error({ err }, "job catch-up failed"));
    inFlight.add(run);
    ticking = run.finally(() => inFlight.delete(run));
  };
  tick();
  const ticker = setInterval(tick, 60_000);
  ticker.unref();

  return {
    // Stops new fires, then waits for the runs in flight.
    stop: async () => {
      stopped = true;
      clearInterval(ticker);
      await Promise.all(tasks.map((t) => t.stop()));
      await Promise.all([...inFlight]);
    },
  };
}
