// The daily autopay job with the sandbox bank in process, on the retailer's 15.11.2026 at 09:00:
// it charges what is due once however often and however concurrently it runs, never above the
// maximum, skips when nothing is due, records the bank's refusal, resumes a charge the bank did
// not answer, follows each mode's date — and tells the customer by e-mail and notification.
import { describe, expect, it } from "vitest";
import { BankError } from "../../integrations/bank/port.js";
import { money } from "../../shared/money.js";
import { importedPayment, paymentFixture, PERIOD, type PaymentFixture } from "../payments/test-support.js";
import { startCardVerification } from "../payments/verification.js";
import { withTestApp } from "../../test/app.js";
import { testDatabases } from "../../test/db.js";
import { runAutopays, type AutopayJobResult } from "./job.js";
import { setAutopay } from "./settings.js";

const NINE_AM_15TH = "2026-11-15T04:00:00.000Z"; // 09:00 in Asia/Yekaterinburg

describe.each(testDatabases())("autopay job on $name", (backend) => {
  let n = 0;

  const t = withTestApp({ backend, now: NINE_AM_15TH });
  const { database } = t;

  /** A customer owing (for October) retailer 1200.30, waste 150.05, capital repair 420.42 and a separate-payment utility 99.99. */
  async function customer() {
    return paymentFixture(database.prisma, { email: `autopay-job-${++n}@kabinet.local` });
  }

  /** A card bound by the 1 ₽ verification on the sandbox's page. */
  async function bindCard(f: PaymentFixture, pan = "2200000000000004"): Promise<number> {
    const v = await startCardVerification(t.deps, {
      userId: f.user.id,
      accountId: f.account.id,
      idempotencyKey: `bind-${f.user.id}-${pan}`,
      returnUrl: () => "http://localhost/payment",
    });
    await t.sandbox!.submitCard(new URL(v.pageUrl!).pathname.split("/").pop()!, { pan, expiry: "12/30", cvc: "123" });
    await t.sandbox!.idle();
    return (await database.prisma.payment.findUniqueOrThrow({ where: { id: v.payment.id } })).savedCardId!;
  }

  async function autopayOf(f: PaymentFixture, settings: { mode: "DAY_OF_MONTH" | "LAST_DAY" | "ON_INVOICE"; day?: number; max?: string }, pan?: string) {
    const cardId = await bindCard(f, pan);
    const { autopay } = await setAutopay(t.deps, {
      userId: f.user.id,
      accountId: f.account.id,
      mode: settings.mode,
      day: settings.day ?? null,
      maxAmount: money(settings.max ?? "5000"),
      cardId,
      returnUrl: () => "",
    });
    return autopay;
  }

  const autopayPayments = (f: PaymentFixture) =>
    database.prisma.payment.findMany({ where: { accountId: f.account.id, purpose: "AUTOPAY" }, include: { items: { orderBy: { id: "asc" } } } });
  const runsOf = (autopayId: number) => database.prisma.autopayRun.findMany({ where: { autopayId } });
  const mails = (f: PaymentFixture, subject: string) =>
    database.prisma.outboundMessage.findMany({ where: { userId: f.user.id, channel: "EMAIL", subject: { startsWith: subject } } });
  const sum = (rs: AutopayJobResult[], k: keyof AutopayJobResult) => rs.reduce((s, r) => s + (r[k] as number), 0);

  it("charges what is due once, however often and however concurrently it runs, and e-mails the result", async () => {
    const f = await customer();
    const autopay = await autopayOf(f, { mode: "DAY_OF_MONTH", day: 15 });

    // two replicas at the same moment, then three more fires
    const concurrent = await Promise.all([runAutopays(t.deps), runAutopays(t.deps)]);
    expect(sum(concurrent, "succeeded")).toBe(1);
    const again = [await runAutopays(t.deps), await runAutopays(t.deps), await runAutopays(t.deps)];
    expect(sum(again, "succeeded") + sum(again, "failed") + sum(again, "pending")).toBe(0);

    const payments = await autopayPayments(f);
    expect(payments).toHaveLength(1);
    const [p] = payments;
    expect(p).toMatchObject({ status: "SUCCEEDED", channel: "AUTOPAY", idempotencyKey: `autopay:${autopay.id}:2026-11`, savedCardId: autopay.cardId });
    expect(p!.amount.toFixed(2)).toBe("1770.77");
    // the common split only: the separate-payment utility is not combined into it
    expect(p!.items.map((i) => [i.supplierId, i.amount.toFixed(2)])).toEqual([
      [f.suppliers.retailer, "1200.30"],
      [f.suppliers.waste, "150.05"],
      [f.suppliers.capital, "420.42"],
    ]);
    expect(await database.prisma.receipt.count({ where: { paymentId: p!.id } })).toBe(1);
    const runs = await runsOf(autopay.id);
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({ status: "SUCCEEDED", paymentId: p!.id, error: null, period: new Date("2026-11-01T00:00:00.000Z") });
    expect(runs[0]!.amount!.toFixed(2)).toBe("1770.77");

    await expect.poll(async () => (await mails(f, "Автоплатеж")).map((m) => m.status)).toEqual(["SENT"]);
    const [mail] = await mails(f, "Автоплатеж");
    expect(mail!.subject).toBe(`Автоплатеж по ЛС ${f.account.number} выполнен: 1\u00a0770,77\u00a0р.`);
    expect(mail!.recipient).toBe(`autopay-job-${n}@kabinet.local`);
    expect(mail!.body).toContain(
      `Автоплатеж по лицевому счету ${f.account.number} выполнен 15.11.2026 09:00: с карты 220000XXXXXX0004 списано 1\u00a0770,77\u00a0р.`,
    );
    expect(mail!.body).toContain("принимаются только отдельным платежом");
    expect(mail!.body).not.toContain("Остаток");
    const notes = await database.prisma.notification.findMany({ where: { userId: f.user.id, kind: "AUTOPAY" } });
    expect(notes.map((x) => x.title)).toEqual(["Автоплатеж выполнен"]);
    // the customer's receipt e-mail of the payment goes as for any payment
    await expect.poll(async () => (await mails(f, "Кассовый чек")).length).toBe(1);
  });

  it("never charges more than the maximum: the retailer first, then the others in the bill's order", async () => {
    const f = await customer();
    const autopay = await autopayOf(f, { mode: "DAY_OF_MONTH", day: 15, max: "1300.00" });
    await runAutopays(t.deps);
    const [p, ...more] = await autopayPayments(f);
    expect(more).toEqual([]);
    expect(p!.amount.toFixed(2)).toBe("1300.00");
    expect(p!.items.map((i) => [i.supplierId, i.amount.toFixed(2)])).toEqual([
      [f.suppliers.retailer, "1200.30"],
      [f.suppliers.waste, "99.70"],
    ]);
    expect((await runsOf(autopay.id))[0]).toMatchObject({ status: "SUCCEEDED" });
    await expect.poll(async () => (await mails(f, "Автоплатеж")).length).toBe(1);
    expect((await mails(f, "Автоплатеж"))[0]!.body).toContain("Остаток 470,77\u00a0р. можно оплатить в разделе «Оплата»");
  });

  it("charges nothing when nothing is due and records the run SKIPPED", async () => {
    const f = await customer();
    await importedPayment(database.prisma, f, {
      paidAt: "2026-11-05T10:00:00Z",
      items: [
        [f.suppliers.retailer, "1200.30"],
        [f.suppliers.waste, "150.05"],
        [f.suppliers.capital, "420.42"],
      ],
    });
    const autopay = await autopayOf(f, { mode: "DAY_OF_MONTH", day: 15 });
    const r = await runAutopays(t.deps);
    expect(r.skipped).toBe(1);
    expect(await autopayPayments(f)).toEqual([]);
    expect(await runsOf(autopay.id)).toMatchObject([{ status: "SKIPPED", amount: null, paymentId: null, error: "задолженности по лицевому счету нет" }]);
    await expect
      .poll(async () => (await mails(f, "Автоплатеж")).map((m) => m.subject))
      .toEqual([`Автоплатеж по ЛС ${f.account.number}: списание не потребовалось`]);
    expect((await mails(f, "Автоплатеж"))[0]!.body).toContain(
      "за ноябрь 2026 не выполнялся: задолженности по лицевому счету нет. Деньги с карты не списывались.",
    );
    expect((await runAutopays(t.deps)).due).toBe(0);
  });

  it("records the bank's refusal with its reason, e-mails it and does not try again this month", async () => {
    const f = await customer();
    const autopay = await autopayOf(f, { mode: "DAY_OF_MONTH", day: 15 }, "2200000000000012"); // passes the 1 ₽, nothing more
    expect(autopay.status).toBe("ACTIVE");
    const r = await runAutopays(t.deps);
    expect(r.failed).toBe(1);
    const [p, ...more] = await autopayPayments(f);
    expect(more).toEqual([]);
    expect(p).toMatchObject({ status: "FAILED", failureReason: "Недостаточно средств на карте" });
    expect(await runsOf(autopay.id)).toMatchObject([{ status: "FAILED", paymentId: p!.id, error: "Недостаточно средств на карте" }]);
    await expect.poll(async () => (await mails(f, "Автоплатеж")).map((m) => m.subject)).toEqual([`Автоплатеж по ЛС ${f.account.number} не выполнен`]);
    expect((await mails(f, "Автоплатеж"))[0]!.body).toContain(
      `Автоплатеж по лицевому счету ${f.account.number} на сумму 1\u00a0770,77\u00a0р. не выполнен 15.11.2026. Причина: Недостаточно средств на карте.`,
    );
    expect(await database.prisma.notification.count({ where: { userId: f.user.id, kind: "AUTOPAY", title: "Автоплатеж не выполнен" } })).toBe(1);
    await runAutopays(t.deps);
    expect(await autopayPayments(f)).toHaveLength(1);
  });

  it("does not ask the bank with an expired card: FAILED with the reason", async () => {
    const f = await customer();
    const autopay = await autopayOf(f, { mode: "DAY_OF_MONTH", day: 15 });
    await database.prisma.savedCard.update({ where: { id: autopay.cardId! }, data: { expiryMonth: 10, expiryYear: 2026 } });
    expect((await runAutopays(t.deps)).failed).toBe(1);
    expect(await autopayPayments(f)).toEqual([]);
    const [run] = await runsOf(autopay.id);
    expect(run).toMatchObject({ status: "FAILED", paymentId: null, error: "Срок действия карты истек. Выберите другую карту" });
    expect(run!.amount!.toFixed(2)).toBe("1770.77");
    await expect.poll(async () => (await mails(f, "Автоплатеж")).length).toBe(1);
    expect((await mails(f, "Автоплатеж"))[0]!.body).toContain("Причина: Срок действия карты истек. Выберите другую карту.");
  });

  it("resumes a charge the bank did not answer, with the same payment, once the claim is stale", async () => {
    const f = await customer();
    const autopay = await autopayOf(f, { mode: "DAY_OF_MONTH", day: 15 });
    const bank = t.deps.bank! as unknown as { chargeToken?: unknown };
    bank.chargeToken = async () => {
      throw new BankError("Банк не ответил", true);
    };
    try {
      expect((await runAutopays(t.deps)).pending).toBe(1);
    } finally {
      delete bank.chargeToken; // the adapter's own method again
    }
    const [pending] = await autopayPayments(f);
    expect(pending).toMatchObject({ status: "PENDING" });
    expect(await runsOf(autopay.id)).toMatchObject([{ status: "STARTED", paymentId: pending!.id }]);
    expect(await mails(f, "Автоплатеж")).toEqual([]);
    // still within the claim: nobody touches it
    expect((await runAutopays(t.deps)).resumed).toBe(0);
    t.clock.advance(20 * 60_000);
    try {
      const [a, b] = await Promise.all([runAutopays(t.deps), runAutopays(t.deps)]);
      expect(a.resumed + b.resumed).toBe(1);
      expect(a.succeeded + b.succeeded).toBe(1);
    } finally {
      t.clock.set(NINE_AM_15TH);
    }
    const payments = await autopayPayments(f);
    expect(payments.map((p) => [p.id, p.status])).toEqual([[pending!.id, "SUCCEEDED"]]);
    expect(await runsOf(autopay.id)).toMatchObject([{ status: "SUCCEEDED", paymentId: pending!.id }]);
    await expect.poll(async () => (await mails(f, "Автоплатеж")).length).toBe(1);
  });

  it("follows each mode's date: another day, the last day of the month, the invoice, a day set up after it passed", async () => {
    const day16 = await customer();
    const lastDay = await customer();
    const invoiced = await customer();
    const notInvoiced = await customer();
    const a16 = await autopayOf(day16, { mode: "DAY_OF_MONTH", day: 16 });
    const aLast = await autopayOf(lastDay, { mode: "LAST_DAY" });
    const aInv = await autopayOf(invoiced, { mode: "ON_INVOICE" });
    const aNoInv = await autopayOf(notInvoiced, { mode: "ON_INVOICE" });
    await database.prisma.invoice.create({
      data: {
        accountId: invoiced.account.id,
        period: PERIOD,
        number: `T-${invoiced.account.number}`,
        issuedAt: new Date("2026-10-31T22:00:00Z"),
        dueDate: new Date("2026-11-25"),
        totalCharged: money("1870.76"),
        totalDue: money("1870.76"),
      },
    });
    await runAutopays(t.deps);
    expect((await runsOf(aInv.id)).map((r) => r.status)).toEqual(["SUCCEEDED"]);
    for (const a of [a16, aLast, aNoInv]) expect(await runsOf(a.id)).toEqual([]);

    try {
      // the 17th: the 16th was missed (the service was down) — caught up, as the autopay predates it
      t.clock.set("2026-11-17T04:00:00.000Z");
      const set17 = await customer();
      const a10 = await autopayOf(set17, { mode: "DAY_OF_MONTH", day: 10 }); // set up after the 10th: next month
      await runAutopays(t.deps);
      expect((await runsOf(a16.id)).map((r) => r.status)).toEqual(["SUCCEEDED"]);
      expect(await runsOf(a10.id)).toEqual([]);
      expect(await runsOf(aLast.id)).toEqual([]);

      t.clock.set("2026-11-30T04:00:00.000Z");
      await runAutopays(t.deps);
      expect((await runsOf(aLast.id)).map((r) => r.status)).toEqual(["SUCCEEDED"]);
      expect(await runsOf(aNoInv.id)).toEqual([]);
      expect(await runsOf(a10.id)).toEqual([]);

      // December: the 10th comes round for the autopay set up on 17 November
      t.clock.set("2026-12-10T04:00:00.000Z");
      await runAutopays(t.deps);
      expect((await runsOf(a10.id)).map((r) => [r.status, r.period.toISOString().slice(0, 7)])).toEqual([["SUCCEEDED", "2026-12"]]);
    } finally {
      t.clock.set(NINE_AM_15TH);
    }
  });

  it("switches off the autopay of a customer no longer linked to the account, charging nothing", async () => {
    const f = await customer();
    const autopay = await autopayOf(f, { mode: "DAY_OF_MONTH", day: 15 });
    await database.prisma.userAccount.delete({ where: { userId_accountId: { userId: f.user.id, accountId: f.account.id } } });
    const r = await runAutopays(t.deps);
    expect(r.unlinked).toBe(1);
    expect(await autopayPayments(f)).toEqual([]);
    expect(await database.prisma.autopay.findUniqueOrThrow({ where: { id: autopay.id } })).toMatchObject({ status: "DISABLED" });
  });
});
