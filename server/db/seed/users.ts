// Registered demo customers. A login that exists is left as it is (its password may have been
// changed on purpose); links, the active account and consents are only added when missing.
import type { Prisma, PrismaClient } from "../generated/prisma/client.js";
import { hashPassword } from "../../domains/identity/password.js";

type Tx = Prisma.TransactionClient | PrismaClient;

export interface DemoUser {
  login: string;
  password: string;
  email: string;
  phone?: string;
  /** Linked accounts; the first one is active. */
  accounts: string[];
}

export const DEMO_USERS: DemoUser[] = [
  { login: "0710000000", password: "demo2026", email: "demo@kabinet.local", phone: "79991234567", accounts: ["0710000000", "0710000001"] },
  { login: "debtor", password: "debtor2026", email: "debtor@kabinet.local", accounts: ["0720000000"] },
];

export const CONSENT_TEXT_VERSION = "2023-01";

/** Creates missing users (contacts confirmed at `now`); returns every demo user's id and e-mail. */
export async function seedUsers(prisma: Tx, now: Date): Promise<{ inserted: number; users: Map<string, { id: number; email: string | null }> }> {
  const logins = DEMO_USERS.map((u) => u.login);
  const existing = new Set((await prisma.user.findMany({ where: { login: { in: logins } }, select: { login: true } })).map((u) => u.login));
  const data = await Promise.all(
    DEMO_USERS.filter((u) => !existing.has(u.login)).map(async (u) => ({
      login: u.login,
      passwordHash: await hashPassword(u.password),
      email: u.email.toLowerCase(),
      emailConfirmedAt: now,
      phone: u.phone ?? null,
      phoneConfirmedAt: u.phone ? now : null,
      createdAt: now,
    })),
  );
  let inserted = (await prisma.user.createMany({ data, skipDuplicates: true })).count;

  const rows = await prisma.user.findMany({ where: { login: { in: logins } }, select: { id: true, login: true, email: true } });
  const users = new Map(rows.map((u) => [u.login, { id: u.id, email: u.email }]));

  const consents = await prisma.consent.findMany({ where: { userId: { in: rows.map((u) => u.id) } }, select: { userId: true, kind: true } });
  const given = new Set(consents.map((c) => `${c.userId}/${c.kind}`));
  const missingConsents = rows.flatMap((u) =>
    (["PERSONAL_DATA", "SIMPLE_E_SIGNATURE"] as const)
      .filter((kind) => !given.has(`${u.id}/${kind}`))
      .map((kind) => ({ userId: u.id, kind, textVersion: CONSENT_TEXT_VERSION, givenAt: now, clientAddress: "127.0.0.1" })),
  );
  inserted += (await prisma.consent.createMany({ data: missingConsents })).count;
  return { inserted, users };
}

/** Links each demo user to its accounts and makes the first one active if none is. */
export async function linkUsers(prisma: Tx, users: Map<string, { id: number }>, now: Date): Promise<number> {
  const numbers = DEMO_USERS.flatMap((u) => u.accounts);
  const accounts = new Map(
    (await prisma.account.findMany({ where: { number: { in: numbers } }, select: { id: true, number: true } })).map((a) => [a.number, a.id]),
  );
  let inserted = (
    await prisma.userAccount.createMany({
      data: DEMO_USERS.flatMap((u) =>
        u.accounts.filter((n) => accounts.has(n)).map((n) => ({ userId: users.get(u.login)!.id, accountId: accounts.get(n)!, linkedAt: now })),
      ),
      skipDuplicates: true,
    })
  ).count;
  for (const u of DEMO_USERS) {
    const active = accounts.get(u.accounts[0]);
    if (active === undefined) continue;
    const { count } = await prisma.user.updateMany({
      where: { id: users.get(u.login)!.id, activeAccountId: null },
      data: { activeAccountId: active },
    });
    inserted += count;
  }
  return inserted;
}
