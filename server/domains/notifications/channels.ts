// Which outside channel a notification also goes by, besides the envelope (manual 6.6.2, 7.1).
// The subscriptions are about e-mail and need a confirmed address: «квитанция в электронном
// виде» governs invoices, «другая информация» everything else sent by e-mail. Reminders are
// service notices: a customer who gets no e-mail for them gets an SMS at a confirmed phone.
// The SQL twin is what the set-based jobs use; both say the same.
import type { NotificationKind, User } from "../../db/generated/prisma/client.js";

export type ExternalChannel = "EMAIL" | "SMS";

type Contacts = Pick<User, "email" | "emailConfirmedAt" | "phone" | "phoneConfirmedAt" | "subscribeEInvoice" | "subscribeInfo">;

export function externalChannel(kind: NotificationKind, u: Contacts): ExternalChannel | null {
  const email = !!u.email && !!u.emailConfirmedAt;
  if (kind === "INVOICE") return email && u.subscribeEInvoice ? "EMAIL" : null;
  if (email && u.subscribeInfo) return "EMAIL";
  if (u.phone && u.phoneConfirmedAt) return "SMS";
  return null;
}

/** SQL of `externalChannel` for a reminder kind, over the "User" row aliased `u`: 'EMAIL', 'SMS' or NULL. */
export function reminderChannelSql(u: string): string {
  return `CASE WHEN ${u}.email IS NOT NULL AND ${u}."emailConfirmedAt" IS NOT NULL AND ${u}."subscribeInfo" THEN 'EMAIL'
               WHEN ${u}.phone IS NOT NULL AND ${u}."phoneConfirmedAt" IS NOT NULL THEN 'SMS' END`;
}
