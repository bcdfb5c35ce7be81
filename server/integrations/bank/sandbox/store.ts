// The sandbox bank's orders in the database (SandboxBankOrder), so a payment in progress
// survives a restart and any replica can serve its card page. Every change of state is a
// compare-and-set on the status it started from: two replicas (or two tabs) submitting the
// same order settle it once.
import type { PrismaClient } from "../../../db/generated/prisma/client.js";
import type { SandboxOrder, SandboxOrderStatus } from "./bank.js";

type Row = Awaited<ReturnType<PrismaClient["sandboxBankOrder"]["findUniqueOrThrow"]>>;

const fromRow = (r: Row): SandboxOrder => ({
  id: r.id,
  merchantOrderId: r.merchantOrderId,
  kopecks: r.kopecks,
  description: r.description,
  returnUrl: r.returnUrl,
  bindCard: r.bindCard as SandboxOrder["bindCard"],
  status: r.status as SandboxOrderStatus,
  savedCard: (r.savedCard as SandboxOrder["savedCard"]) ?? null,
  card: (r.card as SandboxOrder["card"]) ?? null,
  threeDsAttempts: r.threeDsAttempts,
  failureReason: r.failureReason,
  refundedKopecks: r.refundedKopecks,
  token: r.token,
  createdAt: r.createdAt,
  expiresAt: r.expiresAt,
  paidAt: r.paidAt,
});

/** The order's mutable fields as a row update (JSON columns left out when empty). */
const changes = (o: SandboxOrder) => ({
  status: o.status,
  ...(o.card ? { card: o.card as object } : {}),
  threeDsAttempts: o.threeDsAttempts,
  failureReason: o.failureReason,
  refundedKopecks: o.refundedKopecks,
  token: o.token,
  paidAt: o.paidAt,
});

export class SandboxOrderStore {
  constructor(private readonly db: PrismaClient) {}

  async get(id: string): Promise<SandboxOrder | undefined> {
    const r = await this.db.sandboxBankOrder.findUnique({ where: { id } });
    return r ? fromRow(r) : undefined;
  }

  async byMerchantId(merchantOrderId: string): Promise<SandboxOrder | undefined> {
    const r = await this.db.sandboxBankOrder.findUnique({ where: { merchantOrderId } });
    return r ? fromRow(r) : undefined;
  }

  /** Inserts the order unless one with its merchant order id exists; answers the stored one. */
  async insert(o: SandboxOrder): Promise<{ order: SandboxOrder; created: boolean }> {
    const { count } = await this.db.sandboxBankOrder.createMany({
      data: [
        {
          ...o,
          ...(o.savedCard ? { savedCard: o.savedCard as object } : { savedCard: undefined }),
          ...(o.card ? { card: o.card as object } : { card: undefined }),
        },
      ],
      skipDuplicates: true,
    });
    if (count === 1) return { order: o, created: true };
    return { order: (await this.byMerchantId(o.merchantOrderId))!, created: false };
  }

  /**
   * Writes the order if it is still as it was read (`was`: its status, 3-D Secure attempts
   * and refunds then); false when another request changed it first.
   */
  async save(o: SandboxOrder, was: Pick<SandboxOrder, "status" | "threeDsAttempts" | "refundedKopecks">): Promise<boolean> {
    const { count } = await this.db.sandboxBankOrder.updateMany({
      where: { id: o.id, status: was.status, threeDsAttempts: was.threeDsAttempts, refundedKopecks: was.refundedKopecks },
      data: changes(o),
    });
    return count === 1;
  }

  async revoke(token: string): Promise<void> {
    await this.db.sandboxBankRevokedToken.createMany({ data: [{ token }], skipDuplicates: true });
  }

  async revoked(token: string): Promise<boolean> {
    return !!(await this.db.sandboxBankRevokedToken.findUnique({ where: { token } }));
  }
}
