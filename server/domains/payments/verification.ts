// Binding a new card for autopay (6.4.4.1): a 1 ₽ payment (purpose CARD_VERIFICATION) on the
// bank's page with the card always bound; when the bank confirms it, settle.ts saves the card
// (Payment.savedCardId) and returns the rouble at once (status REFUNDED). No receipt: nothing is sold.
import { userError } from "./errors.js";
import { CARD_VERIFICATION_AMOUNT } from "./rules.js";
import { checkIdempotencyKey } from "../../shared/idempotency.js";
import { openCardPayment, requireBank, type OpenedPayment, type PaymentDeps } from "./create.js";

export async function startCardVerification(
  deps: PaymentDeps,
  req: { userId: number; accountId: number; idempotencyKey: string; returnUrl: (paymentId: number) => string },
): Promise<OpenedPayment> {
  checkIdempotencyKey(req.idempotencyKey);
  requireBank(deps);
  const account = await deps.db.account.findFirst({ where: { id: req.accountId, users: { some: { userId: req.userId } } }, select: { id: true } });
  if (!account) throw userError("ACCOUNT_NOT_FOUND", ["input", "accountId"]);
  return openCardPayment(deps, {
    userId: req.userId,
    accountId: account.id,
    idempotencyKey: req.idempotencyKey,
    purpose: "CARD_VERIFICATION",
    channel: "LKK",
    amount: CARD_VERIFICATION_AMOUNT,
    items: [],
    card: null,
    bindCard: "always",
    returnUrl: req.returnUrl,
    compare: { accountId: account.id, items: [], savedCardId: null, purpose: "CARD_VERIFICATION" },
  });
}
