// The audit log: who did what to which record. Written inside the caller's transaction when
// one is passed, so the record exists exactly when the change does.
import type { SqlQuery } from "../db/client.js";
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

/** The same row from a transaction written in SQL (SqlRunner.transaction: the period close). */
export async function auditInSql(query: SqlQuery, e: AuditEntry, at: Date): Promise<void> {
  // timestamp(3) columns hold UTC (Prisma's convention).
  await query(
    `INSERT INTO "AuditLog" ("at", "actorType", "actorId", "action", "entity", "entityId", "data", "clientAddress")
     VALUES ($1::timestamp, $2::"ActorType", $3::int, $4, $5, $6, $7::jsonb, $8)`,
    [
      at.toISOString().replace("T", " ").replace("Z", ""),
      e.actorType,
      e.actorId ?? null,
      e.action,
      e.entity ?? null,
      e.entityId === undefined ? null : String(e.entityId),
      e.data === undefined ? null : JSON.stringify(e.data),
      e.clientAddress ?? null,
    ],
  );
}
