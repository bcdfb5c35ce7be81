// Linking accounts to a user (6.6.1) — the account's other users are told (newcomer-notice.ts) — and unlinking them; unlinking the last one, once
// confirmed, requests deletion of the user (7.2), carried out by the purge job within 24 hours.
import type { Prisma, PrismaClient, User } from "../../db/generated/prisma/client.js";
import type { Clock } from "../../shared/clock.js";
import type { PubSub } from "../../integrations/pubsub.js";
import { audit, type AuditEntry } from "../../shared/audit.js";
import { invalidate } from "../../shared/invalidation.js";
import { userError } from "./errors.js";
import { revokeAllSessions } from "../identity/sessions.js";
import { checkAccountNumber, sameSurname } from "../identity/validation.js";
import { recordNewcomer, refuseWhileSuspended, sendNewcomerNotices, type NoticeDeps } from "./newcomer-notice.js";

interface Deps {
  db: PrismaClient;
  clock: Clock;
  pubsub?: PubSub;
}

/** What linking also needs to tell the account's other users (newcomer-notice.ts). */
export interface LinkDeps extends Deps {
  messenger?: NoticeDeps["messenger"];
  config?: { publicUrl: string; timezone: string };
}

export async function linkAccount(
  deps: LinkDeps,
  userId: number,
  input: { accountNumber: string; ownerLastName: string },
  clientAddress: string | null = null,
) {
  const number = checkAccountNumber(input.accountNumber);
  if (!number.ok) throw userError("INVALID_ACCOUNT_NUMBER", ["input", "accountNumber"]);
  const account = await deps.db.account.findUnique({ where: { number: number.value } });
  if (!account || account.closedAt) throw userError("ACCOUNT_NOT_FOUND", ["input", "accountNumber"]);
  if (!sameSurname(account.ownerLastName, input.ownerLastName)) throw userError("ACCOUNT_OR_SURNAME", ["input", "ownerLastName"]);
  await refuseWhileSuspended(deps.db, userId, account.id, ["input", "accountNumber"]);
  const now = deps.clock.now();
  // The link, the audit record and the notices to the account's other users commit together.
  const notices = await deps.db.$transaction(async (tx) => {
    const { count } = await tx.userAccount.createMany({ data: [{ userId, accountId: account.id, linkedAt: now }], skipDuplicates: true });
    if (count === 0) throw userError("ALREADY_LINKED", ["input", "accountNumber"]);
    await audit(tx, { actorType: "USER", actorId: userId, action: "account.linked", entity: "Account", entityId: account.number, clientAddress }, now);
    return recordNewcomer(tx, { accountId: account.id, newcomerId: userId, via: "LINK", at: now, timezone: deps.config?.timezone, clientAddress });
  });
  await invalidate(deps, { users: [userId] });
  await sendNewcomerNotices({ ...deps, publicUrl: deps.config?.publicUrl, timezone: deps.config?.timezone }, notices);
  return account;
}

export async function unlinkAccount(
  deps: Deps,
  userId: number,
  accountId: number,
  confirmDeletion: boolean,
): Promise<{ user: User; deletionScheduled: boolean }> {
  const links = await deps.db.userAccount.findMany({ where: { userId }, select: { accountId: true } });
  if (!links.some((l) => l.accountId === accountId)) throw userError("ACCOUNT_NOT_LINKED", ["input", "accountId"]);
  const last = links.length === 1;
  if (last && !confirmDeletion) throw userError("CONFIRMATION_REQUIRED", ["input", "confirmDeletion"]);
  const now = deps.clock.now();
  const user = await deps.db.$transaction(async (tx) => {
    await tx.userAccount.delete({ where: { userId_accountId: { userId, accountId } } });
    await audit(tx, { actorType: "USER", actorId: userId, action: "account.unlinked", entity: "Account", entityId: accountId }, now);
    if (last) await audit(tx, { actorType: "USER", actorId: userId, action: "user.deletion_requested" }, now);
    return tx.user.update({
      where: { id: userId },
      data: {
        ...(last ? { deletionRequestedAt: now } : {}),
        // The header falls back to another linked account.
        activeAccountId: links.find((l) => l.accountId !== accountId)?.accountId ?? null,
      },
    });
  });
  await invalidate(deps, { users: [userId] });
  if (last) await revokeAllSessions(deps, userId, "account deletion requested");
  return { user, deletionScheduled: last };
}

/**
 * Deletes users whose deletion was requested: personal data goes with the user row; consents
 * stay (userId cleared) marked withdrawn, and the audit log records withdrawal and deletion.
 * Idempotent; the accounts stay, so the owner can register again.
 */
export async function purgeDeletedUsers(deps: Deps): Promise<number> {
  const now = deps.clock.now();
  const doomed = await deps.db.user.findMany({ where: { deletionRequestedAt: { not: null } }, select: { id: true } });
  for (const { id } of doomed) await deps.db.$transaction((tx) => eraseUser(tx, id, now, { actorType: "SYSTEM" }));
  return doomed.length;
}

/**
 * Deletes one user inside the caller's transaction (the purge job, a contact-centre reset):
 * consents are kept marked withdrawn, the audit log records the withdrawal and the deletion.
 */
export async function eraseUser(
  tx: Prisma.TransactionClient,
  userId: number,
  now: Date,
  by: Pick<AuditEntry, "actorType" | "actorId" | "data" | "clientAddress">,
): Promise<void> {
  await tx.consent.updateMany({ where: { userId, withdrawnAt: null }, data: { withdrawnAt: now } });
  await audit(tx, { ...by, action: "consent.withdrawn", entity: "User", entityId: userId }, now);
  await tx.user.delete({ where: { id: userId } });
  await audit(tx, { ...by, action: "user.deleted", entity: "User", entityId: userId }, now);
}
