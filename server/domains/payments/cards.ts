// Saved cards (6.4.2): only the bank's token, the masked number, expiry and brand. Deleting a
// card is a soft delete; an autopay that charged it is switched off («Не подключен», 6.4.4.2)
// in the same transaction, and the bank is asked to forget the binding.
import type { Prisma, PrismaClient, SavedCard } from "../../db/generated/prisma/client.js";
import type { Deps } from "../../context.js";
import { audit } from "../../shared/audit.js";
import { userError } from "./errors.js";
import type { BankCard } from "../../integrations/bank/port.js";
import { safeMaskedPan } from "./rules.js";
import { log } from "../../shared/log.js";

/** Card brands («платежная система») published as the enum CardBrand; the bank's string is kept as it came. */
export const CARD_BRANDS = {
  MIR: "«Мир», the national payment system",
  VISA: "Visa",
  MASTERCARD: "Mastercard",
  MAESTRO: "Maestro (Mastercard's debit brand)",
  UNIONPAY: "UnionPay",
  OTHER: "A brand the bank reported that is none of the above",
} as const;
export type CardBrand = keyof typeof CARD_BRANDS;

/** The bank's brand string as a CardBrand; null when the bank did not say. */
export function cardBrandOf(brand: string | null): CardBrand | null {
  if (brand === null || brand === "") return null;
  const b = brand.toUpperCase().replace(/[\s_-]/g, "");
  return b !== "OTHER" && Object.hasOwn(CARD_BRANDS, b) ? (b as CardBrand) : "OTHER";
}

/** The customer's cards, newest first (expired ones too: the list says so). */
export function savedCards(db: PrismaClient, userId: number): Promise<SavedCard[]> {
  return db.savedCard.findMany({ where: { userId, deletedAt: null }, orderBy: [{ createdAt: "desc" }, { id: "desc" }] });
}

export function cardExpired(card: Pick<SavedCard, "expiryMonth" | "expiryYear">, now: Date): boolean {
  return now.getTime() >= Date.UTC(card.expiryYear, card.expiryMonth, 1);
}

/** A live card of the user to pay with, or a userError. */
export async function usableCard(db: PrismaClient, userId: number, cardId: number, now: Date, field = ["input", "savedCardId"]): Promise<SavedCard> {
  const card = await db.savedCard.findFirst({ where: { id: cardId, userId, deletedAt: null } });
  if (!card) throw userError("CARD_NOT_FOUND", field);
  if (cardExpired(card, now)) throw userError("CARD_EXPIRED", field);
  return card;
}

/**
 * Keeps a card the bank bound (inside the settlement transaction). The same token, or the same
 * card bound again, is one row: its token is refreshed instead of listing the card twice.
 */
export async function keepBoundCard(tx: Prisma.TransactionClient, userId: number, card: BankCard & { token: string }, now: Date): Promise<SavedCard> {
  const maskedPan = safeMaskedPan(card.maskedPan);
  const same = await tx.savedCard.findFirst({
    where: {
      userId,
      deletedAt: null,
      OR: [{ bankToken: card.token }, { maskedPan, expiryMonth: card.expiryMonth, expiryYear: card.expiryYear }],
    },
  });
  if (same) return same.bankToken === card.token ? same : tx.savedCard.update({ where: { id: same.id }, data: { bankToken: card.token } });
  return tx.savedCard.create({
    data: { userId, bankToken: card.token, maskedPan, brand: card.brand, expiryMonth: card.expiryMonth, expiryYear: card.expiryYear, createdAt: now },
  });
}

/**
 * «Удалить» next to a saved card. Autopays charging it are disabled here, in one transaction with
 * the delete (the autopay domain reads Autopay.status; nothing else to call).
 */
export async function deleteSavedCard(deps: Pick<Deps, "db" | "clock" | "bank">, userId: number, cardId: number, clientAddress: string | null = null) {
  const now = deps.clock.now();
  const result = await deps.db.$transaction(async (tx) => {
    const card = await tx.savedCard.findFirst({ where: { id: cardId, userId, deletedAt: null } });
    if (!card) throw userError("CARD_NOT_FOUND", ["input", "cardId"]);
    await tx.savedCard.update({ where: { id: card.id }, data: { deletedAt: now } });
    const autopays = await tx.autopay.findMany({ where: { cardId: card.id, status: { not: "DISABLED" } }, select: { id: true, accountId: true } });
    if (autopays.length) {
      await tx.autopay.updateMany({ where: { id: { in: autopays.map((a) => a.id) } }, data: { status: "DISABLED", cardId: null } });
    }
    await audit(
      tx,
      {
        actorType: "USER",
        actorId: userId,
        action: "card.deleted",
        entity: "SavedCard",
        entityId: card.id,
        data: { maskedPan: card.maskedPan, autopaysDisabled: autopays.map((a) => a.accountId) },
        clientAddress,
      },
      now,
    );
    return { card, disabledAutopayAccountIds: autopays.map((a) => a.accountId) };
  });
  // The binding at the bank is best effort: our side no longer offers the card either way.
  await deps.bank?.unbindCard(result.card.bankToken).catch((err) => log.warn(`[payments] unbind card ${result.card.id}: ${(err as Error).message}`));
  return result;
}
