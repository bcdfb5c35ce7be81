// Charging a saved card without the customer (autopay, 6.4.4): the payment and its lines are
// written, the bank charges the card's token (merchant-initiated: no page, no 3-D Secure) and
// its answer is applied by the same rules as a webhook (settle.ts) — the webhook that follows
// is then a no-op. Idempotent per (user, key): a repeated call resumes the same payment and the
// bank charges a merchantOrderId only once.
import type { Payment } from "../../db/generated/prisma/client.js";
import type { Deps } from "../../context.js";
import { BankError } from "../../integrations/bank/port.js";
import { isUniqueViolation } from "../../shared/db-errors.js";
import { userError } from "./errors.js";
import { sumMoney } from "../../shared/money.js";
import { usableCard } from "./cards.js";
import { describe, requireBank } from "./create.js";
import { MAX_PAYMENT, merchantOrderId, type ItemInput } from "./rules.js";
import { checkIdempotencyKey } from "../../shared/idempotency.js";
import { applyBankOutcome } from "./settle.js";

export interface SavedCardCharge {
  userId: number;
  accountId: number;
  cardId: number;
  /** Lines per supplier (positive amounts); their sum is charged. */
  items: ItemInput[];
  /** e.g. `autopay:<autopayId>:<YYYY-MM>`: one charge per autopay and period. */
  idempotencyKey: string;
}

/** Returns the payment as the bank left it: SUCCEEDED, FAILED (failureReason says why) or PENDING. */
export async function chargeSavedCard(deps: Deps, c: SavedCardCharge): Promise<Payment> {
  checkIdempotencyKey(c.idempotencyKey);
  const bank = requireBank(deps);
  if (!c.items.length || c.items.some((i) => !i.amount.gt(0) || i.amount.decimalPlaces() > 2)) throw userError("AMOUNT_NOT_POSITIVE", ["input", "items"]);
  const amount = sumMoney(c.items.map((i) => i.amount));
  if (amount.gt(MAX_PAYMENT)) throw userError("AMOUNT_TOO_LARGE", ["input", "items"]);

  let payment = await deps.db.payment.findUnique({ where: { userId_idempotencyKey: { userId: c.userId, idempotencyKey: c.idempotencyKey } } });
  if (!payment) {
    const card = await usableCard(deps.db, c.userId, c.cardId, deps.clock.now(), ["input", "cardId"]);
    try {
      payment = await deps.db.payment.create({
        data: {
          accountId: c.accountId,
          userId: c.userId,
          amount,
          status: "PENDING",
          purpose: "AUTOPAY",
          channel: "AUTOPAY",
          channelLabel: "Автоплатеж",
          idempotencyKey: c.idempotencyKey,
          savedCardId: card.id,
          createdAt: deps.clock.now(),
          items: { create: c.items.map((i) => ({ accountId: c.accountId, supplierId: i.supplierId, amount: i.amount })) },
        },
      });
    } catch (err) {
      if (!isUniqueViolation(err)) throw err;
      payment = await deps.db.payment.findUniqueOrThrow({ where: { userId_idempotencyKey: { userId: c.userId, idempotencyKey: c.idempotencyKey } } });
    }
  }
  if (payment.status !== "PENDING" && payment.status !== "CREATED") return payment;

  const card = await deps.db.savedCard.findUniqueOrThrow({ where: { id: payment.savedCardId! } });
  const account = await deps.db.account.findUniqueOrThrow({ where: { id: payment.accountId }, select: { number: true } });
  try {
    const r = await bank.chargeToken({
      merchantOrderId: merchantOrderId(payment.id),
      amount: payment.amount,
      description: describe("AUTOPAY", account.number),
      cardToken: card.bankToken,
    });
    await applyBankOutcome(deps, payment.id, {
      bankOrderId: r.bankOrderId,
      status: r.status,
      amount: payment.amount,
      failureReason: r.failureReason,
      card: r.card,
      at: r.at,
    });
  } catch (err) {
    if (!(err instanceof BankError)) throw err;
    // Unreachable bank: the payment stays PENDING and the same key tries again later.
    if (err.retryable) return deps.db.payment.findUniqueOrThrow({ where: { id: payment.id } });
    await applyBankOutcome(deps, payment.id, {
      bankOrderId: null,
      status: "FAILED",
      amount: payment.amount,
      failureReason: err.message,
      card: null,
      at: deps.clock.now(),
    });
  }
  return deps.db.payment.findUniqueOrThrow({ where: { id: payment.id } });
}
