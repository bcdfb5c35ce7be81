// The SQL of a readings submission. It is the busiest write of the portal (every partner
// system's meters every month), so it talks to the database directly, and concurrent
// submissions share statements (shared/batcher.ts): one to read, one to write per batch.
import type { SqlRunner } from "../../db/client.js";
import type { MeterStatus, TariffZone } from "../../db/generated/prisma/client.js";
import { batcher } from "../../shared/batcher.js";
import { isDeadlock, isUniqueViolation } from "../../shared/db-errors.js";
import { money, type Money } from "../../shared/money.js";

export interface MeterForSubmit {
  id: number;
  status: MeterStatus;
  blockedReason: string | null;
  zones: TariffZone[];
  digits: number;
  unit: string;
  overLimitThreshold: Money | null;
  /** The last accepted value per zone. */
  lastAccepted: Map<TariffZone, Money>;
}

const LAST_ACCEPTED = `
  SELECT DISTINCT ON ("meterId", zone) "meterId", zone::text AS zone, value
    FROM "MeterReading"
   WHERE "meterId" = ANY($1::int[]) AND status = 'ACCEPTED'
   ORDER BY "meterId", zone, period DESC, "submittedAt" DESC`;

interface LoadRequest {
  accountId: number;
  meterIds: number[];
  linkedUserId: number | null;
}

/**
 * The named meters of the account with their last accepted values, or null when the account
 * does not exist or — with `linkedUserId` — is not linked to that customer (a guessed ID of
 * someone else's account reads exactly like a missing one).
 */
export function loadMetersForSubmit(
  sql: SqlRunner,
  accountId: number,
  meterIds: number[],
  linkedUserId: number | null,
): Promise<Map<number, MeterForSubmit> | null> {
  return batchersOf(sql).load({ accountId, meterIds, linkedUserId });
}

async function loadBatch(sql: SqlRunner, reqs: LoadRequest[]): Promise<(Map<number, MeterForSubmit> | null)[]> {
  const wanted = reqs.flatMap((r, ord) => r.meterIds.map((id) => [ord, id] as const));
  const rows = await sql.query<{
    ord: number;
    meterId: number | null;
    status: MeterStatus;
    blockedReason: string | null;
    zones: TariffZone[];
    digits: number;
    unit: string;
    threshold: string | null;
    last: Record<string, string> | null;
  }>(
    `WITH req AS (SELECT * FROM unnest($1::int[], $2::int[]) WITH ORDINALITY AS r("accountId", "userId", ord)),
          want AS (SELECT * FROM unnest($3::int[], $4::int[]) AS w(ord, "meterId"))
     SELECT r.ord::int - 1 AS ord, m.id AS "meterId", m.status::text AS status, m."blockedReason", m.zones::text[] AS zones, m.digits, m.unit,
            m."overLimitThreshold"::text AS threshold,
            (SELECT json_object_agg(l.zone, l.value::text) FROM (${LAST_ACCEPTED.replace("ANY($1::int[])", "m.id")}) l) AS last
       FROM req r
       JOIN "Account" a ON a.id = r."accountId"
       LEFT JOIN want w ON w.ord = r.ord - 1
       LEFT JOIN "Meter" m ON m.id = w."meterId" AND m."accountId" = a.id
      WHERE r."userId" IS NULL OR EXISTS (SELECT 1 FROM "UserAccount" ua WHERE ua."accountId" = a.id AND ua."userId" = r."userId")`,
    [reqs.map((r) => r.accountId), reqs.map((r) => r.linkedUserId), wanted.map(([ord]) => ord), wanted.map(([, id]) => id)],
    { prepareAs: "readings-load-meters" },
  );
  const out: (Map<number, MeterForSubmit> | null)[] = reqs.map(() => null);
  for (const r of rows) {
    const meters = (out[r.ord] ??= new Map());
    if (r.meterId === null) continue;
    meters.set(r.meterId, {
      id: r.meterId,
      status: r.status,
      blockedReason: r.blockedReason,
      zones: r.zones,
      digits: r.digits,
      unit: r.unit,
      overLimitThreshold: r.threshold === null ? null : money(r.threshold),
      lastAccepted: new Map(Object.entries(r.last ?? {}).map(([zone, value]) => [zone as TariffZone, money(value)])),
    });
  }
  return out;
}

export interface NewReading {
  meterId: number;
  zone: TariffZone;
  value: Money;
}

export interface SaveSubmission {
  meterIds: number[];
  readings: NewReading[];
  period: string; // YYYY-MM-DD
  source: string;
  submissionId: string;
  submittedAt: Date;
  userId: number | null;
  apiKeyId: number | null;
}

export type SaveResult =
  | { ok: true; ids: number[] }
  /** A zone went below a value accepted after the caller's checks (the period close ran). */
  | { ok: false; index: number; lastAccepted: Money };

/**
 * Saves one submission, all its rows or none: the period's earlier live submission of these
 * meters is superseded and the new rows inserted, unless a value is below the zone's last
 * accepted one. Two submissions racing for a meter collide on the one-live-submission index;
 * the loser runs again and supersedes the winner.
 */
export function saveSubmission(sql: SqlRunner, s: SaveSubmission): Promise<SaveResult> {
  return batchersOf(sql).save(s);
}

/**
 * A batch is written in rounds in which no meter appears twice (a statement cannot supersede
 * rows it inserts itself). When a round collides with another writer (another batch, another
 * replica) its statement changes nothing, and each of its submissions is saved on its own.
 */
async function saveBatch(sql: SqlRunner, subs: SaveSubmission[]): Promise<SaveResult[]> {
  const out: SaveResult[] = new Array(subs.length);
  let pending = subs.map((_, i) => i);
  while (pending.length) {
    const round: number[] = [];
    const later: number[] = [];
    const taken = new Set<number>();
    for (const i of pending) {
      if (subs[i]!.meterIds.some((m) => taken.has(m))) later.push(i);
      else round.push(i), subs[i]!.meterIds.forEach((m) => taken.add(m));
    }
    try {
      const results = await saveRound(
        sql,
        round.map((i) => subs[i]!),
      );
      round.forEach((i, k) => (out[i] = results[k]!));
    } catch (err) {
      if (!isConflict(err)) throw err;
      for (const i of round) out[i] = await saveAlone(sql, subs[i]!);
    }
    pending = later;
  }
  return out;
}

async function saveAlone(sql: SqlRunner, s: SaveSubmission): Promise<SaveResult> {
  for (let attempt = 1; ; attempt++) {
    try {
      return (await saveRound(sql, [s]))[0]!;
    } catch (err) {
      if (!isConflict(err) || attempt >= 5) throw err;
    }
  }
}

const isConflict = (err: unknown) => isUniqueViolation(err) || isDeadlock(err);

/** One statement for submissions that name distinct meters. */
async function saveRound(sql: SqlRunner, subs: SaveSubmission[]): Promise<SaveResult[]> {
  const rows = subs.flatMap((s, sub) => s.readings.map((r) => ({ sub, s, r })));
  const result = await sql.query<{ sub: number; id: number | null; meterId: number | null; zone: string | null; ord: number | null; accepted: string | null }>(
    `WITH input AS (
       SELECT * FROM unnest($2::int[], $3::int[], $4::text[], $5::numeric[], $6::date[], $7::text[], $8::text[], $9::timestamp(3)[], $10::int[], $11::int[])
                WITH ORDINALITY AS i(sub, "meterId", zone, value, period, source, "submissionId", "submittedAt", "userId", "apiKeyId", ord)
     ),
     last AS (${LAST_ACCEPTED}),
     below AS (
       SELECT DISTINCT ON (i.sub) i.sub, i.ord, l.value
         FROM input i JOIN last l ON l."meterId" = i."meterId" AND l.zone = i.zone
        WHERE i.value < l.value
        ORDER BY i.sub, i.ord
     ),
     go AS (SELECT * FROM input WHERE sub NOT IN (SELECT sub FROM below)),
     superseded AS (
       UPDATE "MeterReading" r SET status = 'SUPERSEDED'
         FROM (SELECT DISTINCT "meterId", period FROM go) g
        WHERE r."meterId" = g."meterId" AND r.period = g.period AND r.status = 'SUBMITTED'
       RETURNING 1
     ),
     inserted AS (
       -- Reading superseded's count makes the update run before the first insert.
       INSERT INTO "MeterReading" ("meterId", zone, period, value, source, status, "submissionId", "submittedAt", "submittedByUserId", "apiKeyId")
       SELECT g."meterId", g.zone::"TariffZone", g.period, g.value, g.source::"ReadingSource", 'SUBMITTED', g."submissionId", g."submittedAt", g."userId", g."apiKeyId"
         FROM go g, (SELECT count(*) FROM superseded) done
       RETURNING id, "meterId", zone::text AS zone
     )
     SELECT NULL::int AS sub, id, "meterId", zone, NULL::int AS ord, NULL::text AS accepted FROM inserted
     UNION ALL
     SELECT sub, NULL, NULL, NULL, ord::int, value::text FROM below`,
    [
      [...new Set(subs.flatMap((s) => s.meterIds))].sort((a, b) => a - b),
      rows.map((x) => x.sub),
      rows.map((x) => x.r.meterId),
      rows.map((x) => x.r.zone),
      rows.map((x) => x.r.value.toString()),
      rows.map((x) => x.s.period),
      rows.map((x) => x.s.source),
      rows.map((x) => x.s.submissionId),
      rows.map((x) => x.s.submittedAt.toISOString()),
      rows.map((x) => x.s.userId),
      rows.map((x) => x.s.apiKeyId),
    ],
    { prepareAs: "readings-save" },
  );
  const ids = new Map<string, number>();
  const refused = new Map<number, SaveResult>();
  for (const r of result) {
    if (r.id !== null) ids.set(`${r.meterId}:${r.zone}`, r.id);
    else {
      const first = rows.findIndex((x) => x.sub === r.sub);
      refused.set(r.sub!, { ok: false, index: r.ord! - 1 - first, lastAccepted: money(r.accepted!) });
    }
  }
  return subs.map((s, sub) => refused.get(sub) ?? { ok: true, ids: s.readings.map((r) => ids.get(`${r.meterId}:${r.zone}`)!) });
}

// One pair of batchers per database: a batch's statements run on that database's pool.
// Two batches at once: one in the database while the next fills (measured: one starves, four adds no rate).
const BATCH = { maxBatch: 64, maxInFlight: 2 };
const perDatabase = new WeakMap<
  SqlRunner,
  { load: (r: LoadRequest) => Promise<Map<number, MeterForSubmit> | null>; save: (s: SaveSubmission) => Promise<SaveResult> }
>();
function batchersOf(sql: SqlRunner) {
  let b = perDatabase.get(sql);
  if (!b) {
    b = { load: batcher((reqs) => loadBatch(sql, reqs), BATCH), save: batcher((subs) => saveBatch(sql, subs), BATCH) };
    perDatabase.set(sql, b);
  }
  return b;
}
