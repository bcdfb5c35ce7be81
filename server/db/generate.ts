// Bulk data generator for load tests and demos at scale: N realistic accounts with a year of
// history, written set-based (see generate-sql.ts) in batches, the same on PGlite and PostgreSQL.
// Numbers start with 9 and continue after the highest existing 9xxxxxxxxx account.
import type { Database } from "./client.js";
import { billingPeriodsSql, batchSql, type BatchParams } from "./generate-sql.js";
import { seedCatalog } from "./seed/catalog.js";
import { addMonths, isoDate } from "../shared/calendar.js";
import { closedPeriods } from "./seed/dates.js";

export interface GenerateOptions {
  accounts: number;
  /** The clock: history ends with the last month closed before it. Default: now. */
  now?: Date;
  /** Accounts per transaction (default 10 000). */
  batch?: number;
  onProgress?: (done: number) => void;
}

const BASE = 9_000_000_000n;
const MAX_OFFSET = 999_999_999n;

export async function generateAccounts(db: Database, opts: GenerateOptions): Promise<{ accounts: number; ms: number }> {
  const started = performance.now();
  const total = opts.accounts;
  if (!Number.isInteger(total) || total < 0) throw new Error("accounts must be a non-negative integer");
  const batch = Math.max(1, opts.batch ?? 10_000);
  const now = opts.now ?? new Date();

  // Services, tariffs and norms must exist: charges are priced from them.
  const catalog = await seedCatalog(db.prisma);
  const serviceId = (code: keyof BatchParams["serviceIds"]) => {
    const service = catalog.services.get(code);
    if (!service) throw new Error(`Service ${code} is missing from the catalog`);
    return service.id;
  };

  const [{ max }] = await db.sql.query<{ max: string | null }>(`SELECT max("number") AS max FROM "Account" WHERE "number" ~ '^9[0-9]{9}$'`);
  const start = max === null ? 0n : BigInt(max) - BASE + 1n;
  if (start + BigInt(total) - 1n > MAX_OFFSET) throw new Error("No free 9xxxxxxxxx account numbers left");

  const [{ superuser }] = await db.sql.query<{ superuser: string }>(`SELECT current_setting('is_superuser') AS superuser`);

  const periods = closedPeriods(now, 12);
  const first = isoDate(periods[0]);
  const nowSql = now.toISOString().replace("T", " ").replace("Z", "");
  if (total > 0) await db.sql.exec(billingPeriodsSql(first, nowSql));

  for (let done = 0; done < total; done += batch) {
    const size = Math.min(batch, total - done);
    const lo = Number(start) + done;
    await db.sql.exec(
      batchSql({
        base: BASE,
        lo,
        hi: lo + size - 1,
        first,
        baseline: isoDate(addMonths(periods[0], -1)),
        now: nowSql,
        officeId: catalog.officeId,
        skipTriggers: superuser === "on",
        serviceIds: {
          ELECTRICITY: serviceId("ELECTRICITY"),
          COLD_WATER: serviceId("COLD_WATER"),
          WASTEWATER: serviceId("WASTEWATER"),
          SOLID_WASTE: serviceId("SOLID_WASTE"),
          CAPITAL_REPAIR: serviceId("CAPITAL_REPAIR"),
        },
      }),
    );
    opts.onProgress?.(done + size);
  }
  return { accounts: total, ms: Math.round(performance.now() - started) };
}
