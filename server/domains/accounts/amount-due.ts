// «К оплате на ДД.ММ.ГГГГ: X р. в т.ч. пени Y р.»: the closing balance of the last billed
// month less payments received since that month ended. An overpayment shows as 0 due.
import type { PrismaClient } from "../../db/generated/prisma/client.js";
import { Money, money } from "../../shared/money.js";

export interface AmountDue {
  total: Money;
  penalty: Money;
  /** Debt (>0) or overpayment (<0) before clamping, for callers that need the sign. */
  balance: Money;
}

export async function amountDue(db: PrismaClient, accountId: number): Promise<AmountDue> {
  // One statement (it is in every page's header): the last billed month's lines and the
  // payments since that month ended.
  const [row] = await db.$queryRaw<{ billed: boolean; closing: string; penalty: string; paid: string }[]>`
    WITH last AS (SELECT max(period) AS period FROM "Charge" WHERE "accountId" = ${accountId})
    SELECT last.period IS NOT NULL AS billed,
           (SELECT coalesce(sum("closingBalance"), 0) FROM "Charge" c WHERE c."accountId" = ${accountId} AND c.period = last.period)::text AS closing,
           (SELECT coalesce(sum(penalty), 0) FROM "Charge" c WHERE c."accountId" = ${accountId} AND c.period = last.period)::text AS penalty,
           (SELECT coalesce(sum(amount), 0) FROM "Payment" p
             WHERE p."accountId" = ${accountId} AND p.status = 'SUCCEEDED' AND p.purpose <> 'CARD_VERIFICATION'
               AND p."paidAt" >= last.period + interval '1 month')::text AS paid
      FROM last`;
  if (!row?.billed) return { total: money(0), penalty: money(0), balance: money(0) };
  const balance = money(row.closing).minus(row.paid);
  const total = Money.max(balance, 0);
  const penalty = Money.min(Money.max(money(row.penalty), 0), total);
  return { total, penalty, balance };
}
