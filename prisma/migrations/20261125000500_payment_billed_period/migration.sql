-- The period whose close booked a payment. Counting payments by the month of paidAt lost those
-- the bank confirmed after their month was closed; now a close books every unbooked payment.
ALTER TABLE "Payment" ADD COLUMN     "billedPeriod" DATE;

CREATE INDEX "Payment_accountId_billedPeriod_idx" ON "Payment"("accountId", "billedPeriod");

-- Existing data: a successful payment made before the end of the last closed period was booked
-- by the close of its month (or the last closed one).
UPDATE "Payment" p
   SET "billedPeriod" = LEAST(date_trunc('month', p."paidAt")::date, c.last)
  FROM (SELECT max(period) AS last FROM "BillingPeriod" WHERE status = 'CLOSED') c
 WHERE p.status = 'SUCCEEDED' AND p."paidAt" IS NOT NULL AND c.last IS NOT NULL
   AND p."paidAt" < (c.last + interval '1 month');
