// «Оценка ответа на обращение» (6.5.4): a completed appeal's answer is rated once, by the
// customer who filed it. One conditional update, so two clicks cannot both count.
import type { Appeal, PrismaClient } from "../../db/generated/prisma/client.js";
import type { Clock } from "../../shared/clock.js";
import { userError } from "./errors.js";
import { RATING_OPTIONS } from "./rules.js";

export function ratingLabel(value: number | null): string | null {
  return RATING_OPTIONS.find((o) => o.value === value)?.label ?? null;
}

export async function rateAppeal(deps: { db: PrismaClient; clock: Clock }, userId: number, appealId: number, rating: number): Promise<Appeal> {
  if (!RATING_OPTIONS.some((o) => o.value === rating)) throw userError("INVALID_RATING", ["input", "rating"]);
  const now = deps.clock.now();
  const res = await deps.db.appeal.updateMany({
    where: { id: appealId, userId, status: "COMPLETED", rating: null },
    data: { rating, ratedAt: now },
  });
  const appeal = await deps.db.appeal.findFirst({ where: { id: appealId, userId } });
  if (!appeal) throw userError("APPEAL_NOT_FOUND", ["input", "appealId"]);
  if (res.count === 1) return appeal;
  if (appeal.status !== "COMPLETED") throw userError("NOT_COMPLETED", ["input", "appealId"]);
  throw userError("ALREADY_RATED", ["input", "appealId"]);
}
