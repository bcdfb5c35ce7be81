// Inputs for charge lines written without them (closed before the close kept them, the demo
// seed's history, generated data): rebuilt from what is still on record — the accepted readings
// of the line's meters for its month and the one before, the tariff in force with the line's
// rate, the account's norm basis, the payments booked in the month — and marked `derived`.
// What cannot be rebuilt (a penalty's base, a recalculation's reason) is left out: «нет данных».
// The explanation checks the readings against the line's volume before it shows them.
// The migration 20261206210616_charge_inputs holds a copy of this statement for the lines
// already on record; keep the two alike.

/** `where` narrows the lines (SQL over the alias c), e.g. `c."accountId" BETWEEN 1 AND 10`. */
export function deriveChargeInputsSql(where = "true"): string {
  return `UPDATE "Charge" c SET inputs = jsonb_strip_nulls(jsonb_build_object('v', 1, 'method', c.method, 'derived', true,
  'volume', c.volume::text, 'ratio', c."transformationRatio"::text, 'losses', c."lossesPercent"::text, 'norm', c.norm::text,
  'readings', CASE WHEN c.method = 'METER' THEN (
    SELECT jsonb_agg(jsonb_build_object('meter', m.number, 'prev', prev.value::text, 'prevPeriod', prev.period, 'prevAt', prev."submittedAt",
      'prevSource', prev.source, 'cur', cur.value::text, 'curAt', cur."submittedAt", 'curSource', cur.source) ORDER BY m.number)
    FROM "Meter" m
    JOIN "Service" ms ON ms.id = c."serviceId"
    JOIN LATERAL (SELECT r.value, r."submittedAt", r.source FROM "MeterReading" r WHERE r."meterId" = m.id AND r.zone = c.zone
      AND r.period = c.period AND r.status = 'ACCEPTED' ORDER BY r."submittedAt" DESC LIMIT 1) AS cur ON true
    LEFT JOIN LATERAL (SELECT r.value, r.period, r."submittedAt", r.source FROM "MeterReading" r WHERE r."meterId" = m.id AND r.zone = c.zone
      AND r.period < c.period AND r.status = 'ACCEPTED' ORDER BY r.period DESC, r."submittedAt" DESC LIMIT 1) AS prev ON true
    WHERE m."accountId" = c."accountId" AND c.zone = ANY (m.zones) AND m.unit = ms.unit
      AND (m."serviceId" = c."serviceId" OR (ms.resource = 'WASTEWATER' AND m.resource IN ('COLD_WATER', 'HOT_WATER')))
  ) END,
  'normBase', CASE WHEN c.method IN ('NORM', 'FIXED') THEN (SELECT jsonb_build_object('basis', s."normBasis") FROM "Service" s WHERE s.id = c."serviceId") END,
  'tariff', CASE WHEN c.tariff IS NOT NULL THEN coalesce((
    SELECT jsonb_build_object('rate', c.tariff::text, 'zone', t.zone, 'from', t."validFrom", 'to', t."validTo") FROM "Tariff" t
    WHERE t."serviceId" = c."serviceId" AND t.zone IN (c.zone, 'ALL_DAY') AND t.rate = c.tariff
      AND t."validFrom" <= c.period AND (t."validTo" IS NULL OR t."validTo" >= c.period)
    ORDER BY t.zone = c.zone DESC, t."validFrom" DESC LIMIT 1), jsonb_build_object('rate', c.tariff::text)) END,
  'payments', CASE WHEN c.paid <> 0 THEN (
    SELECT jsonb_build_object('list', jsonb_agg(jsonb_build_object('id', p.id, 'at', p."paidAt", 'amount', pi.amount::text) ORDER BY p."paidAt", p.id))
    FROM "Payment" p JOIN "PaymentItem" pi ON pi."paymentId" = p.id AND pi."supplierId" = c."supplierId"
    WHERE p."accountId" = c."accountId" AND p."billedPeriod" = c.period AND p.status = 'SUCCEEDED'
  ) END))
WHERE c.inputs IS NULL AND (${where})`;
}
