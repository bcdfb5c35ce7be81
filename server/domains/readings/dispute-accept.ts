// An operator answers a readings dispute by accepting the corrected values («Принять исправленные
// показания»): one transaction completes the appeal with the answer, records the values as the
// meter's accepted reading of this month with the source CONTROL_CORRECTION — the one place a
// value may go below the accepted one, since staff checked the photo — supersedes the month's
// pending submission, and audits who, when, why and on which appeal. The customer's history then
// shows the reading as «Корректировка по заявлению».
import { randomUUID } from "node:crypto";
import type { Appeal } from "../../db/generated/prisma/client.js";
import { audit } from "../../shared/audit.js";
import { periodOf } from "../../shared/calendar.js";
import { UserFacingError } from "../../shared/errors.js";
import { appealErrors } from "../appeals/errors.js";
import { announceAppeal, deliverAnswer } from "../appeals/events.js";
import { assertStatus, staffAudit, transition, type StaffActor, type WorkflowDeps } from "../appeals/workflow.js";
import { ACCEPTED_ORDER, acceptedPerZone, checkZoneValues, type ZoneValue } from "./dispute.js";
import { problem } from "./errors.js";

export interface CorrectionInput {
  appealId: number;
  readings: ZoneValue[];
  /** The answer the customer reads. */
  answer: string;
}

export async function acceptCorrectedReading(deps: WorkflowDeps, actor: StaffActor, input: CorrectionInput): Promise<Appeal> {
  const dispute = await deps.db.readingDispute.findUnique({
    where: { appealId: input.appealId },
    include: { meter: { include: { readings: { where: { status: "ACCEPTED" }, orderBy: ACCEPTED_ORDER, take: 20 } } } },
  });
  if (!dispute) {
    const exists = await deps.db.appeal.count({ where: { id: input.appealId } });
    throw new UserFacingError(exists ? problem("NOT_A_DISPUTE", ["input", "appealId"]) : appealErrors.problem("APPEAL_NOT_FOUND", ["input", "appealId"]));
  }
  const meter = dispute.meter;
  const { values, errors } = checkZoneValues(meter, input.readings);
  const answer = input.answer.trim();
  if (!answer) errors.push(problem("REQUIRED", ["input", "answer"], "answer"));
  if (errors.length) throw new UserFacingError(errors);
  await assertStatus(deps.db, input.appealId, "IN_PROGRESS", "answer");

  const now = deps.clock.now();
  const period = periodOf(now, deps.timezone);
  const submissionId = randomUUID();
  const previous = Object.fromEntries([...acceptedPerZone(meter.readings)].map(([zone, v]) => [zone, v.toString()]));
  const corrected = Object.fromEntries([...values].map(([zone, v]) => [zone, v.toString()]));
  const appeal = await deps.db.$transaction(async (tx) => {
    const a = await transition(
      tx,
      input.appealId,
      "IN_PROGRESS",
      "COMPLETED",
      "answer",
      { answerText: answer, answeredAt: now, operatorId: actor.staffId },
      actor,
      now,
    );
    // The month's pending submission would otherwise compete with the correction at the period close.
    await tx.meterReading.updateMany({ where: { meterId: meter.id, period, status: "SUBMITTED" }, data: { status: "SUPERSEDED" } });
    await tx.meterReading.createMany({
      data: [...values].map(([zone, value]) => ({
        meterId: meter.id,
        zone,
        period,
        value: value.toString(),
        source: "CONTROL_CORRECTION" as const,
        status: "ACCEPTED" as const,
        submissionId,
        submittedAt: now,
        acceptedAt: now,
      })),
    });
    await tx.readingDispute.update({ where: { appealId: input.appealId }, data: { correctedAt: now, correctedBy: actor.staffId, submissionId } });
    await audit(
      tx,
      {
        actorType: "STAFF",
        actorId: actor.staffId,
        action: "reading.corrected",
        entity: "Meter",
        entityId: meter.id,
        data: { appeal: a.number, reason: "READINGS_DISPUTE", period: period.toISOString().slice(0, 7), previous, corrected, submissionId },
        clientAddress: deps.clientAddress,
      },
      now,
    );
    await staffAudit(tx, deps, actor, "appeal.answered", a, { number: a.number, files: 0, correctedReading: submissionId }, now);
    return a;
  });
  announceAppeal(deps.pubsub, appeal);
  await deliverAnswer(deps, appeal);
  return appeal;
}
