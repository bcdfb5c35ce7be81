// The REST adapter against a local fake of the documented bank API (a real HTTP server).
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { fixedClock } from "../../../shared/clock.js";
import { money } from "../../../shared/money.js";
import { BankError } from "../port.js";
import { hmacHex } from "../signature.js";
import { RestBankAdapter } from "./adapter.js";

interface Seen {
  method: string;
  path: string;
  headers: http.IncomingHttpHeaders;
  body: any;
}

const SECRET = "rest-webhook-secret-0123456789";
const clock = fixedClock("2026-11-24T07:00:00.000Z");
let server: http.Server;
let base: string;
let seen: Seen[] = [];
/** Scripted answers by "METHOD path"; each call takes the next one (the last repeats). */
let answers: Record<string, { status: number; body?: unknown }[]> = {};

beforeAll(async () => {
  server = http.createServer((req, res) => {
    let raw = "";
    req.on("data", (c) => (raw += c));
    req.on("end", () => {
      const key = `${req.method} ${req.url}`;
      seen.push({ method: req.method!, path: req.url!, headers: req.headers, body: raw ? JSON.parse(raw) : undefined });
      const list = answers[key] ?? [{ status: 404, body: { error: { code: "NOT_FOUND", message: "Нет такого метода" } } }];
      const a = list.length > 1 ? list.shift()! : list[0]!;
      res.writeHead(a.status, { "content-type": "application/json" }).end(a.body === undefined ? "" : JSON.stringify(a.body));
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));
beforeEach(() => {
  seen = [];
  answers = {};
});

const adapter = () => new RestBankAdapter({ apiUrl: base, apiKey: "merchant-key", webhookSecret: SECRET, clock, retryDelayMs: 1 });

describe("REST bank adapter", () => {
  it("registers an order in kopecks with the merchant key and our reference as idempotency key", async () => {
    answers["POST /v1/orders"] = [{ status: 201, body: { id: "ord_1", status: "pending", confirmationUrl: "https://bank.example/pay/ord_1" } }];
    const r = await adapter().registerOrder({
      merchantOrderId: "kab-7",
      amount: money("3548.41"),
      description: "Оплата ЖКУ по ЛС 5080013657",
      returnUrl: "https://lk.example/payment/result?payment=X",
      bindCard: "ask",
      customerEmail: "demo@kabinet.local",
    });
    expect(r).toEqual({ bankOrderId: "ord_1", pageUrl: "https://bank.example/pay/ord_1" });
    expect(seen[0]!.headers.authorization).toBe("Bearer merchant-key");
    expect(seen[0]!.headers["idempotency-key"]).toBe("kab-7");
    expect(seen[0]!.body).toEqual({
      merchantOrderId: "kab-7",
      amount: { value: 354841, currency: "RUB" },
      description: "Оплата ЖКУ по ЛС 5080013657",
      returnUrl: "https://lk.example/payment/result?payment=X",
      bindCard: "ask",
      customerEmail: "demo@kabinet.local",
    });
  });

  it("retries 5xx with the same idempotency key and reports a 4xx with the bank's message", async () => {
    answers["POST /v1/orders"] = [{ status: 502 }, { status: 503 }, { status: 200, body: { id: "ord_2", confirmationUrl: "https://bank.example/pay/ord_2" } }];
    expect(
      (await adapter().registerOrder({ merchantOrderId: "kab-8", amount: money(1), description: "", returnUrl: "https://x/", bindCard: "always" })).bankOrderId,
    ).toBe("ord_2");
    expect(seen.map((s) => s.headers["idempotency-key"])).toEqual(["kab-8", "kab-8", "kab-8"]);

    answers["POST /v1/orders"] = [{ status: 422, body: { error: { code: "AMOUNT_TOO_LARGE", message: "Сумма превышает лимит" } } }];
    const err = await adapter()
      .registerOrder({ merchantOrderId: "kab-9", amount: money(1), description: "", returnUrl: "https://x/", bindCard: "ask" })
      .catch((e) => e);
    expect(err).toBeInstanceOf(BankError);
    expect(err).toMatchObject({ message: "Сумма превышает лимит", retryable: false, code: "AMOUNT_TOO_LARGE" });
  });

  it("says the bank is unreachable (retryable) when nothing answers", async () => {
    const dead = new RestBankAdapter({ apiUrl: "http://127.0.0.1:1", apiKey: "k", webhookSecret: SECRET, clock, retryDelayMs: 1, attempts: 2 });
    await expect(
      dead.registerOrder({ merchantOrderId: "kab-10", amount: money(1), description: "", returnUrl: "https://x/", bindCard: "ask" }),
    ).rejects.toMatchObject({ retryable: true, code: "NETWORK" });
  });

  it("charges a bound card as the merchant and maps a decline", async () => {
    answers["POST /v1/charges"] = [
      {
        status: 200,
        body: {
          id: "ord_3",
          status: "succeeded",
          card: { token: "tok_1", first6: "220220", last4: "0005", expiryMonth: 9, expiryYear: 2026, brand: "MIR" },
          createdAt: "2026-11-24T07:00:01.000Z",
        },
      },
      { status: 200, body: { id: "ord_4", status: "failed", failure: { code: "insufficient_funds", message: "Недостаточно средств на карте" } } },
    ];
    const ok = await adapter().chargeToken({ merchantOrderId: "kab-11", amount: money("2500.00"), description: "Автоплатеж", cardToken: "tok_1" });
    expect(ok).toMatchObject({ bankOrderId: "ord_3", status: "SUCCEEDED", card: { token: "tok_1", maskedPan: "220220******0005" } });
    expect(seen[0]!.body).toMatchObject({ bindingToken: "tok_1", initiator: "merchant", amount: { value: 250000 } });
    const failed = await adapter().chargeToken({ merchantOrderId: "kab-12", amount: money("2500.00"), description: "Автоплатеж", cardToken: "tok_1" });
    expect(failed).toMatchObject({ status: "FAILED", failureReason: "Недостаточно средств на карте" });
  });

  it("refunds and unbinds (a binding the bank no longer has counts as done)", async () => {
    answers["POST /v1/orders/ord_5/refunds"] = [{ status: 200, body: { status: "succeeded" } }];
    answers["DELETE /v1/bindings/tok_2"] = [{ status: 404, body: { error: { code: "NOT_FOUND", message: "Нет привязки" } } }];
    expect(await adapter().refund({ bankOrderId: "ord_5", amount: money("1.00"), reason: "Проверка карты" })).toEqual({
      status: "SUCCEEDED",
      failureReason: null,
    });
    expect(seen[0]!.body).toEqual({ amount: { value: 100, currency: "RUB" }, reason: "Проверка карты" });
    expect(seen[0]!.headers["idempotency-key"]).toBe("ord_5/refund/100");
    await expect(adapter().unbindCard("tok_2")).resolves.toBeUndefined();
  });

  it("accepts webhooks signed over timestamp and raw body, refuses forged or old ones", () => {
    const body = JSON.stringify({
      id: "evt_1",
      type: "order.succeeded",
      createdAt: "2026-11-24T07:00:00.000Z",
      data: {
        orderId: "ord_6",
        merchantOrderId: "kab-13",
        status: "succeeded",
        amount: { value: 354841, currency: "RUB" },
        card: { token: "tok_3", first6: "411111", last4: "1111", expiryMonth: 12, expiryYear: 2028, brand: "VISA" },
      },
    });
    const t = Math.floor(clock.now().getTime() / 1000);
    const sig = (ts: number, b: string) => `t=${ts}, v1=${hmacHex(SECRET, `${ts}.${b}`)}`;
    const event = adapter().verifyWebhook(Buffer.from(body), { "Bank-Signature": sig(t, body) })!;
    expect(event).toMatchObject({
      provider: "rest",
      eventId: "evt_1",
      bankOrderId: "ord_6",
      merchantOrderId: "kab-13",
      status: "SUCCEEDED",
      card: { maskedPan: "411111******1111", token: "tok_3" },
    });
    expect(event.amount.toFixed(2)).toBe("3548.41");
    expect(adapter().verifyWebhook(Buffer.from(body.replace("354841", "354842")), { "bank-signature": sig(t, body) })).toBeNull();
    expect(adapter().verifyWebhook(Buffer.from(body), { "bank-signature": sig(t - 600, body) })).toBeNull();
    expect(adapter().verifyWebhook(Buffer.from(body), {})).toBeNull();
  });
});
