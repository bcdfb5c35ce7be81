// Addresses of «Оплата» that other sections lead to.

/** Query parameters of an advance payment: the sum (API decimal, "1821.84") and the account number. */
export const ADVANCE_PARAMS = { amount: "advance", account: "account" } as const;

/** «Оплатить авансом» after the preliminary calculation (manual 6.2.3). */
export function advancePaymentHref(amount: string, accountNumber: string): string {
  const q = new URLSearchParams({ [ADVANCE_PARAMS.amount]: amount, [ADVANCE_PARAMS.account]: accountNumber });
  return `/payment?${q}`;
}
