// Who may use and see appeals. The section is open only to customers with a confirmed e-mail
// (manual 6.5); a customer sees only the appeals they filed, staff see all. The filters are
// Prisma where-clauses, so a guessed ID of someone else's appeal or file reads as missing.
import type { Prisma, User } from "../../db/generated/prisma/client.js";
import type { Context } from "../../context.js";
import { notSignedIn } from "../../shared/errors.js";
import { appealErrors, userError } from "./errors.js";

export interface AppealsAccess {
  allowed: boolean;
  code: "EMAIL_NOT_CONFIRMED" | null;
  reason: string | null;
}

export function appealsAccessOf(user: Pick<User, "email" | "emailConfirmedAt">): AppealsAccess {
  return user.email && user.emailConfirmedAt
    ? { allowed: true, code: null, reason: null }
    : { allowed: false, code: "EMAIL_NOT_CONFIRMED", reason: appealErrors.message("EMAIL_NOT_CONFIRMED") };
}

/** The signed-in customer with a confirmed e-mail; else UNAUTHENTICATED, or the userError EMAIL_NOT_CONFIRMED. */
export async function requireAppealsUser(ctx: Pick<Context, "auth" | "db">): Promise<User> {
  if (ctx.auth.kind !== "user") throw notSignedIn();
  const user = await ctx.db.user.findUnique({ where: { id: ctx.auth.userId } });
  if (!user) throw notSignedIn();
  if (!appealsAccessOf(user).allowed) throw userError("EMAIL_NOT_CONFIRMED");
  return user;
}

const CONFIRMED: Prisma.UserWhereInput = { email: { not: null }, emailConfirmedAt: { not: null } };

export function visibleAppeals(ctx: Pick<Context, "auth">): Prisma.AppealWhereInput {
  switch (ctx.auth.kind) {
    case "user":
      return { userId: ctx.auth.userId, user: { is: CONFIRMED } };
    case "staff":
      return {};
    default:
      return { id: -1 };
  }
}
