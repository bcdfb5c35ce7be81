// The acquiring-bank port: what the payments domain needs from a bank. Adapters: the built-in
// sandbox bank (sandbox/) and a real bank's REST API (rest/). Card data never crosses this
// port: a hosted page at the bank takes the card, and we only ever see the bank's token, the
// masked number (first 6 + last 4), the expiry and the brand.
import { toKopecks, type Money } from "../../shared/money.js";

/** What a bank order settles to. Terminal: SUCCEEDED (until refunded), FAILED, CANCELLED. */
export type BankOrderStatus = "PENDING" | "SUCCEEDED" | "FAILED" | "CANCELLED" | "REFUNDED";

/** A card as the bank describes it. Never the full number. */
export interface BankCard {
  /** The bank's token for charging the card later (present when the card was bound). */
  token: string | null;
  /** 220220******0005 */
  maskedPan: string;
  brand: string | null;
  expiryMonth: number;
  expiryYear: number;
}

export interface RegisterOrderInput {
  /** Our reference, unique per payment; the bank refuses a second order with it and returns the first. */
  merchantOrderId: string;
  amount: Money;
  description: string;
  /** Where the bank sends the customer back after the page (the bank may append its own parameters). */
  returnUrl: string;
  /**
   * "ask": the page offers «Запомнить мою карту»; "always": the card is bound (the 1 ₽ verification
   * of a card for autopay); "never": no binding.
   */
  bindCard: "ask" | "always" | "never";
  /** Pay with a saved card: the page shows that card and asks only for what the bank needs (CVC, 3-D Secure). */
  cardToken?: string;
  customerEmail?: string | null;
}

export interface RegisteredOrder {
  bankOrderId: string;
  /** The bank's hosted page to send the customer to. */
  pageUrl: string;
}

export interface ChargeTokenInput {
  merchantOrderId: string;
  amount: Money;
  description: string;
  /** A token from BankCard.token of a card the customer bound earlier. */
  cardToken: string;
}

/** The bank's answer to a charge without the customer (merchant-initiated, e.g. autopay). */
export interface ChargeResult {
  bankOrderId: string;
  status: Exclude<BankOrderStatus, "REFUNDED" | "CANCELLED">;
  /** The bank's reason in Russian for a FAILED charge («Недостаточно средств на карте»). */
  failureReason: string | null;
  card: BankCard | null;
  at: Date;
}

export interface RefundResult {
  status: "SUCCEEDED" | "FAILED";
  failureReason: string | null;
}

/** A verified webhook: the bank's news about one order. */
export interface BankEvent {
  provider: string;
  /** The bank's id of this notification: a repeated delivery carries the same id. */
  eventId: string;
  bankOrderId: string;
  merchantOrderId: string;
  status: BankOrderStatus;
  amount: Money;
  failureReason: string | null;
  /** The card paid with; `token` is set only when the card was bound (asked to remember, or a verification). */
  card: BankCard | null;
  /** When the bank says it happened. */
  at: Date;
  /** The body as received, for the BankEvent record. */
  payload: unknown;
}

export interface BankPort {
  /** Names the adapter in BankEvent.provider and the webhook path /bank/webhook/<provider>. */
  readonly provider: string;
  /** Creates an order for the hosted card page. Idempotent per merchantOrderId. */
  registerOrder(input: RegisterOrderInput): Promise<RegisteredOrder>;
  /** Charges a bound card without the customer. Idempotent per merchantOrderId. */
  chargeToken(input: ChargeTokenInput): Promise<ChargeResult>;
  /** Returns money of a succeeded order (the whole amount when `amount` is omitted). */
  refund(input: { bankOrderId: string; amount?: Money; reason: string }): Promise<RefundResult>;
  /** Asks the bank to forget a bound card (after the customer deleted it). */
  unbindCard(cardToken: string): Promise<void>;
  /** Checks the signature over the raw body; null when it is not the bank's. */
  verifyWebhook(rawBody: Buffer, headers: Record<string, string | undefined>): BankEvent | null;
}

/** The bank could not be reached or refused the request; `retryable` when trying again may help. */
export class BankError extends Error {
  override name = "BankError";
  constructor(
    message: string,
    readonly retryable: boolean,
    readonly code?: string,
  ) {
    super(message);
  }
}

/** A verified event that names something that cannot exist (e.g. an order id out of range): the webhook answers 400. */
export class RejectedBankEvent extends Error {
  override name = "RejectedBankEvent";
}

/** An order's sum as the bank takes it: whole kopecks, above zero; anything else is refused before the call. */
export function orderKopecks(amount: Money): number {
  const k = toKopecks(amount);
  if (k === null || k <= 0) throw new BankError(`Недопустимая сумма ${amount.toString()}`, false, "BAD_AMOUNT");
  return k;
}
