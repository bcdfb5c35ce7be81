// Retailer staff who answer appeals and keep catalogs. Passwords are hashed only for logins
// that do not exist yet (scrypt is deliberately slow), and an existing login is left as is.
import type { Prisma, PrismaClient, StaffRole } from "../generated/prisma/client.js";
import { hashPassword } from "../../domains/identity/password.js";

type Tx = Prisma.TransactionClient | PrismaClient;

export const STAFF: { login: string; password: string; fullName: string; role: StaffRole }[] = [
  { login: "operator", password: "operator2026", fullName: "Оператор Контактного центра", role: "OPERATOR" },
  { login: "admin", password: "admin2026", fullName: "Администратор системы", role: "ADMIN" },
  { login: "contact", password: "contact2026", fullName: "Сотрудник контакт-центра", role: "CONTACT_CENTRE" },
];

export async function seedStaff(prisma: Tx): Promise<{ inserted: number; ids: Map<string, number> }> {
  const existing = new Set(
    (await prisma.staffUser.findMany({ where: { login: { in: STAFF.map((s) => s.login) } }, select: { login: true } })).map((s) => s.login),
  );
  const missing = STAFF.filter((s) => !existing.has(s.login));
  const data = await Promise.all(missing.map(async ({ password, ...s }) => ({ ...s, passwordHash: await hashPassword(password) })));
  const inserted = (await prisma.staffUser.createMany({ data, skipDuplicates: true })).count;
  const rows = await prisma.staffUser.findMany({ where: { login: { in: STAFF.map((s) => s.login) } }, select: { id: true, login: true } });
  return { inserted, ids: new Map(rows.map((r) => [r.login, r.id])) };
}
