// What autopay does when the payments domain settles a payment (payments/hooks.ts): a confirmed
// 1 ₽ card verification activates the account's autopay waiting for a card (PENDING_CARD →
// ACTIVE with that card); an autopay charge settled by a late webhook ends its run. buildApp
// (server/app.ts) registers onAutopayPayment; the jobs run in the process that built the app.
import type { Payment } from "../../db/generated/prisma/client.js";
import type { Deps } from "../../context.js";
import { audit } from "../../shared/audit.js";
import type { PaymentSettled } from "../payments/hooks.js";
import { finishRunOfPayment } from "./outcome.js";

/** The verified card becomes the autopay's; true when an autopay was activated now. */
export async function activateWithVerifiedCard(deps: Deps, payment: Payment): Promise<boolean> {
  if (payment.purpose !== "CARD_VERIFICATION" || !payment.userId || !payment.savedCardId) return false;
  // SUCCEEDED, or already REFUNDED when the bank's refund news came first.
  if (payment.status !== "SUCCEEDED" && payment.status !== "REFUNDED") return false;
  const card = await deps.db.savedCard.findFirst({ where: { id: payment.savedCardId, userId: payment.userId, deletedAt: null }, select: { id: true } });
  if (!card) return false;
  const now = deps.clock.now();
  return deps.db.$transaction(async (tx) => {
    // Only the customer who asked for the card, and only while the autopay still waits for one.
    const moved = await tx.autopay.updateMany({
      where: { accountId: payment.accountId, userId: payment.userId!, status: "PENDING_CARD" },
      data: { status: "ACTIVE", cardId: card.id, updatedAt: now },
    });
    if (moved.count === 0) return false;
    await audit(
      tx,
      {
        actorType: "SYSTEM",
        action: "autopay.card-verified",
        entity: "Autopay",
        data: { accountId: payment.accountId, cardId: card.id, paymentId: payment.id },
      },
      now,
    );
    return true;
  });
}

export async function onAutopayPayment(deps: Deps, e: PaymentSettled): Promise<void> {
  if (e.payment.purpose === "CARD_VERIFICATION") await activateWithVerifiedCard(deps, e.payment);
  else if (e.payment.purpose === "AUTOPAY") await finishRunOfPayment(deps, e.payment);
}
