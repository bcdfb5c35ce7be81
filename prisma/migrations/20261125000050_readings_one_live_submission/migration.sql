-- One live (SUBMITTED) reading per meter zone and period. Racing submissions for a meter
-- cannot both stay live: the loser's insert fails on this index and is retried, superseding
-- the winner's row. (A partial index: Prisma's schema language cannot express it.)
CREATE UNIQUE INDEX "MeterReading_live_submission_key" ON "MeterReading" ("meterId", zone, period) WHERE status = 'SUBMITTED';
