// The bank port over the built-in sandbox bank (same process: no network between them, but
// webhooks come back over HTTP like a real bank's).
import { Money } from "../../../shared/money.js";
import type { BankEvent, BankOrderStatus, BankPort, ChargeResult, ChargeTokenInput, RefundResult, RegisterOrderInput, RegisteredOrder } from "../port.js";
import { header } from "../signature.js";
import { SANDBOX_SIGNATURE_HEADER, SandboxBank, type SandboxWebhook } from "./bank.js";
import { fromKopecks } from "../../../shared/money.js";

const STATUSES: BankOrderStatus[] = ["PENDING", "SUCCEEDED", "FAILED", "CANCELLED", "REFUNDED"];

export class SandboxBankAdapter implements BankPort {
  readonly provider = "sandbox";

  constructor(
    readonly bank: SandboxBank,
    private readonly webhookSecret: string,
  ) {}

  async registerOrder(input: RegisterOrderInput): Promise<RegisteredOrder> {
    return this.bank.registerOrder(input);
  }

  async chargeToken(input: ChargeTokenInput): Promise<ChargeResult> {
    return this.bank.chargeToken(input);
  }

  async refund(input: { bankOrderId: string; amount?: Money; reason: string }): Promise<RefundResult> {
    return this.bank.refund(input.bankOrderId, input.amount);
  }

  async unbindCard(cardToken: string): Promise<void> {
    await this.bank.unbindCard(cardToken);
  }

  verifyWebhook(rawBody: Buffer, headers: Record<string, string | undefined>): BankEvent | null {
    if (!SandboxBank.signatureValid(this.webhookSecret, rawBody, header(headers, SANDBOX_SIGNATURE_HEADER))) return null;
    let w: SandboxWebhook;
    try {
      w = JSON.parse(rawBody.toString("utf8")) as SandboxWebhook;
    } catch {
      return null;
    }
    if (typeof w.id !== "string" || typeof w.orderId !== "string" || typeof w.merchantOrderId !== "string") return null;
    if (!STATUSES.includes(w.status) || !Number.isSafeInteger(w.amountKopecks)) return null;
    return {
      provider: this.provider,
      eventId: w.id,
      bankOrderId: w.orderId,
      merchantOrderId: w.merchantOrderId,
      status: w.status,
      amount: fromKopecks(w.amountKopecks),
      failureReason: w.failureReason ?? null,
      card: w.card ?? null,
      at: new Date(w.createdAt),
      payload: w,
    };
  }
}
