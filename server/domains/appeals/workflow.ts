// The operators' side of the status workflow (manual 6.5.1): Принят → В обработке (taken into
// work) → Завершено (answered, with PDF files) | Отказано (refused, with a reason). A change is
// a conditional update (only from the expected status, so two operators cannot both act), a
// status-change row saying who and when, and an audit record — one transaction. Questions'
// deadlines can be extended up to the type's maximum (6.5.3: «может быть увеличен до 30»).
import type { Appeal, AppealStatus, Prisma, PrismaClient } from "../../db/generated/prisma/client.js";
import type { Messenger } from "../../integrations/messaging/delivery.js";
import type { PubSub } from "../../integrations/pubsub.js";
import type { UploadLimits } from "../../config.js";
import type { FileStorage } from "../../integrations/storage/port.js";
import { audit } from "../../shared/audit.js";
import type { Clock } from "../../shared/clock.js";
import { UserFacingError } from "../../shared/errors.js";
import { problem, userError } from "./errors.js";
import { discardFiles, storeFiles } from "./attachments.js";
import { announceAppeal, deliverAnswer } from "./events.js";
import { checkFiles } from "./form.js";
import { workingDaysDueDate } from "./working-days.js";
import { TX_OPTIONS } from "./submit.js";
import { dateValue, localDate } from "../../shared/calendar.js";

export interface WorkflowDeps {
  db: PrismaClient;
  clock: Clock;
  timezone: string;
  storage: FileStorage;
  /** Attachment limits (config.uploads). */
  uploads: UploadLimits;
  pubsub: PubSub;
  messenger: Pick<Messenger, "sendEmail" | "sendPush" | "pushPublicKey">;
  publicUrl: string;
  clientAddress?: string | null;
}

export interface StaffActor {
  staffId: number;
}

const ACTION_TEXT = { take: "взять заявление в работу", answer: "ответить на заявление", reject: "отказать по заявлению", extend: "продлить срок" } as const;

/** Moves the appeal from `from` to `to` in `tx`, or explains why it cannot. */
export async function transition(
  tx: Prisma.TransactionClient,
  appealId: number,
  from: AppealStatus,
  to: AppealStatus,
  action: keyof typeof ACTION_TEXT,
  data: Prisma.AppealUncheckedUpdateManyInput,
  actor: StaffActor,
  now: Date,
  comment: string | null = null,
): Promise<Appeal> {
  const res = await tx.appeal.updateMany({ where: { id: appealId, status: from }, data: { ...data, status: to } });
  if (res.count === 0) {
    const current = await tx.appeal.findUnique({ where: { id: appealId }, select: { status: true } });
    if (!current) throw userError("APPEAL_NOT_FOUND", ["input", "appealId"]);
    throw userError("INVALID_TRANSITION", ["input", "appealId"], current.status, ACTION_TEXT[action]);
  }
  await tx.appealStatusChange.create({ data: { appealId, fromStatus: from, toStatus: to, staffUserId: actor.staffId, comment, at: now } });
  return tx.appeal.findUniqueOrThrow({ where: { id: appealId } });
}

export async function staffAudit(
  tx: Prisma.TransactionClient,
  deps: WorkflowDeps,
  actor: StaffActor,
  action: string,
  appeal: Appeal,
  data: Prisma.InputJsonValue,
  now: Date,
) {
  await audit(tx, { actorType: "STAFF", actorId: actor.staffId, action, entity: "Appeal", entityId: appeal.id, data, clientAddress: deps.clientAddress }, now);
}

export async function takeAppeal(deps: WorkflowDeps, actor: StaffActor, appealId: number): Promise<Appeal> {
  const now = deps.clock.now();
  const appeal = await deps.db.$transaction(async (tx) => {
    const a = await transition(tx, appealId, "ACCEPTED", "IN_PROGRESS", "take", { operatorId: actor.staffId }, actor, now);
    await staffAudit(tx, deps, actor, "appeal.taken", a, { number: a.number }, now);
    return a;
  });
  announceAppeal(deps.pubsub, appeal);
  return appeal;
}

/** «Завершено» with the answer's text and PDF files (6.5.1: «к ответам могут быть приложены документы в формате PDF»). */
export async function answerAppeal(deps: WorkflowDeps, actor: StaffActor, appealId: number, text: string, files: File[]): Promise<Appeal> {
  const answer = text.trim();
  const checked = await checkFiles(
    files.map((file) => ({ slot: null, file })),
    { slots: null, kinds: ["PDF"], to: "answer", limits: deps.uploads },
  );
  const errors = [...(answer ? [] : [problem("REQUIRED", ["input", "text"], "answer")]), ...checked.errors];
  if (errors.length) throw new UserFacingError(errors);
  await assertStatus(deps.db, appealId, "IN_PROGRESS", "answer"); // before storing any file
  const now = deps.clock.now();
  const stored = await storeFiles(deps.storage, checked.files, "ANSWER", now);
  let appeal: Appeal;
  try {
    appeal = await deps.db.$transaction(async (tx) => {
      const a = await transition(
        tx,
        appealId,
        "IN_PROGRESS",
        "COMPLETED",
        "answer",
        { answerText: answer, answeredAt: now, operatorId: actor.staffId },
        actor,
        now,
      );
      if (stored.length) await tx.appealFile.createMany({ data: stored.map((f) => ({ ...f, appealId, uploadedAt: now })) });
      await staffAudit(tx, deps, actor, "appeal.answered", a, { number: a.number, files: stored.length }, now);
      return a;
    }, TX_OPTIONS);
  } catch (err) {
    await discardFiles(deps.storage, stored);
    throw err;
  }
  announceAppeal(deps.pubsub, appeal);
  await deliverAnswer(deps, appeal);
  return appeal;
}

/** «Отказано» with the reason shown to the customer. */
export async function rejectAppeal(deps: WorkflowDeps, actor: StaffActor, appealId: number, reason: string): Promise<Appeal> {
  const text = reason.trim();
  if (!text) throw userError("REQUIRED", ["input", "reason"], "refusalReason");
  const now = deps.clock.now();
  const appeal = await deps.db.$transaction(async (tx) => {
    const a = await transition(
      tx,
      appealId,
      "IN_PROGRESS",
      "REJECTED",
      "reject",
      { answerText: text, answeredAt: now, operatorId: actor.staffId },
      actor,
      now,
      text,
    );
    await staffAudit(tx, deps, actor, "appeal.rejected", a, { number: a.number, reason: text }, now);
    return a;
  });
  announceAppeal(deps.pubsub, appeal);
  await deliverAnswer(deps, appeal);
  return appeal;
}

/** A longer term for an open appeal whose type allows it: due `processingDays` working days after filing. */
export async function extendAppeal(deps: WorkflowDeps, actor: StaffActor, appealId: number, processingDays: number): Promise<Appeal> {
  const current = await deps.db.appeal.findUnique({ where: { id: appealId }, include: { type: true } });
  if (!current) throw userError("APPEAL_NOT_FOUND", ["input", "appealId"]);
  if (current.status !== "ACCEPTED" && current.status !== "IN_PROGRESS")
    throw userError("INVALID_TRANSITION", ["input", "appealId"], current.status, ACTION_TEXT.extend);
  const max = current.type.maxProcessingDays;
  if (!max || max <= current.type.processingDays) throw userError("EXTEND_NOT_ALLOWED", ["input", "appealId"]);
  const filedOn = localDate(current.createdAt, deps.timezone);
  const currentDays = current.type.processingDays;
  if (!Number.isInteger(processingDays) || processingDays <= currentDays || processingDays > max) {
    throw userError("INVALID_VALUE", ["input", "processingDays"], { kind: "extendRange", current: currentDays, max });
  }
  const due = dateValue(await workingDaysDueDate(deps.db, filedOn, processingDays));
  if (due <= current.dueDate) throw userError("INVALID_VALUE", ["input", "processingDays"], { kind: "extendRange", current: currentDays, max });
  const now = deps.clock.now();
  const appeal = await deps.db.$transaction(async (tx) => {
    const res = await tx.appeal.updateMany({ where: { id: appealId, status: current.status, dueDate: current.dueDate }, data: { dueDate: due } });
    if (res.count === 0) throw userError("CONFLICT", ["input", "appealId"]);
    const a = await tx.appeal.findUniqueOrThrow({ where: { id: appealId } });
    await staffAudit(tx, deps, actor, "appeal.extended", a, { number: a.number, processingDays, dueDate: due.toISOString().slice(0, 10) }, now);
    return a;
  });
  announceAppeal(deps.pubsub, appeal);
  return appeal;
}

export async function assertStatus(db: PrismaClient, appealId: number, status: AppealStatus, action: keyof typeof ACTION_TEXT): Promise<void> {
  const a = await db.appeal.findUnique({ where: { id: appealId }, select: { status: true } });
  if (!a) throw userError("APPEAL_NOT_FOUND", ["input", "appealId"]);
  if (a.status !== status) throw userError("INVALID_TRANSITION", ["input", "appealId"], a.status, ACTION_TEXT[action]);
}
