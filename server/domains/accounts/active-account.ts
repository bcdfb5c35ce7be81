import type { PrismaClient } from "../../db/generated/prisma/client.js";
import { userError } from "../../shared/errors.js";

export const MSG_ACCOUNT_NOT_LINKED = "Лицевой счет не привязан к учетной записи";

/** Remembers the account chosen in the header; only a linked account can be chosen. */
export async function setActiveAccount(db: PrismaClient, userId: number, accountId: number) {
  const link = Number.isInteger(accountId)
    ? await db.userAccount.findUnique({ where: { userId_accountId: { userId, accountId } } })
    : null;
  if (!link) throw userError("ACCOUNT_NOT_LINKED", MSG_ACCOUNT_NOT_LINKED, ["input", "accountId"]);
  return db.user.update({ where: { id: userId }, data: { activeAccountId: accountId } });
}
