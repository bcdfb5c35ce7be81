// node-cron's RunCoordinator backed by the database: the first replica to insert the
// (job, fire time) row runs that fire; the others see the row and skip. Survives restarts,
// unlike an in-memory lock, and needs no extra service.
import { hostname } from "node:os";
import type { RunCoordinator } from "node-cron";
import type { PrismaClient } from "../db/generated/prisma/client.js";

export const INSTANCE_ID = `${hostname()}:${process.pid}`;

export function databaseCoordinator(db: PrismaClient, instance = INSTANCE_ID): RunCoordinator {
  // node-cron's key is "<name>:<fire time ISO>".
  const split = (key: string) => {
    const i = key.indexOf(":");
    return { job: i > 0 ? key.slice(0, i) : "job", key: i > 0 ? key.slice(i + 1) : key };
  };
  return {
    async shouldRun(fullKey) {
      const { count } = await db.jobRun.createMany({ data: [{ ...split(fullKey), instance }], skipDuplicates: true });
      return count === 1;
    },
    async onComplete(fullKey) {
      await db.jobRun.updateMany({ where: { ...split(fullKey), instance }, data: { finishedAt: new Date() } });
    },
  };
}
