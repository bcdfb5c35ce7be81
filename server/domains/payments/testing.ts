// Test support: a sandbox bank wired to an app without an HTTP server — its webhooks go straight
// to the payments domain through the same signature check as POST /bank/webhook/sandbox.
import type { Deps } from "../../context.js";
import { receiveWebhook } from "../../integrations/bank/http.js";
import { SandboxBank, type SandboxBankOptions } from "../../integrations/bank/sandbox/bank.js";
import { SandboxBankAdapter } from "../../integrations/bank/sandbox/adapter.js";
import { applyBankEvent } from "./settle.js";

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
