// «Получать квитанцию в электронном виде» (6.6.2): after a close, every subscribed user with a
// confirmed e-mail gets a letter per invoice of their accounts, with links to the invoice (HTML
// view and PDF). One message per invoice and user (dedupe key), so reruns send nothing twice;
// an invoice is marked emailed once all its letters went out, so a failed one is tried again.
import type { Prisma } from "../../db/generated/prisma/client.js";
import { formatRub } from "../../shared/money.js";
import { signEmailedDocumentLink } from "../documents/links.js";
import type { CloseDeps } from "./close.js";
import { invoiceLinkClaims, invoiceViewUrl } from "./invoices.js";
import { periodName, ruDate } from "../../shared/calendar.js";

/** Sums as the cabinet shows them: «1 984,23 р.» (shared/money.ts). */
const rub = (v: Prisma.Decimal | number) => formatRub(v, { unit: "р." });

export interface EInvoiceResult {
  sent: number;
  failed: number;
}

const PAGE = 500;
const PARALLEL = 4;

const subscriber = {
  subscribeEInvoice: true,
  emailConfirmedAt: { not: null },
  email: { not: null },
  deletionRequestedAt: null,
} satisfies Prisma.UserWhereInput;

export async function sendEInvoices(deps: CloseDeps, period: Date): Promise<EInvoiceResult> {
  const result: EInvoiceResult = { sent: 0, failed: 0 };
  const ttl = deps.config.billing.invoiceLinkTtlDays * 24 * 3600;
  let after = 0;
  for (;;) {
    const invoices = await deps.db.invoice.findMany({
      where: { period, emailedAt: null, id: { gt: after }, account: { users: { some: { user: subscriber } } } },
      include: { account: { select: { number: true, users: { where: { user: subscriber }, select: { user: { select: { id: true, email: true } } } } } } },
      orderBy: { id: "asc" },
      take: PAGE,
    });
    if (!invoices.length) return result;
    after = invoices[invoices.length - 1]!.id;

    const queue = [...invoices];
    await Promise.all(
      Array.from({ length: PARALLEL }, async () => {
        for (let invoice = queue.shift(); invoice; invoice = queue.shift()) {
          const link = await signEmailedDocumentLink(
            deps.config.jwtSecret,
            deps.config.publicUrl,
            invoiceLinkClaims(invoice.accountId, period),
            deps.clock.now(),
            ttl,
          );
          const due = invoice.totalDue.gt(0) ? invoice.totalDue : null;
          const text = [
            "Здравствуйте!",
            "",
            `Квитанция № ${invoice.number} за ${periodName(period)} по лицевому счету ${invoice.account.number} сформирована.`,
            `Начислено за месяц: ${rub(invoice.totalCharged)}`,
            due
              ? `К оплате: ${rub(due)}, в т.ч. пени ${rub(invoice.penalty)} Срок оплаты — до ${ruDate(invoice.dueDate)}.`
              : `К оплате: ${rub(0)}${invoice.totalDue.lt(0) ? ` Переплата ${rub(invoice.totalDue.neg())} будет учтена в следующем месяце.` : ""}`,
            "",
            `Открыть квитанцию: ${invoiceViewUrl(link.url)}`,
            `Скачать в PDF: ${link.url}`,
            `Ссылки действуют до ${ruDate(link.expiresAt)}. Квитанции за все месяцы есть в личном кабинете, в разделе «Оплата».`,
            "",
            "Вы получили это письмо, потому что подписаны на квитанцию в электронном виде. Отказаться от подписки можно в разделе «Профиль», вкладка «Подписки».",
          ].join("\n");
          let delivered = true;
          for (const { user } of invoice.account.users) {
            const sent = await deps.messenger.sendEmail(
              { to: user.email!, subject: `Квитанция за ${periodName(period)} по ЛС ${invoice.account.number}`, text },
              { userId: user.id, dedupeKey: `e-invoice:${invoice.id}:${user.id}`, redact: [link.url.split("token=")[1]!] },
            );
            if (sent.status === "FAILED") delivered = false;
            else if (!sent.duplicate) result.sent += 1;
            if (sent.status === "FAILED") result.failed += 1;
          }
          if (delivered) await deps.db.invoice.update({ where: { id: invoice.id }, data: { emailedAt: deps.clock.now() } });
        }
      }),
    );
    // Failed invoices keep emailedAt null: skip past them in this run (the cursor moves on).
  }
}
