import { describe, expect, it } from "vitest";
import { money } from "../../shared/money.js";
import { testDatabases, withTestDatabase } from "../../test/db.js";
import { loadMetersForSubmit, saveSubmission } from "./submit-store.js";

describe.each(testDatabases())("readings submission SQL on $name", (backend) => {
  let meterId: number;
  let accountId: number;

  const database = withTestDatabase({
    backend,
    demo: true,
    seed: async () => {
      const meter = await database.prisma.meter.findFirstOrThrow({ where: { number: "6158001" } });
      meterId = meter.id;
      accountId = meter.accountId;
    },
  });

  const submission = (day: string, night: string, n = 0) => ({
    meterIds: [meterId],
    readings: [
      { meterId, zone: "DAY" as const, value: money(day) },
      { meterId, zone: "NIGHT" as const, value: money(night) },
    ],
    period: "2026-11-01",
    source: "WEB",
    submissionId: `s${n}`,
    submittedAt: new Date("2026-11-24T07:00:00.000Z"),
    userId: null,
    apiKeyId: null,
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

  it("saves submissions that share a statement each on its own terms", async () => {
    // Fired together, these run as one batch: one is refused, the others are saved whole.
    const other = await database.prisma.meter.findFirstOrThrow({ where: { number: "6158008" } });
    const otherLoaded = (await loadMetersForSubmit(database.sql, accountId, [other.id], null))!.get(other.id)!;
    const accepted = (await loadMetersForSubmit(database.sql, accountId, [meterId], null))!.get(meterId)!.lastAccepted;
    const high = (zone: "DAY" | "NIGHT", plus: number) => otherLoaded.lastAccepted.get(zone)!.plus(plus).toString();
    const forOther = (n: number, night = high("NIGHT", n)) => ({
      ...submission("0", "0", 100 + n),
      meterIds: [other.id],
      readings: [
        { meterId: other.id, zone: "DAY" as const, value: money(high("DAY", n)) },
        { meterId: other.id, zone: "NIGHT" as const, value: money(night) },
      ],
    });
    const [ok, refused, mine, missing, again] = await Promise.all([
      saveSubmission(database.sql, forOther(1)),
      saveSubmission(database.sql, forOther(2, otherLoaded.lastAccepted.get("NIGHT")!.minus(1).toString())),
      saveSubmission(database.sql, submission(accepted.get("DAY")!.plus(5).toString(), accepted.get("NIGHT")!.plus(5).toString(), 200)),
      loadMetersForSubmit(database.sql, 999999, [meterId], null),
      saveSubmission(database.sql, forOther(3)),
    ]);
    expect(ok.ok && mine.ok && again.ok).toBe(true);
    expect(refused).toEqual({ ok: false, index: 1, lastAccepted: otherLoaded.lastAccepted.get("NIGHT") });
    expect(missing).toBeNull();
    expect(await database.prisma.meterReading.count({ where: { submissionId: "s102" } })).toBe(0);
    // The later of the two saved submissions of the same meter is the live one.
    const live = await database.prisma.meterReading.findMany({ where: { meterId: other.id, status: "SUBMITTED" } });
    expect(live.map((r) => r.submissionId)).toEqual(["s103", "s103"]);
    expect(await database.prisma.meterReading.count({ where: { submissionId: "s101", status: "SUPERSEDED" } })).toBe(2);
  });

  it("tells a missing account, and an account not linked to the customer, from one without the meter", async () => {
    expect(await loadMetersForSubmit(database.sql, 999999, [meterId], null)).toBeNull();
    expect(await loadMetersForSubmit(database.sql, accountId, [meterId], 999999)).toBeNull();
    expect((await loadMetersForSubmit(database.sql, accountId, [999999], null))?.size).toBe(0);
  });
});
