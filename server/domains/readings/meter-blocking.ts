// Operators block a meter's readings with a reason the customer sees on hover (6.2: «если
// прибор учета заблокирован, показывается причина»), and unblock it. The readings service
// already refuses blocked meters (rules.ts meterBlockReason). Both actions are audited.
import type { Meter, PrismaClient } from "../../db/generated/prisma/client.js";
import { audit } from "../../shared/audit.js";
import type { Clock } from "../../shared/clock.js";
import { userError } from "./errors.js";

export interface MeterBlockDeps {
  db: PrismaClient;
  clock: Clock;
  clientAddress?: string | null;
}

export async function blockMeter(deps: MeterBlockDeps, staffId: number, meterId: number, reason: string): Promise<Meter> {
  const text = reason.trim().replace(/\s+/g, " ");
  if (!text) throw userError("REQUIRED", ["input", "reason"], "blockReason");
  if (text.length > 500) throw userError("TOO_LONG", ["input", "reason"], "blockReason");
  const now = deps.clock.now();
  return deps.db.$transaction(async (tx) => {
    const before = await tx.meter.findUnique({ where: { id: meterId }, select: { blockedReason: true } });
    if (!before) throw userError("METER_NOT_FOUND", ["input", "meterId"]);
    const meter = await tx.meter.update({ where: { id: meterId }, data: { blockedReason: text } });
    await audit(
      tx,
      {
        actorType: "STAFF",
        actorId: staffId,
        action: "meter.blocked",
        entity: "Meter",
        entityId: meterId,
        data: { reason: text, previous: before.blockedReason },
        clientAddress: deps.clientAddress,
      },
      now,
    );
    return meter;
  });
}

export async function unblockMeter(deps: MeterBlockDeps, staffId: number, meterId: number): Promise<Meter> {
  const now = deps.clock.now();
  return deps.db.$transaction(async (tx) => {
    const before = await tx.meter.findUnique({ where: { id: meterId }, select: { blockedReason: true } });
    if (!before) throw userError("METER_NOT_FOUND", ["input", "meterId"]);
    const res = await tx.meter.updateMany({ where: { id: meterId, blockedReason: { not: null } }, data: { blockedReason: null } });
    if (res.count === 0) throw userError("NOT_BLOCKED", ["input", "meterId"]);
    await audit(
      tx,
      {
        actorType: "STAFF",
        actorId: staffId,
        action: "meter.unblocked",
        entity: "Meter",
        entityId: meterId,
        data: { previous: before.blockedReason },
        clientAddress: deps.clientAddress,
      },
      now,
    );
    return tx.meter.findUniqueOrThrow({ where: { id: meterId } });
  });
}
