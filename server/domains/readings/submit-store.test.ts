import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../db/client.js";
import { seedDemo } from "../../db/seed/index.js";
import { money } from "../../shared/money.js";
import { testDatabases } from "../../test/db.js";
import { loadMetersForSubmit, saveSubmission } from "./submit-store.js";

describe.each(testDatabases())("readings submission SQL on $name", (backend) => {
  let database: Database;
  let meterId: number;
  let accountId: number;

  beforeAll(async () => {
    database = await backend.open();
    await seedDemo(database.prisma, { now: new Date("2026-11-24T07:00:00.000Z") });
    const meter = await database.prisma.meter.findFirstOrThrow({ where: { number: "6158001" } });
    meterId = meter.id;
    accountId = meter.accountId;
  });
  afterAll(async () => database?.close());

  const submission = (day: string, night: string, n = 0) => ({
    meterIds: [meterId],
    readings: [
      { meterId, zone: "DAY" as const, value: money(day) },
      { meterId, zone: "NIGHT" as const, value: money(night) },
    ],
    period: "2026-11-01", source: "WEB", submissionId: `s${n}`, submittedAt: new Date("2026-11-24T07:00:00.000Z"), userId: null, apiKeyId: null,
  });

  it("refuses, writing nothing, a value below one accepted after the caller's checks", async () => {
    const meters = await loadMetersForSubmit(database.sql, accountId, [meterId], null);
    const accepted = meters!.get(meterId)!.lastAccepted;
    const before = await database.prisma.meterReading.count();
    const r = await saveSubmission(database.sql, submission(accepted.get("DAY")!.plus(1).toString(), accepted.get("NIGHT")!.minus("0.001").toString()));
    expect(r).toEqual({ ok: false, index: 1, lastAccepted: accepted.get("NIGHT") });
    expect(await database.prisma.meterReading.count()).toBe(before);
  });

  it("leaves exactly one live reading per zone when many submissions race, each saved whole", async () => {
    const results = await Promise.all(Array.from({ length: 12 }, (_, n) => saveSubmission(database.sql, submission(`${90000 + n}`, `${50000 + n}`, n))));
    expect(results.every((r) => r.ok)).toBe(true);
    const rows = await database.prisma.meterReading.findMany({ where: { meterId, period: new Date("2026-11-01") } });
    const live = rows.filter((r) => r.status === "SUBMITTED");
    expect(live).toHaveLength(2);
    // The live pair came from one submission; every submission left both of its zones.
    expect(new Set(live.map((r) => r.submissionId)).size).toBe(1);
    for (let n = 0; n < 12; n++) expect(rows.filter((r) => r.submissionId === `s${n}`)).toHaveLength(2);
  });

  it("tells a missing account, and an account not linked to the customer, from one without the meter", async () => {
    expect(await loadMetersForSubmit(database.sql, 999999, [meterId], null)).toBeNull();
    expect(await loadMetersForSubmit(database.sql, accountId, [meterId], 999999)).toBeNull();
    expect((await loadMetersForSubmit(database.sql, accountId, [999999], null))?.size).toBe(0);
  });
});
