// The end of an autopay run and what the customer is told (6.4.4.4): an e-mail to the confirmed
// address of the profile with the amount charged or the reason it was not, and an in-app
// notification. A run moves from STARTED to its outcome once (a conditional update): whoever
// moves it — the job with the bank's synchronous answer, or the payments listener with a late
// webhook — sends the messages, and their dedupe keys make even a repeat harmless.
import type { AutopayRunStatus, Payment } from "../../db/generated/prisma/client.js";
import type { Deps } from "../../context.js";
import { dateValue, isoPeriod, localDate, periodName, ruDate, ruDateTime } from "../../shared/calendar.js";
import { esc } from "../../shared/html.js";
import { formatRub, sumMoney, type Money } from "../../shared/money.js";
import { amountDueBySupplier } from "../accounts/amount-due.js";
import { notify } from "../notifications/service.js";
import { sellerOf } from "../payments/receipt-document.js";
import { log } from "../../shared/log.js";

/** The idempotency key of a run's charge: one charge per autopay and month. */
export const runChargeKey = (autopayId: number, period: Date) => `autopay:${autopayId}:${isoPeriod(period)}`;

export function runOfChargeKey(key: string | null): { autopayId: number; period: Date } | null {
  const m = key ? /^autopay:(\d{1,10}):(\d{4})-(\d{2})$/.exec(key) : null;
  return m ? { autopayId: Number(m[1]), period: new Date(Date.UTC(Number(m[2]), Number(m[3]) - 1, 1)) } : null;
}

export const RUN_STATUS_TEXT: Record<AutopayRunStatus, string> = {
  STARTED: "Выполняется",
  SUCCEEDED: "Выполнен",
  FAILED: "Не выполнен",
  SKIPPED: "Не потребовался",
};

export interface RunEnd {
  status: Exclude<AutopayRunStatus, "STARTED">;
  amount: Money | null;
  paymentId: number | null;
  error: string | null;
}

/** Moves a STARTED run to its end; true for the caller that moved it (it has told the customer). */
export async function finishRun(deps: Deps, runId: number, end: RunEnd): Promise<boolean> {
  const moved = await deps.db.autopayRun.updateMany({
    where: { id: runId, status: "STARTED" },
    data: { status: end.status, amount: end.amount, error: end.error, ...(end.paymentId ? { paymentId: end.paymentId } : {}) },
  });
  if (moved.count === 0) return false;
  await tellCustomer(deps, runId);
  return true;
}

/**
 * An autopay charge's payment changed: a final status ends its run; a pending one is linked to
 * it (the run stays STARTED, and the job or the bank's webhook finishes it later).
 */
export async function finishRunOfPayment(deps: Deps, payment: Payment): Promise<boolean> {
  if (payment.purpose !== "AUTOPAY") return false;
  const ref = runOfChargeKey(payment.idempotencyKey);
  if (!ref) return false;
  const run = await deps.db.autopayRun.findUnique({ where: { autopayId_period: ref } });
  if (run?.status !== "STARTED") return false;
  switch (payment.status) {
    case "SUCCEEDED":
      return finishRun(deps, run.id, { status: "SUCCEEDED", amount: payment.amount, paymentId: payment.id, error: null });
    case "FAILED":
    case "CANCELLED":
      return finishRun(deps, run.id, {
        status: "FAILED",
        amount: payment.amount,
        paymentId: payment.id,
        error: payment.failureReason ?? "Платеж отклонен банком",
      });
    default:
      await deps.db.autopayRun.updateMany({ where: { id: run.id, paymentId: null }, data: { paymentId: payment.id, amount: payment.amount } });
      return false;
  }
}

// ───────────── the messages ─────────────

async function tellCustomer(deps: Deps, runId: number): Promise<void> {
  const run = await deps.db.autopayRun.findUniqueOrThrow({
    where: { id: runId },
    include: {
      autopay: {
        include: { account: { select: { id: true, number: true } }, user: { select: { id: true, email: true, emailConfirmedAt: true } }, card: true },
      },
      payment: { include: { savedCard: true } },
    },
  });
  const { account, user } = run.autopay;
  const tz = deps.config.timezone;
  const today = localDate(deps.clock.now(), tz);
  // What is still owed after this run (the part above the maximum, a failed charge, separate suppliers).
  const dues = await amountDueBySupplier(deps.db, account.id, dateValue(today));
  const rest = sumMoney(dues.filter((d) => d.supplier.kind !== "SEPARATE").map((d) => d.total));
  const separate = dues.filter((d) => d.supplier.kind === "SEPARATE" && d.total.gt(0));
  const card = run.payment?.savedCard ?? run.autopay.card;
  const cardText = card ? ` с карты ${card.maskedPan.replace(/\*/g, "X")}` : "";
  const at = run.payment?.paidAt ?? deps.clock.now();
  const dayText = ruDate(dateValue(today));

  let subject: string;
  let title: string;
  const lines: string[] = [];
  if (run.status === "SUCCEEDED") {
    subject = `Автоплатеж по ЛС ${account.number} выполнен: ${formatRub(run.amount!, { unit: "р." })}`;
    title = "Автоплатеж выполнен";
    lines.push(`Автоплатеж по лицевому счету ${account.number} выполнен ${ruDateTime(at, tz)}:${cardText} списано ${formatRub(run.amount!, { unit: "р." })}.`);
    if (rest.gt(0))
      lines.push(
        `Сумма к оплате была больше максимальной суммы списания (${formatRub(run.autopay.maxAmount, { unit: "р." })}). Остаток ${formatRub(rest, { unit: "р." })} можно оплатить в разделе «Оплата».`,
      );
    lines.push("Кассовый чек — в разделе «Оплата», в истории платежей.");
  } else if (run.status === "FAILED") {
    subject = `Автоплатеж по ЛС ${account.number} не выполнен`;
    title = "Автоплатеж не выполнен";
    const sum = run.amount ? ` на сумму ${formatRub(run.amount, { unit: "р." })}` : "";
    lines.push(`Автоплатеж по лицевому счету ${account.number}${sum} не выполнен ${dayText}. Причина: ${run.error ?? "платеж отклонен банком"}.`);
    lines.push(
      rest.gt(0)
        ? `К оплате ${formatRub(rest, { unit: "р." })}: оплатите в разделе «Оплата» или проверьте настройки автоплатежа и карту.`
        : "Проверьте настройки автоплатежа и карту в разделе «Оплата».",
    );
  } else {
    subject = `Автоплатеж по ЛС ${account.number}: списание не потребовалось`;
    title = "Автоплатеж: списание не потребовалось";
    lines.push(
      `Автоплатеж по лицевому счету ${account.number} за ${periodName(run.period)} не выполнялся: ${run.error ?? "задолженности нет"}. Деньги с карты не списывались.`,
    );
  }
  if (separate.length) {
    lines.push(
      `Услуги ${separate.map((s) => `${s.supplier.name} (${formatRub(s.total, { unit: "р." })})`).join(", ")} принимаются только отдельным платежом и автоплатежом не оплачиваются: оплатите их в разделе «Оплата».`,
    );
  }

  await notify(deps, { userId: user.id, accountId: account.id, kind: "AUTOPAY", title, body: lines.join(" "), dedupeKey: `autopay-run:${run.id}` });
  if (!user.email || !user.emailConfirmedAt) return;
  const seller = await sellerOf(deps.db);
  const text = ["Здравствуйте!", "", ...lines.flatMap((l) => [l, ""]), `Настройки автоплатежа: ${deps.config.publicUrl}/payment#autopay`, "", seller.name].join(
    "\n",
  );
  const html = [
    `<p>Здравствуйте!</p>`,
    ...lines.map((l) => `<p>${esc(l)}</p>`),
    `<p><a href="${esc(`${deps.config.publicUrl}/payment#autopay`)}">Настройки автоплатежа</a></p>`,
    `<p>${esc(seller.name)}</p>`,
  ].join("\n");
  // The messenger retries with backoff; the bank's webhook or the job does not wait for it.
  void deps.messenger
    .sendEmail({ to: user.email, subject, text, html }, { userId: user.id, dedupeKey: `autopay-run:${run.id}` })
    .catch((err) => log.error({ err }, `[autopay] result e-mail of run ${run.id}`));
}
