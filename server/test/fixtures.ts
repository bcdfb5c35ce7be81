// Small, explicit test data for API tests (the demo seed is tested on its own).
import type { PrismaClient } from "../db/generated/prisma/client.js";
import { hashPassword } from "../domains/identity/password.js";

let counter = 0;

export async function createCustomer(db: PrismaClient, opts: { login?: string; password?: string; accountNumber?: string } = {}) {
  counter += 1;
  const n = String(Date.now() % 1e6).padStart(6, "0") + String(counter).padStart(4, "0");
  const account = await db.account.create({
    data: {
      number: opts.accountNumber ?? n,
      ownerLastName: "Сидоров",
      ownerFirstName: "Пётр",
      ownerMiddleName: "Ильич",
      address: "628300, ХМАО - Югра, Нефтеюганск г, 2 мкр., д. 5, кв. 7",
      objectType: "Квартира",
    },
  });
  const user = await db.user.create({
    data: {
      login: opts.login ?? `user${n}`,
      passwordHash: await hashPassword(opts.password ?? "secret123"),
      accounts: { create: { accountId: account.id } },
    },
  });
  return { user, account, password: opts.password ?? "secret123" };
}
