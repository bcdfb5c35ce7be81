// The electronic receipt (54-ФЗ) goes to the buyer's confirmed e-mail. It is the buyer's copy of
// the sale, owed whatever the newsletter subscriptions (6.6.2) say; once per payment.
import type { Deps } from "../../context.js";
import type { SendResult } from "../../integrations/messaging/delivery.js";
import { receiptDocument, receiptHtml, receiptText } from "./receipt-document.js";

export async function receiptEmail(deps: Deps, paymentId: number): Promise<SendResult | null> {
  const payment = await deps.db.payment.findUnique({
    where: { id: paymentId },
    select: { user: { select: { id: true, email: true, emailConfirmedAt: true } } },
  });
  const user = payment?.user;
  if (!user?.email || !user.emailConfirmedAt) return null;
  const doc = await receiptDocument(deps.db, paymentId, deps.config.timezone);
  if (!doc) return null;
  const place = { timezone: deps.config.timezone, placeOfSettlement: deps.config.publicUrl };
  return deps.messenger.sendEmail(
    {
      to: user.email,
      subject: `Кассовый чек № ${doc.number}: оплата по ЛС ${doc.accountNumber}`,
      text: receiptText(doc, place),
      html: await receiptHtml(doc, place),
    },
    { userId: user.id, dedupeKey: `receipt:${paymentId}` },
  );
}
