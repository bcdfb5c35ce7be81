// The audit log: who did what to which record. Written inside the caller's transaction when
// one is passed, so the record exists exactly when the change does.
import type { ActorType, Prisma, PrismaClient } from "../db/generated/prisma/client.js";

export interface AuditEntry {
  actorType: ActorType;
  actorId?: number | null;
  action: string;
  entity?: string;
  entityId?: string | number;
  data?: Prisma.InputJsonValue;
  clientAddress?: string | null;
}

export async function audit(db: PrismaClient | Prisma.TransactionClient, e: AuditEntry, at: Date): Promise<void> {
  await db.auditLog.create({
    data: {
      at,
      actorType: e.actorType,
      actorId: e.actorId ?? null,
      action: e.action,
      entity: e.entity ?? null,
      entityId: e.entityId === undefined ? null : String(e.entityId),
      data: e.data,
      clientAddress: e.clientAddress ?? null,
    },
  });
}
