// The bank port over a real acquiring bank's REST API (BANK_PROVIDER=rest). The API it speaks,
// in the shape most Russian acquirers share (amounts in kopecks, idempotency keys, hosted page,
// card bindings, signed notifications):
//
//   Authorization: Bearer <BANK_API_KEY>; JSON bodies; every POST carries Idempotency-Key
//   (our merchantOrderId, or "<bankOrderId>/refund/<n>"), so a retried request does nothing new.
//
//   POST /v1/orders                      register an order for the hosted card page
//     { merchantOrderId, amount: {value: <kopecks>, currency: "RUB"}, description, returnUrl,
//       bindCard: "ask" | "always" | "never", bindingToken?, customerEmail? }
//     → 200/201 { id, status: "pending", confirmationUrl }
//   POST /v1/charges                     charge a bound card without the customer
//     { merchantOrderId, amount, description, bindingToken, initiator: "merchant" }
//     → 200 { id, status: "succeeded" | "failed" | "pending", failure?: {code, message},
//             card?: {token, first6, last4, expiryMonth, expiryYear, brand}, createdAt }
//   POST /v1/orders/{id}/refunds         { amount?, reason } → 200 { status: "succeeded" | "failed", failure? }
//   DELETE /v1/bindings/{token}          → 204 (404 counts as done)
//   Errors: 4xx/5xx with { error: { code, message } }; 5xx and network failures are retried.
//
//   Webhook to POST /bank/webhook/rest, header
//     Bank-Signature: t=<unix seconds>, v1=<hex HMAC-SHA256(BANK_WEBHOOK_SECRET, "<t>.<raw body>")>
//   (older than 5 minutes is refused: a captured notification cannot be replayed later), body
//     { id, type, createdAt, data: { orderId, merchantOrderId, status: "pending" | "succeeded" |
//       "failed" | "cancelled" | "refunded", amount: {value, currency}, failure?, card? } }
import { Money } from "../../../shared/money.js";
import type { Clock } from "../../../shared/clock.js";
import {
  BankError,
  orderKopecks,
  type BankCard,
  type BankEvent,
  type BankOrderStatus,
  type BankPort,
  type ChargeResult,
  type ChargeTokenInput,
  type RefundResult,
  type RegisterOrderInput,
  type RegisteredOrder,
} from "../port.js";
import { header, hmacMatches } from "../signature.js";

export interface RestBankOptions {
  apiUrl: string;
  apiKey: string;
  webhookSecret: string;
  clock: Clock;
  fetch?: typeof fetch;
  /** Attempts for 5xx and network failures (idempotent thanks to Idempotency-Key). */
  attempts?: number;
  retryDelayMs?: number;
  timeoutMs?: number;
  /** How old a signed webhook may be, seconds. */
  webhookToleranceSec?: number;
}

interface ApiCard {
  token?: string | null;
  first6: string;
  last4: string;
  expiryMonth: number;
  expiryYear: number;
  brand?: string | null;
}

interface ApiFailure {
  code?: string;
  message?: string;
}

const STATUS: Record<string, BankOrderStatus> = {
  pending: "PENDING",
  succeeded: "SUCCEEDED",
  failed: "FAILED",
  cancelled: "CANCELLED",
  refunded: "REFUNDED",
};

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function card(c: ApiCard | null | undefined): BankCard | null {
  if (!c || !/^\d{6}$/.test(c.first6) || !/^\d{4}$/.test(c.last4)) return null;
  return { token: c.token ?? null, maskedPan: `${c.first6}******${c.last4}`, brand: c.brand ?? null, expiryMonth: c.expiryMonth, expiryYear: c.expiryYear };
}

export class RestBankAdapter implements BankPort {
  readonly provider = "rest";
  private readonly fetch: typeof fetch;

  constructor(private readonly o: RestBankOptions) {
    this.fetch = o.fetch ?? fetch;
  }

  async registerOrder(input: RegisterOrderInput): Promise<RegisteredOrder> {
    const r = await this.call<{ id: string; confirmationUrl: string }>("POST", "/v1/orders", input.merchantOrderId, {
      merchantOrderId: input.merchantOrderId,
      amount: { value: orderKopecks(input.amount), currency: "RUB" },
      description: input.description,
      returnUrl: input.returnUrl,
      bindCard: input.bindCard,
      ...(input.cardToken ? { bindingToken: input.cardToken } : {}),
      ...(input.customerEmail ? { customerEmail: input.customerEmail } : {}),
    });
    if (!r?.id || !r.confirmationUrl) throw new BankError("Банк не вернул страницу оплаты", true);
    return { bankOrderId: r.id, pageUrl: r.confirmationUrl };
  }

  async chargeToken(input: ChargeTokenInput): Promise<ChargeResult> {
    const r = await this.call<{ id: string; status: string; failure?: ApiFailure; card?: ApiCard; createdAt?: string }>(
      "POST",
      "/v1/charges",
      input.merchantOrderId,
      {
        merchantOrderId: input.merchantOrderId,
        amount: { value: orderKopecks(input.amount), currency: "RUB" },
        description: input.description,
        bindingToken: input.cardToken,
        initiator: "merchant",
      },
    );
    const status = STATUS[r?.status ?? ""];
    if (!r?.id || (status !== "SUCCEEDED" && status !== "FAILED" && status !== "PENDING")) throw new BankError(`Неожиданный ответ банка: ${r?.status}`, false);
    return {
      bankOrderId: r.id,
      status,
      failureReason: status === "FAILED" ? (r.failure?.message ?? "Операция отклонена банком") : null,
      card: card(r.card),
      at: r.createdAt ? new Date(r.createdAt) : this.o.clock.now(),
    };
  }

  async refund(input: { bankOrderId: string; amount?: Money; reason: string }): Promise<RefundResult> {
    const key = `${input.bankOrderId}/refund/${input.amount ? orderKopecks(input.amount) : "full"}`;
    const r = await this.call<{ status: string; failure?: ApiFailure }>("POST", `/v1/orders/${encodeURIComponent(input.bankOrderId)}/refunds`, key, {
      ...(input.amount ? { amount: { value: orderKopecks(input.amount), currency: "RUB" } } : {}),
      reason: input.reason,
    });
    return r?.status === "succeeded"
      ? { status: "SUCCEEDED", failureReason: null }
      : { status: "FAILED", failureReason: r?.failure?.message ?? "Возврат отклонен банком" };
  }

  async unbindCard(cardToken: string): Promise<void> {
    await this.call("DELETE", `/v1/bindings/${encodeURIComponent(cardToken)}`, null, undefined, [404]);
  }

  verifyWebhook(rawBody: Buffer, headers: Record<string, string | undefined>): BankEvent | null {
    const sig = header(headers, "bank-signature") ?? "";
    const t = /(?:^|,)\s*t=(\d+)/.exec(sig)?.[1];
    const v1 = /(?:^|,)\s*v1=([0-9a-f]{64})/i.exec(sig)?.[1];
    if (!t || !v1) return null;
    const age = Math.abs(this.o.clock.now().getTime() / 1000 - Number(t));
    if (age > (this.o.webhookToleranceSec ?? 300)) return null;
    if (!hmacMatches(this.o.webhookSecret, Buffer.concat([Buffer.from(`${t}.`), rawBody]), v1)) return null;
    let body: {
      id?: string;
      createdAt?: string;
      data?: { orderId?: string; merchantOrderId?: string; status?: string; amount?: { value?: number }; failure?: ApiFailure; card?: ApiCard };
    };
    try {
      body = JSON.parse(rawBody.toString("utf8"));
    } catch {
      return null;
    }
    const d = body.data;
    const status = STATUS[d?.status ?? ""];
    if (!body.id || !d?.orderId || !d.merchantOrderId || !status || !Number.isSafeInteger(d.amount?.value)) return null;
    return {
      provider: this.provider,
      eventId: body.id,
      bankOrderId: d.orderId,
      merchantOrderId: d.merchantOrderId,
      status,
      amount: new Money(d.amount!.value!).dividedBy(100),
      failureReason: status === "FAILED" || status === "CANCELLED" ? (d.failure?.message ?? "Операция отклонена банком") : null,
      card: card(d.card),
      at: body.createdAt ? new Date(body.createdAt) : this.o.clock.now(),
      payload: body,
    };
  }

  /** One API call with retries of 5xx and network failures; 4xx become a BankError with the bank's message. */
  private async call<T>(method: string, path: string, idempotencyKey: string | null, body?: unknown, okStatuses: number[] = []): Promise<T | undefined> {
    const attempts = this.o.attempts ?? 3;
    let last: BankError | undefined;
    for (let attempt = 1; attempt <= attempts; attempt++) {
      let res: Response;
      try {
        res = await this.fetch(`${this.o.apiUrl}${path}`, {
          method,
          headers: {
            authorization: `Bearer ${this.o.apiKey}`,
            accept: "application/json",
            ...(body === undefined ? {} : { "content-type": "application/json" }),
            ...(idempotencyKey ? { "idempotency-key": idempotencyKey } : {}),
          },
          body: body === undefined ? undefined : JSON.stringify(body),
          signal: AbortSignal.timeout(this.o.timeoutMs ?? 15_000),
        });
      } catch (err) {
        last = new BankError(`Банк недоступен: ${(err as Error).message}`, true, "NETWORK");
        if (attempt < attempts) await sleep((this.o.retryDelayMs ?? 500) * 2 ** (attempt - 1));
        continue;
      }
      const text = await res.text();
      const json = text
        ? (() => {
            try {
              return JSON.parse(text);
            } catch {
              return undefined;
            }
          })()
        : undefined;
      if (res.ok || okStatuses.includes(res.status)) return json as T | undefined;
      const error = (json as { error?: ApiFailure } | undefined)?.error;
      last = new BankError(error?.message ?? `HTTP ${res.status}`, res.status >= 500, error?.code ?? `HTTP_${res.status}`);
      if (!last.retryable) throw last;
      if (attempt < attempts) await sleep((this.o.retryDelayMs ?? 500) * 2 ** (attempt - 1));
    }
    throw last!;
  }
}
