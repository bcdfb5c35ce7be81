// The «Уведомления» block of the home page (manual 6.1): an account whose debt covers two
// months or more gets a DEBT notice; once that is no longer so, the notice is resolved. "Two
// months or more" = the debt exceeds what the last billed month alone charged, i.e. an earlier
// month is unpaid too. Court-claim notices are the staff's and are left alone.
import type { Deps } from "../../context.js";
import { invalidate } from "../../shared/invalidation.js";
import { mailingDay } from "./calendar.js";
import { debtLateral } from "./debt.js";
import { LOCKS } from "../../db/locks.js";

export const DEBT_NOTICE_TEXT =
  "У Вас имеется задолженность за два и более месяца по оплате коммунальных услуг по лицевому счету %s. " +
  "Во избежание начисления пени и ограничения (приостановления) предоставления коммунальной услуги просим погасить задолженность в кратчайшие сроки.";

// $1..$2 account id range; $3 text; $4 now.
const STATEMENT = `
WITH state AS (
  SELECT a.id, a.number
    FROM "Account" a
    ${debtLateral("a.id")}
   WHERE a.id BETWEEN $1 AND $2 AND a."closedAt" IS NULL AND d.balance > 0 AND d.balance > d.charged
),
opened AS (
  INSERT INTO "AccountNotice" ("accountId", kind, text, "createdAt")
  SELECT s.id, 'DEBT', format($3, s.number), $4::timestamp(3)
    FROM state s
   WHERE NOT EXISTS (SELECT 1 FROM "AccountNotice" n WHERE n."accountId" = s.id AND n.kind = 'DEBT' AND n."resolvedAt" IS NULL)
  RETURNING 1
),
resolved AS (
  UPDATE "AccountNotice" n SET "resolvedAt" = $4::timestamp(3)
   WHERE n.kind = 'DEBT' AND n."resolvedAt" IS NULL AND n."accountId" BETWEEN $1 AND $2
     AND NOT EXISTS (SELECT 1 FROM state s WHERE s.id = n."accountId")
  RETURNING 1
)
SELECT (SELECT count(*) FROM opened)::int AS opened, (SELECT count(*) FROM resolved)::int AS resolved`;

export async function refreshDebtNotices(
  deps: Pick<Deps, "sql" | "clock" | "config"> & Partial<Pick<Deps, "pubsub">>,
  o: { chunk?: number } = {},
): Promise<{ opened: number; resolved: number }> {
  const day = mailingDay(deps.clock.now(), deps.config.timezone);
  const out = { opened: 0, resolved: 0 };
  const [range] = await deps.sql.query<{ lo: number | null; hi: number | null }>(`SELECT min(id) AS lo, max(id) AS hi FROM "Account"`);
  if (!range || range.lo === null || range.hi === null) return out;
  const chunk = o.chunk ?? 100_000;
  for (let lo = range.lo; lo <= range.hi; lo += chunk) {
    const [r] = await deps.sql.transaction(async (q) => {
      // Two runs at once (two replicas, a manual run) take turns per range and the second sees the
      // first's notices: AccountNotice has no unique key to lean on.
      await q(`SELECT pg_advisory_xact_lock(${LOCKS.debtNotices})`);
      await q("SET LOCAL jit = off"); // see dispatch.ts
      return q<{ opened: number; resolved: number }>(STATEMENT, [lo, lo + chunk - 1, DEBT_NOTICE_TEXT, day.at]);
    });
    out.opened += r?.opened ?? 0;
    out.resolved += r?.resolved ?? 0;
  }
  if (out.opened || out.resolved) await invalidate(deps, { all: true }); // «Уведомления» of the accounts touched
  return out;
}
