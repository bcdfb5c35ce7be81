import { describe, expect, it } from "vitest";
import { withTestApp } from "../../test/app.js";
import { testDatabases } from "../../test/db.js";
import { signInAs } from "../../test/session.js";

const HISTORY = `query($from: Period!, $to: Period!, $acc: Boolean) { viewer { activeAccount {
  readingHistory(from: $from, to: $to, acceptedOnly: $acc) { period rows { meterNumber meterStatusText zone value difference unit sourceText accepted } }
} } }`;

describe.each(testDatabases())("reading history on $name", (backend) => {
  let token: string;
  const t = withTestApp({
    backend,
    demo: true,
    seed: async () => {
      token = (await signInAs(t, "0710000000", "demo2026")).accessToken;
    },
  });
  const { database } = t;

  it("takes at most 36 months, counting both ends, and never a reversed range", async () => {
    const ok = await t.gql(HISTORY, { from: "2023-12", to: "2026-11", acc: true }, { token });
    expect(ok.errors).toBeUndefined();
    expect(ok.data.viewer.activeAccount.readingHistory).toHaveLength(36);
    const long = await t.gql(HISTORY, { from: "2023-11", to: "2026-11", acc: true }, { token });
    expect(long.errors?.[0]?.message).toBe("Период не может быть длиннее 36 месяцев");
    const reversed = await t.gql(HISTORY, { from: "2026-11", to: "2026-10", acc: true }, { token });
    expect(reversed.errors?.[0]?.message).toBe("Начало периода должно быть не позже его окончания");
  });

  it("groups by month newest first, with differences from the previous reading of the same zone", async () => {
    const r = await t.gql(HISTORY, { from: "2026-06", to: "2026-10", acc: true }, { token });
    expect(r.errors).toBeUndefined();
    const months = r.data.viewer.activeAccount.readingHistory;
    expect(months.map((m: any) => m.period)).toEqual(["2026-10", "2026-09", "2026-08", "2026-07", "2026-06"]);
    for (const m of months) {
      expect(m.rows).toHaveLength(4); // two meters × two zones
      for (const row of m.rows) {
        expect(row).toMatchObject({ meterStatusText: "Включен", unit: "кВт.ч", accepted: true });
        expect(Number(row.difference)).toBeGreaterThan(0);
      }
    }
    // The difference is exactly this month's value minus last month's for the same meter and zone.
    const oct = months[0].rows.find((x: any) => x.meterNumber === "6158001" && x.zone === "DAY");
    const sep = months[1].rows.find((x: any) => x.meterNumber === "6158001" && x.zone === "DAY");
    expect(Number(oct.value) - Number(sep.value)).toBeCloseTo(Number(oct.difference), 3);
  });

  it("«Только принятые к расчету» hides submitted readings not yet used for billing", async () => {
    const meter = await database.prisma.meter.findFirstOrThrow({ where: { number: "6158001" } });
    await database.prisma.meterReading.create({
      data: {
        meterId: meter.id,
        zone: "DAY",
        period: new Date("2026-11-01T00:00:00Z"),
        value: "999999",
        source: "WEB",
        submittedAt: new Date("2026-11-20T08:00:00Z"),
      },
    });
    const all = (await t.gql(HISTORY, { from: "2026-11", to: "2026-11", acc: false }, { token })).data.viewer.activeAccount.readingHistory;
    const accepted = (await t.gql(HISTORY, { from: "2026-11", to: "2026-11", acc: true }, { token })).data.viewer.activeAccount.readingHistory;
    expect(all[0].rows.map((x: any) => [x.value, x.accepted])).toEqual([["999999", false]]);
    expect(accepted[0].rows).toEqual([]);
  });

  it("refuses a reversed range", async () => {
    const r = await t.gql(HISTORY, { from: "2026-10", to: "2026-06" }, { token });
    expect(r.errors?.[0]?.message).toBe("Начало периода должно быть не позже его окончания");
  });
});
