import type { PrismaClient } from "../../db/generated/prisma/client.js";
import type { PubSub } from "../../integrations/pubsub.js";
import { userError } from "./errors.js";
import { invalidate } from "../../shared/invalidation.js";

/** Remembers the account chosen in the header; only a linked account can be chosen. */
export async function setActiveAccount(deps: { db: PrismaClient; pubsub?: PubSub }, userId: number, accountId: number) {
  const { db } = deps;
  const link = Number.isInteger(accountId) ? await db.userAccount.findUnique({ where: { userId_accountId: { userId, accountId } } }) : null;
  if (!link) throw userError("ACCOUNT_NOT_LINKED", ["input", "accountId"]);
  const user = await db.user.update({ where: { id: userId }, data: { activeAccountId: accountId } });
  await invalidate(deps, { users: [userId] });
  return user;
}
