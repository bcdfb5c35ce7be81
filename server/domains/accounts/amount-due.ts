// «К оплате на ДД.ММ.ГГГГ: X р. в т.ч. пени Y р.»: the closing balance of the last billed
// month less payments received since that month ended. An overpayment shows as 0 due.
import type { PrismaClient } from "../../db/generated/prisma/client.js";
import { Money, money, sumMoney } from "../../shared/money.js";

export interface AmountDue {
  total: Money;
  penalty: Money;
  /** Debt (>0) or overpayment (<0) before clamping, for callers that need the sign. */
  balance: Money;
}

export async function amountDue(db: PrismaClient, accountId: number): Promise<AmountDue> {
  const last = await db.charge.findFirst({ where: { accountId }, orderBy: { period: "desc" }, select: { period: true } });
  if (!last) return { total: money(0), penalty: money(0), balance: money(0) };
  const nextMonth = new Date(Date.UTC(last.period.getUTCFullYear(), last.period.getUTCMonth() + 1, 1));
  const [lines, since] = await Promise.all([
    db.charge.findMany({ where: { accountId, period: last.period }, select: { closingBalance: true, penalty: true } }),
    db.payment.aggregate({
      where: { accountId, status: "SUCCEEDED", purpose: { not: "CARD_VERIFICATION" }, paidAt: { gte: nextMonth } },
      _sum: { amount: true },
    }),
  ]);
  const balance = sumMoney(lines.map((l) => l.closingBalance)).minus(since._sum.amount ?? 0);
  const total = Money.max(balance, 0);
  const penalty = Money.min(Money.max(sumMoney(lines.map((l) => l.penalty)), 0), total);
  return { total, penalty, balance };
}
