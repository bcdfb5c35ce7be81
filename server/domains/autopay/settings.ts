// Connecting, editing and switching off an account's autopay (6.4.4.1–6.4.4.3). Only a customer
// linked to the account may do it, with a card of their own; a connected autopay is its user's
// alone (rules.ts ownedByOther): another user of the account can neither change nor disable it. Choosing a saved card makes the
// autopay ACTIVE at once; «Новая карта» stores the settings as PENDING_CARD and opens the bank's
// 1 ₽ verification — the autopay becomes ACTIVE when the bank confirms the card (listener.ts).
import type { Autopay, AutopayMode } from "../../db/generated/prisma/client.js";
import type { Deps } from "../../context.js";
import { audit } from "../../shared/audit.js";
import { UserFacingError, type UserErrorData } from "../../shared/errors.js";
import { problem, userError } from "./errors.js";
import type { Money } from "../../shared/money.js";
import { usableCard } from "../payments/cards.js";
import { requireBank } from "../payments/create.js";
import { checkIdempotencyKey } from "../../shared/idempotency.js";
import { startCardVerification } from "../payments/verification.js";
import { checkSettings, ownedByOther } from "./rules.js";

export interface AutopaySetRequest {
  userId: number;
  accountId: number;
  mode: AutopayMode;
  day?: number | null;
  maxAmount: Money;
  /** A saved card of the user… */
  cardId?: number | null;
  /** …or «Новая карта»: bind one by the 1 ₽ verification. */
  newCard?: boolean;
  /** Required with newCard (the verification moves money): the same key returns the same bank page. */
  idempotencyKey?: string | null;
  /** Where the bank sends the customer back, for the verification payment's id. */
  returnUrl: (paymentId: number) => string;
  clientAddress?: string | null;
}

export interface AutopaySetResult {
  autopay: Autopay;
  /** The bank's page for the new card's verification; null when a saved card was chosen. */
  confirmationUrl: string | null;
}

/** The account, when the user is linked to it; else the error a missing account gets. */
export async function linkedAccount(deps: Pick<Deps, "db">, userId: number, accountId: number) {
  const account = await deps.db.account.findFirst({ where: { id: accountId, users: { some: { userId } } }, select: { id: true, number: true } });
  if (!account) throw userError("ACCOUNT_NOT_FOUND", ["input", "accountId"]);
  return account;
}

const otherUsersAutopay = () => userError("AUTOPAY_FORBIDDEN", ["input", "accountId"]);

/** Refuses when another user's autopay is connected on the account (checked again in the write). */
async function refuseOthers(deps: Pick<Deps, "db">, userId: number, accountId: number): Promise<void> {
  const current = await deps.db.autopay.findUnique({ where: { accountId }, select: { status: true, userId: true } });
  if (ownedByOther(current, userId)) throw otherUsersAutopay();
}

export async function setAutopay(deps: Deps, req: AutopaySetRequest): Promise<AutopaySetResult> {
  const account = await linkedAccount(deps, req.userId, req.accountId);
  const now = deps.clock.now();
  // Before anything else (the bank's page included): another user's autopay is not ours to change.
  await refuseOthers(deps, req.userId, account.id);

  // Settings and the card choice are checked together, so the form shows every problem at once.
  const errors: UserErrorData[] = [];
  let settings: ReturnType<typeof checkSettings> | null = null;
  try {
    settings = checkSettings({ mode: req.mode, day: req.day, maxAmount: req.maxAmount });
  } catch (err) {
    if (!(err instanceof UserFacingError)) throw err;
    errors.push(...err.errors);
  }
  const cardField = ["input", "cardId"];
  let cardId: number | null = null;
  if (req.newCard && req.cardId != null) errors.push(problem("CARD_CHOICE", cardField));
  else if (!req.newCard && req.cardId == null) errors.push(problem("CARD_REQUIRED", cardField));
  else if (req.cardId != null) {
    try {
      cardId = (await usableCard(deps.db, req.userId, req.cardId, now, cardField)).id;
    } catch (err) {
      if (!(err instanceof UserFacingError)) throw err;
      errors.push(...err.errors);
    }
  }
  if (req.newCard) {
    try {
      checkIdempotencyKey(req.idempotencyKey ?? "");
      requireBank(deps);
    } catch (err) {
      if (!(err instanceof UserFacingError)) throw err;
      errors.push(...err.errors.map((e) => (e.code === "INVALID_IDEMPOTENCY_KEY" ? problem("INVALID_IDEMPOTENCY_KEY", e.field) : e)));
    }
  }
  if (errors.length || !settings) throw new UserFacingError(errors);

  // A new card: the bank's page first — should the bank refuse, nothing is stored.
  let confirmationUrl: string | null = null;
  if (req.newCard) {
    const opened = await startCardVerification(deps, {
      userId: req.userId,
      accountId: account.id,
      idempotencyKey: req.idempotencyKey!,
      returnUrl: req.returnUrl,
    });
    confirmationUrl = opened.pageUrl;
    // A repeated key after the bank decided: a confirmed card is the choice; a refused one is said so.
    if (!opened.pageUrl) {
      const p = opened.payment;
      if ((p.status === "SUCCEEDED" || p.status === "REFUNDED") && p.savedCardId) cardId = p.savedCardId;
      else throw userError("CARD_VERIFICATION_FAILED", cardField, p.failureReason);
    }
  }
  const data = {
    userId: req.userId,
    mode: settings.mode,
    day: settings.day,
    maxAmount: settings.maxAmount,
    cardId,
    status: cardId !== null ? ("ACTIVE" as const) : ("PENDING_CARD" as const),
    // From our clock, not the database's: "changed before its day" (job.ts) compares it with today.
    updatedAt: now,
  };
  const autopay = await deps.db.$transaction(async (tx) => {
    const before = await tx.autopay.findUnique({ where: { accountId: account.id } });
    let saved: Autopay;
    if (!before) saved = await tx.autopay.create({ data: { accountId: account.id, ...data, createdAt: now } });
    else {
      // Conditional on the row still not being someone else's connected autopay (a parallel connect).
      const { count } = await tx.autopay.updateMany({ where: { id: before.id, OR: [{ userId: req.userId }, { status: { not: "ACTIVE" } }] }, data });
      if (count === 0) throw otherUsersAutopay();
      saved = await tx.autopay.findUniqueOrThrow({ where: { id: before.id } });
    }
    await audit(
      tx,
      {
        actorType: "USER",
        actorId: req.userId,
        action: before && before.status !== "DISABLED" ? "autopay.changed" : "autopay.set",
        entity: "Autopay",
        entityId: saved.id,
        data: {
          accountId: account.id,
          mode: data.mode,
          day: data.day,
          maxAmount: data.maxAmount.toFixed(2),
          cardId,
          newCard: !!req.newCard,
          status: data.status,
        },
        clientAddress: req.clientAddress ?? null,
      },
      now,
    );
    return saved;
  });
  return { autopay, confirmationUrl };
}

/** «Отключить» → «Удалить» (6.4.4.3): the settings stay on record, the status is «Не подключен». */
export async function disableAutopay(
  deps: Pick<Deps, "db" | "clock">,
  req: { userId: number; accountId: number; clientAddress?: string | null },
): Promise<Autopay> {
  const account = await linkedAccount(deps, req.userId, req.accountId);
  const now = deps.clock.now();
  return deps.db.$transaction(async (tx) => {
    const current = await tx.autopay.findUnique({ where: { accountId: account.id }, select: { status: true, userId: true } });
    if (ownedByOther(current, req.userId)) throw otherUsersAutopay();
    // Only while it is still this user's (or nobody's connected one): a parallel change wins.
    const moved = await tx.autopay.updateMany({
      where: { accountId: account.id, status: { not: "DISABLED" }, OR: [{ userId: req.userId }, { status: { not: "ACTIVE" } }] },
      data: { status: "DISABLED", updatedAt: now },
    });
    if (moved.count === 0) throw userError("AUTOPAY_NOT_CONNECTED", ["input", "accountId"]);
    const autopay = await tx.autopay.findUniqueOrThrow({ where: { accountId: account.id } });
    await audit(
      tx,
      {
        actorType: "USER",
        actorId: req.userId,
        action: "autopay.disabled",
        entity: "Autopay",
        entityId: autopay.id,
        data: { accountId: account.id },
        clientAddress: req.clientAddress ?? null,
      },
      now,
    );
    return autopay;
  });
}
