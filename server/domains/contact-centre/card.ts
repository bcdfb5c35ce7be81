// Opening a user's card (7.2): contacts unmasked with their confirmation, linked accounts, the
// last sign-ins. Each opening is written to the audit log with the employee and the reason.
import type { PrismaClient } from "../../db/generated/prisma/client.js";
import type { Clock } from "../../shared/clock.js";
import { audit } from "../../shared/audit.js";
import { userError } from "./errors.js";
import { checkedReason, type Actor } from "./reason.js";

export interface CardDeps {
  db: PrismaClient;
  clock: Clock;
}

/** The card's reads (the user row with accounts and the 10 latest sessions). */
export async function userCard(db: PrismaClient, userId: number) {
  return db.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      login: true,
      email: true,
      emailConfirmedAt: true,
      phone: true,
      phoneConfirmedAt: true,
      createdAt: true,
      deletionRequestedAt: true,
      accounts: { select: { linkedAt: true, account: { select: { number: true, address: true } } }, orderBy: { linkedAt: "asc" } },
      sessions: {
        select: { createdAt: true, lastUsedAt: true, clientAddress: true, userAgent: true, revokedAt: true, revokeReason: true },
        orderBy: { createdAt: "desc" },
        take: 10,
      },
    },
  });
}
export type UserCard = NonNullable<Awaited<ReturnType<typeof userCard>>>;

export async function openUserCard(deps: CardDeps, actor: Actor, userId: number, reasonText: string): Promise<UserCard> {
  const reason = checkedReason(reasonText);
  const card = await userCard(deps.db, userId);
  if (!card) throw userError("NOT_FOUND", ["input", "userId"]);
  await audit(
    deps.db,
    {
      actorType: "STAFF",
      actorId: actor.staffId,
      action: "contact_centre.user_opened",
      entity: "User",
      entityId: userId,
      data: { reason },
      clientAddress: actor.clientAddress,
    },
    deps.clock.now(),
  );
  return card;
}
