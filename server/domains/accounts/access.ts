// Who may see an account: the customers linked to it and staff. Used as a Prisma filter so a
// guessed ID of someone else's account reads exactly like a missing one.
import type { Prisma, PrismaClient } from "../../db/generated/prisma/client.js";
import type { Context } from "../../context.js";
import { userError } from "../../shared/errors.js";

export function visibleAccounts(ctx: Context): Prisma.AccountWhereInput {
  switch (ctx.auth.kind) {
    case "user":
    case "token": // a personal API token reads its owner's accounts (within its scopes: tokens/reach.ts)
      return { users: { some: { userId: ctx.auth.userId } } };
    case "staff":
      return {};
    default:
      return { id: -1 };
  }
}

/**
 * The accounts linked to a customer, read through the link table's key. (Filtering Account by
 * `users: { some }` and sorting by number makes PostgreSQL walk every account in number order.)
 */
export async function linkedAccountIds(db: PrismaClient, userId: number): Promise<number[]> {
  return (await db.userAccount.findMany({ where: { userId }, select: { accountId: true } })).map((l) => l.accountId);
}

/** The account when the caller may see it; else ACCOUNT_NOT_FOUND on `input.accountId` (a document's request). */
export async function requireVisibleAccount(ctx: Context, accountId: number): Promise<number> {
  if (!(await ctx.db.account.findFirst({ where: { id: accountId, AND: [visibleAccounts(ctx)] }, select: { id: true } })))
    throw userError("ACCOUNT_NOT_FOUND", ["input", "accountId"]);
  return accountId;
}
