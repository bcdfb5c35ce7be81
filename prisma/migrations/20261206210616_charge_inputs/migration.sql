-- What the period close used for each charge line (server/domains/billing/charge-inputs.ts).
ALTER TABLE "Charge" ADD COLUMN     "inputs" JSONB;

-- Lines closed before: rebuilt from the readings, tariffs and payments on record, marked
-- derived (billing/charge-inputs-derive.ts holds the same statement); what cannot be rebuilt is
-- left out and the explanation says «нет данных».
UPDATE "Charge" c SET inputs = jsonb_strip_nulls(jsonb_build_object('v', 1, 'method', c.method, 'derived', true,
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
WHERE c.inputs IS NULL AND (true);
