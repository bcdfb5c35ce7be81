// The SQL of the period close: a handful of set-based statements over all accounts at once
// (temp tables inside the close's transaction), so 100 000 accounts cost seconds, not one
// round trip each. Values are inlined as typed literals built here from validated inputs.
//
// Per account, service and tariff zone of the period:
//   volume   METER: Σ over the service's meters (current accepted − previous accepted reading)
//                   × transformation ratio × (1 + losses %); sewerage follows the water meters.
//            NORM:  when any meter of the service lacks a reading (or failed, or its unit differs):
//                   norm × residents (or m²), one line at the single-rate tariff.
//            FIXED: ТКО per resident, capital repair per m² (norm, default 1, × base).
//   charged  = round(volume × tariff, 2)
//   recalculation: after months billed by the norm, the first metered month bills the whole
//            metered volume and reverses those norm charges (п. 61 Правил № 354).
//   paid     = the period's successful payments to the line's supplier, spread over its lines in
//            service order: first their opening debt (the oldest), then this month's bill; the
//            rest (an overpayment) on the last line.
//   penalty  = overdue × key rate × days / 300, overdue = opening − last month's bill − paid −
//            the penalties still unpaid (no penalty on penalty); debt settled within the month
//            draws none (whole months, as in the seed).
//   closing  = opening + charged − paid + recalculation + penalty; opening = last closing.
//   inputs   = what each line was computed from (charge-inputs.ts), written with it (its JSON is
//            built at the INSERT, not carried through the windows: wide rows there cost seconds).
import type { NormRow } from "./norm-table.js";

export interface CloseSqlParams {
  period: Date;
  /** Instants (UTC) of the period's local start and end: payments between them are its own. */
  from: Date;
  to: Date;
  now: Date;
  /** Key rate as a fraction, e.g. "0.095". */
  penaltyRate: string;
  dueDate: Date;
  norms: NormRow[];
  normStoves: string[];
}

const day = (d: Date) => `DATE '${d.toISOString().slice(0, 10)}'`;
const ts = (d: Date) => `TIMESTAMP '${d.toISOString().replace("T", " ").replace("Z", "")}'`;
const text = (s: string) => `'${s.replace(/'/g, "''")}'`;
function num(s: string): string {
  if (!/^-?\d+(\.\d+)?$/.test(s)) throw new Error(`not a number: ${s}`);
  return `${s}::numeric`;
}

export function closeSql(p: CloseSqlParams) {
  const P = day(p.period);
  const y = p.period.getUTCFullYear();
  const m = p.period.getUTCMonth();
  const prev = day(new Date(Date.UTC(y, m - 1, 1)));
  const last = day(new Date(Date.UTC(y, m + 1, 0)));
  const days = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  const stoveIn = p.normStoves.length ? `l.stove IN (${p.normStoves.map(text).join(", ")})` : "false";
  const yyyymm = p.period.toISOString().slice(0, 7).replace("-", "");

  return {
    /** The last submitted reading of each meter and zone is accepted — a control round's,
     *  an operator's correction's (a readings dispute) or removal's instead when there is one; the others of the period are superseded. */
    acceptReadings: `
WITH ranked AS (
  SELECT r.id, row_number() OVER (PARTITION BY r."meterId", r.zone
    ORDER BY (r.source IN ('CONTROL_ROUND', 'CONTROL_CORRECTION', 'REMOVAL')) DESC, r."submittedAt" DESC, r.id DESC) AS rn
  FROM "MeterReading" r
  WHERE r.period = ${P} AND r.status IN ('SUBMITTED', 'ACCEPTED')
), upd AS (
  UPDATE "MeterReading" r
  SET status = (CASE WHEN ranked.rn = 1 THEN 'ACCEPTED' ELSE 'SUPERSEDED' END)::"ReadingStatus",
      "acceptedAt" = CASE WHEN ranked.rn = 1 THEN coalesce(r."acceptedAt", ${ts(p.now)}) END
  FROM ranked WHERE r.id = ranked.id
  RETURNING r.status
)
SELECT (count(*) FILTER (WHERE status = 'ACCEPTED'))::int AS accepted, (count(*) FILTER (WHERE status = 'SUPERSEDED'))::int AS superseded FROM upd`,

    prepare: [
      `SET LOCAL work_mem TO '64MB'`,
      // Billed services of open accounts, one row per tariff zone.
      `CREATE TEMP TABLE _bc_line ON COMMIT DROP AS
SELECT asv."accountId" AS account_id, s.id AS service_id, s."supplierId" AS supplier_id, s.resource, s.unit,
  s."normBasis" AS norm_basis, s."sortOrder" AS sort_order, z.zone, z.ord,
  asv."lossesPercent" AS losses, asv."transformationRatio" AS ratio,
  a.residents, a.rooms, a."stoveType" AS stove, a."totalArea" AS area
FROM "AccountService" asv
JOIN "Account" a ON a.id = asv."accountId"
JOIN "Service" s ON s.id = asv."serviceId"
CROSS JOIN LATERAL unnest(CASE WHEN cardinality(asv.zones) = 0 THEN ARRAY['ALL_DAY']::"TariffZone"[] ELSE asv.zones END)
  WITH ORDINALITY AS z(zone, ord)
WHERE asv.since <= ${last} AND (asv.until IS NULL OR asv.until >= ${P})
  AND a."openedAt" < ${ts(p.to)} AND (a."closedAt" IS NULL OR a."closedAt" >= ${ts(p.from)})`,
      `CREATE INDEX ON _bc_line (account_id, service_id, zone)`,
      `ANALYZE _bc_line`,
      // Each usable meter and zone with this period's accepted reading and the one before.
      `CREATE TEMP TABLE _bc_meter ON COMMIT DROP AS
SELECT m."accountId" AS account_id, m."serviceId" AS service_id, m.resource, m.unit, z.zone, m.number,
  cur.value AS cur_value, cur."submittedAt" AS cur_at, cur.source AS cur_source,
  prev.value AS prev_value, prev.period AS prev_period, prev."submittedAt" AS prev_at, prev.source AS prev_source
FROM "Meter" m
CROSS JOIN LATERAL unnest(m.zones) AS z(zone)
LEFT JOIN "MeterReading" cur ON cur."meterId" = m.id AND cur.zone = z.zone AND cur.period = ${P} AND cur.status = 'ACCEPTED'
LEFT JOIN LATERAL (
  SELECT r.value, r.period, r."submittedAt", r.source FROM "MeterReading" r
  WHERE r."meterId" = m.id AND r.zone = z.zone AND r.status = 'ACCEPTED' AND r.period < ${P}
  ORDER BY r.period DESC, r."submittedAt" DESC LIMIT 1
) AS prev ON true
WHERE m."installedAt" <= ${last} AND (m.status = 'ACTIVE' OR m."removedAt" >= ${P})`,
      `CREATE INDEX ON _bc_meter (account_id)`,
      `ANALYZE _bc_meter`,
      `CREATE TEMP TABLE _bc_metered ON COMMIT DROP AS
SELECT l.account_id, l.service_id, l.zone, count(*) AS meters,
  count(*) FILTER (WHERE mz.cur_value >= mz.prev_value) AS usable,
  sum(mz.cur_value - mz.prev_value) AS delta, min(mz.prev_period) AS since_period,
  jsonb_agg(jsonb_build_object('meter', mz.number, 'prev', mz.prev_value::text, 'prevPeriod', mz.prev_period, 'prevAt', mz.prev_at,
    'prevSource', mz.prev_source, 'cur', mz.cur_value::text, 'curAt', mz.cur_at, 'curSource', mz.cur_source) ORDER BY mz.number) AS readings
FROM _bc_line l
JOIN _bc_meter mz ON mz.account_id = l.account_id AND mz.zone = l.zone AND mz.unit = l.unit
  AND (mz.service_id = l.service_id OR (l.resource = 'WASTEWATER' AND mz.resource IN ('COLD_WATER', 'HOT_WATER')))
GROUP BY l.account_id, l.service_id, l.zone`,
      // A service is billed by its meters only when every zone of every meter has both readings.
      `CREATE TEMP TABLE _bc_svc ON COMMIT DROP AS
SELECT l.account_id, l.service_id,
  bool_and(coalesce(md.usable = md.meters, false)) AND l.resource NOT IN ('SOLID_WASTE', 'CAPITAL_REPAIR') AS metered,
  min(md.since_period) AS since_period, coalesce(sum(md.meters), 0) AS meters
FROM _bc_line l
LEFT JOIN _bc_metered md ON md.account_id = l.account_id AND md.service_id = l.service_id AND md.zone = l.zone
GROUP BY l.account_id, l.service_id, l.resource`,
      `CREATE INDEX ON _bc_svc (account_id, service_id)`,
      `CREATE TEMP TABLE _bc_tariff ON COMMIT DROP AS
SELECT DISTINCT ON (t."serviceId", t.zone) t."serviceId" AS service_id, t.zone, t.rate, t."validFrom" AS valid_from, t."validTo" AS valid_to
FROM "Tariff" t
WHERE t."validFrom" <= ${P} AND (t."validTo" IS NULL OR t."validTo" >= ${P})
ORDER BY t."serviceId", t.zone, t."validFrom" DESC, t.id DESC`,
      `CREATE TEMP TABLE _bc_norm (service_id int, rooms int, residents int, stove text, value numeric) ON COMMIT DROP`,
      ...(p.norms.length
        ? [
            `INSERT INTO _bc_norm VALUES ${p.norms
              .map((n) => `(${n.serviceId}, ${n.rooms}, ${n.residents}, ${n.stove === null ? "NULL" : text(n.stove)}, ${num(n.value.toString())})`)
              .join(", ")}`,
          ]
        : []),
      // Charge lines with method, norm, volume and tariff (volume or tariff null: not priced),
      // and what they came from: readings, the tariff's zone and validity, the norm's base.
      `CREATE TEMP TABLE _bc_calc ON COMMIT DROP AS
SELECT l.account_id, l.service_id, l.supplier_id, l.sort_order, l.zone, 'METER'::"ChargeMethod" AS method, NULL::numeric AS norm,
  round(md.delta * coalesce(l.ratio, 1) * (1 + coalesce(l.losses, 0) / 100), 3) AS volume,
  t.rate AS tariff, l.losses, l.ratio, sv.since_period,
  md.readings, t.zone AS tariff_zone, t.valid_from AS tariff_from, t.valid_to AS tariff_to,
  NULL::jsonb AS norm_inputs
FROM _bc_line l
JOIN _bc_svc sv ON sv.account_id = l.account_id AND sv.service_id = l.service_id AND sv.metered
JOIN _bc_metered md ON md.account_id = l.account_id AND md.service_id = l.service_id AND md.zone = l.zone
LEFT JOIN _bc_tariff t ON t.service_id = l.service_id AND t.zone = l.zone
UNION ALL
SELECT x.account_id, x.service_id, x.supplier_id, x.sort_order, 'ALL_DAY'::"TariffZone", x.method,
  CASE WHEN x.method = 'NORM' THEN x.norm END, round(x.quantity * x.base, 3), x.tariff, x.losses, x.ratio, NULL::date,
  NULL::jsonb, x.tariff_zone, x.tariff_from, x.tariff_to,
  jsonb_build_object('quantity', x.quantity::text, 'basis', x.norm_basis, 'base', x.base::text, 'residents', x.residents, 'rooms', x.rooms,
    'area', x.area::text, 'stove', x.stove, 'meters', x.meters)
FROM (
  SELECT DISTINCT ON (l.account_id, l.service_id) l.*,
    (CASE WHEN l.resource IN ('SOLID_WASTE', 'CAPITAL_REPAIR') THEN 'FIXED' ELSE 'NORM' END)::"ChargeMethod" AS method,
    n.value AS norm,
    CASE WHEN l.resource IN ('SOLID_WASTE', 'CAPITAL_REPAIR') THEN coalesce(n.value, 1) ELSE n.value END AS quantity,
    CASE l.norm_basis WHEN 'PER_AREA' THEN coalesce(l.area, 0) WHEN 'PER_RESIDENT' THEN l.residents::numeric ELSE 1 END AS base,
    t.rate AS tariff, t.zone AS tariff_zone, t.valid_from AS tariff_from, t.valid_to AS tariff_to, sv.meters
  FROM _bc_line l
  JOIN _bc_svc sv ON sv.account_id = l.account_id AND sv.service_id = l.service_id AND NOT sv.metered
  LEFT JOIN LATERAL (SELECT t.* FROM _bc_tariff t WHERE t.service_id = l.service_id AND t.zone IN ('ALL_DAY', l.zone)
      ORDER BY t.zone = 'ALL_DAY' DESC LIMIT 1) AS t ON true
  LEFT JOIN _bc_norm n ON n.service_id = l.service_id AND n.rooms = greatest(least(coalesce(l.rooms, 1), 4), 0)
    AND n.residents = least(greatest(l.residents, 1), 5) AND n.stove IS NOT DISTINCT FROM (CASE WHEN ${stoveIn} THEN l.stove END)
  ORDER BY l.account_id, l.service_id, l.ord
) AS x`,
    ],

    /** Lines that cannot be priced (no norm or no tariff in force): reported, not billed. */
    unpriced: `WITH gone AS (DELETE FROM _bc_calc WHERE volume IS NULL OR tariff IS NULL RETURNING 1) SELECT count(*)::int AS n FROM gone`,

    finish: [
      `CREATE TEMP TABLE _bc_prev ON COMMIT DROP AS
SELECT c."accountId" AS account_id, c."serviceId" AS service_id, c.zone, c."supplierId" AS supplier_id, c."closingBalance" AS closing,
  c.charged, c.recalculation, c.method, c."lossesPercent" AS losses, c."transformationRatio" AS ratio
FROM "Charge" c WHERE c.period = ${prev}`,
      `CREATE INDEX ON _bc_prev (account_id, service_id, zone)`,
      `ANALYZE _bc_prev`,
      `CREATE INDEX ON _bc_calc (account_id, service_id, zone)`,
      // A balance left on a line that is no longer billed stays on the books as its own line.
      `INSERT INTO _bc_calc (account_id, service_id, supplier_id, sort_order, zone, method, norm, volume, tariff, losses, ratio, since_period)
SELECT p.account_id, p.service_id, p.supplier_id, s."sortOrder", p.zone, p.method, NULL, NULL, NULL, p.losses, p.ratio, NULL
FROM _bc_prev p JOIN "Service" s ON s.id = p.service_id
WHERE p.closing <> 0
  AND NOT EXISTS (SELECT 1 FROM _bc_calc c WHERE c.account_id = p.account_id AND c.service_id = p.service_id AND c.zone = p.zone)`,
      `ANALYZE _bc_calc`,
      // Norm charges of the months a meter went unread, reversed on its first metered month.
      `CREATE TEMP TABLE _bc_recalc ON COMMIT DROP AS
SELECT g.account_id, g.service_id, g.zone, -sum(c.charged) AS amount, min(g.since_period) AS since_period,
  jsonb_agg(jsonb_build_object('period', c.period, 'amount', c.charged::text) ORDER BY c.period) AS months
FROM (
  SELECT account_id, service_id, min(zone) AS zone, min(since_period) AS since_period
  FROM _bc_calc WHERE method = 'METER' AND since_period < ${prev}
  GROUP BY account_id, service_id
) AS g
JOIN "Charge" c ON c."accountId" = g.account_id AND c."serviceId" = g.service_id
  AND c.period > g.since_period AND c.period < ${P} AND c.method = 'NORM'
GROUP BY g.account_id, g.service_id, g.zone`,
      // The payments this close books: every successful one made before the period ended that
      // no close has booked yet — including one the bank confirmed after its own month closed.
      `CREATE TEMP TABLE _bc_pm ON COMMIT DROP AS
SELECT p.id, p."accountId" AS account_id, p.amount, p."paidAt" AS paid_at FROM "Payment" p
WHERE p.status = 'SUCCEEDED' AND p.purpose <> 'CARD_VERIFICATION' AND p."billedPeriod" IS NULL AND p."paidAt" < ${ts(p.to)}`,
      `UPDATE "Payment" SET "billedPeriod" = ${P} WHERE id IN (SELECT id FROM _bc_pm)`,
      // Payments per supplier; a payment without items goes to the account's retailer line (or
      // its first line).
      `CREATE TEMP TABLE _bc_pay ON COMMIT DROP AS
WITH pm AS (SELECT * FROM _bc_pm), parts AS (
  SELECT pi."accountId" AS account_id, pi."supplierId" AS supplier_id, pi.amount, pm.id, pm.paid_at
  FROM pm JOIN "PaymentItem" pi ON pi."paymentId" = pm.id
  UNION ALL
  SELECT pm.account_id, (
    SELECT c.supplier_id FROM _bc_calc c JOIN "Supplier" su ON su.id = c.supplier_id
    WHERE c.account_id = pm.account_id ORDER BY (su.kind = 'RETAILER') DESC, c.sort_order, c.service_id, c.zone LIMIT 1
  ), pm.amount, pm.id, pm.paid_at
  FROM pm WHERE NOT EXISTS (SELECT 1 FROM "PaymentItem" pi WHERE pi."paymentId" = pm.id)
)
SELECT account_id, supplier_id, sum(amount) AS amount,
  jsonb_agg(jsonb_build_object('id', id, 'at', paid_at, 'amount', amount::text) ORDER BY paid_at, id) AS payments
FROM parts GROUP BY account_id, supplier_id`,
      `CREATE TEMP TABLE _bc_final ON COMMIT DROP AS
WITH b AS (
  -- Scalars only through the windows below; the inputs' JSON joins in at the INSERT.
  SELECT c.account_id, c.service_id, c.supplier_id, c.sort_order, c.zone, c.method, c.norm, c.volume, c.tariff, c.losses, c.ratio,
    coalesce(pv.closing, 0) AS opening, coalesce(pv.charged, 0) AS prev_charged, coalesce(pv.recalculation, 0) AS prev_recalc,
    CASE WHEN c.volume IS NULL THEN 0 ELSE round(c.volume * c.tariff, 2) END AS charged,
    coalesce(rc.amount, 0) AS recalculation
  FROM _bc_calc c
  LEFT JOIN _bc_prev pv ON pv.account_id = c.account_id AND pv.service_id = c.service_id AND pv.zone = c.zone
  LEFT JOIN _bc_recalc rc ON rc.account_id = c.account_id AND rc.service_id = c.service_id AND rc.zone = c.zone
), d AS (
  SELECT b.*, coalesce(py.amount, 0) AS supplier_paid, greatest(b.opening + b.charged + b.recalculation, 0) AS due
  FROM b LEFT JOIN _bc_pay py ON py.account_id = b.account_id AND py.supplier_id = b.supplier_id
), s AS (
  SELECT d.*, least(greatest(d.opening, 0), d.due) AS due_old, d.due - least(greatest(d.opening, 0), d.due) AS due_new FROM d
), a AS (
  SELECT s.*,
    coalesce(sum(s.due_old) OVER (PARTITION BY s.account_id, s.supplier_id ORDER BY s.sort_order, s.service_id, s.zone
      ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS old_before,
    coalesce(sum(s.due_new) OVER (PARTITION BY s.account_id, s.supplier_id ORDER BY s.sort_order, s.service_id, s.zone
      ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS new_before,
    sum(s.due_old) OVER (PARTITION BY s.account_id, s.supplier_id) AS old_total,
    sum(s.due_new) OVER (PARTITION BY s.account_id, s.supplier_id) AS new_total,
    row_number() OVER (PARTITION BY s.account_id, s.supplier_id ORDER BY s.sort_order DESC, s.service_id DESC, s.zone DESC) AS from_end
  FROM s
), paid AS (
  -- The oldest debt first (all lines' opening debt), then this month's bill, the rest overpaid.
  SELECT a.*, least(greatest(a.supplier_paid - a.old_before, 0), a.due_old)
    + least(greatest(greatest(a.supplier_paid - a.old_total, 0) - a.new_before, 0), a.due_new)
    + CASE WHEN a.from_end = 1 THEN greatest(a.supplier_paid - a.old_total - a.new_total, 0) ELSE 0 END AS paid
  FROM a
), overdue AS (
  SELECT paid.*, greatest(paid.opening - paid.prev_charged - paid.prev_recalc - paid.paid, 0) AS overdue0 FROM paid
), pen AS (
  SELECT o.*, pb.base AS penalty_base, run.unpaid AS unpaid_penalty,
    CASE WHEN o.overdue0 > 0 THEN round(pb.base * ${num(p.penaltyRate)} * ${days} / 300, 2) ELSE 0 END AS penalty
  FROM overdue o
  LEFT JOIN LATERAL (
    -- Penalties accrued since the line was last settled: still unpaid (payments go to the debt first).
    SELECT sum(c.penalty) AS unpaid FROM "Charge" c
    WHERE o.overdue0 > 0 AND c."accountId" = o.account_id AND c."serviceId" = o.service_id AND c.zone = o.zone AND c.period < ${P}
      AND c.period > coalesce((SELECT max(s.period) FROM "Charge" s WHERE s."accountId" = o.account_id AND s."serviceId" = o.service_id
        AND s.zone = o.zone AND s.period < ${P} AND s."closingBalance" <= 0), DATE '1900-01-01')
  ) AS run ON true
  CROSS JOIN LATERAL (SELECT greatest(o.overdue0 - least(o.opening, coalesce(run.unpaid, 0)), 0) AS base) AS pb
)
SELECT account_id, service_id, supplier_id, zone, method, norm, volume, tariff, losses, ratio, opening, charged, paid, recalculation, penalty,
  opening + charged - paid + recalculation + penalty AS closing, supplier_paid, overdue0, penalty_base, unpaid_penalty
FROM pen`,
      `INSERT INTO "Charge" ("accountId", "serviceId", "supplierId", "period", "zone", "lossesPercent", "transformationRatio", "openingBalance",
  "method", "norm", "volume", "tariff", "charged", "paid", "recalculation", "penalty", "closingBalance", "inputs")
SELECT f.account_id, f.service_id, f.supplier_id, ${P}, f.zone, f.losses, f.ratio, f.opening, f.method, f.norm, f.volume, f.tariff,
  f.charged, f.paid, f.recalculation, f.penalty, f.closing,
  -- The line's inputs (charge-inputs.ts, v 1) beside its own columns; numbers as text, exact.
  jsonb_strip_nulls(jsonb_build_object('v', 1, 'readings', c.readings, 'normBase', c.norm_inputs,
    'tariff', CASE WHEN f.tariff IS NOT NULL THEN jsonb_build_object('rate', f.tariff::text, 'zone', c.tariff_zone, 'from', c.tariff_from, 'to', c.tariff_to) END,
    'recalculation', CASE WHEN rc.months IS NOT NULL THEN jsonb_build_object('reason', 'NORM_REVERSED', 'since', rc.since_period, 'months', rc.months) END,
    'penalty', CASE WHEN f.overdue0 > 0 THEN jsonb_build_object('overdue', f.overdue0::text, 'unpaidPenalty', f.unpaid_penalty::text,
      'base', f.penalty_base::text, 'days', ${days}, 'rate', ${text(p.penaltyRate)}) END,
    'payments', CASE WHEN f.supplier_paid <> 0 THEN jsonb_build_object('supplierTotal', f.supplier_paid::text, 'list', py.payments) END))
FROM _bc_final f
LEFT JOIN _bc_calc c ON c.account_id = f.account_id AND c.service_id = f.service_id AND c.zone = f.zone
LEFT JOIN _bc_recalc rc ON rc.account_id = f.account_id AND rc.service_id = f.service_id AND rc.zone = f.zone
LEFT JOIN _bc_pay py ON py.account_id = f.account_id AND py.supplier_id = f.supplier_id`,
      `INSERT INTO "Invoice" ("accountId", "period", "number", "issuedAt", "dueDate", "totalCharged", "totalDue", "penalty")
SELECT f.account_id, ${P}, a.number || '-${yyyymm}', ${ts(p.now)}, ${day(p.dueDate)}, sum(f.charged), sum(f.closing), sum(f.penalty)
FROM _bc_final f JOIN "Account" a ON a.id = f.account_id
GROUP BY f.account_id, a.number`,
    ],

    summary: `SELECT count(DISTINCT account_id)::int AS accounts, count(*)::int AS lines,
  (count(*) FILTER (WHERE method = 'METER' AND volume IS NOT NULL))::int AS metered,
  (count(*) FILTER (WHERE method = 'NORM' AND volume IS NOT NULL))::int AS by_norm,
  (count(*) FILTER (WHERE method = 'FIXED' AND volume IS NOT NULL))::int AS fixed,
  coalesce(sum(charged), 0)::text AS charged, coalesce(sum(paid), 0)::text AS paid,
  coalesce(sum(recalculation), 0)::text AS recalculation, coalesce(sum(penalty), 0)::text AS penalty,
  coalesce(sum(closing), 0)::text AS closing
FROM _bc_final`,

    /** Payments to a supplier the account has no line with: kept out of the books, reported. */
    unallocated: `SELECT count(*)::int AS n, coalesce(sum(py.amount), 0)::text AS amount FROM _bc_pay py
WHERE NOT EXISTS (SELECT 1 FROM _bc_final f WHERE f.account_id = py.account_id AND f.supplier_id IS NOT DISTINCT FROM py.supplier_id)`,

    markClosed: (closedBy: string) => `INSERT INTO "BillingPeriod" ("period", "status", "startedAt", "closedAt", "closedBy")
VALUES (${P}, 'CLOSED', ${ts(p.now)}, ${ts(p.now)}, ${text(closedBy)})
ON CONFLICT ("period") DO UPDATE SET status = 'CLOSED', "startedAt" = coalesce("BillingPeriod"."startedAt", EXCLUDED."startedAt"),
  "closedAt" = EXCLUDED."closedAt", "closedBy" = EXCLUDED."closedBy"`,
  };
}
