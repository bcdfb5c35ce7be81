// The sandbox bank: an acquiring bank that behaves like a real one, built in for development,
// demos and tests. It keeps its own state (orders) in its own tables (sandbox/store.ts) —
// never in the merchant's payment tables — so an open card page survives a restart and works
// on any replica. It runs the
// hosted card page and the 3-D Secure step (sandbox/pages.ts, sandbox/http.ts), binds cards
// into tokens, and tells the merchant what happened by webhooks signed with HMAC-SHA256 over
// the raw body, retried with exponential backoff and sometimes delivered twice.
//
// Tokens are self-contained (the test-card profile, masked number and expiry, signed with a key
// derived from the webhook secret), so bound cards need no card store. Webhooks waiting for
// a retry are not kept: a restart drops them (the merchant's return page still asks).
import { randomBytes } from "node:crypto";
import { Money } from "../../../shared/money.js";
import type { Clock } from "../../../shared/clock.js";
import {
  BankError,
  orderKopecks,
  type BankCard,
  type BankOrderStatus,
  type ChargeResult,
  type ChargeTokenInput,
  type RefundResult,
  type RegisterOrderInput,
  type RegisteredOrder,
} from "../port.js";
import { purposeKey } from "../../../shared/keys.js";
import { hmacHex, hmacMatches } from "../signature.js";
import type { PrismaClient } from "../../../db/generated/prisma/client.js";
import { SandboxOrderStore } from "./store.js";
import {
  INSUFFICIENT_FUNDS_BALANCE_KOPECKS,
  SANDBOX_3DS_CODE,
  brandOf,
  expired,
  luhnValid,
  maskPan,
  normalizePan,
  parseExpiry,
  profileOf,
  type CardProfile,
} from "./cards.js";
import { log } from "../../../shared/log.js";

export const SANDBOX_SIGNATURE_HEADER = "x-sandbox-signature";
export const SANDBOX_PATH = "/sandbox-bank";

export interface SandboxBankOptions {
  /** Public origin of this server: the card page is `${publicUrl}/sandbox-bank/pay/<order>`. */
  publicUrl: string;
  webhookUrl: string;
  webhookSecret: string;
  clock: Clock;
  /** Where the bank keeps its orders (its own tables in the app's database). */
  db: PrismaClient;
  webhookDelayMs?: number;
  webhookAttempts?: number;
  webhookRetryMs?: number;
  /** Probability that a delivered webhook is delivered once more. */
  duplicateRate?: number;
  /** Random source for the duplicate decision (tests pass a fixed one). */
  random?: () => number;
  /** Posts a webhook; answers the HTTP status. Default: fetch to webhookUrl. */
  send?: (url: string, body: string, headers: Record<string, string>) => Promise<number>;
  /** How long a card page stays open, ms (20 minutes). */
  orderTtlMs?: number;
  log?: ((text: string) => void) | null;
}

export type SandboxOrderStatus = "NEW" | "AWAITING_3DS" | BankOrderStatus;

export interface SandboxOrder {
  id: string;
  merchantOrderId: string;
  kopecks: number;
  description: string;
  returnUrl: string;
  bindCard: RegisterOrderInput["bindCard"];
  status: SandboxOrderStatus;
  /** The saved card this order is paid with (the page asks for its CVC only). */
  savedCard: TokenCard | null;
  /** The card being paid with, once entered: masked, with its test profile. */
  card: (TokenCard & { bind: boolean }) | null;
  threeDsAttempts: number;
  failureReason: string | null;
  refundedKopecks: number;
  token: string | null;
  createdAt: Date;
  expiresAt: Date;
  paidAt: Date | null;
}

/** What a token carries: never the full number. */
interface TokenCard {
  profile: CardProfile;
  maskedPan: string;
  brand: string | null;
  expiryMonth: number;
  expiryYear: number;
}

/** The sandbox's webhook body. */
export interface SandboxWebhook {
  id: string;
  orderId: string;
  merchantOrderId: string;
  status: BankOrderStatus;
  amountKopecks: number;
  currency: "RUB";
  failureReason: string | null;
  card: BankCard | null;
  createdAt: string;
}

export type FormResult = { kind: "error"; message: string; field?: "pan" | "expiry" | "cvc" | "code" } | { kind: "3ds" } | { kind: "done"; redirect: string };

const DECLINED = "Операция отклонена банком-эмитентом";
const INSUFFICIENT = "Недостаточно средств на карте";
const EXPIRED_ORDER = "Истекло время ожидания оплаты";
const CANCELLED = "Оплата отменена покупателем";
const BAD_3DS = "Не пройдена проверка 3-D Secure";
const MAX_3DS_ATTEMPTS = 3;
const ALREADY: FormResult = { kind: "error", message: "Заказ уже обработан или не найден" };

const id = (prefix: string) => `${prefix}_${randomBytes(9).toString("base64url")}`;

export class SandboxBank {
  private readonly orders: SandboxOrderStore;
  private readonly timers = new Map<NodeJS.Timeout, () => void>();
  private readonly inFlight = new Set<Promise<void>>();
  private readonly tokenKey: string;
  private readonly o: Required<Omit<SandboxBankOptions, "log" | "db">> & { log: ((text: string) => void) | null };
  private closed = false;

  constructor(opts: SandboxBankOptions) {
    this.o = {
      webhookDelayMs: 700,
      webhookAttempts: 6,
      webhookRetryMs: 1000,
      duplicateRate: 0.1,
      random: Math.random,
      orderTtlMs: 20 * 60_000,
      send: async (url, body, headers) => (await fetch(url, { method: "POST", body, headers, signal: AbortSignal.timeout(10_000) })).status,
      ...opts,
      log: opts.log === undefined ? (t) => log.warn(t) : opts.log,
    };
    this.orders = new SandboxOrderStore(opts.db);
    // Tokens are signed with their own key (HKDF from the secret shared with the merchant), never the webhook key.
    this.tokenKey = Buffer.from(purposeKey(opts.webhookSecret, "sandbox-card-token")).toString("hex");
  }

  // ───────────── the merchant's API (the sandbox adapter calls these) ─────────────

  async registerOrder(input: RegisterOrderInput): Promise<RegisteredOrder> {
    const existing = await this.orders.byMerchantId(input.merchantOrderId);
    if (existing) return { bankOrderId: existing.id, pageUrl: this.pageUrl(existing.id) };
    const kopecks = orderKopecks(input.amount);
    const savedCard = input.cardToken ? await this.readToken(input.cardToken) : null;
    if (input.cardToken && !savedCard) throw new BankError("Карта не найдена в банке. Выберите другую карту.", false, "CARD_NOT_FOUND");
    const now = this.o.clock.now();
    const order: SandboxOrder = {
      id: id("sbx_ord"),
      merchantOrderId: input.merchantOrderId,
      kopecks,
      description: input.description,
      returnUrl: input.returnUrl,
      bindCard: input.bindCard,
      status: "NEW",
      savedCard,
      card: null,
      threeDsAttempts: 0,
      failureReason: null,
      refundedKopecks: 0,
      token: input.cardToken ?? null,
      createdAt: now,
      expiresAt: new Date(now.getTime() + this.o.orderTtlMs),
      paidAt: null,
    };
    const stored = await this.orders.insert(order);
    // Best effort: a restart drops the timer, and the page then expires the order when opened.
    if (stored.created) this.later(this.o.orderTtlMs, () => this.order(order.id));
    return { bankOrderId: stored.order.id, pageUrl: this.pageUrl(stored.order.id) };
  }

  async chargeToken(input: ChargeTokenInput): Promise<ChargeResult> {
    const answer = (o: SandboxOrder): ChargeResult => ({
      bankOrderId: o.id,
      status: o.status === "SUCCEEDED" || o.status === "REFUNDED" ? "SUCCEEDED" : "FAILED",
      failureReason: o.failureReason,
      card: this.cardOf(o),
      at: o.paidAt ?? o.createdAt,
    });
    const existing = await this.orders.byMerchantId(input.merchantOrderId);
    if (existing) return answer(existing);
    const card = await this.readToken(input.cardToken);
    if (!card) throw new BankError("Карта не найдена в банке", false, "CARD_NOT_FOUND");
    const now = this.o.clock.now();
    const order: SandboxOrder = {
      id: id("sbx_ord"),
      merchantOrderId: input.merchantOrderId,
      kopecks: orderKopecks(input.amount),
      description: input.description,
      returnUrl: "",
      bindCard: "never",
      status: "NEW",
      savedCard: card,
      card: { ...card, bind: false },
      threeDsAttempts: 0,
      failureReason: null,
      refundedKopecks: 0,
      token: input.cardToken,
      createdAt: now,
      expiresAt: now,
      paidAt: null,
    };
    const stored = await this.orders.insert(order);
    if (!stored.created) return answer(stored.order); // a concurrent retry with the same id won
    // Merchant-initiated: no customer, so no 3-D Secure; the card's funds decide.
    if (expired({ month: card.expiryMonth, year: card.expiryYear }, now)) await this.settle(order, "FAILED", "Истек срок действия карты");
    else await this.settle(order, ...this.outcome(card.profile, order.kopecks));
    return answer((await this.orders.get(order.id))!);
  }

  async refund(bankOrderId: string, amount: Money | undefined): Promise<RefundResult> {
    for (;;) {
      const order = await this.orders.get(bankOrderId);
      if (!order) return { status: "FAILED", failureReason: "Заказ не найден" };
      if (order.status !== "SUCCEEDED") return { status: "FAILED", failureReason: "Заказ не оплачен" };
      const was = { ...order };
      const kopecks = amount ? orderKopecks(amount) : order.kopecks - order.refundedKopecks;
      if (kopecks <= 0 || order.refundedKopecks + kopecks > order.kopecks) return { status: "FAILED", failureReason: "Сумма возврата больше суммы заказа" };
      order.refundedKopecks += kopecks;
      if (order.refundedKopecks === order.kopecks) order.status = "REFUNDED";
      if (!(await this.orders.save(order, was))) continue; // a concurrent refund: read again
      if (order.status === "REFUNDED") this.notify(order);
      return { status: "SUCCEEDED", failureReason: null };
    }
  }

  async unbindCard(token: string): Promise<void> {
    await this.orders.revoke(token);
  }

  /** Verifies the signature of a sandbox webhook body (the adapter's verifyWebhook uses it). */
  static signatureValid(secret: string, rawBody: Buffer, headerValue: string | undefined): boolean {
    const m = /^sha256=([0-9a-f]{64})$/i.exec(headerValue?.trim() ?? "");
    return !!m && hmacMatches(secret, rawBody, m[1]);
  }

  // ───────────── the customer's side: the hosted page ─────────────

  async order(orderId: string): Promise<SandboxOrder | undefined> {
    const order = await this.orders.get(orderId);
    if (order && (order.status === "NEW" || order.status === "AWAITING_3DS") && this.o.clock.now() >= order.expiresAt) {
      await this.settle(order, "CANCELLED", EXPIRED_ORDER);
      return this.orders.get(orderId);
    }
    return order;
  }

  /** The card form: a new card (number, expiry, CVC, «Запомнить мою карту») or the CVC of a saved one. */
  async submitCard(orderId: string, form: { pan?: string; expiry?: string; cvc?: string; save?: boolean }): Promise<FormResult> {
    const order = await this.order(orderId);
    if (order?.status !== "NEW") return ALREADY;
    let card: TokenCard;
    if (order.savedCard) {
      card = order.savedCard;
    } else {
      const pan = normalizePan(form.pan ?? "");
      if (!pan || !luhnValid(pan)) return { kind: "error", message: "Неверный номер карты", field: "pan" };
      const exp = parseExpiry(form.expiry ?? "");
      if (!exp) return { kind: "error", message: "Укажите срок действия карты в формате ММ/ГГ", field: "expiry" };
      if (expired(exp, this.o.clock.now())) return { kind: "error", message: "Истек срок действия карты", field: "expiry" };
      card = { profile: profileOf(pan), maskedPan: maskPan(pan), brand: brandOf(pan), expiryMonth: exp.month, expiryYear: exp.year };
      // The number is not kept: from here on the order knows the masked card and its profile.
    }
    if (!/^\d{3}$/.test(form.cvc ?? "")) return { kind: "error", message: "Введите CVC — три цифры с оборотной стороны карты", field: "cvc" };
    const bind = !order.savedCard && (order.bindCard === "always" || (order.bindCard === "ask" && !!form.save));
    const was = { ...order };
    order.card = { ...card, bind };
    if (card.profile === "SUCCESS_3DS") {
      order.status = "AWAITING_3DS";
      if (!(await this.orders.save(order, was))) return ALREADY;
      this.notify(order, "PENDING");
      return { kind: "3ds" };
    }
    return this.finish(order, was);
  }

  async submit3ds(orderId: string, code: string): Promise<FormResult> {
    const order = await this.order(orderId);
    if (order?.status !== "AWAITING_3DS") return ALREADY;
    const was = { ...order };
    if (code.trim() !== SANDBOX_3DS_CODE) {
      order.threeDsAttempts += 1;
      if (order.threeDsAttempts < MAX_3DS_ATTEMPTS) {
        if (!(await this.orders.save(order, was))) return ALREADY;
        const left = MAX_3DS_ATTEMPTS - order.threeDsAttempts;
        return { kind: "error", message: `Неверный код подтверждения. Осталось попыток: ${left}`, field: "code" };
      }
      if (!(await this.settle(order, "FAILED", BAD_3DS, was))) return ALREADY;
      return { kind: "done", redirect: this.returnTo(order) };
    }
    return this.finish(order, was);
  }

  async cancel(orderId: string): Promise<FormResult> {
    const order = await this.order(orderId);
    if (!order) return { kind: "error", message: "Заказ не найден" };
    if (order.status === "NEW" || order.status === "AWAITING_3DS") await this.settle(order, "CANCELLED", CANCELLED);
    return { kind: "done", redirect: this.returnTo(order) };
  }

  returnTo(order: SandboxOrder): string {
    if (!order.returnUrl) return "";
    const u = new URL(order.returnUrl);
    u.searchParams.set("orderId", order.id);
    return u.toString();
  }

  /** Resolves when every webhook in flight has been delivered or given up (tests). */
  async idle(): Promise<void> {
    while (this.inFlight.size) await Promise.allSettled([...this.inFlight]);
  }

  /** Stops timers and retries; pending deliveries are dropped. */
  close(): void {
    this.closed = true;
    for (const [timer, release] of this.timers) {
      clearTimeout(timer);
      release();
    }
    this.timers.clear();
  }

  // ───────────── inside the bank ─────────────

  private async finish(order: SandboxOrder, was: SandboxOrder): Promise<FormResult> {
    const card = order.card!;
    const [status, reason] = this.outcome(card.profile, order.kopecks);
    if (status === "SUCCEEDED" && card.bind) order.token = this.mintToken(card);
    if (!(await this.settle(order, status, reason, was))) return ALREADY;
    return { kind: "done", redirect: this.returnTo(order) };
  }

  private outcome(profile: CardProfile, kopecks: number): ["SUCCEEDED" | "FAILED", string | null] {
    if (profile === "DECLINED") return ["FAILED", DECLINED];
    if (profile === "INSUFFICIENT_FUNDS" && kopecks > INSUFFICIENT_FUNDS_BALANCE_KOPECKS) return ["FAILED", INSUFFICIENT];
    return ["SUCCEEDED", null];
  }

  /** Moves the order to its outcome if it is still as read (`was`), then tells the merchant. */
  private async settle(
    order: SandboxOrder,
    status: "SUCCEEDED" | "FAILED" | "CANCELLED",
    reason: string | null,
    was: SandboxOrder = { ...order },
  ): Promise<boolean> {
    order.status = status;
    order.failureReason = reason;
    if (status === "SUCCEEDED") order.paidAt = this.o.clock.now();
    if (!(await this.orders.save(order, was))) return false;
    this.notify(order);
    return true;
  }

  private cardOf(order: SandboxOrder): BankCard | null {
    const c = order.card ?? order.savedCard;
    if (!c) return null;
    // The token goes out only for a card bound now or the saved card paid with.
    const token = order.status === "SUCCEEDED" || order.status === "REFUNDED" ? order.token : null;
    return { token, maskedPan: c.maskedPan, brand: c.brand, expiryMonth: c.expiryMonth, expiryYear: c.expiryYear };
  }

  private mintToken(c: TokenCard): string {
    const body = Buffer.from(
      JSON.stringify({ p: c.profile, m: c.maskedPan, b: c.brand, em: c.expiryMonth, ey: c.expiryYear, n: randomBytes(6).toString("hex") }),
    ).toString("base64url");
    return `sbx_tok_${body}.${hmacHex(this.tokenKey, body)}`;
  }

  private async readToken(token: string): Promise<TokenCard | null> {
    const m = /^sbx_tok_([A-Za-z0-9_-]+)\.([0-9a-f]{64})$/.exec(token);
    if (!m || !hmacMatches(this.tokenKey, m[1]!, m[2]) || (await this.orders.revoked(token))) return null;
    const t = JSON.parse(Buffer.from(m[1]!, "base64url").toString("utf8")) as { p: CardProfile; m: string; b: string | null; em: number; ey: number };
    return { profile: t.p, maskedPan: t.m, brand: t.b, expiryMonth: t.em, expiryYear: t.ey };
  }

  private pageUrl(orderId: string): string {
    return `${this.o.publicUrl}${SANDBOX_PATH}/pay/${orderId}`;
  }

  /** Sends the order's state to the merchant: signed, retried, now and then twice. */
  private notify(order: SandboxOrder, status: BankOrderStatus = order.status as BankOrderStatus): void {
    const event: SandboxWebhook = {
      id: id("sbx_evt"),
      orderId: order.id,
      merchantOrderId: order.merchantOrderId,
      status,
      amountKopecks: order.kopecks,
      currency: "RUB",
      failureReason: status === "FAILED" || status === "CANCELLED" ? order.failureReason : null,
      card: status === "PENDING" ? null : this.cardOf(order),
      createdAt: this.o.clock.now().toISOString(),
    };
    const body = JSON.stringify(event);
    const headers = { "content-type": "application/json", [SANDBOX_SIGNATURE_HEADER]: `sha256=${hmacHex(this.o.webhookSecret, body)}` };
    const twice = this.o.random() < this.o.duplicateRate;
    this.later(this.o.webhookDelayMs, () => this.deliver(event, body, headers, 1, twice));
  }

  private deliver(event: SandboxWebhook, body: string, headers: Record<string, string>, attempt: number, twice: boolean): Promise<void> {
    const run = (async () => {
      let status = 0;
      try {
        status = await this.o.send(this.o.webhookUrl, body, headers);
      } catch (err) {
        this.o.log?.(`[sandbox-bank] webhook ${event.id} (${event.status}) attempt ${attempt}: ${(err as Error).message}`);
      }
      if (status >= 200 && status < 300) {
        // Real banks sometimes deliver a notification again; the merchant must not care.
        if (twice) this.later(50, () => this.deliver(event, body, headers, attempt, false));
        return;
      }
      if (status) this.o.log?.(`[sandbox-bank] webhook ${event.id} (${event.status}) attempt ${attempt}: HTTP ${status}`);
      if (attempt >= this.o.webhookAttempts) {
        this.o.log?.(`[sandbox-bank] webhook ${event.id} given up after ${attempt} attempts`);
        return;
      }
      this.later(this.o.webhookRetryMs * 2 ** (attempt - 1), () => this.deliver(event, body, headers, attempt + 1, twice));
    })();
    this.inFlight.add(run);
    void run.finally(() => this.inFlight.delete(run));
    return run;
  }

  /** A timer that does not keep the process alive; short ones count as in flight for idle(). */
  private later(ms: number, fn: () => unknown): void {
    if (this.closed) return;
    let release!: () => void;
    const pending = new Promise<void>((resolve) => (release = resolve));
    if (ms <= 60_000) {
      this.inFlight.add(pending);
      void pending.finally(() => this.inFlight.delete(pending));
    }
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      Promise.resolve()
        .then(fn)
        .catch(() => {})
        .finally(release);
    }, ms);
    timer.unref();
    this.timers.set(timer, release);
  }
}
