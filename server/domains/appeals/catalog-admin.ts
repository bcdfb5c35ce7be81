// Administrators keep the appeal catalog (it is data): a reason's title, processing time,
// longest extension and whether it is offered. Audited; appeals already filed keep their due
// dates and the labels they were filed with.
import type { AppealType, PrismaClient } from "../../db/generated/prisma/client.js";
import { audit } from "../../shared/audit.js";
import type { Clock } from "../../shared/clock.js";
import { UserFacingError, type UserErrorData } from "../../shared/errors.js";
import { problem, userError } from "./errors.js";

export interface AppealTypePatch {
  title?: string | null;
  processingDays?: number | null;
  /** null clears it (no extension). */
  maxProcessingDays?: number | null;
  active?: boolean | null;
}

export async function updateAppealType(
  deps: { db: PrismaClient; clock: Clock; clientAddress?: string | null },
  adminId: number,
  typeId: number,
  patch: AppealTypePatch,
): Promise<AppealType> {
  const current = await deps.db.appealType.findUnique({ where: { id: typeId } });
  if (!current) throw userError("TYPE_NOT_FOUND", ["input", "typeId"], "admin");
  const errors: UserErrorData[] = [];
  const data: Partial<Pick<AppealType, "title" | "processingDays" | "maxProcessingDays" | "active">> = {};
  if (typeof patch.title === "string") {
    if (!patch.title.trim()) errors.push(problem("REQUIRED", ["input", "title"], "typeTitle"));
    data.title = patch.title.trim();
  }
  if (typeof patch.processingDays === "number") {
    if (!Number.isInteger(patch.processingDays) || patch.processingDays < 1 || patch.processingDays > 60)
      errors.push(problem("INVALID_VALUE", ["input", "processingDays"], { kind: "processingDays" }));
    data.processingDays = patch.processingDays;
  }
  if (patch.maxProcessingDays !== undefined) data.maxProcessingDays = patch.maxProcessingDays;
  const days = data.processingDays ?? current.processingDays;
  const max = data.maxProcessingDays === undefined ? current.maxProcessingDays : data.maxProcessingDays;
  if (max !== null && (!Number.isInteger(max) || max < days || max > 60))
    errors.push(problem("INVALID_VALUE", ["input", "maxProcessingDays"], { kind: "maxProcessingDays" }));
  if (typeof patch.active === "boolean") data.active = patch.active;
  if (errors.length) throw new UserFacingError(errors);
  const now = deps.clock.now();
  return deps.db.$transaction(async (tx) => {
    const updated = await tx.appealType.update({ where: { id: typeId }, data });
    await audit(
      tx,
      {
        actorType: "STAFF",
        actorId: adminId,
        action: "appeal-type.updated",
        entity: "AppealType",
        entityId: typeId,
        data: {
          before: { title: current.title, processingDays: current.processingDays, maxProcessingDays: current.maxProcessingDays, active: current.active },
          after: data,
        },
        clientAddress: deps.clientAddress,
      },
      now,
    );
    return updated;
  });
}
