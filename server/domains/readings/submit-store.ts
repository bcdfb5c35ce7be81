// The SQL of a readings submission. It is the busiest write of the portal (every partner
// system's meters every month), so it talks to the database directly: one read, then one
// short transaction — lock the meters, recheck, supersede and insert.
import type { SqlQuery, SqlRunner } from "../../db/client.js";
import type { MeterStatus, TariffZone } from "../../db/generated/prisma/client.js";
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
  /** Runs under the meters' locks with the then-current accepted values; throw to abort. */
  recheck(lastAccepted: Map<string, Money>): void;
}

/** Saves one submission atomically; returns the new rows' ids in the order of `readings`. */
export async function saveSubmission(sql: SqlRunner, s: SaveSubmission): Promise<number[]> {
  return sql.transaction(async (query: SqlQuery) => {
    // Racing submissions for a meter queue here; each statement below then sees the winner's rows.
    await query(`SELECT id FROM "Meter" WHERE id = ANY($1::int[]) ORDER BY id FOR UPDATE`, [s.meterIds]);
    const current = await query<{ meterId: number; zone: string; value: string }>(LAST_ACCEPTED, [s.meterIds]);
    s.recheck(new Map(current.map((r) => [`${r.meterId}:${r.zone}`, money(r.value)])));
    // The period's earlier submission for these meters is replaced by this one, in one statement.
    const inserted = await query<{ id: number; meterId: number; zone: string }>(
      `WITH superseded AS (
         UPDATE "MeterReading" SET status = 'SUPERSEDED'
          WHERE "meterId" = ANY($1::int[]) AND period = $5::date AND status = 'SUBMITTED'
       )
       INSERT INTO "MeterReading" ("meterId", zone, period, value, source, status, "submissionId", "submittedAt", "submittedByUserId", "apiKeyId")
       SELECT i."meterId", i.zone::"TariffZone", $5::date, i.value, $6::"ReadingSource", 'SUBMITTED', $7, $8::timestamp(3), $9::int, $10::int
         FROM unnest($2::int[], $3::text[], $4::numeric[]) AS i("meterId", zone, value)
       RETURNING id, "meterId", zone::text AS zone`,
      [
        s.meterIds, s.readings.map((r) => r.meterId), s.readings.map((r) => r.zone), s.readings.map((r) => r.value.toString()),
        s.period, s.source, s.submissionId, s.submittedAt.toISOString(), s.userId, s.apiKeyId,
      ],
    );
    const ids = new Map(inserted.map((r) => [`${r.meterId}:${r.zone}`, r.id]));
    return s.readings.map((r) => ids.get(`${r.meterId}:${r.zone}`)!);
  });
}
