// Demo data for a fresh database (run by `npm start` on an empty database when SEED_DEMO allows,
// and by `npm run db:seed`), on top of the reference data of reference.ts. Idempotent: every part is keyed by a natural key (codes, logins,
// account numbers, dates, urls) and only added when missing, so a second run changes nothing
// and a database holding part of the demo gets the rest. One transaction under an advisory
// lock: replicas starting together seed once, and a failed seed leaves nothing behind.
import type { Prisma, PrismaClient } from "../generated/prisma/client.js";
import { DEMO_ACCOUNTS } from "./accounts.js";
import { seedDemoAppeals } from "./appeals.js";
import { createDemoAccount } from "./create-account.js";
import { addMonths } from "../../shared/calendar.js";
import { closedPeriods, localTime, RETAILER_TIMEZONE } from "./dates.js";
import { seedNews } from "./news.js";
import { seedApiKeys } from "./partners.js";
import { lockSeed, seedReferenceRows } from "./reference.js";
import { seedStaff } from "./staff.js";
import { linkUsers, seedUsers } from "./users.js";

export { hasReference, seedReference, type ReferenceResult } from "./reference.js";

export { DEMO_ACCOUNTS } from "./accounts.js";
export { DEMO_USERS } from "./users.js";
export { STAFF } from "./staff.js";
export { DEMO_ASKUE_KEY } from "./partners.js";

/** Logged when SEED_DEMO=true seeds a production database: its passwords and keys are public. */
export const DEMO_IN_PRODUCTION_WARNING =
  "WARNING: SEED_DEMO=true in production: demo customers, staff (admin/admin2026) and the demo partner key are added; their passwords and keys are published in the README";

export interface SeedOptions {
  /** The clock: history ends with the last month closed before it. Default: now. */
  now?: Date;
  timezone?: string;
}

export interface SeedResult {
  /** True when this run inserted anything (false on a repeated run). */
  created: boolean;
  /** Rows inserted (or, for links, set) per part. */
  inserted: Record<string, number>;
}

export async function isDatabaseEmpty(prisma: PrismaClient): Promise<boolean> {
  return (await prisma.account.findFirst({ select: { id: true } })) === null;
}

export async function seedDemo(prisma: PrismaClient, opts: SeedOptions = {}): Promise<SeedResult> {
  return prisma.$transaction(
    async (tx) => {
      await lockSeed(tx);
      return seedAll(tx, opts);
    },
    { timeout: 300_000, maxWait: 300_000 },
  );
}

async function seedAll(prisma: Prisma.TransactionClient, opts: SeedOptions): Promise<SeedResult> {
  const now = opts.now ?? new Date();
  const periods = closedPeriods(now, 12, opts.timezone ?? RETAILER_TIMEZONE);
  const inserted: Record<string, number> = {};

  // The reference data first (demo accounts bill by its services and tariffs).
  const reference = await seedReferenceRows(prisma);
  Object.assign(inserted, reference.inserted);
  const { catalog } = reference;
  const staff = await seedStaff(prisma);
  inserted.staff = staff.inserted;
  inserted.apiKeys = await seedApiKeys(prisma);
  inserted.news = await seedNews(prisma, staff.ids.get("admin"));

  const { inserted: userRows, users } = await seedUsers(prisma, now);
  inserted.users = userRows;

  inserted.accounts = 0;
  for (const spec of DEMO_ACCOUNTS) {
    inserted.accounts += await createDemoAccount(prisma, spec, {
      services: catalog.services,
      officeId: catalog.officeId,
      periods,
      now,
      users,
    });
  }
  inserted.links = await linkUsers(prisma, users, now);
  const demoUser = users.get("0710000000");
  inserted.appeals = demoUser
    ? await seedDemoAppeals(prisma, { userId: demoUser.id, accountNumber: "0710000000", operatorId: staff.ids.get("operator"), now })
    : 0;

  // The history's months are closed: the period-close job must not run them again.
  inserted.billingPeriods = (
    await prisma.billingPeriod.createMany({
      data: periods.map((period) => {
        const closedAt = localTime(addMonths(period, 1), 1, 1);
        return { period, status: "CLOSED" as const, startedAt: closedAt, closedAt, closedBy: "seed" };
      }),
      skipDuplicates: true,
    })
  ).count;

  return { created: Object.values(inserted).some((n) => n > 0), inserted };
}
