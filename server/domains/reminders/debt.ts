// An account's debt in SQL, the set-based twin of accounts/amount-due.ts (the header's «К
// оплате»): the closing balance of its last billed month less the payments no period close has
// booked yet (billedPeriod IS NULL). Written as a LATERAL join so a job computes it for every
// account in one pass over the (accountId, period) and (accountId, billedPeriod) indexes.

/**
 * `CROSS JOIN LATERAL (…) <alias>` for the account id expression `account`: columns
 * `balance` (debt > 0, overpayment < 0) and `charged` (the last billed month's charges).
 * Accounts never billed produce no row.
 */
export function debtLateral(account: string, alias = "d"): string {
  return `CROSS JOIN LATERAL (
    SELECT lc.closing - coalesce(lp.paid, 0) AS balance, lc.charged
      FROM (SELECT c.period FROM "Charge" c WHERE c."accountId" = ${account} ORDER BY c.period DESC LIMIT 1) last_period
     CROSS JOIN LATERAL (SELECT sum(c."closingBalance") AS closing, sum(c.charged) AS charged
                           FROM "Charge" c WHERE c."accountId" = ${account} AND c.period = last_period.period) lc
      LEFT JOIN LATERAL (SELECT sum(p.amount) AS paid
                           FROM "Payment" p
                          WHERE p."accountId" = ${account} AND p."billedPeriod" IS NULL
                            AND p.status = 'SUCCEEDED' AND p.purpose <> 'CARD_VERIFICATION') lp ON true
  ) ${alias}`;
}

/** SQL rendering an amount as the portal does: "1 234,56 ₽" (no-break spaces). */
export function rubSql(expr: string): string {
  return `(translate(to_char(${expr}, 'FM999,999,999,990.00'), ',.', chr(160) || ',') || chr(160) || '₽')`;
}
