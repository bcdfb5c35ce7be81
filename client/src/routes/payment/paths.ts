// Addresses of «Оплата» that other sections (and the bank) lead to.

/** Query parameters of an advance payment: the sum (API decimal, "1821.84") and the account number. */
export const ADVANCE_PARAMS = { amount: "advance", account: "account" } as const;

/** «Оплатить авансом» after the preliminary calculation (manual 6.2.3). */
export function advancePaymentHref(amount: string, accountNumber: string): string {
  const q = new URLSearchParams({ [ADVANCE_PARAMS.amount]: amount, [ADVANCE_PARAMS.account]: accountNumber });
  return `/payment?${q}`;
}

/** Where the bank sends the customer back (the server builds it: /payment/result?payment=<id>). */
export const PAYMENT_RESULT_PATH = "/payment/result";
export const RESULT_PARAM = "payment";

export function paymentResultHref(paymentId: string): string {
  return `${PAYMENT_RESULT_PATH}?${new URLSearchParams({ [RESULT_PARAM]: paymentId })}`;
}
