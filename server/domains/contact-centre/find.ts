// «Найти пользователя» (7.2): the contact centre finds a user by account number, login, e-mail or
// phone. Matches come back masked — who they are is only shown when an employee opens one, and
// that opening is audited (card.ts).
import type { PrismaClient } from "../../db/generated/prisma/client.js";
import { maskEmail, maskPhone } from "../accounts/newcomer-notice.js";
import { userError } from "./errors.js";

export interface UserMatch {
  userId: number;
  login: string;
  email: string | null;
  phone: string | null;
  accountNumbers: string[];
  deletionRequested: boolean;
}

/** 7XXXXXXXXXX from +7 (912) 345-67-89, 8 912 …, 912…; null when it is not a Russian mobile number. */
export function phoneOf(text: string): string | null {
  const digits = text.replace(/[\s()+-]/g, "");
  if (!/^\d+$/.test(digits)) return null;
  if (digits.length === 10) return `7${digits}`;
  if (digits.length === 11 && (digits[0] === "7" || digits[0] === "8")) return `7${digits.slice(1)}`;
  return null;
}

const maskLogin = (login: string) => (login.includes("@") ? maskEmail(login) : login.length <= 4 ? "***" : `${login.slice(0, 2)}***${login.slice(-2)}`);

/** Up to 20 users matching the text exactly (no prefix search: a guess does not list people). */
export async function findUsers(db: PrismaClient, text: string): Promise<UserMatch[]> {
  const q = text.trim();
  if (q.length < 3 || q.length > 100) throw userError("SEARCH_TOO_SHORT", "query");
  const phone = phoneOf(q);
  const users = await db.user.findMany({
    where: {
      OR: [
        { login: q },
        { email: q.toLowerCase() },
        ...(phone ? [{ phone }] : []),
        ...(/^\d{10}$/.test(q) ? [{ accounts: { some: { account: { number: q } } } }] : []),
      ],
    },
    select: {
      id: true,
      login: true,
      email: true,
      phone: true,
      deletionRequestedAt: true,
      accounts: { select: { account: { select: { number: true } } }, orderBy: { linkedAt: "asc" } },
    },
    orderBy: { id: "asc" },
    take: 20,
  });
  return users.map((u) => ({
    userId: u.id,
    login: maskLogin(u.login),
    email: u.email ? maskEmail(u.email) : null,
    phone: u.phone ? maskPhone(u.phone) : null,
    accountNumbers: u.accounts.map((a) => a.account.number),
    deletionRequested: u.deletionRequestedAt !== null,
  }));
}
