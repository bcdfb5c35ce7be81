// What the contact centre does for a user (7.2), each audited with the employee and the reason:
// signs them out everywhere, resets the credentials (deletes the user, so the owner can register
// again with the same account), sends a contact's confirmation again.
import type { PrismaClient } from "../../db/generated/prisma/client.js";
import type { Clock } from "../../shared/clock.js";
import type { PubSub } from "../../integrations/pubsub.js";
import { audit } from "../../shared/audit.js";
import { invalidate } from "../../shared/invalidation.js";
import { eraseUser } from "../accounts/links.js";
import { sendEmailConfirmation, sendPhoneCode, type ContactDeps } from "../identity/contacts.js";
import { revokeAllSessions } from "../identity/sessions.js";
import { userError } from "./errors.js";
import { checkedReason, type Actor } from "./reason.js";

export interface ActionDeps {
  db: PrismaClient;
  clock: Clock;
  pubsub?: PubSub;
}

async function existingUser(db: PrismaClient, userId: number) {
  const user = await db.user.findUnique({ where: { id: userId } });
  if (!user) throw userError("NOT_FOUND", ["input", "userId"]);
  return user;
}

/** Ends every session of the user; returns how many were open. */
export async function signOutEverywhere(deps: ActionDeps, actor: Actor, userId: number, reasonText: string): Promise<number> {
  const reason = checkedReason(reasonText);
  await existingUser(deps.db, userId);
  const ended = await revokeAllSessions(deps, userId, "contact centre sign-out");
  const data = { reason, sessionsEnded: ended };
  await audit(
    deps.db,
    {
      actorType: "STAFF",
      actorId: actor.staffId,
      action: "contact_centre.signed_out",
      entity: "User",
      entityId: userId,
      data,
      clientAddress: actor.clientAddress,
    },
    deps.clock.now(),
  );
  return ended;
}

/**
 * «Сброс учетных данных»: the user is deleted now (not in 24 hours as a self-service deletion),
 * their sessions end, consents stay withdrawn; the accounts stay, so registration works again.
 */
export async function resetUser(deps: ActionDeps, actor: Actor, userId: number, reasonText: string): Promise<{ login: string; accountNumbers: string[] }> {
  const reason = checkedReason(reasonText);
  const now = deps.clock.now();
  const gone = await deps.db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { login: true, accounts: { select: { account: { select: { number: true } } } } } });
    if (!user) throw userError("NOT_FOUND", ["input", "userId"]);
    const accountNumbers = user.accounts.map((a) => a.account.number);
    const by = { actorType: "STAFF" as const, actorId: actor.staffId, clientAddress: actor.clientAddress };
    await audit(tx, { ...by, action: "contact_centre.user_reset", entity: "User", entityId: userId, data: { reason, accountNumbers } }, now);
    await eraseUser(tx, userId, now, by);
    return { login: user.login, accountNumbers };
  });
  // The sessions went with the user row (cascade); cached owners and response caches are dropped.
  await invalidate(deps, { users: [userId], sessionsOfUsers: [userId] });
  return gone;
}

/** Sends the e-mail link or the SMS code again (the usual hourly limits apply). */
export async function resendConfirmation(deps: ContactDeps, actor: Actor, userId: number, channel: "EMAIL" | "PHONE", reasonText: string): Promise<void> {
  const reason = checkedReason(reasonText);
  const user = await existingUser(deps.db, userId);
  if (channel === "EMAIL" ? !user.email : !user.phone) throw userError("NO_CONTACT", ["input", "channel"]);
  await (channel === "EMAIL" ? sendEmailConfirmation(deps, user) : sendPhoneCode(deps, user));
  const data = { reason, channel };
  await audit(
    deps.db,
    {
      actorType: "STAFF",
      actorId: actor.staffId,
      action: "contact_centre.confirmation_resent",
      entity: "User",
      entityId: userId,
      data,
      clientAddress: actor.clientAddress,
    },
    deps.clock.now(),
  );
}
