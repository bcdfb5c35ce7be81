// Operators block a meter's readings with a reason the customer sees on hover (6.2: «если
// прибор учета заблокирован, показывается причина»), and unblock it. The readings service
// already refuses blocked meters (rules.ts meterBlockReason). Both actions are audited.
import type { Meter, PrismaClient } from "../../db/generated/prisma/client.js";
import { audit } from "../../shared/audit.js";
import type { Clock } from "../../shared/clock.js";
import { userError } from "../../shared/errors.js";

export const MBMSG = {
  notFound: "Прибор учета не найден",
  reason: "Укажите причину блокировки: ее увидит клиент",
  reasonLong: "Причина блокировки — не длиннее 500 символов",
  notBlocked: "Прием показаний по прибору учета не заблокирован",
} as const;

export interface MeterBlockDeps {
  db: PrismaClient;
  clock: Clock;
  clientAddress?: string | null;
}

export async function blockMeter(deps: MeterBlockDeps, staffId: number, meterId: number, reason: string): Promise<Meter> {
  const text = reason.trim().replace(/\s+/g, " ");
  if (!text) throw userError("REQUIRED", MBMSG.reason, ["input", "reason"]);
  if (text.length > 500) throw userError("TOO_LONG", MBMSG.reasonLong, ["input", "reason"]);
  const now = deps.clock.now();
  return deps.db.$transaction(async (tx) => {
    const before = await tx.meter.findUnique({ where: { id: meterId }, select: { blockedReason: true } });
    if (!before) throw userError("METER_NOT_FOUND", MBMSG.notFound, ["input", "meterId"]);
    const meter = await tx.meter.update({ where: { id: meterId }, data: { blockedReason: text } });
    await audit(tx, { actorType: "STAFF", actorId: staffId, action: "meter.blocked", entity: "Meter", entityId: meterId, data: { reason: text, previous: before.blockedReason }, clientAddress: deps.clientAddress }, now);
    return meter;
  });
}

export async function unblockMeter(deps: MeterBlockDeps, staffId: number, meterId: number): Promise<Meter> {
  const now = deps.clock.now();
  return deps.db.$transaction(async (tx) => {
    const before = await tx.meter.findUnique({ where: { id: meterId }, select: { blockedReason: true } });
    if (!before) throw userError("METER_NOT_FOUND", MBMSG.notFound, ["input", "meterId"]);
    const res = await tx.meter.updateMany({ where: { id: meterId, blockedReason: { not: null } }, data: { blockedReason: null } });
    if (res.count === 0) throw userError("NOT_BLOCKED", MBMSG.notBlocked, ["input", "meterId"]);
    await audit(tx, { actorType: "STAFF", actorId: staffId, action: "meter.unblocked", entity: "Meter", entityId: meterId, data: { previous: before.blockedReason }, clientAddress: deps.clientAddress }, now);
    return tx.meter.findUniqueOrThrow({ where: { id: meterId } });
  });
}
