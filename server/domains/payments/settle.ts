// Applying what the bank says about a payment. A webhook is recorded (BankEvent, unique per
// provider and event id) in the same transaction as the change it makes, under a row lock on the
// payment: a repeat finds its record and changes nothing; a late "pending" or "failed" after
// "succeeded" changes nothing (rules.ts nextStatus); a failure rolls both back and the bank
// retries. Success writes paidAt, the receipt and the bound card; announcements (subscription,
// notification, the receipt by e-mail, the refund of a card verification) follow the commit.
import type { Payment, PaymentStatus, Prisma } from "../../db/generated/prisma/client.js";
import type { Deps } from "../../context.js";
import type { BankCard, BankEvent, BankOrderStatus } from "../../integrations/bank/port.js";
import { notify } from "../notifications/service.js";
import { invalidateAccounts } from "../../shared/invalidation.js";
import { keepBoundCard } from "./cards.js";
import { runPaymentListeners } from "./hooks.js";
import { createReceipt } from "./receipts.js";
import { receiptEmail } from "./receipt-email.js";
import { nextStatus, paymentIdOf } from "./rules.js";
import { log } from "../../shared/log.js";
import { formatRub } from "../../shared/money.js";

export interface BankOutcome {
  /** null when the bank refused before creating an order. */
  bankOrderId: string | null;
  status: BankOrderStatus;
  amount: Prisma.Decimal;
  failureReason: string | null;
  card: BankCard | null;
  at: Date;
}

export type SettleResult =
  | { outcome: "applied"; payment: Payment; previousStatus: PaymentStatus }
  | { outcome: "duplicate" | "stale" | "unknown" | "mismatch"; payment?: Payment };

const DEFAULT_FAILURE = "Платеж отклонен банком";

/** A verified webhook: recorded once, applied when it moves the payment forward. */
export async function applyBankEvent(deps: Deps, event: BankEvent): Promise<SettleResult> {
  const paymentId = paymentIdOf(event.merchantOrderId);
  const result = await deps.db.$transaction(async (tx) => {
    const recorded = await tx.bankEvent.createMany({
      data: [
        {
          provider: event.provider,
          eventId: event.eventId,
          bankOrderId: event.bankOrderId,
          status: event.status,
          payload: withoutTokens(event.payload),
          receivedAt: deps.clock.now(),
        },
      ],
      skipDuplicates: true,
    });
    if (recorded.count === 0) return { outcome: "duplicate" } as const;
    if (paymentId === null) return { outcome: "unknown" } as const;
    return settleLocked(tx, deps, paymentId, event);
  });
  if (result.outcome === "unknown" || result.outcome === "mismatch") {
    log.warn(
      `[payments] bank event ${event.eventId} (${event.status}) for order ${event.bankOrderId} / ${event.merchantOrderId}: ${result.outcome}, nothing changed`,
    );
  }
  if (result.outcome === "applied") await afterChange(deps, result.payment, result.previousStatus);
  return result;
}

/** The record of a webhook keeps no card token: a deleted card's token must not linger there. */
export function withoutTokens(value: unknown): Prisma.InputJsonValue {
  const strip = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(strip);
    if (v && typeof v === "object")
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, /token/i.test(k) && typeof x === "string" ? "[removed]" : strip(x)]));
    return v;
  };
  return strip(value) as Prisma.InputJsonValue;
}

/** The bank's synchronous answer (a charge without the customer): same rules, no event record. */
export async function applyBankOutcome(deps: Deps, paymentId: number, outcome: BankOutcome): Promise<SettleResult> {
  const result = await deps.db.$transaction((tx) => settleLocked(tx, deps, paymentId, outcome));
  if (result.outcome === "applied") await afterChange(deps, result.payment, result.previousStatus);
  return result;
}

async function settleLocked(tx: Prisma.TransactionClient, deps: Deps, paymentId: number, o: BankOutcome): Promise<SettleResult> {
  const locked = await tx.$queryRaw<{ id: number }[]>`SELECT "id" FROM "Payment" WHERE "id" = ${paymentId} FOR UPDATE`;
  if (!locked.length) return { outcome: "unknown" };
  const p = await tx.payment.findUniqueOrThrow({
    where: { id: paymentId },
    include: {
      items: { include: { supplier: { select: { name: true, inn: true } } }, orderBy: { id: "asc" } },
      account: { select: { number: true } },
      user: true,
    },
  });
  // Another order's news (a reused reference after a database reset) must not touch this payment.
  if (p.bankOrderId && o.bankOrderId && p.bankOrderId !== o.bankOrderId) return { outcome: "unknown", payment: p };
  const status = nextStatus(p.status, o.status);
  if (!status) return { outcome: "stale", payment: p };
  if (status === "SUCCEEDED" && !o.amount.equals(p.amount)) return { outcome: "mismatch", payment: p };

  const data: Prisma.PaymentUncheckedUpdateInput = { status, ...(o.bankOrderId ? { bankOrderId: o.bankOrderId } : {}) };
  if (status === "FAILED" || status === "CANCELLED") data.failureReason = o.failureReason ?? DEFAULT_FAILURE;
  if (status === "SUCCEEDED") {
    data.paidAt = o.at;
    data.failureReason = null;
    // A card bound now (asked to remember, or a verification); a payment by a saved card keeps its card.
    if (o.card?.token && p.userId && !p.savedCardId) {
      const card = await keepBoundCard(tx, p.userId, { ...o.card, token: o.card.token }, deps.clock.now());
      data.savedCardId = card.id;
      data.saveCard = true;
    }
    if (p.purpose !== "CARD_VERIFICATION") {
      const user = p.user;
      await createReceipt(tx, {
        paymentId: p.id,
        accountId: p.accountId,
        accountNumber: p.account.number,
        purpose: p.purpose,
        total: p.amount,
        items: p.items,
        paidAt: o.at,
        buyerContact: user?.email && user.emailConfirmedAt ? user.email : user?.phone && user.phoneConfirmedAt ? `+${user.phone}` : null,
        timezone: deps.config.timezone,
      });
    }
  }
  const payment = await tx.payment.update({ where: { id: p.id }, data });
  return { outcome: "applied", payment, previousStatus: p.status };
}

async function afterChange(deps: Deps, payment: Payment, previousStatus: PaymentStatus): Promise<void> {
  await invalidateAccounts(deps, [payment.accountId]); // «К оплате»: a settled or refunded payment
  if (payment.userId) deps.pubsub.publish("payment:status-changed", payment.userId, { paymentId: payment.id });
  if (payment.status === "SUCCEEDED" && payment.purpose !== "CARD_VERIFICATION" && payment.userId) {
    const account = await deps.db.account.findUniqueOrThrow({ where: { id: payment.accountId }, select: { number: true } });
    await notify(deps, {
      userId: payment.userId,
      accountId: payment.accountId,
      kind: "PAYMENT",
      title: "Платеж принят",
      body: `Оплата ${formatRub(payment.amount, { unit: "р." })} по ЛС ${account.number} прошла успешно. Чек — в разделе «Оплата», в истории платежей.`,
      dedupeKey: `payment:${payment.id}:succeeded`,
    });
    // The e-mail is tried with backoff by the messenger: the bank's webhook does not wait for it.
    void receiptEmail(deps, payment.id).catch((err) => log.error({ err }, `[payments] receipt e-mail for payment ${payment.id}`));
  }
  if (payment.status === "SUCCEEDED" && payment.purpose === "CARD_VERIFICATION") {
    void refundVerification(deps, payment).catch((err) => log.error({ err }, `[payments] refund of card verification ${payment.id}`));
  }
  await runPaymentListeners(deps, { payment, previousStatus });
}

/** The 1 ₽ of a card verification goes back at once (manual 6.4.4.1). */
export async function refundVerification(deps: Deps, payment: Payment): Promise<boolean> {
  if (!deps.bank || !payment.bankOrderId) return false;
  const r = await deps.bank.refund({ bankOrderId: payment.bankOrderId, reason: "Возврат проверочной авторизации карты" });
  if (r.status !== "SUCCEEDED") {
    log.error(`[payments] bank refused to refund card verification ${payment.id}: ${r.failureReason}`);
    return false;
  }
  // The bank's own "refunded" webhook may come first: whichever arrives moves it once.
  const moved = await deps.db.payment.updateMany({ where: { id: payment.id, status: "SUCCEEDED" }, data: { status: "REFUNDED" } });
  if (moved.count === 1) {
    await invalidateAccounts(deps, [payment.accountId]);
    const refunded = await deps.db.payment.findUniqueOrThrow({ where: { id: payment.id } });
    if (refunded.userId) deps.pubsub.publish("payment:status-changed", refunded.userId, { paymentId: refunded.id });
    await runPaymentListeners(deps, { payment: refunded, previousStatus: "SUCCEEDED" });
  }
  return true;
}
