import { createEffect, on, onCleanup } from "solid-js";
import { createSubscription } from "@urql/solid";
import { AutopayCardChecked } from "../graphql/subscriptions/autopayCardChecked";

const POLL_MS = 2000;

/**
 * While the bank decides on the card: follow its webhook live, and ask again now and then
 * (for a customer who has just come back from the bank's page).
 */
export function useCardVerificationWatch(opts: { checking: () => boolean; returning: () => boolean; refresh: () => void }): void {
  const [live] = createSubscription({ query: AutopayCardChecked, pause: () => !opts.checking() });
  createEffect(
    on(
      () => live.data?.paymentStatusChanged,
      (p) => p && opts.refresh(),
      { defer: true },
    ),
  );
  createEffect(() => {
    if (!opts.checking() || !opts.returning()) return;
    const timer = setInterval(() => opts.refresh(), POLL_MS);
    onCleanup(() => clearInterval(timer));
  });
}
