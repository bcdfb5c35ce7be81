// The monthly period close (manual 6.3, 6.4.1): accepts the month's readings, computes every
// account's charges, payments, recalculations, penalties and balances, issues the invoices and
// marks the period CLOSED — all in one transaction under an advisory lock, so it happens once
// however many replicas or admins ask at the same time, and a failure leaves nothing behind.
// The e-invoice letters go out after the commit (their dedupe keys make a rerun safe).
import type { SqlRunner } from "../../db/client.js";
import type { PrismaClient } from "../../db/generated/prisma/client.js";
import type { Config } from "../../config.js";
import type { Clock } from "../../shared/clock.js";
import { userError } from "./errors.js";
import { money, type Money } from "../../shared/money.js";
import type { Messenger } from "../../integrations/messaging/index.js";
import type { PubSub } from "../../integrations/pubsub.js";
import { invalidate } from "../../shared/invalidation.js";
import { closeSql } from "./close-sql.js";
import { sendEInvoices, type EInvoiceResult } from "./einvoice.js";
import { normTable } from "./norm-table.js";
import { addMonths, dateValue, isoDate, periodEnd, periodOf, periodStart } from "../../shared/calendar.js";
import { LOCKS } from "../../db/locks.js";
import { auditInSql } from "../../shared/audit.js";

export interface CloseDeps {
  db: PrismaClient;
  sql: SqlRunner;
  clock: Clock;
  config: Pick<Config, "timezone" | "billing" | "jwtSecret" | "publicUrl">;
  messenger: Messenger;
  /** Cached pages (amount due) are told of the new charges. */
  pubsub?: PubSub;
}

export interface CloseTotals {
  accounts: number;
  lines: number;
  metered: number;
  byNorm: number;
  fixed: number;
  /** Lines left out: no norm or no tariff in force for them. */
  unpriced: number;
  readingsAccepted: number;
  readingsSuperseded: number;
  charged: Money;
  paid: Money;
  recalculation: Money;
  penalty: Money;
  closing: Money;
  /** Payments to a supplier the account is not billed by (kept out of the books). */
  unallocatedPayments: number;
  unallocatedAmount: Money;
}

/** Who closes a period: the job ("job"), a script ("bench", "seed", "generator") or an administrator. */
export type Closer = string | { staffId: number };

export interface CloseResult {
  period: Date;
  /** False when the period was closed already (by another replica, an earlier run, the seed). */
  closedNow: boolean;
  totals: CloseTotals | null;
  email: EInvoiceResult;
  ms: number;
}

/** What a statement of the close does, for timings: "CREATE TEMP TABLE _bc_line", "INSERT INTO Charge" … */
function statementName(sql: string): string {
  const m = /(CREATE TEMP TABLE \w+|CREATE INDEX ON \w+|INSERT INTO "?\w+"?|ANALYZE \w+|SET LOCAL \w+|UPDATE "?\w+"?|DELETE FROM \w+)/.exec(sql);
  return (m?.[1] ?? sql.trim().slice(0, 40)).replace(/"/g, "");
}

export async function closeBillingPeriod(
  deps: CloseDeps,
  period: Date,
  closer: Closer,
  opts: { onStep?: (statement: string, ms: number) => void } = {},
): Promise<CloseResult> {
  const started = performance.now();
  const now = deps.clock.now();
  const closedBy = typeof closer === "string" ? closer : `staff:${closer.staffId}`;
  const tz = deps.config.timezone;
  const next = addMonths(period, 1);
  if (periodEnd(period, tz) > now) throw userError("PERIOD_NOT_ENDED", ["input", "period"], period);

  const catalog = await deps.db.consumptionNorm.findMany();
  const norms = normTable(catalog, period);
  const sql = closeSql({
    period,
    from: periodStart(period, tz),
    to: periodEnd(period, tz),
    now,
    penaltyRate: money(deps.config.billing.penaltyKeyRate).div(100).toString(),
    dueDate: new Date(Date.UTC(next.getUTCFullYear(), next.getUTCMonth(), deps.config.billing.invoiceDueDay)),
    norms: norms.rows,
    normStoves: norms.stoves,
  });

  // Raw SQL on one connection: no ORM transaction timeout, and PGlite runs it exclusively.
  const totals = await deps.sql.transaction(async (run) => {
    const query = async <T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]> => {
      const t0 = performance.now();
      const rows = await run<T>(text, params);
      opts.onStep?.(statementName(text), performance.now() - t0);
      return rows;
    };
    await query(`SELECT pg_advisory_xact_lock(${LOCKS.periodClose})`); // two closes never interleave
    // Read under the lock: whoever waited for it sees the first closer's commit.
    const periods = (
      await query<{ period: string }>(`SELECT to_char(period, 'YYYY-MM-DD') AS period FROM "BillingPeriod" WHERE status = 'CLOSED' ORDER BY period DESC`)
    ).map((r) => dateValue(r.period));
    if (periods.some((p) => p.getTime() === period.getTime())) return null;
    const later = periods.find((p) => p > period);
    if (later) throw userError("LATER_PERIOD_CLOSED", ["input", "period"], later);
    const before = periods.find((p) => p < period);
    if (before && before.getTime() !== addMonths(period, -1).getTime()) {
      throw userError("EARLIER_PERIOD_OPEN", ["input", "period"], addMonths(before, 1));
    }
    if ((await query(`SELECT 1 FROM "Charge" WHERE period = $1::date LIMIT 1`, [isoDate(period)])).length) {
      throw userError("CHARGES_EXIST", ["input", "period"], period);
    }

    const [readings] = await query<{ accepted: number; superseded: number }>(sql.acceptReadings);
    for (const statement of sql.prepare) await query(statement);
    const [{ n: unpriced }] = (await query<{ n: number }>(sql.unpriced)) as [{ n: number }];
    for (const statement of sql.finish) await query(statement);
    const [s] = await query<Record<string, number | string>>(sql.summary);
    const [lost] = await query<{ n: number; amount: string }>(sql.unallocated);
    await query(sql.markClosed(closedBy));
    const result: CloseTotals = {
      accounts: Number(s!.accounts),
      lines: Number(s!.lines),
      metered: Number(s!.metered),
      byNorm: Number(s!.by_norm),
      fixed: Number(s!.fixed),
      unpriced: Number(unpriced),
      readingsAccepted: Number(readings!.accepted),
      readingsSuperseded: Number(readings!.superseded),
      charged: money(String(s!.charged)),
      paid: money(String(s!.paid)),
      recalculation: money(String(s!.recalculation)),
      penalty: money(String(s!.penalty)),
      closing: money(String(s!.closing)),
      unallocatedPayments: Number(lost!.n),
      unallocatedAmount: money(lost!.amount),
    };
    const actor = typeof closer === "string" ? { actorType: "SYSTEM" as const } : { actorType: "STAFF" as const, actorId: closer.staffId };
    await auditInSql(query, { ...actor, action: "billing.period_closed", entity: "BillingPeriod", entityId: isoDate(period), data: result as never }, now); // sums as strings (Decimal's toJSON)
    return result;
  });

  // Every account's amount due may have moved: the caches start over (also a no-op rerun's: cheap).
  if (totals) await invalidate(deps, { all: true });
  const email = await sendEInvoices(deps, period);
  return { period, closedNow: totals !== null, totals, email, ms: Math.round(performance.now() - started) };
}

/**
 * The job: closes every ended period after the last closed one, oldest first (a month missed
 * while the service was down is closed on the next run); with nothing closed yet, last month.
 */
export async function closeEndedPeriods(deps: CloseDeps): Promise<CloseResult[]> {
  const last = addMonths(periodOf(deps.clock.now(), deps.config.timezone), -1);
  const closed = await deps.db.billingPeriod.findFirst({ where: { status: "CLOSED" }, orderBy: { period: "desc" }, select: { period: true } });
  const results: CloseResult[] = [];
  let period = closed ? addMonths(closed.period, 1) : last;
  // Still send letters a previous run could not (the last closed period).
  if (closed && closed.period.getTime() === last.getTime()) results.push(await closeBillingPeriod(deps, last, "job"));
  for (; period <= last; period = addMonths(period, 1)) results.push(await closeBillingPeriod(deps, period, "job"));
  return results;
}
