// Test support for «Оплата»: the seeded catalog (the retailer, the regional waste operator, the
// capital repair fund, a separate-payment water utility) and a customer whose last billed month
// (October 2026, for a clock in November) owes kopeck-exact sums to each; and a sandbox bank
// wired to an app without an HTTP server (the test app's default bank).
import type { Deps } from "../../context.js";
import type { PrismaClient } from "../../db/generated/prisma/client.js";
import { seedCatalog } from "../../db/seed/catalog.js";
import { receiveWebhook } from "../../integrations/bank/http.js";
import { SandboxBank, type SandboxBankOptions } from "../../integrations/bank/sandbox/bank.js";
import { SandboxBankAdapter } from "../../integrations/bank/sandbox/adapter.js";
import { createCustomer } from "../../test/fixtures.js";
import { money } from "../../shared/money.js";
import { applyBankEvent } from "./settle.js";

export const PERIOD = new Date("2026-10-01T00:00:00.000Z");
const PREVIOUS = new Date("2026-09-01T00:00:00.000Z");

export interface PaymentFixture {
  user: { id: number; login: string };
  password: string;
  account: { id: number; number: string };
  suppliers: { retailer: number; separate: number; waste: number; capital: number };
}

export async function paymentFixture(db: PrismaClient, opts: { email?: string } = {}): Promise<PaymentFixture> {
  const catalog = await seedCatalog(db);
  const service = (code: string) => catalog.services.get(code)!;
  const separateSupplier = await db.supplier.findUniqueOrThrow({ where: { code: "YUGANSKVODOKANAL" } });
  const separate = await db.service.upsert({
    where: { code: "TEST_SEPARATE_WATER" },
    create: { code: "TEST_SEPARATE_WATER", name: "Горячее водоснабжение", resource: "HOT_WATER", unit: "м³", supplierId: separateSupplier.id },
    update: {},
  });
  const { user, account, password } = await createCustomer(db);
  if (opts.email) await db.user.update({ where: { id: user.id }, data: { email: opts.email, emailConfirmedAt: new Date("2026-01-01T00:00:00Z") } });
  const services = [service("ELECTRICITY"), service("COLD_WATER"), service("SOLID_WASTE"), service("CAPITAL_REPAIR"), separate];
  await db.accountService.createMany({
    data: services.map((s) => ({ accountId: account.id, serviceId: s.id, zones: ["ALL_DAY"], since: new Date("2025-01-01") })),
  });

  // closing balances of October: retailer 1000.10 + 200.20 (penalty 5.05), waste 150.05,
  // capital repair 420.42, separate 99.99; September's lines must not count.
  const line = (serviceId: number, supplierId: number, period: Date, closing: string, penalty = "0") => ({
    accountId: account.id,
    serviceId,
    supplierId,
    period,
    method: "FIXED" as const,
    charged: money(closing),
    penalty: money(penalty),
    closingBalance: money(closing),
  });
  await db.charge.createMany({
    data: [
      line(service("ELECTRICITY").id, service("ELECTRICITY").supplierId, PERIOD, "1000.10", "5.05"),
      line(service("COLD_WATER").id, service("COLD_WATER").supplierId, PERIOD, "200.20"),
      line(service("SOLID_WASTE").id, service("SOLID_WASTE").supplierId, PERIOD, "150.05"),
      line(service("CAPITAL_REPAIR").id, service("CAPITAL_REPAIR").supplierId, PERIOD, "420.42"),
      line(separate.id, separate.supplierId, PERIOD, "99.99"),
      line(service("ELECTRICITY").id, service("ELECTRICITY").supplierId, PREVIOUS, "777.77"),
    ],
  });
  return {
    user: { id: user.id, login: user.login },
    password,
    account: { id: account.id, number: account.number },
    suppliers: {
      retailer: service("ELECTRICITY").supplierId,
      separate: separate.supplierId,
      waste: service("SOLID_WASTE").supplierId,
      capital: service("CAPITAL_REPAIR").supplierId,
    },
  };
}

/** A settled payment as billing would import it, with its lines per supplier. */
export async function importedPayment(
  db: PrismaClient,
  f: PaymentFixture,
  p: {
    paidAt: string;
    status?: "SUCCEEDED" | "FAILED";
    purpose?: "BILL" | "CARD_VERIFICATION";
    /** The closed period that already booked it ("YYYY-MM-DD"); unbooked when absent. */
    billedPeriod?: string;
    items: [supplierId: number, amount: string][];
  },
) {
  const amount = p.items.reduce((s, [, a]) => s.plus(a), money(0));
  return db.payment.create({
    data: {
      accountId: f.account.id,
      amount,
      status: p.status ?? "SUCCEEDED",
      purpose: p.purpose ?? "BILL",
      channel: "BANK",
      channelLabel: "Сбербанк Онлайн",
      paidAt: new Date(p.paidAt),
      billedPeriod: p.billedPeriod ? new Date(`${p.billedPeriod}T00:00:00.000Z`) : null,
      items: { create: p.items.map(([supplierId, a]) => ({ accountId: f.account.id, supplierId, amount: money(a) })) },
    },
  });
}

/** A sandbox bank whose webhooks go straight to the payments domain, through the same signature check as POST /bank/webhook/sandbox. */
export function inProcessSandbox(deps: Omit<Deps, "bank">, overrides: Partial<SandboxBankOptions> = {}): { sandbox: SandboxBank; port: SandboxBankAdapter } {
  const secret = deps.config.bank.webhookSecret;
  let port!: SandboxBankAdapter;
  const sandbox = new SandboxBank({
    publicUrl: deps.config.publicUrl,
    webhookUrl: "in-process",
    webhookSecret: secret,
    clock: deps.clock,
    db: deps.db,
    webhookDelayMs: 0,
    webhookRetryMs: 5,
    webhookAttempts: 4,
    duplicateRate: 0,
    log: null,
    send: async (_url, body, headers) =>
      (await receiveWebhook(port, (e) => applyBankEvent({ ...deps, bank: port }, e), "sandbox", Buffer.from(body), headers, null)).status,
    ...overrides,
  });
  port = new SandboxBankAdapter(sandbox, secret);
  return { sandbox, port };
}
