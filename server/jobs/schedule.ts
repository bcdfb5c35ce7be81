// The scheduled jobs: each a node-cron task in the retailer's timezone, distributed through
// the database coordinator so N replicas run each fire once. Job bodies call domain services
// and are idempotent themselves.
import cron, { type ScheduledTask } from "node-cron";
import type { Deps } from "../context.js";
import { purgeDeletedUsers } from "../domains/accounts/links.js";
import { databaseCoordinator } from "./coordinator.js";

export interface JobDefinition {
  name: string;
  /** node-cron expression (seconds optional) in the retailer's timezone. */
  schedule: string;
  run(deps: Deps): Promise<unknown>;
}

export const JOBS: JobDefinition[] = [
  // 7.2: a user who removed the last account is deleted within 24 hours.
  { name: "purge-deleted-users", schedule: "17 * * * *", run: (deps) => purgeDeletedUsers(deps) },
];

export function startJobs(deps: Deps, jobs: JobDefinition[] = JOBS): { stop(): Promise<void> } {
  const runCoordinator = databaseCoordinator(deps.db);
  const tasks: ScheduledTask[] = jobs.map((job) =>
    cron.schedule(
      job.schedule,
      async () => {
        try {
          const result = await job.run(deps);
          if (deps.config.env !== "test") console.log(`job ${job.name}: done ${JSON.stringify(result)}`);
        } catch (err) {
          console.error(`job ${job.name} failed`, err);
        }
      },
      { name: job.name, timezone: deps.config.timezone, distributed: true, runCoordinator, noOverlap: true },
    ),
  );
  return {
    // Stops new fires; an execution in flight finishes (node-cron awaits it in stop()).
    stop: async () => void (await Promise.all(tasks.map((t) => t.stop()))),
  };
}
