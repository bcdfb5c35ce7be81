import { describe, expect, it } from "vitest";
import { withTestDatabase } from "../../../test/db.js";
import { fixedClock } from "../../../shared/clock.js";
import { money } from "../../../shared/money.js";
import { BankError } from "../port.js";
import { hmacHex } from "../signature.js";
import { SandboxBankAdapter } from "./adapter.js";
import { SANDBOX_SIGNATURE_HEADER, SandboxBank, type SandboxBankOptions, type SandboxWebhook } from "./bank.js";
import { brandOf, expired, luhnValid, maskPan, parseExpiry, TEST_CARDS } from "./cards.js";

const SECRET = "test-webhook-secret-0123456789";
const NOW = "2026-11-24T07:00:00.000Z";

interface Delivery {
  at: number;
  body: string;
  headers: Record<string, string>;
  event: SandboxWebhook;
}

// The bank keeps its orders in the database: one embedded database for the file.
const database = withTestDatabase();

function bankWith(o: Partial<SandboxBankOptions> & { answers?: number[] } = {}) {
  const deliveries: Delivery[] = [];
  const answers = [...(o.answers ?? [])];
  const bank = new SandboxBank({
    publicUrl: "http://kabinet.test",
    webhookUrl: "http://kabinet.test/bank/webhook/sandbox",
    webhookSecret: SECRET,
    clock: fixedClock(NOW),
    db: database.prisma,
    webhookDelayMs: 0,
    webhookRetryMs: 5,
    webhookAttempts: 4,
    duplicateRate: 0,
    log: null,
    send: async (_url, body, headers) => {
      deliveries.push({ at: Date.now(), body, headers, event: JSON.parse(body) });
      return answers.shift() ?? 200;
    },
    ...o,
  });
  return { bank, deliveries, adapter: new SandboxBankAdapter(bank, SECRET) };
}

const order = async (bank: SandboxBank, merchantOrderId: string, amount = "1234.56", bindCard: "ask" | "always" | "never" = "ask", cardToken?: string) =>
  bank.registerOrder({
    merchantOrderId,
    amount: money(amount),
    description: "Оплата ЖКУ по ЛС 0710000001",
    returnUrl: "http://kabinet.test/payment/result?payment=UGF5bWVudDox",
    bindCard,
    cardToken,
  });

const card = (pan: string, extra: Record<string, unknown> = {}) => ({ pan, expiry: "12/28", cvc: "123", ...extra });

describe("sandbox cards", () => {
  it("checks numbers with Luhn, knows brands, masks first 6 + last 4 and reads expiry", async () => {
    for (const c of TEST_CARDS) expect(luhnValid(c.pan)).toBe(true);
    expect(luhnValid("4111111111111112")).toBe(false);
    expect(luhnValid("41111")).toBe(false);
    expect(brandOf("2200000000000004")).toBe("MIR");
    expect(brandOf("4111111111111111")).toBe("VISA");
    expect(brandOf("5555555555554444")).toBe("MASTERCARD");
    expect(maskPan("2200000000000004")).toBe("220000******0004");
    expect(parseExpiry("09/26")).toEqual({ month: 9, year: 2026 });
    expect(parseExpiry("13/26")).toBeNull();
    expect(expired({ month: 11, year: 2026 }, new Date(NOW))).toBe(false);
    expect(expired({ month: 10, year: 2026 }, new Date(NOW))).toBe(true);
  });
});

describe("sandbox bank", () => {
  it("registers one order per merchant reference and serves its page", async () => {
    const { bank } = bankWith();
    const a = await order(bank, "kab-1");
    expect(await order(bank, "kab-1")).toEqual(a);
    expect(a.pageUrl).toBe(`http://kabinet.test/sandbox-bank/pay/${a.bankOrderId}`);
    expect((await bank.order(a.bankOrderId))?.kopecks).toBe(123456);
  });

  it("validates the card form with the bank's messages and changes nothing on error", async () => {
    const { bank, deliveries } = bankWith();
    const { bankOrderId } = await order(bank, "kab-2");
    expect(await bank.submitCard(bankOrderId, card("4111111111111112"))).toMatchObject({ kind: "error", field: "pan", message: "Неверный номер карты" });
    expect(await bank.submitCard(bankOrderId, card("4111111111111111", { expiry: "10/26" }))).toMatchObject({
      field: "expiry",
      message: "Истек срок действия карты",
    });
    expect(await bank.submitCard(bankOrderId, card("4111111111111111", { expiry: "1226" }))).toMatchObject({ field: "expiry" });
    expect(await bank.submitCard(bankOrderId, card("4111111111111111", { cvc: "12" }))).toMatchObject({ field: "cvc" });
    expect((await bank.order(bankOrderId))?.status).toBe("NEW");
    expect(deliveries).toHaveLength(0);
  });

  it("pays a card without 3-D Secure, binds it when asked and signs the webhook over the raw body", async () => {
    const { bank, deliveries, adapter } = bankWith();
    const { bankOrderId } = await order(bank, "kab-3");
    const r = await bank.submitCard(bankOrderId, card("2200 0000 0000 0004", { save: true }));
    expect(r).toEqual({ kind: "done", redirect: `http://kabinet.test/payment/result?payment=UGF5bWVudDox&orderId=${bankOrderId}` });
    await bank.idle();
    expect(deliveries).toHaveLength(1);
    const d = deliveries[0]!;
    expect(d.headers[SANDBOX_SIGNATURE_HEADER]).toBe(`sha256=${hmacHex(SECRET, d.body)}`);
    expect(d.body).not.toContain("2200000000000004");
    const event = adapter.verifyWebhook(Buffer.from(d.body), d.headers)!;
    expect(event).toMatchObject({ provider: "sandbox", bankOrderId, merchantOrderId: "kab-3", status: "SUCCEEDED", failureReason: null });
    expect(event.amount.toFixed(2)).toBe("1234.56");
    expect(event.card).toMatchObject({ maskedPan: "220000******0004", brand: "MIR", expiryMonth: 12, expiryYear: 2028 });
    expect(event.card!.token).toMatch(/^sbx_tok_/);
    // a changed body or a wrong secret is not the bank's
    expect(adapter.verifyWebhook(Buffer.from(d.body.replace("1234", "9234")), d.headers)).toBeNull();
    expect(adapter.verifyWebhook(Buffer.from(d.body), {})).toBeNull();
    expect(new SandboxBankAdapter(bank, "another-secret-0123456789").verifyWebhook(Buffer.from(d.body), d.headers)).toBeNull();
  });

  it("does not bind a card the customer did not ask to remember", async () => {
    const { bank, deliveries } = bankWith();
    const { bankOrderId } = await order(bank, "kab-4");
    await bank.submitCard(bankOrderId, card("2200000000000004"));
    await bank.idle();
    expect(deliveries[0]!.event.card).toMatchObject({ token: null, maskedPan: "220000******0004" });
  });

  it("asks for the 3-D Secure code, counts wrong codes, then pays (pending first)", async () => {
    const { bank, deliveries } = bankWith();
    const { bankOrderId } = await order(bank, "kab-5");
    expect(await bank.submitCard(bankOrderId, card("4111111111111111"))).toEqual({ kind: "3ds" });
    expect(await bank.submit3ds(bankOrderId, "00000")).toMatchObject({ kind: "error", message: "Неверный код подтверждения. Осталось попыток: 2" });
    expect(await bank.submit3ds(bankOrderId, "12345")).toMatchObject({ kind: "done" });
    await bank.idle();
    expect(deliveries.map((d) => d.event.status).sort()).toEqual(["PENDING", "SUCCEEDED"]);
  });

  it("fails the payment after three wrong 3-D Secure codes", async () => {
    const { bank } = bankWith();
    const { bankOrderId } = await order(bank, "kab-6");
    await bank.submitCard(bankOrderId, card("4111111111111111"));
    await bank.submit3ds(bankOrderId, "1");
    await bank.submit3ds(bankOrderId, "2");
    expect(await bank.submit3ds(bankOrderId, "3")).toMatchObject({ kind: "done" });
    expect(await bank.order(bankOrderId)).toMatchObject({ status: "FAILED", failureReason: "Не пройдена проверка 3-D Secure" });
  });

  it("declines the decline card and the insufficient-funds card above 1 ₽, with reasons", async () => {
    const { bank, deliveries } = bankWith();
    const declined = await order(bank, "kab-7");
    await bank.submitCard(declined.bankOrderId, card("5555555555554444", { save: true }));
    const poor = await order(bank, "kab-8", "1.01");
    await bank.submitCard(poor.bankOrderId, card("2200000000000012"));
    const verification = await order(bank, "kab-9", "1.00", "always");
    await bank.submitCard(verification.bankOrderId, card("2200000000000012"));
    await bank.idle();
    const byOrder = (id: string) => deliveries.find((d) => d.event.orderId === id)!.event;
    expect(byOrder(declined.bankOrderId)).toMatchObject({ status: "FAILED", failureReason: "Операция отклонена банком-эмитентом" });
    expect(byOrder(declined.bankOrderId).card?.token).toBeNull();
    expect(byOrder(poor.bankOrderId)).toMatchObject({ status: "FAILED", failureReason: "Недостаточно средств на карте" });
    expect(byOrder(verification.bankOrderId)).toMatchObject({ status: "SUCCEEDED" });
    expect(byOrder(verification.bankOrderId).card?.token).toMatch(/^sbx_tok_/);
  });

  it("cancels on «Отмена» and sends the customer back", async () => {
    const { bank, deliveries } = bankWith();
    const { bankOrderId } = await order(bank, "kab-10");
    expect(await bank.cancel(bankOrderId)).toMatchObject({ kind: "done" });
    await bank.idle();
    expect(deliveries[0]!.event).toMatchObject({ status: "CANCELLED", failureReason: "Оплата отменена покупателем" });
  });

  it("retries a webhook with growing delays until the merchant answers 2xx", async () => {
    const { bank, deliveries } = bankWith({ answers: [500, 503, 200], webhookRetryMs: 20 });
    await bank.submitCard((await order(bank, "kab-11")).bankOrderId, card("2200000000000004"));
    await bank.idle();
    expect(deliveries).toHaveLength(3);
    expect(new Set(deliveries.map((d) => d.event.id)).size).toBe(1);
    expect(deliveries[1]!.at - deliveries[0]!.at).toBeGreaterThanOrEqual(18);
    expect(deliveries[2]!.at - deliveries[1]!.at).toBeGreaterThanOrEqual(38);
  });

  it("gives up after the configured attempts", async () => {
    const { bank, deliveries } = bankWith({ answers: [500, 500, 500, 500, 500], webhookAttempts: 3 });
    await bank.submitCard((await order(bank, "kab-12")).bankOrderId, card("2200000000000004"));
    await bank.idle();
    expect(deliveries).toHaveLength(3);
  });

  it("delivers a webhook twice when its random draw says so (deterministic in tests)", async () => {
    const twice = bankWith({ duplicateRate: 0.3, random: () => 0.1 });
    await twice.bank.submitCard((await order(twice.bank, "kab-13")).bankOrderId, card("2200000000000004"));
    await twice.bank.idle();
    expect(twice.deliveries).toHaveLength(2);
    expect(twice.deliveries[0]!.body).toBe(twice.deliveries[1]!.body);
    const once = bankWith({ duplicateRate: 0.3, random: () => 0.5 });
    await once.bank.submitCard((await order(once.bank, "kab-14")).bankOrderId, card("2200000000000004"));
    await once.bank.idle();
    expect(once.deliveries).toHaveLength(1);
  });

  it("charges a bound card without the customer by its token; refuses forged and unbound tokens", async () => {
    const { bank, deliveries } = bankWith();
    const binding = await order(bank, "kab-15", "1.00", "always");
    await bank.submitCard(binding.bankOrderId, card("4111111111111111"));
    await bank.submit3ds(binding.bankOrderId, "12345");
    await bank.idle();
    const token = deliveries.find((d) => d.event.status === "SUCCEEDED")!.event.card!.token!;
    const charge = await bank.chargeToken({ merchantOrderId: "kab-16", amount: money("2500.00"), description: "Автоплатеж", cardToken: token });
    expect(charge).toMatchObject({ status: "SUCCEEDED", failureReason: null });
    expect((await bank.chargeToken({ merchantOrderId: "kab-16", amount: money("2500.00"), description: "Автоплатеж", cardToken: token })).bankOrderId).toBe(
      charge.bankOrderId,
    );
    const forged = token.replace(/.$/, (c) => (c === "0" ? "1" : "0"));
    await expect(bank.chargeToken({ merchantOrderId: "kab-17", amount: money(1), description: "", cardToken: forged })).rejects.toThrow(BankError);
    await bank.unbindCard(token);
    await expect(bank.chargeToken({ merchantOrderId: "kab-18", amount: money(1), description: "", cardToken: token })).rejects.toThrow("Карта не найдена");
  });

  it("charges the insufficient-funds card only up to its 1 ₽ and refunds a paid order once", async () => {
    const { bank, deliveries } = bankWith();
    const v = await order(bank, "kab-19", "1.00", "always");
    await bank.submitCard(v.bankOrderId, card("2200000000000012"));
    await bank.idle();
    const token = deliveries[0]!.event.card!.token!;
    expect(await bank.chargeToken({ merchantOrderId: "kab-20", amount: money("100.00"), description: "", cardToken: token })).toMatchObject({
      status: "FAILED",
      failureReason: "Недостаточно средств на карте",
    });
    expect(await bank.refund(v.bankOrderId, undefined)).toEqual({ status: "SUCCEEDED", failureReason: null });
    expect((await bank.refund(v.bankOrderId, undefined)).status).toBe("FAILED");
    await bank.idle();
    expect(deliveries.at(-1)!.event).toMatchObject({ orderId: v.bankOrderId, status: "REFUNDED" });
  });
});
