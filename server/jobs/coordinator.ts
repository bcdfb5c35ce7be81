// node-cron's RunCoordinator backed by the database: the first replica to insert the
// (job, fire time) row runs that fire; the others see the row and skip. Survives restarts,
// unlike an in-memory lock, and needs no extra service.
// Checked for N replicas: node-cron's key is the *scheduled* slot (not the replica's clock at
// the moment), so replicas a little apart in time still name a fire alike; the unique
// (job, key) index makes the insert the election (ON CONFLICT DO NOTHING, one winner however
// many race); a database error means "not elected" (node-cron fails closed). The lease
// (`ttlMs`) is deliberately unused: a fire is run at most once — a winner that dies mid-run
// leaves it unfinished rather than letting a second replica run it twice — and the jobs are
// idempotent, so the next fire (or a manual run) completes the work.
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
