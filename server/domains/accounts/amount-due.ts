// «К оплате на ДД.ММ.ГГГГ: X р. в т.ч. пени Y р.»: the closing balance of the last billed
// month less the payments no close has booked yet. An overpayment shows as 0 due.
import type { SqlRunner } from "../../db/client.js";
import type { PrismaClient, Supplier, SupplierKind } from "../../db/generated/prisma/client.js";
import { Money, money, sumMoney } from "../../shared/money.js";

export interface AmountDue {
  total: Money;
  penalty: Money;
  /** Debt (>0) or overpayment (<0) before clamping, for callers that need the sign. */
  balance: Money;
}

// One statement (it is in every page's header): the last billed month's lines and the payments
// since that month ended. $1: the account. The penalty is the one still due after those payments,
// supplier by supplier exactly as «Оплата услуг» (amountDueBySupplier) shows it: a supplier's
// penalty is capped by what is still owed to that supplier, so paying it off clears its penalty.
export const AMOUNT_DUE_SQL = `
    WITH last AS (SELECT max(period) AS period FROM "Charge" WHERE "accountId" = $1),
         lines AS (SELECT c."supplierId", sum(c."closingBalance") AS closing, sum(c.penalty) AS penalty
                     FROM "Charge" c, last WHERE c."accountId" = $1 AND c.period = last.period GROUP BY c."supplierId"),
         unbilled AS (SELECT p.id, p.amount FROM "Payment" p
                       WHERE p."accountId" = $1 AND p.status = 'SUCCEEDED' AND p.purpose <> 'CARD_VERIFICATION'
                         AND p."billedPeriod" IS NULL),
         paid AS (SELECT i."supplierId", sum(i.amount) AS amount FROM "PaymentItem" i
                   WHERE i."accountId" = $1 AND i."paymentId" IN (SELECT id FROM unbilled) GROUP BY i."supplierId")
    SELECT last.period IS NOT NULL AS billed,
           (SELECT coalesce(sum(closing), 0) FROM lines)::text AS closing,
           (SELECT coalesce(sum(least(greatest(l.penalty, 0), greatest(l.closing - coalesce(pd.amount, 0), 0))), 0)
              FROM lines l LEFT JOIN paid pd ON pd."supplierId" = l."supplierId")::text AS penalty,
           (SELECT coalesce(sum(amount), 0) FROM unbilled)::text AS paid
      FROM last`;

export type AmountDueRow = { billed: boolean; closing: string; penalty: string; paid: string };

/** Through Prisma, or the pg runner (a prepared statement, no ORM work). */
export async function amountDue(db: PrismaClient | SqlRunner, accountId: number): Promise<AmountDue> {
  const [row] =
    "$queryRawUnsafe" in db
      ? await db.$queryRawUnsafe<AmountDueRow[]>(AMOUNT_DUE_SQL, accountId)
      : await db.query<AmountDueRow>(AMOUNT_DUE_SQL, [accountId], { prepareAs: "amount_due" });
  return amountDueOf(row);
}

/** The rule applied to AMOUNT_DUE_SQL's row (none: the account was never billed). */
export function amountDueOf(row: AmountDueRow | null | undefined): AmountDue {
  if (!row?.billed) return { total: money(0), penalty: money(0), balance: money(0) };
  const balance = money(row.closing).minus(row.paid);
  const total = Money.max(balance, 0);
  const penalty = Money.min(Money.max(money(row.penalty), 0), total);
  return { total, penalty, balance };
}

export interface SupplierAmountDue extends AmountDue {
  supplier: Supplier;
}

const KIND_ORDER: Record<SupplierKind, number> = { RETAILER: 0, SEPARATE: 1, WASTE_OPERATOR: 2, CAPITAL_REPAIR: 3 };

/**
 * «Оплата услуг» (6.4.3): the same rule per supplier — the last billed month's closing balance of
 * the supplier's lines less what was paid to that supplier and not yet booked by a close. Each
 * supplier is clamped on its own: an overpayment to one does not lower another's debt. Suppliers
 * of the account's current services are listed even when nothing is due to them.
 */
export async function amountDueBySupplier(db: PrismaClient, accountId: number, today: Date): Promise<SupplierAmountDue[]> {
  const last = await db.charge.findFirst({ where: { accountId }, orderBy: { period: "desc" }, select: { period: true } });
  const [lines, services, paid] = await Promise.all([
    last ? db.charge.findMany({ where: { accountId, period: last.period }, select: { supplierId: true, closingBalance: true, penalty: true } }) : [],
    db.accountService.findMany({
      where: { accountId, since: { lte: today }, OR: [{ until: null }, { until: { gte: today } }] },
      select: { service: { select: { supplierId: true } } },
    }),
    last
      ? db.paymentItem.groupBy({
          by: ["supplierId"],
          where: {
            accountId,
            payment: {
              status: "SUCCEEDED",
              purpose: { not: "CARD_VERIFICATION" },
              billedPeriod: null,
            },
          },
          _sum: { amount: true },
        })
      : [],
  ]);
  const ids = [...new Set([...lines.map((l) => l.supplierId), ...services.map((s) => s.service.supplierId)])];
  const suppliers = await db.supplier.findMany({ where: { id: { in: ids } } });
  return suppliers
    .map((supplier) => {
      const own = lines.filter((l) => l.supplierId === supplier.id);
      const balance = sumMoney(own.map((l) => l.closingBalance)).minus(paid.find((p) => p.supplierId === supplier.id)?._sum.amount ?? 0);
      const total = Money.max(balance, 0);
      const penalty = Money.min(Money.max(sumMoney(own.map((l) => l.penalty)), 0), total);
      return { supplier, total, penalty, balance };
    })
    .sort((a, b) => KIND_ORDER[a.supplier.kind] - KIND_ORDER[b.supplier.kind] || a.supplier.name.localeCompare(b.supplier.name, "ru"));
}
