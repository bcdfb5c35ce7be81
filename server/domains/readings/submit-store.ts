// The SQL of a readings submission. It is the busiest write of the portal (every partner
// system's meters every month), so it talks to the database directly: one statement to read,
// one to write.
import type { SqlRunner } from "../../db/client.js";
import type { MeterStatus, TariffZone } from "../../db/generated/prisma/client.js";
import { isUniqueViolation } from "../../shared/db-errors.js";
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
  SELECT DISTINCT ON ("meterId", zone) "meterId", zone::text AS zone, value::text AS value
    FROM "MeterReading"
   WHERE "meterId" = ANY($1::int[]) AND status = 'ACCEPTED'
   ORDER BY "meterId", zone, period DESC, "submittedAt" DESC`;

/**
 * The named meters of the account with their last accepted values, or null when the account
 * does not exist or — with `linkedUserId` — is not linked to that customer (a guessed ID of
 * someone else's account reads exactly like a missing one).
 */
export async function loadMetersForSubmit(
  sql: SqlRunner,
  accountId: number,
  meterIds: number[],
  linkedUserId: number | null,
): Promise<Map<number, MeterForSubmit> | null> {
  const rows = await sql.query<{
    meterId: number | null; status: MeterStatus; blockedReason: string | null; zones: TariffZone[]; digits: number; unit: string;
    threshold: string | null; last: Record<string, string> | null;
  }>(
    `SELECT m.id AS "meterId", m.status::text AS status, m."blockedReason", m.zones::text[] AS zones, m.digits, m.unit,
            m."overLimitThreshold"::text AS threshold,
            (SELECT json_object_agg(l.zone, l.value) FROM (${LAST_ACCEPTED.replace("ANY($1::int[])", "m.id")}) l) AS last
       FROM "Account" a
       LEFT JOIN "Meter" m ON m."accountId" = a.id AND m.id = ANY($2::int[])
      WHERE a.id = $1
        AND ($3::int IS NULL OR EXISTS (SELECT 1 FROM "UserAccount" ua WHERE ua."accountId" = a.id AND ua."userId" = $3))`,
    [accountId, meterIds, linkedUserId],
    { prepareAs: "readings-load-meters" },
  );
  if (!rows.length) return null;
  const meters = new Map<number, MeterForSubmit>();
  for (const r of rows) {
    if (r.meterId === null) continue;
    meters.set(r.meterId, {
      id: r.meterId, status: r.status, blockedReason: r.blockedReason, zones: r.zones, digits: r.digits, unit: r.unit,
      overLimitThreshold: r.threshold === null ? null : money(r.threshold),
      lastAccepted: new Map(Object.entries(r.last ?? {}).map(([zone, value]) => [zone as TariffZone, money(value)])),
    });
  }
  return meters;
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
 * Saves one submission in one statement: the period's earlier live submission of these meters
 * is superseded and the new rows inserted, unless a value is below the zone's last accepted one.
 * Two submissions racing for a meter collide on the one-live-submission index; the loser runs
 * again and supersedes the winner.
 */
export async function saveSubmission(sql: SqlRunner, s: SaveSubmission): Promise<SaveResult> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await saveOnce(sql, s);
    } catch (err) {
      if (!isUniqueViolation(err) || attempt >= 5) throw err;
    }
  }
}

async function saveOnce(sql: SqlRunner, s: SaveSubmission): Promise<SaveResult> {
  const rows = await sql.query<{ id: number | null; meterId: number | null; zone: string | null; ord: number | null; accepted: string | null }>(
    `WITH input AS (
       SELECT * FROM unnest($2::int[], $3::text[], $4::numeric[]) WITH ORDINALITY AS i("meterId", zone, value, ord)
     ),
     last AS (${LAST_ACCEPTED}),
     below AS (
       SELECT i.ord, l.value FROM input i JOIN last l ON l."meterId" = i."meterId" AND l.zone = i.zone WHERE i.value < l.value::numeric
     ),
     superseded AS (
       UPDATE "MeterReading" SET status = 'SUPERSEDED'
        WHERE "meterId" = ANY($1::int[]) AND period = $5::date AND status = 'SUBMITTED' AND NOT EXISTS (SELECT 1 FROM below)
       RETURNING 1
     ),
     inserted AS (
       -- Reading superseded's count makes the update run before the first insert.
       INSERT INTO "MeterReading" ("meterId", zone, period, value, source, status, "submissionId", "submittedAt", "submittedByUserId", "apiKeyId")
       SELECT i."meterId", i.zone::"TariffZone", $5::date, i.value, $6::"ReadingSource", 'SUBMITTED', $7, $8::timestamp(3), $9::int, $10::int
         FROM input i, (SELECT count(*) FROM superseded) done
        WHERE NOT EXISTS (SELECT 1 FROM below)
       RETURNING id, "meterId", zone::text AS zone
     )
     SELECT id, "meterId", zone, NULL::int AS ord, NULL::text AS accepted FROM inserted
     UNION ALL
     SELECT NULL, NULL, NULL, ord::int, value::text FROM below`,
    [
      s.meterIds, s.readings.map((r) => r.meterId), s.readings.map((r) => r.zone), s.readings.map((r) => r.value.toString()),
      s.period, s.source, s.submissionId, s.submittedAt.toISOString(), s.userId, s.apiKeyId,
    ],
    { prepareAs: "readings-save" },
  );
  const below = rows.find((r) => r.ord !== null);
  if (below) return { ok: false, index: below.ord! - 1, lastAccepted: money(below.accepted!) };
  const ids = new Map(rows.map((r) => [`${r.meterId}:${r.zone}`, r.id!]));
  return { ok: true, ids: s.readings.map((r) => ids.get(`${r.meterId}:${r.zone}`)!) };
}
