// The daily autopay run (6.4.4): every ACTIVE autopay whose date is today is charged what the
// account owes, up to its maximum, once per month however often the job runs and on however many
// replicas. A run is claimed before any money moves — INSERT … ON CONFLICT DO NOTHING on
// AutopayRun (autopayId, period) — and the charge's idempotency key autopay:<id>:<YYYY-MM> makes
// the payment and the bank's order one even if a claimed run is resumed.
//
// When an autopay is due (the retailer's calendar):
//   DAY_OF_MONTH  on its day (1–27); later in the month if the job missed that day, unless the
//                 autopay was set up or changed after the day (then it starts next month);
//   LAST_DAY      on the last day of the month;
//   ON_INVOICE    any day of the month once the invoice for the previous month — the bill the
//                 period close issues on the 1st — exists for the account.
// The run's period is the month the charge is made in, for every mode: switching modes within a
// month never charges twice.
//
// A run left STARTED — the bank was unreachable (its payment PENDING), or the process died — is
// picked up again by a later job once its claim is older than the lease: the claim is renewed
// with a conditional update (createdAt is the claim time), so only one job resumes it, and the
// same key resumes the same payment.
import type { Autopay, AutopayRun, PaymentItem } from "../../db/generated/prisma/client.js";
import type { Deps } from "../../context.js";
import { audit } from "../../shared/audit.js";
import { addMonths, dateValue, daysInMonth, localDate, localDay, periodOf, type LocalDay } from "../../shared/calendar.js";
import { UserFacingError } from "../../shared/errors.js";
import { sumMoney } from "../../shared/money.js";
import { amountDueBySupplier } from "../accounts/amount-due.js";
import { chargeSavedCard } from "../payments/charge.js";
import { finishRun, finishRunOfPayment, runChargeKey } from "./outcome.js";
import { fixedDateDue, planCharge } from "./rules.js";
import { log } from "../../shared/log.js";

export interface AutopayJobResult {
  date: string;
  /** Autopays due today without a run this month. */
  due: number;
  succeeded: number;
  failed: number;
  skipped: number;
  /** The bank did not answer: the run stays STARTED and is resumed later. */
  pending: number;
  /** Claimed by another job at the same time. */
  taken: number;
  /** Stalled runs picked up again. */
  resumed: number;
  /** Autopays switched off because their customer is no longer linked to the account. */
  unlinked: number;
  /** Unexpected errors (logged; the run is resumed after the lease). */
  errors: number;
}

export interface AutopayJobOptions {
  concurrency?: number;
  /** How old a STARTED run's claim must be before another job resumes it. */
  leaseMs?: number;
}

const NOTHING_DUE = "задолженности по лицевому счету нет";
const NO_CARD = "карта для списания не выбрана";
const SWITCHED_OFF = "автоплатеж отключен";

type Outcome = "succeeded" | "failed" | "skipped" | "pending" | "taken" | "errors";

export async function runAutopays(deps: Deps, opts: AutopayJobOptions = {}): Promise<AutopayJobResult> {
  const tz = deps.config.timezone;
  const now = deps.clock.now();
  const today = localDay(localDate(now, tz));
  const result: AutopayJobResult = { date: today.iso, due: 0, succeeded: 0, failed: 0, skipped: 0, pending: 0, taken: 0, resumed: 0, unlinked: 0, errors: 0 };
  if (!deps.bank) {
    log.warn("[autopay] no acquiring bank configured: autopays are not charged");
    return result;
  }
  const period = periodOf(now, tz);
  const billed = addMonths(period, -1);
  const lastDay = today.day === daysInMonth(period);

  const candidates = await deps.db.autopay.findMany({
    where: {
      status: "ACTIVE",
      runs: { none: { period } },
      OR: [
        { mode: "DAY_OF_MONTH", day: { lte: today.day } },
        ...(lastDay ? [{ mode: "LAST_DAY" as const }] : []),
        { mode: "ON_INVOICE", account: { invoices: { some: { period: billed } } } },
      ],
    },
    include: { account: { select: { users: { select: { userId: true } } } } },
    orderBy: { id: "asc" },
  });
  const due = candidates.filter((a) => a.mode === "ON_INVOICE" || fixedDateDue({ mode: a.mode, day: a.day, changedOn: localDate(a.updatedAt, tz) }, today));
  result.due = due.length;

  const tally = (o: Outcome) => void (result[o] += 1);
  await pool(due, opts.concurrency ?? 4, async (a) => {
    if (!a.account.users.some((u) => u.userId === a.userId)) {
      if (await switchOffUnlinked(deps, a)) result.unlinked += 1;
      return;
    }
    tally(await guarded(a.id, () => claimAndCharge(deps, a, period, today)));
  });

  // Runs left STARTED by an unreachable bank or a crash.
  const stale = await deps.db.autopayRun.findMany({
    where: { status: "STARTED", createdAt: { lt: new Date(now.getTime() - (opts.leaseMs ?? 15 * 60_000)) } },
    include: { autopay: true },
    orderBy: { id: "asc" },
  });
  await pool(stale, opts.concurrency ?? 4, async (run) => {
    const renewed = await deps.db.autopayRun.updateMany({ where: { id: run.id, status: "STARTED", createdAt: run.createdAt }, data: { createdAt: now } });
    if (renewed.count === 0) return;
    result.resumed += 1;
    tally(await guarded(run.autopayId, () => charge(deps, run, run.autopay, today)));
  });
  return result;
}

async function guarded(autopayId: number, work: () => Promise<Outcome>): Promise<Outcome> {
  try {
    return await work();
  } catch (err) {
    log.error({ err }, `[autopay] autopay ${autopayId}`);
    return "errors";
  }
}

async function claimAndCharge(deps: Deps, autopay: Autopay, period: Date, today: LocalDay): Promise<Outcome> {
  const claimed = await deps.db.autopayRun.createMany({
    data: [{ autopayId: autopay.id, period, status: "STARTED", createdAt: deps.clock.now() }],
    skipDuplicates: true,
  });
  if (claimed.count === 0) return "taken";
  const run = await deps.db.autopayRun.findUniqueOrThrow({ where: { autopayId_period: { autopayId: autopay.id, period } } });
  return charge(deps, run, autopay, today);
}

/** Charges a claimed run: what is due now, or — resumed — the payment it already started. */
async function charge(deps: Deps, run: AutopayRun, autopay: Autopay, today: LocalDay): Promise<Outcome> {
  const key = runChargeKey(autopay.id, run.period);
  const started = run.paymentId
    ? await deps.db.payment.findUnique({ where: { id: run.paymentId }, include: { items: true } })
    : await deps.db.payment.findFirst({ where: { accountId: autopay.accountId, idempotencyKey: key }, include: { items: true } });

  let request: { userId: number; cardId: number; items: Pick<PaymentItem, "supplierId" | "amount">[] };
  if (started) {
    // The charge as it was started (by whoever set the autopay then, with that card).
    if (started.status === "PENDING" || started.status === "CREATED") {
      // Switched off meanwhile: no new attempt at the bank; the bank's webhook settles what it got.
      if (autopay.status !== "ACTIVE") return "pending";
    }
    request = { userId: started.userId!, cardId: started.savedCardId!, items: started.items };
  } else {
    if (autopay.status !== "ACTIVE") return end(deps, run, { status: "SKIPPED", amount: null, paymentId: null, error: SWITCHED_OFF });
    const dues = await amountDueBySupplier(deps.db, autopay.accountId, dateValue(today.iso));
    const plan = planCharge(dues, autopay.maxAmount);
    if (!plan.items.length) return end(deps, run, { status: "SKIPPED", amount: null, paymentId: null, error: NOTHING_DUE });
    if (!autopay.cardId) return end(deps, run, { status: "FAILED", amount: plan.total, paymentId: null, error: NO_CARD });
    request = { userId: autopay.userId, cardId: autopay.cardId, items: plan.items };
  }

  let payment;
  try {
    payment = await chargeSavedCard(deps, {
      userId: request.userId,
      accountId: autopay.accountId,
      cardId: request.cardId,
      items: request.items,
      idempotencyKey: key,
    });
  } catch (err) {
    // The card was deleted or has expired: the bank is not asked.
    if (!(err instanceof UserFacingError)) throw err;
    return end(deps, run, {
      status: "FAILED",
      amount: sumMoney(request.items.map((i) => i.amount)),
      paymentId: null,
      error: err.errors.map((e) => e.message.replace(/\.$/, "")).join("; "),
    });
  }
  // The payments listener has ended the run already when the bank answered; this covers a
  // payment that was settled before (a resumed run) and links a pending one.
  await finishRunOfPayment(deps, payment);
  const after = await deps.db.autopayRun.findUniqueOrThrow({ where: { id: run.id }, select: { status: true } });
  return after.status === "STARTED" ? "pending" : (after.status.toLowerCase() as Outcome);
}

async function end(deps: Deps, run: AutopayRun, e: Parameters<typeof finishRun>[2]): Promise<Outcome> {
  await finishRun(deps, run.id, e);
  return e.status.toLowerCase() as Outcome;
}

/** A customer who unlinked the account no longer pays for it with their card. */
async function switchOffUnlinked(deps: Deps, autopay: Autopay): Promise<boolean> {
  return deps.db.$transaction(async (tx) => {
    const moved = await tx.autopay.updateMany({
      where: { id: autopay.id, status: "ACTIVE", userId: autopay.userId },
      data: { status: "DISABLED", updatedAt: deps.clock.now() },
    });
    if (moved.count)
      await audit(
        tx,
        {
          actorType: "SYSTEM",
          action: "autopay.disabled-unlinked",
          entity: "Autopay",
          entityId: autopay.id,
          data: { accountId: autopay.accountId, userId: autopay.userId },
        },
        deps.clock.now(),
      );
    return moved.count > 0;
  });
}

async function pool<T>(items: T[], concurrency: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, items.length)) }, worker));
}
