// «Потребление в сравнении» on a small account worked out by hand: electricity measured in both
// Novembers (+12 %), against the norm of a 2-room flat with an electric stove and 2 residents
// (124 кВт.ч × 2 = 248 кВт.ч); cold water billed by the norm (marked, not compared); sewerage
// metered right after a norm month (covers it: not compared); the open December by the readings
// submitted so far; ТКО left out. Through the service and through the API.
import { encodeGlobalID } from "@pothos/plugin-relay";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../db/client.js";
import type { TariffZone } from "../../db/generated/prisma/client.js";
import { seedCatalog } from "../../db/seed/catalog.js";
import { createTestApp, type TestApp } from "../../test/app.js";
import { testDatabases } from "../../test/db.js";
import { signInAs } from "../../test/session.js";
import { hashPassword } from "../identity/password.js";
import { consumptionComparison } from "./consumption.js";
import { local } from "./test-support.js";

const D = (s: string) => new Date(`${s}T00:00:00.000Z`);
const NOW = local("2026-12-06T12:00:00");
const TZ = "Asia/Yekaterinburg";
const flat = (s: string | null) => s?.replace(/\u00a0/g, " ") ?? null;

const QUERY = `query($id: ID!, $p: Period) { node(id: $id) { ... on Account { consumptionComparison(period: $p) { period yearAgo services {
  service serviceCode unit current { period volume basis } yearAgo { period volume basis } months { period volume basis }
  norm { value base basis volume } changeFromYearAgoPercent changeFromNormPercent yearAgoText normText } } } } }`;

describe.each(testDatabases())("consumption compared on $name", (backend) => {
  let database: Database;
  let accountId: number;
  let t: TestApp;

  beforeAll(async () => {
    database = await backend.open();
    const db = database.prisma;
    const { services } = await seedCatalog(db);
    const svc = (code: string) => services.get(code)!;
    const account = await db.account.create({
      data: {
        number: "5551110001",
        ownerLastName: "Орлова",
        ownerFirstName: "Вера",
        address: "628300, Нефтеюганск, 1 мкр., д. 1, кв. 1",
        objectType: "Квартира",
        residents: 2,
        rooms: 2,
        stoveType: "Электрическая",
        totalArea: "50",
      },
    });
    accountId = account.id;
    await db.user.create({ data: { login: "orlova", passwordHash: await hashPassword("secret123"), accounts: { create: { accountId } } } });
    await db.accountService.createMany({
      data: [
        { accountId, serviceId: svc("ELECTRICITY").id, zones: ["DAY", "NIGHT"], since: D("2020-01-01") },
        { accountId, serviceId: svc("COLD_WATER").id, zones: ["ALL_DAY"], since: D("2020-01-01") },
        { accountId, serviceId: svc("WASTEWATER").id, zones: ["ALL_DAY"], since: D("2020-01-01") },
        { accountId, serviceId: svc("SOLID_WASTE").id, zones: ["ALL_DAY"], since: D("2020-01-01") },
      ],
    });
    const line = (code: string, period: string, zone: TariffZone, method: "METER" | "NORM" | "FIXED", volume: string, norm: string | null = null) => ({
      accountId,
      serviceId: svc(code).id,
      supplierId: svc(code).supplierId,
      period: D(period),
      zone,
      method,
      volume,
      norm,
      tariff: "1",
      charged: volume,
    });
    await db.charge.createMany({
      data: [
        line("ELECTRICITY", "2025-11-01", "DAY", "METER", "150"),
        line("ELECTRICITY", "2025-11-01", "NIGHT", "METER", "50"),
        line("ELECTRICITY", "2025-12-01", "DAY", "METER", "160"),
        line("ELECTRICITY", "2025-12-01", "NIGHT", "METER", "40"),
        line("ELECTRICITY", "2026-10-01", "DAY", "METER", "150"),
        line("ELECTRICITY", "2026-10-01", "NIGHT", "METER", "50"),
        line("ELECTRICITY", "2026-11-01", "DAY", "METER", "170"),
        line("ELECTRICITY", "2026-11-01", "NIGHT", "METER", "54"),
        line("COLD_WATER", "2025-11-01", "ALL_DAY", "METER", "8"),
        line("COLD_WATER", "2026-11-01", "ALL_DAY", "NORM", "9.62", "4.81"),
        line("WASTEWATER", "2025-11-01", "ALL_DAY", "NORM", "9.62", "4.81"),
        line("WASTEWATER", "2026-10-01", "ALL_DAY", "NORM", "9.62", "4.81"),
        line("WASTEWATER", "2026-11-01", "ALL_DAY", "METER", "21"),
        line("SOLID_WASTE", "2026-11-01", "ALL_DAY", "FIXED", "2"),
      ],
    });
    // December (open): day 10 170 → 10 350 (a first 10 300 replaced), night 5 054 → 5 110.
    const meter = await db.meter.create({
      data: {
        accountId,
        serviceId: svc("ELECTRICITY").id,
        number: "9900001",
        resource: "ELECTRICITY",
        unit: "кВт.ч",
        zones: ["DAY", "NIGHT"],
        installedAt: D("2020-01-01"),
      },
    });
    const reading = (zone: TariffZone, period: string, value: string, status: "ACCEPTED" | "SUBMITTED" | "SUPERSEDED", at: string) => ({
      meterId: meter.id,
      zone,
      period: D(period),
      value,
      status,
      source: "WEB" as const,
      submittedAt: local(at),
    });
    await db.meterReading.createMany({
      data: [
        reading("DAY", "2026-11-01", "10170", "ACCEPTED", "2026-11-20T10:00:00"),
        reading("NIGHT", "2026-11-01", "5054", "ACCEPTED", "2026-11-20T10:00:00"),
        reading("DAY", "2026-12-01", "10300", "SUPERSEDED", "2026-12-02T10:00:00"),
        reading("DAY", "2026-12-01", "10350", "SUBMITTED", "2026-12-05T10:00:00"),
        reading("NIGHT", "2026-12-01", "5110", "SUBMITTED", "2026-12-05T10:00:00"),
      ],
    });
    t = createTestApp(database, { now: NOW.toISOString() });
  });
  afterAll(async () => database?.close());

  it("compares a closed month with the same month a year before and with the norm, marking norm-billed months", async () => {
    const c = await consumptionComparison(database.prisma, accountId, D("2026-11-01"), { now: NOW, timezone: TZ });
    expect(c.yearAgo).toEqual(D("2025-11-01"));
    expect(c.services.map((s) => s.serviceCode)).toEqual(["ELECTRICITY", "COLD_WATER", "WASTEWATER"]); // ТКО is not consumption

    const [power, water, sewer] = c.services;
    // 170 + 54 = 224 against 150 + 50 = 200: +12 %; against 2 × 124 = 248: −9.68 % → −10 %.
    expect([power!.current.volume?.toString(), power!.current.basis, power!.yearAgo.volume?.toString(), power!.yearAgo.basis]).toEqual([
      "224",
      "METER",
      "200",
      "METER",
    ]);
    expect(power!.changeFromYearAgo).toBe(12);
    expect(flat(power!.yearAgoText)).toBe("На 12 % больше, чем в ноябре 2025");
    expect([power!.norm?.value.toString(), power!.norm?.base.toString(), power!.norm?.volume.toString()]).toEqual(["124", "2", "248"]);
    expect(power!.changeFromNorm).toBe(-10);
    expect(flat(power!.normText)).toBe("На 10 % меньше норматива (248 кВт.ч)");
    // The chart's thirteen months: November to November, gaps empty.
    expect(power!.months.map((m) => [m.period.toISOString().slice(0, 7), m.volume?.toString() ?? null, m.basis])).toEqual([
      ["2025-11", "200", "METER"],
      ["2025-12", "200", "METER"],
      ...["2026-01", "2026-02", "2026-03", "2026-04", "2026-05", "2026-06", "2026-07", "2026-08", "2026-09"].map((p) => [p, null, null]),
      ["2026-10", "200", "METER"],
      ["2026-11", "224", "METER"],
    ]);

    // Water: measured a year ago, billed by the norm now — marked, no percentages.
    expect([water!.current.basis, water!.yearAgo.basis, water!.changeFromYearAgo, water!.changeFromNorm]).toEqual(["NORM", "METER", null, null]);
    expect(flat(water!.yearAgoText)).toBe("За ноябрь 2026 начислено по нормативу, а не по показаниям — с прошлым годом не сравниваем");
    expect(flat(water!.normText)).toBe("Начислено по нормативу: 9,62 м³");

    // Sewerage: metered in November right after October's norm — the volume covers October too.
    expect([sewer!.current.basis, sewer!.yearAgo.basis, sewer!.changeFromYearAgo]).toEqual(["CATCH_UP", "NORM", null]);
    expect(flat(sewer!.yearAgoText)).toBe("Объем за ноябрь 2026 включает месяцы, начисленные по нормативу, — с прошлым годом не сравниваем");
    expect(flat(sewer!.normText)).toBe("Норматив для объекта: 9,62 м³ в месяц");

    // A year earlier: the year-ago side is missing, or billed by the norm.
    const before = await consumptionComparison(database.prisma, accountId, D("2025-11-01"), { now: NOW, timezone: TZ });
    expect(flat(before.services.find((s) => s.serviceCode === "ELECTRICITY")!.yearAgoText)).toBe("За ноябрь 2024 данных нет — сравнить не с чем");
    const sewerLater = await consumptionComparison(database.prisma, accountId, D("2026-10-01"), { now: NOW, timezone: TZ });
    expect(sewerLater.services.find((s) => s.serviceCode === "WASTEWATER")!.current.basis).toBe("NORM");
  });

  it("reads the open month from the readings submitted so far, and says what is missing", async () => {
    const c = await consumptionComparison(database.prisma, accountId, D("2026-12-01"), { now: NOW, timezone: TZ });
    const power = c.services.find((s) => s.serviceCode === "ELECTRICITY")!;
    // (10 350 − 10 170) + (5 110 − 5 054) = 236 against December 2025's 200: +18 %; the replaced 10 300 is not used.
    expect([power.current.volume?.toString(), power.current.basis]).toEqual(["236", "SUBMITTED"]);
    expect(flat(power.yearAgoText)).toBe("На 18 % больше, чем в декабре 2025");
    expect(flat(power.normText)).toBe("На 5 % меньше норматива (248 кВт.ч)"); // 236 / 248 − 1 = −4.8 %
    const water = c.services.find((s) => s.serviceCode === "COLD_WATER")!;
    expect(water.current.volume).toBeNull();
    expect(flat(water.yearAgoText)).toBe("Прибора учета нет: декабрь 2026 будет начислен по нормативу — с прошлым годом не сравниваем");
  });

  it("answers the customer through the API (Account.consumptionComparison), the current month by default", async () => {
    const token = (await signInAs(t, "orlova", "secret123")).accessToken;
    const id = encodeGlobalID("Account", accountId);
    const nov = (await t.gql(QUERY, { id, p: "2026-11" }, { token })).data.node.consumptionComparison;
    expect([nov.period, nov.yearAgo]).toEqual(["2026-11", "2025-11"]);
    expect(nov.services[0]).toMatchObject({
      service: "Электроэнергия",
      serviceCode: "ELECTRICITY",
      unit: "кВт.ч",
      current: { period: "2026-11", volume: "224", basis: "METER" },
      yearAgo: { period: "2025-11", volume: "200", basis: "METER" },
      norm: { value: "124", base: "2", basis: "PER_RESIDENT", volume: "248" },
      changeFromYearAgoPercent: 12,
      changeFromNormPercent: -10,
    });
    expect(nov.services[0].months).toHaveLength(13);
    expect(nov.services[1]).toMatchObject({ serviceCode: "COLD_WATER", current: { basis: "NORM", volume: "9.62" }, changeFromYearAgoPercent: null });
    const current = (await t.gql(QUERY, { id }, { token })).data.node.consumptionComparison;
    expect(current.period).toBe("2026-12");
    // Someone else's account reads like a missing one.
    const other = await createTestApp(database, { now: NOW.toISOString() });
    expect((await other.gql(QUERY, { id, p: "2026-11" })).data?.node ?? null).toBeNull();
  });
});
