// Opening a card payment (6.4.3): the lines per supplier are checked, the payment and its
// PaymentItem rows are written, then the bank registers an order and answers the URL of its card
// page. Money-moving calls carry an idempotency key (unique per user): the same key returns the
// same payment — and registers it at the bank if an earlier try could not — so a double click,
// a retried request or two tabs never open two payments.
import type { Payment, PaymentChannel, PaymentItem, PaymentPurpose, SavedCard } from "../../db/generated/prisma/client.js";
import type { Deps } from "../../context.js";
import { BankError, type BankPort } from "../../integrations/bank/port.js";
import { dayOf } from "../../shared/calendar.js";
import { isUniqueViolation } from "../../shared/db-errors.js";
import { userError } from "./errors.js";
import { Money } from "../../shared/money.js";
import { amountDueBySupplier } from "../accounts/amount-due.js";
import { usableCard } from "./cards.js";
import { checkItems, merchantOrderId, type ItemInput } from "./rules.js";
import { checkIdempotencyKey } from "../../shared/idempotency.js";

export type PaymentDeps = Pick<Deps, "db" | "clock" | "config" | "bank">;

export interface PaymentRequest {
  userId: number;
  accountId: number;
  items: ItemInput[];
  purpose: "BILL" | "ADVANCE";
  /** Pay with this saved card; null: «Другая карта» (the bank page offers «Запомнить мою карту»). */
  savedCardId: number | null;
  idempotencyKey: string;
  /** Where the bank sends the customer back, for the new payment's id. */
  returnUrl: (paymentId: number) => string;
  channel?: Extract<PaymentChannel, "LKK" | "MOBILE_APP">;
}

export interface OpenedPayment {
  payment: Payment & { items: PaymentItem[] };
  /** The bank's card page; null once the payment is over (a repeated key after it settled). */
  pageUrl: string | null;
}

export function requireBank(deps: Pick<Deps, "bank">): BankPort {
  if (!deps.bank) throw userError("PAYMENTS_UNAVAILABLE");
  return deps.bank;
}

/** «Оплатить»: a payment of the account's suppliers by card through the bank's page. */
export async function createPayment(deps: PaymentDeps, req: PaymentRequest): Promise<OpenedPayment> {
  checkIdempotencyKey(req.idempotencyKey);
  requireBank(deps);
  const existing = await findByKey(deps, req.userId, req.idempotencyKey);
  if (existing) return resume(deps, existing, req);

  const account = await deps.db.account.findFirst({ where: { id: req.accountId, users: { some: { userId: req.userId } } }, select: { id: true } });
  if (!account) throw userError("ACCOUNT_NOT_FOUND", ["input", "accountId"]);
  const today = dayOf(deps.clock.now(), deps.config.timezone);
  const suppliers = (await amountDueBySupplier(deps.db, account.id, today)).map((d) => d.supplier);
  const { items, total } = checkItems(req.items, suppliers);
  const card = req.savedCardId === null ? null : await usableCard(deps.db, req.userId, req.savedCardId, deps.clock.now());

  return openCardPayment(deps, {
    userId: req.userId,
    accountId: account.id,
    idempotencyKey: req.idempotencyKey,
    purpose: req.purpose,
    channel: req.channel ?? "LKK",
    amount: total,
    items,
    card,
    bindCard: card ? "never" : "ask",
    returnUrl: req.returnUrl,
    compare: req,
  });
}

export interface CardPaymentSpec {
  userId: number;
  accountId: number;
  idempotencyKey: string;
  purpose: PaymentPurpose;
  channel: PaymentChannel;
  amount: Money;
  items: ItemInput[];
  card: SavedCard | null;
  bindCard: "ask" | "always" | "never";
  returnUrl: (paymentId: number) => string;
  /** What a repeated key must match. */
  compare: { accountId: number; items: ItemInput[]; savedCardId: number | null; purpose: PaymentPurpose };
}

/** Writes the payment with its lines (or finds the one a racing request wrote) and registers it. */
export async function openCardPayment(deps: PaymentDeps, spec: CardPaymentSpec): Promise<OpenedPayment> {
  let payment: OpenedPayment["payment"];
  try {
    payment = await deps.db.payment.create({
      data: {
        accountId: spec.accountId,
        userId: spec.userId,
        amount: spec.amount,
        purpose: spec.purpose,
        channel: spec.channel,
        channelLabel: spec.channel === "LKK" ? deps.config.bank.channelLabel : null,
        idempotencyKey: spec.idempotencyKey,
        savedCardId: spec.card?.id ?? null,
        createdAt: deps.clock.now(),
        items: { create: spec.items.map((i) => ({ accountId: spec.accountId, supplierId: i.supplierId, amount: i.amount })) },
      },
      include: { items: true },
    });
  } catch (err) {
    if (!isUniqueViolation(err)) throw err;
    const raced = await findByKey(deps, spec.userId, spec.idempotencyKey);
    if (!raced) throw err;
    return resume(deps, raced, { ...spec.compare, returnUrl: spec.returnUrl });
  }
  return register(deps, payment, spec.card, spec.bindCard, spec.returnUrl);
}

function findByKey(deps: PaymentDeps, userId: number, idempotencyKey: string) {
  return deps.db.payment.findUnique({ where: { userId_idempotencyKey: { userId, idempotencyKey } }, include: { items: true } });
}

const itemsKey = (items: { supplierId: number; amount: Money }[]) =>
  items
    .filter((i) => !new Money(i.amount).isZero())
    .map((i) => `${i.supplierId}:${new Money(i.amount).toFixed(2)}`)
    .sort()
    .join(",");

/** The same key again: the same request gets the same payment; a different one is refused. */
async function resume(
  deps: PaymentDeps,
  existing: OpenedPayment["payment"],
  req: { accountId: number; items: ItemInput[]; savedCardId: number | null; purpose: PaymentPurpose; returnUrl: (id: number) => string },
): Promise<OpenedPayment> {
  const same =
    existing.accountId === req.accountId &&
    existing.purpose === req.purpose &&
    existing.savedCardId === req.savedCardId &&
    itemsKey(existing.items) === itemsKey(req.items);
  if (!same) throw userError("IDEMPOTENCY_KEY_REUSED", ["input", "idempotencyKey"]);
  if (existing.status === "CREATED") {
    const card = existing.savedCardId ? await deps.db.savedCard.findUnique({ where: { id: existing.savedCardId } }) : null;
    const bindCard = existing.purpose === "CARD_VERIFICATION" ? "always" : card ? "never" : "ask";
    return register(deps, existing, card, bindCard, req.returnUrl);
  }
  return { payment: existing, pageUrl: existing.status === "PENDING" ? existing.bankPageUrl : null };
}

/** The bank's order for the payment (idempotent at the bank by our merchantOrderId). */
async function register(
  deps: PaymentDeps,
  payment: OpenedPayment["payment"],
  card: SavedCard | null,
  bindCard: "ask" | "always" | "never",
  returnUrl: (paymentId: number) => string,
): Promise<OpenedPayment> {
  const bank = requireBank(deps);
  const account = await deps.db.account.findUniqueOrThrow({ where: { id: payment.accountId }, select: { number: true } });
  const user = payment.userId ? await deps.db.user.findUnique({ where: { id: payment.userId }, select: { email: true, emailConfirmedAt: true } }) : null;
  let order;
  try {
    order = await bank.registerOrder({
      merchantOrderId: merchantOrderId(payment.id),
      amount: payment.amount,
      description: describe(payment.purpose, account.number),
      returnUrl: returnUrl(payment.id),
      bindCard,
      cardToken: card?.bankToken,
      customerEmail: user?.emailConfirmedAt ? user.email : null,
    });
  } catch (err) {
    if (!(err instanceof BankError)) throw err;
    if (err.retryable) throw userError("BANK_UNAVAILABLE");
    // The bank will answer the same to the same request: this payment is over.
    await deps.db.payment.updateMany({ where: { id: payment.id, status: "CREATED" }, data: { status: "FAILED", failureReason: err.message } });
    throw userError("BANK_REFUSED", card ? ["input", "savedCardId"] : null, err.message);
  }
  await deps.db.payment.updateMany({
    where: { id: payment.id, status: "CREATED" },
    data: { status: "PENDING", bankOrderId: order.bankOrderId, bankPageUrl: order.pageUrl },
  });
  const fresh = await deps.db.payment.findUniqueOrThrow({ where: { id: payment.id }, include: { items: true } });
  return { payment: fresh, pageUrl: fresh.status === "PENDING" ? fresh.bankPageUrl : null };
}

export function describe(purpose: PaymentPurpose, accountNumber: string): string {
  switch (purpose) {
    case "ADVANCE":
      return `Аванс за ЖКУ по ЛС ${accountNumber}`;
    case "CARD_VERIFICATION":
      return `Привязка карты для автоплатежа по ЛС ${accountNumber}`;
    case "AUTOPAY":
      return `Автоплатеж за ЖКУ по ЛС ${accountNumber}`;
    default:
      return `Оплата ЖКУ по ЛС ${accountNumber}`;
  }
}
