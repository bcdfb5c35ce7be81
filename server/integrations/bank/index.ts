// Builds the bank from config: the sandbox bank (default outside production) or a real bank's
// REST API. main.ts mounts `bankRoutes` on the HTTP server.
import { checkSecret, type Config } from "../../config.js";
import type { Clock } from "../../shared/clock.js";
import type { PrismaClient } from "../../db/generated/prisma/client.js";
import type { BankPort } from "./port.js";
import { RestBankAdapter } from "./rest/adapter.js";
import { SandboxBank, type SandboxBankOptions } from "./sandbox/bank.js";
import { SandboxBankAdapter } from "./sandbox/adapter.js";

export { BankError, type BankCard, type BankEvent, type BankOrderStatus, type BankPort, type ChargeResult, type RegisterOrderInput } from "./port.js";
export { bankRoutes, receiveWebhook, type BankEventHandler } from "./http.js";
export { SandboxBank } from "./sandbox/bank.js";
export { SandboxBankAdapter } from "./sandbox/adapter.js";
export { RestBankAdapter } from "./rest/adapter.js";
export { TEST_CARDS, SANDBOX_3DS_CODE } from "./sandbox/cards.js";

type BankSettings = Pick<Config, "env" | "publicUrl" | "bank">;

/** Throws a clear error for settings that cannot work; main.ts calls it at start. */
export function checkBankConfig(c: BankSettings): void {
  const b = c.bank;
  if (b.provider !== "sandbox" && b.provider !== "rest") throw new Error(`BANK_PROVIDER must be "sandbox" or "rest", not "${b.provider}"`);
  if (b.provider === "rest" && (!b.apiUrl || !b.apiKey))
    throw new Error("BANK_API_URL and BANK_API_KEY must be set for BANK_PROVIDER=rest (in production it is the default)");
  // The same rules as JWT_SECRET (at least 32 characters, never a development default), and required in production.
  checkSecret("BANK_WEBHOOK_SECRET", b.webhookSecret, c.env);
}

export interface Bank {
  port: BankPort;
  /** The sandbox bank itself (its pages are mounted) when BANK_PROVIDER=sandbox. */
  sandbox?: SandboxBank;
}

/** `db` holds the sandbox bank's orders (unused by a real bank). */
export function createBank(c: BankSettings, clock: Clock, db: PrismaClient, sandboxOverrides: Partial<SandboxBankOptions> = {}): Bank {
  checkBankConfig(c);
  const b = c.bank;
  if (b.provider === "rest") {
    return { port: new RestBankAdapter({ apiUrl: b.apiUrl!, apiKey: b.apiKey!, webhookSecret: b.webhookSecret, clock }) };
  }
  const sandbox = new SandboxBank({
    publicUrl: c.publicUrl,
    webhookUrl: b.sandbox.webhookUrl,
    webhookSecret: b.webhookSecret,
    clock,
    db,
    webhookDelayMs: b.sandbox.webhookDelayMs,
    webhookAttempts: b.sandbox.webhookAttempts,
    webhookRetryMs: b.sandbox.webhookRetryMs,
    duplicateRate: b.sandbox.duplicateRate,
    ...sandboxOverrides,
  });
  return { port: new SandboxBankAdapter(sandbox, b.webhookSecret), sandbox };
}
