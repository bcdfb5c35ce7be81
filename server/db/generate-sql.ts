// The SQL of one generator batch: accounts k = lo..hi (number = base + k) with their services,
// meters, a year of readings, charges, payments and invoices — all INSERT … SELECT over
// generate_series, so the database does the work. Pseudo-randomness is hashint8 of the account's
// offset (or a meter id) and a salt: the same k always yields the same account.
//
// The batch is one multi-statement string: PostgreSQL (simple protocol) and PGlite both run it
// as one implicit transaction, so a batch is written whole or not at all, and the ON COMMIT DROP
// temp tables live exactly as long as the batch.
import {
  CITIES,
  FEMALE_NAMES,
  MALE_NAMES,
  ONE_ZONE_METER_MODELS,
  PATRONYMICS,
  PAYMENT_CHANNELS,
  SURNAMES,
  TWO_ZONE_METER_MODELS,
  WATER_METER_MODELS,
} from "./generate-vocabulary.js";
import { deriveChargeInputsSql } from "../domains/billing/charge-inputs-derive.js";

export interface BatchParams {
  /** Account number = base + k, zero-padded to 10 digits. */
  base: bigint;
  lo: number;
  hi: number;
  /** First of the 12 history periods and the baseline (the month before it), "YYYY-MM-DD". */
  first: string;
  baseline: string;
  /** The generator's clock, "YYYY-MM-DD HH:MM:SS.mmm" in UTC; nothing is dated after it. */
  now: string;
  officeId: number;
  /**
   * Skip foreign-key triggers for the batch (superusers only), as pg_restore --disable-triggers
   * does: the rows reference each other correctly by construction, and the checks are most of
   * the insert cost.
   */
  skipTriggers: boolean;
  serviceIds: Record<"ELECTRICITY" | "COLD_WATER" | "WASTEWATER" | "SOLID_WASTE" | "CAPITAL_REPAIR", number>;
}

const q = (s: string) => `'${s.replace(/'/g, "''")}'`;
const textArray = (items: string[]) => `ARRAY[${items.map(q).join(",")}]::text[]`;

/** Deterministic pseudo-random integer in [0, mod) from an integer SQL expression and a salt. */
export const h = (expr: string, salt: number, mod: number) => `((hashint8(((${expr})::bigint) * 64 + ${salt})::bigint + 2147483648) % ${mod})`;

/** One element of a literal array, chosen by a hash. */
const pick = (items: string[], expr: string, salt: number) => `(${textArray(items)})[1 + ${h(expr, salt, items.length)}]`;

function cityOf(k: string): string {
  let acc = 0;
  const branches = CITIES.slice(0, -1).map((c, i) => {
    acc += c.share;
    return `WHEN ${h(k, 3, 100)} < ${acc} THEN ${i}`;
  });
  return `CASE ${branches.join(" ")} ELSE ${CITIES.length - 1} END`;
}

const CITY_VALUES = CITIES.map((c, i) => `(${i}, ${q(c.name)}, ${c.postal}, ${c.postalCount}, ${textArray(c.streets)}, ${c.office})`).join(",\n    ");

/** Per-account attributes that later statements need again; all derive from k. */
const ACCOUNT_TRAITS = (k: string) => `
    (${h(k, 10, 3)} <> 0) AS two_zone,
    (${h(k, 11, 2)} = 0) AS water_meter,
    ${h(k, 20, 100)}::int AS pattern,
    (2 + ${h(k, 21, 4)})::int AS unpaid,
    ${h(k, 22, PAYMENT_CHANNELS.length)}::int AS channel`;

export function batchSql(p: BatchParams): string {
  const periods = `(SELECT t, (DATE ${q(p.first)} + make_interval(months => t - 1))::date AS period FROM generate_series(1, 12) AS t)`;
  const now = `TIMESTAMP ${q(p.now)}`;
  const s = p.serviceIds;

  return `
SET LOCAL synchronous_commit TO off;
SET LOCAL work_mem TO '128MB';
${p.skipTriggers ? "SET LOCAL session_replication_role TO replica;" : ""}

-- Accounts: owner, address and object. 12 % are private houses (ИЖС), the rest flats. Every
-- later statement works from these batch-local temp tables, never by scanning the growing
-- tables, so each batch costs the same however many accounts exist.
CREATE TEMP TABLE _gen_acc (
  id int PRIMARY KEY, number text, k bigint, residents int, rooms int, stove text, area numeric, building text,
  opened timestamp, two_zone boolean, water_meter boolean, pattern int, unpaid int, channel int
) ON COMMIT DROP;

WITH ins AS (
  INSERT INTO "Account" ("number", "ownerLastName", "ownerFirstName", "ownerMiddleName", "address", "objectType",
    "buildingType", "consumptionObject", "totalArea", "livingArea", "heatedArea", "rooms", "residents", "stoveType",
    "clientOfficeId", "openedAt")
  SELECT lpad((${p.base}::bigint + g.k)::text, 10, '0'),
    g.surname || CASE WHEN g.female THEN 'а' ELSE '' END,
    CASE WHEN g.female THEN ${pick(FEMALE_NAMES, "g.k", 4)} ELSE ${pick(MALE_NAMES, "g.k", 4)} END,
    CASE WHEN g.female THEN ${pick(
      PATRONYMICS.map((x) => x[1]),
      "g.k",
      5,
    )} ELSE ${pick(
      PATRONYMICS.map((x) => x[0]),
      "g.k",
      5,
    )} END,
    (city.postal + ${h("g.k", 6, 1000)} % city.postal_n)::text || ', ХМАО - Югра, ' || city.name || ', '
      || city.streets[1 + ${h("g.k", 7, 1000)} % array_length(city.streets, 1)] || ', д. ' || (1 + ${h("g.k", 8, 60)})::text
      || CASE WHEN g.house THEN '' ELSE ', кв. ' || (1 + ${h("g.k", 9, 180)})::text END,
    CASE WHEN g.house THEN 'Частный дом' ELSE 'Квартира' END,
    CASE WHEN g.house THEN 'ИЖС' ELSE 'МКД' END,
    CASE WHEN g.house THEN 'Жилой дом' ELSE 'Квартира' END,
    g.area, round(g.area * 0.62, 1), g.area, g.rooms,
    1 + ${h("g.k", 12, 100)} % (g.rooms + 1),
    CASE WHEN ${h("g.k", 13, 100)} < (CASE WHEN g.house THEN 30 ELSE 75 END) THEN 'Электрическая' ELSE 'Газовая' END,
    CASE WHEN city.office THEN ${p.officeId} END,
    TIMESTAMP '2010-01-11 04:00:00' + make_interval(days => ${h("g.k", 14, 4800)}::int)
  FROM (
    SELECT k, ${pick(SURNAMES, "k", 1)} AS surname, (${h("k", 2, 100)} < 48) AS female, house, rooms,
      CASE WHEN house THEN round(70 + ${h("k", 15, 9000)} / 100.0, 1) ELSE round(18 + rooms * 14.5 + ${h("k", 16, 1200)} / 100.0, 1) END AS area,
      ${cityOf("k")} AS city
    FROM (
      SELECT k, (${h("k", 17, 100)} < 12) AS house FROM generate_series(${p.lo}, ${p.hi}) AS k
    ) AS kk
    CROSS JOIN LATERAL (SELECT (CASE WHEN house THEN 3 + ${h("k", 18, 3)} ELSE 1 + ${h("k", 19, 4)} END)::int AS rooms) AS r
  ) AS g
  JOIN (VALUES
      ${CITY_VALUES}
    ) AS city(i, name, postal, postal_n, streets, office) ON city.i = g.city
  RETURNING id, "number", residents, rooms, "stoveType", "totalArea", "buildingType", "openedAt"
)
INSERT INTO _gen_acc
SELECT x.id, x.number, x.k, x.residents, x.rooms, x."stoveType", x."totalArea", x."buildingType", x."openedAt", ${ACCOUNT_TRAITS("x.k")}
FROM (SELECT ins.*, ins.number::bigint - ${p.base}::bigint AS k FROM ins) AS x;
ANALYZE _gen_acc;

-- Services: electricity (two zones when the meter is two-zone), water, sewerage, ТКО, and the
-- capital repair contribution for flats in МКД.
CREATE TEMP TABLE _gen_svc ON COMMIT DROP AS
SELECT ga.id AS account_id, sv.service_id, sv.zones, ga.opened::date AS since
FROM _gen_acc ga
CROSS JOIN LATERAL (VALUES
  (${s.ELECTRICITY}, CASE WHEN ga.two_zone THEN ARRAY['DAY', 'NIGHT'] ELSE ARRAY['ALL_DAY'] END::"TariffZone"[]),
  (${s.COLD_WATER}, ARRAY['ALL_DAY']::"TariffZone"[]),
  (${s.WASTEWATER}, ARRAY['ALL_DAY']::"TariffZone"[]),
  (${s.SOLID_WASTE}, ARRAY['ALL_DAY']::"TariffZone"[]),
  (${s.CAPITAL_REPAIR}, ARRAY['ALL_DAY']::"TariffZone"[])
) AS sv(service_id, zones)
WHERE sv.service_id <> ${s.CAPITAL_REPAIR} OR ga.building = 'МКД';
ANALYZE _gen_svc;

INSERT INTO "AccountService" ("accountId", "serviceId", "zones", "since")
SELECT account_id, service_id, zones, since FROM _gen_svc;

-- Meters: every account has an electricity meter; half also a cold water meter.
CREATE TEMP TABLE _gen_meter (id int PRIMARY KEY, account_id int, resource "Resource", zones "TariffZone"[]) ON COMMIT DROP;

WITH ins AS (
  INSERT INTO "Meter" ("accountId", "serviceId", "number", "model", "resource", "unit", "zones", "status",
    "nextVerificationDate", "overLimitThreshold", "digits", "installedAt")
  SELECT ga.id, ${s.ELECTRICITY}, lpad((10000000 + ${h("ga.k", 30, 89999999)})::text, 8, '0'),
    CASE WHEN ga.two_zone THEN ${pick(TWO_ZONE_METER_MODELS, "ga.k", 33)} ELSE ${pick(ONE_ZONE_METER_MODELS, "ga.k", 33)} END,
    'ELECTRICITY'::"Resource", 'кВт.ч'::text,
    CASE WHEN ga.two_zone THEN ARRAY['DAY', 'NIGHT'] ELSE ARRAY['ALL_DAY'] END::"TariffZone"[], 'ACTIVE'::"MeterStatus",
    (m.installed + interval '16 years')::date, 2000::numeric, 6, m.installed
  FROM _gen_acc ga
  CROSS JOIN LATERAL (SELECT (DATE ${q(p.baseline)} - (365 + ${h("ga.k", 34, 4000)})::int) AS installed) AS m
  UNION ALL
  SELECT ga.id, ${s.COLD_WATER}, (20 + ${h("ga.k", 31, 6)})::text || '-' || lpad(${h("ga.k", 32, 1000000)}::text, 6, '0'),
    ${pick(WATER_METER_MODELS, "ga.k", 35)}, 'COLD_WATER'::"Resource", 'м³'::text, ARRAY['ALL_DAY']::"TariffZone"[], 'ACTIVE'::"MeterStatus",
    (m.installed + interval '6 years')::date, 40::numeric, 5, m.installed
  FROM _gen_acc ga
  CROSS JOIN LATERAL (SELECT (DATE ${q(p.baseline)} - (30 + ${h("ga.k", 36, 2000)})::int) AS installed) AS m
  WHERE ga.water_meter
  RETURNING id, "accountId", resource, zones
)
INSERT INTO _gen_meter SELECT * FROM ins;
ANALYZE _gen_meter;

-- Readings: the baseline month plus 12 periods per meter and zone. Electricity follows the
-- season (±20 %, peak in January), water the number of residents; both vary ±10 % a month.
CREATE TEMP TABLE _gen_read ON COMMIT DROP AS
SELECT x.*, x.start + sum(x.cons) OVER (PARTITION BY x.meter_id, x.zone ORDER BY x.t) AS value
FROM (
  SELECT m.id AS meter_id, m.account_id, m.resource, z.zone, t.t, per.period,
    (CASE WHEN m.resource = 'ELECTRICITY' THEN 1000 + ${h("m.id", 40, 40000)} ELSE 10 + ${h("m.id", 41, 900)} END)::numeric AS start,
    (CASE WHEN t.t = 0 THEN 0
      WHEN m.resource = 'ELECTRICITY' THEN greatest(1, round(
        (CASE z.zone WHEN 'DAY' THEN 150 + ${h("m.id", 42, 250)} WHEN 'NIGHT' THEN 50 + ${h("m.id", 43, 100)} ELSE 170 + ${h("m.id", 44, 300)} END)
        * (1 + 0.2 * cos(2 * pi() * (extract(month FROM per.period)::float8 - 1) / 12))
        * (0.9 + ${h("m.id * 16 + t.t", 45, 21)} / 100.0)))
      ELSE greatest(1, round(ga.residents * (2.5 + ${h("m.id", 46, 20)} / 10.0) * (0.9 + ${h("m.id * 16 + t.t", 47, 21)} / 100.0)))
    END)::numeric AS cons
  FROM _gen_meter m
  JOIN _gen_acc ga ON ga.id = m.account_id
  CROSS JOIN LATERAL unnest(m.zones) AS z(zone)
  CROSS JOIN generate_series(0, 12) AS t(t)
  CROSS JOIN LATERAL (SELECT (DATE ${q(p.baseline)} + make_interval(months => t.t))::date AS period) AS per
) AS x;

INSERT INTO "MeterReading" ("meterId", "zone", "period", "value", "source", "status", "submissionId", "submittedAt", "acceptedAt")
SELECT r.meter_id, r.zone, r.period, r.value,
  (ARRAY['WEB', 'MOBILE_APP', 'WEB', 'MOBILE_APP', 'OFFICE']::"ReadingSource"[])[1 + ${h("r.meter_id * 16 + r.t", 50, 5)}],
  'ACCEPTED'::"ReadingStatus", 'gen-' || r.meter_id || '-' || to_char(r.period, 'YYYYMM'),
  r.period + make_interval(days => (13 + ${h("r.meter_id * 16 + r.t", 51, 12)})::int, hours => (3 + ${h("r.meter_id * 16 + r.t", 52, 14)})::int,
    mins => ${h("r.meter_id * 16 + r.t", 53, 60)}::int),
  least(r.period + interval '1 month' - interval '3 hours', ${now})
FROM _gen_read r;

-- Tariff of each service, zone and period: the one valid then, else the earliest.
CREATE TEMP TABLE _gen_tariff ON COMMIT DROP AS
SELECT DISTINCT ON (tr."serviceId", tr.zone, per.period) tr."serviceId" AS service_id, tr.zone, per.period, tr.rate
FROM "Tariff" tr CROSS JOIN ${periods} AS per
ORDER BY tr."serviceId", tr.zone, per.period,
  (tr."validFrom" <= per.period AND (tr."validTo" IS NULL OR tr."validTo" >= per.period)) DESC,
  CASE WHEN tr."validFrom" <= per.period THEN tr."validFrom" END DESC NULLS LAST, tr."validFrom";

-- Charge lines: one per account, service and zone, then × 12 periods with volume, tariff and
-- amount. Volumes: metered (sewerage follows the cold water meter), else norm × residents;
-- ТКО per resident and capital repair per m² are fixed.
CREATE TEMP TABLE _gen_zone ON COMMIT DROP AS
SELECT ga.id AS account_id, ga.pattern, ga.unpaid, ga.residents, ga.rooms, ga.stove, ga.area,
  sv.id AS service_id, sv."supplierId" AS supplier_id, sv.resource, z.zone
FROM _gen_svc asv
JOIN _gen_acc ga ON ga.id = asv.account_id
JOIN "Service" sv ON sv.id = asv.service_id
CROSS JOIN LATERAL unnest(asv.zones) AS z(zone);
ANALYZE _gen_zone;

CREATE TEMP TABLE _gen_line ON COMMIT DROP AS
WITH priced AS (
  SELECT l.*, tf.rate AS tariff,
    CASE WHEN l.resource IN ('SOLID_WASTE', 'CAPITAL_REPAIR') THEN 'FIXED' WHEN v.cons IS NOT NULL THEN 'METER' ELSE 'NORM' END AS method,
    v.cons AS metered
  FROM (SELECT gz.*, per.t, per.period FROM _gen_zone gz CROSS JOIN ${periods} AS per) AS l
  JOIN _gen_tariff tf ON tf.service_id = l.service_id AND tf.zone = l.zone AND tf.period = l.period
  -- A generated account has at most one meter per resource: its month's use is the volume.
  LEFT JOIN _gen_read v ON v.account_id = l.account_id AND v.t = l.t AND v.zone = l.zone
    AND v.resource = (CASE WHEN l.resource IN ('COLD_WATER', 'WASTEWATER') THEN 'COLD_WATER' ELSE l.resource END)::"Resource"
)
SELECT x.account_id, x.pattern, x.unpaid, x.service_id, x.supplier_id, x.zone, x.t, x.period, x.method, x.norm, x.volume, x.tariff,
  round(x.volume * x.tariff, 2) AS charged
FROM (
  SELECT c.*, nm.norm, CASE c.method
      WHEN 'METER' THEN c.metered
      WHEN 'NORM' THEN nm.norm * c.residents
      ELSE CASE WHEN c.resource = 'SOLID_WASTE' THEN c.residents::numeric ELSE c.area END
    END AS volume
  FROM priced c
  LEFT JOIN LATERAL (
    SELECT n.value AS norm FROM "ConsumptionNorm" n
    WHERE c.method = 'NORM' AND n."serviceId" = c.service_id AND n."validFrom" <= c.period
      AND (n."validTo" IS NULL OR n."validTo" >= c.period)
      AND (n.rooms IS NULL OR n.rooms = least(coalesce(c.rooms, 1), 4))
      AND (n.residents IS NULL OR n.residents = least(c.residents, 5))
      AND (n."stoveType" IS NULL OR n."stoveType" = c.stove)
    ORDER BY n."validFrom" DESC LIMIT 1
  ) AS nm ON true
) AS x;

-- Payments and balances, by the account's pattern:
--   < 80 pays each month's charges within the month            → opening 0, closing 0
--   < 90 pays last month's bill (the first month: an equal bill) → closing = this month's charges
--   < 95 rounds every payment up to 10 ₽                          → a growing overpayment
--   else stops paying for its last 2–5 months, with a penalty of 9.5 %/300 a day on charges
--        more than a month overdue                               → debt
-- closing = opening + charged − paid + penalty; running sums only where a balance carries over.
CREATE TEMP TABLE _gen_charge ON COMMIT DROP AS
SELECT account_id, service_id, supplier_id, zone, period, method, norm, volume, tariff, charged,
  0::numeric AS opening, charged AS paid, 0::numeric AS penalty, 0::numeric AS closing
FROM _gen_line WHERE pattern < 80
UNION ALL
SELECT account_id, service_id, supplier_id, zone, period, method, norm, volume, tariff, charged,
  closing - charged + paid - penalty, paid, penalty, closing
FROM (
  SELECT c.*, c.opening0 + sum(c.charged - c.paid + c.penalty)
    OVER (PARTITION BY c.account_id, c.service_id, c.zone ORDER BY c.t ROWS UNBOUNDED PRECEDING) AS closing
  FROM (
    SELECT l.account_id, l.service_id, l.supplier_id, l.zone, l.t, l.period, l.method, l.norm, l.volume, l.tariff, l.charged,
      CASE
        WHEN l.pattern < 90 THEN coalesce(lag(l.charged) OVER w, l.charged)
        WHEN l.pattern < 95 THEN ceil(l.charged / 10) * 10
        WHEN l.t > 12 - l.unpaid THEN 0
        ELSE l.charged
      END AS paid,
      CASE WHEN l.pattern < 90 THEN first_value(l.charged) OVER w ELSE 0 END AS opening0,
      CASE WHEN l.pattern >= 95 AND l.t > 12 - l.unpaid THEN round(
        coalesce(sum(CASE WHEN l.t > 12 - l.unpaid THEN l.charged END) OVER (w ROWS BETWEEN UNBOUNDED PRECEDING AND 2 PRECEDING), 0)
        * 0.095 / 300 * extract(day FROM l.period + interval '1 month' - interval '1 day'), 2)
      ELSE 0 END AS penalty
    FROM _gen_line l
    WHERE l.pattern >= 80
    WINDOW w AS (PARTITION BY l.account_id, l.service_id, l.zone ORDER BY l.t)
  ) AS c
) AS b;

INSERT INTO "Charge" ("accountId", "serviceId", "supplierId", "period", "zone", "openingBalance", "method", "norm", "volume",
  "tariff", "charged", "paid", "recalculation", "penalty", "closingBalance")
SELECT account_id, service_id, supplier_id, period, zone, opening, method::"ChargeMethod", norm, volume,
  tariff, charged, paid, 0, penalty, closing
FROM _gen_charge;

-- Per supplier and month: what payments, their items and the invoices are made of.
CREATE TEMP TABLE _gen_month ON COMMIT DROP AS
SELECT c.account_id, c.period, c.supplier_id, ga.number, ga.pattern, ga.channel,
  'gen-' || c.account_id || '-' || to_char(c.period, 'YYYYMM') AS order_id,
  sum(c.charged) AS charged, sum(c.paid) AS paid, sum(c.penalty) AS penalty, sum(c.closing) AS closing
FROM _gen_charge c JOIN _gen_acc ga ON ga.id = c.account_id
GROUP BY c.account_id, c.period, c.supplier_id, ga.number, ga.pattern, ga.channel;

-- One payment a month (within the month for those who pay as they go, early next month for
-- those paying last month's bill), split per supplier.
WITH pay AS (
  INSERT INTO "Payment" ("accountId", "amount", "status", "purpose", "channel", "channelLabel", "bankOrderId", "createdAt", "updatedAt", "paidAt", "billedPeriod")
  SELECT x.account_id, x.amount, 'SUCCEEDED'::"PaymentStatus", CASE WHEN ch.channel = 'AUTOPAY' THEN 'AUTOPAY' ELSE 'BILL' END::"PaymentPurpose",
    ch.channel::"PaymentChannel", ch.label, x.order_id, x.paid_at, x.paid_at, x.paid_at, x.period
  FROM (
    SELECT account_id, order_id, period, sum(paid) AS amount, channel,
      period + make_interval(
        days => (CASE WHEN pattern >= 80 AND pattern < 90 THEN 3 ELSE 17 END + ${h("account_id * 16 + extract(month FROM period)::int", 60, 8)})::int,
        hours => (3 + ${h("account_id * 16 + extract(month FROM period)::int", 61, 14)})::int,
        mins => ${h("account_id * 16 + extract(month FROM period)::int", 62, 60)}::int) AS paid_at
    FROM _gen_month GROUP BY account_id, period, order_id, pattern, channel HAVING sum(paid) > 0
  ) AS x
  JOIN (VALUES ${PAYMENT_CHANNELS.map(([c, l], i) => `(${i}, ${q(c)}, ${q(l)})`).join(", ")}) AS ch(i, channel, label) ON ch.i = x.channel
  RETURNING id, "bankOrderId"
)
INSERT INTO "PaymentItem" ("paymentId", "accountId", "supplierId", "amount")
SELECT pay.id, m.account_id, m.supplier_id, m.paid
FROM _gen_month m JOIN pay ON pay."bankOrderId" = m.order_id
WHERE m.paid > 0;

INSERT INTO "Invoice" ("accountId", "period", "number", "issuedAt", "dueDate", "totalCharged", "totalDue", "penalty")
SELECT account_id, period, number || '-' || to_char(period, 'YYYYMM'),
  least(period + interval '1 month' + interval '1 hour', ${now}), (period + interval '1 month' + interval '9 days')::date,
  sum(charged), sum(closing), sum(penalty)
FROM _gen_month GROUP BY account_id, period, number;

-- What each line was computed from («Почему такая сумма»), rebuilt as for lines closed before.
${deriveChargeInputsSql(`c."accountId" IN (SELECT id FROM _gen_acc)`)};
`;
}

/** The 12 history periods as closed billing periods (once per run; existing rows stay). */
export function billingPeriodsSql(first: string, now: string): string {
  return `INSERT INTO "BillingPeriod" ("period", "status", "startedAt", "closedAt", "closedBy")
SELECT per, 'CLOSED', least(per + interval '1 month' - interval '4 hours', TIMESTAMP ${q(now)}),
  least(per + interval '1 month' - interval '4 hours', TIMESTAMP ${q(now)}), 'generator'
FROM (SELECT (DATE ${q(first)} + make_interval(months => t))::date AS per FROM generate_series(0, 11) AS t) AS p
ON CONFLICT ("period") DO NOTHING;`;
}
