// Listeners told after a payment's status changed (committed): buildApp (server/app.ts) registers
// autopay's, which finishes its run (AUTOPAY payments) or a card binding (CARD_VERIFICATION). They run in the
// process that applied the change, once per change; a failing listener is logged, the change stays.
import type { Payment, PaymentStatus } from "../../db/generated/prisma/client.js";
import type { Deps } from "../../context.js";
import { log } from "../../shared/log.js";

export interface PaymentSettled {
  payment: Payment;
  previousStatus: PaymentStatus;
}

export type PaymentListener = (deps: Deps, e: PaymentSettled) => Promise<void> | void;

const listeners = new Set<PaymentListener>();

/** Registers a listener (once however often it is given); returns the function that removes it. */
export function onPaymentStatusChanged(listener: PaymentListener): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

export async function runPaymentListeners(deps: Deps, e: PaymentSettled): Promise<void> {
  for (const listener of listeners) {
    try {
      await listener(deps, e);
    } catch (err) {
      log.error({ err }, `[payments] listener failed for payment ${e.payment.id} (${e.payment.status})`);
    }
  }
}
