// «История платежей» as export rows: the payments the bank confirmed in the range (by the day
// paid, on the retailer's calendar), oldest first, with the receipt's number when there is one.
import type { PrismaClient } from "../../db/generated/prisma/client.js";
import { checkMonthRange } from "../../shared/month-range.js";
import { periodEnd, periodStart } from "../../shared/calendar.js";
import { CHANNEL_TEXT, STATUS_TEXT } from "../payments/texts.js";
import type { Cell, Column, Table } from "./format.js";

export const PAYMENT_EXPORT_COLUMNS: readonly Column[] = [
  { header: "Дата", key: "paidAt" },
  { header: "Сумма", key: "amount" },
  { header: "Способ платежа", key: "channel" },
  { header: "Статус", key: "status" },
  { header: "Номер чека", key: "receiptNumber" },
];

export async function paymentsTable(db: PrismaClient, accountId: number, from: Date, to: Date, timeZone: string): Promise<Table> {
  checkMonthRange(from, to);
  const payments = await db.payment.findMany({
    // As «История платежей» (payments/schema.ts paymentHistory): confirmed by the bank, no card checks.
    where: {
      accountId,
      status: { in: ["SUCCEEDED", "REFUNDED"] },
      purpose: { not: "CARD_VERIFICATION" },
      paidAt: { gte: periodStart(from, timeZone), lt: periodEnd(to, timeZone) },
    },
    include: { receipt: { select: { number: true } } },
    orderBy: [{ paidAt: "asc" }, { id: "asc" }],
  });
  const rows = payments.map((p): Cell[] => [
    { t: "instant", v: p.paidAt },
    { t: "money", v: p.amount },
    { t: "text", v: p.channelLabel ?? CHANNEL_TEXT[p.channel] },
    { t: "text", v: STATUS_TEXT[p.status] },
    { t: "text", v: p.receipt ? String(p.receipt.number) : null },
  ]);
  return { columns: PAYMENT_EXPORT_COLUMNS, rows };
}
