import { describe, expect, it } from "vitest";
import { DEMO_ASKUE_KEY } from "../../db/seed/index.js";
import { withTestApp } from "../../test/app.js";
import { testDatabases } from "../../test/db.js";
import { signInAs, signInAsStaff } from "../../test/session.js";

const METERS = `{ viewer { activeAccount { id meters { id number zones statusText blockedReason nextVerificationDate lastAccepted { zone value } lastSubmitted { zone value sourceText } } } } }`;
const SUBMIT = `mutation($input: MeterReadingsSubmitInput!) { meterReadingsSubmit(input: $input) {
  readings { zone value status source } warnings { zone consumption message } userErrors { field message code } } }`;

describe.each(testDatabases())("meter readings submission on $name", (backend) => {
  let token: string;
  let accountId: string;
  let meters: any[];

  const t = withTestApp({
    backend,
    demo: true,
    now: "2026-11-24T07:00:00.000Z",
    seed: async () => {
      token = (await signInAs(t, "0710000000", "demo2026")).accessToken;
      const a = (await t.gql(METERS, {}, { token })).data.viewer.activeAccount;
      accountId = a.id;
      meters = a.meters;
    },
  });
  const { database } = t;

  const last = (number: string, zone: string) => Number(meters.find((m) => m.number === number).lastAccepted.find((r: any) => r.zone === zone).value);
  const reading = (number: string, zone: string, value: number | string) => ({
    meterId: meters.find((m) => m.number === number).id,
    zone,
    value: String(value),
  });
  const both = (number: string, day: number | string, night: number) => [reading(number, "DAY", day), reading(number, "NIGHT", night)];

  it("lists the account's two-zone meters with last accepted values", () => {
    expect(meters.map((m) => [m.number, m.zones, m.statusText, m.nextVerificationDate])).toEqual([
      ["6158001", ["DAY", "NIGHT"], "Включен", "2035-03-25"],
      ["6158008", ["DAY", "NIGHT"], "Включен", "2035-03-25"],
    ]);
    expect(last("6158001", "DAY")).toBeGreaterThan(0);
  });

  it("saves every zone of a meter, resubmission replaces the period's earlier one", async () => {
    const d = last("6158001", "DAY");
    const n = last("6158001", "NIGHT");
    const first = (await t.gql(SUBMIT, { input: { accountId, readings: both("6158001", d + 100, n + 40) } }, { token })).data.meterReadingsSubmit;
    expect(first.userErrors).toEqual([]);
    expect(first.readings.map((r: any) => [r.zone, r.status, r.source])).toEqual([
      ["DAY", "SUBMITTED", "WEB"],
      ["NIGHT", "SUBMITTED", "WEB"],
    ]);
    const second = (await t.gql(SUBMIT, { input: { accountId, readings: both("6158001", d + 120, n + 45) } }, { token })).data.meterReadingsSubmit;
    expect(second.userErrors).toEqual([]);
    const rows = await database.prisma.meterReading.findMany({
      where: { meter: { number: "6158001" }, period: new Date("2026-11-01T00:00:00Z") },
      orderBy: { id: "asc" },
    });
    expect(rows.map((r) => r.status)).toEqual(["SUPERSEDED", "SUPERSEDED", "SUBMITTED", "SUBMITTED"]);
  });

  it("refuses a value below the last accepted one, and a partial meter, saving nothing", async () => {
    const before = await database.prisma.meterReading.count();
    const d = last("6158008", "DAY");
    const n = last("6158008", "NIGHT");
    const below = (await t.gql(SUBMIT, { input: { accountId, readings: both("6158008", d - 1, n + 1) } }, { token })).data.meterReadingsSubmit;
    expect(below.userErrors[0].code).toBe("BELOW_ACCEPTED");
    expect(below.userErrors[0].message).toMatch(/^Передача значений показаний, менее ранее принятых .* обратитесь в клиентский офис|клиентский офис/);
    const partial = (await t.gql(SUBMIT, { input: { accountId, readings: [reading("6158008", "DAY", d + 1)] } }, { token })).data.meterReadingsSubmit;
    expect(partial.userErrors[0].code).toBe("ZONES");
    const junk = (await t.gql(SUBMIT, { input: { accountId, readings: both("6158008", "12a", n + 1) } }, { token })).data.meterReadingsSubmit;
    expect(junk.userErrors[0].code).toBe("INVALID_VALUE");
    expect(await database.prisma.meterReading.count()).toBe(before);
  });

  it("warns about too-large consumption and saves only after confirmation", async () => {
    const d = last("6158008", "DAY");
    const n = last("6158008", "NIGHT");
    const input = { accountId, readings: both("6158008", d + 5000, n + 10) };
    const warn = (await t.gql(SUBMIT, { input }, { token })).data.meterReadingsSubmit;
    expect(warn.readings).toEqual([]);
    expect(warn.warnings).toEqual([expect.objectContaining({ zone: "DAY", consumption: "5000" })]);
    expect(warn.warnings[0].message).toContain("Передать внесённые показания");
    const ok = (await t.gql(SUBMIT, { input: { ...input, confirmOverLimit: true } }, { token })).data.meterReadingsSubmit;
    expect(ok.readings).toHaveLength(2);
  });

  it("accepts readings only from the 1st to the 25th in the retailer's timezone, to the minute", async () => {
    expect((await t.gql(`{ readingsWindow { fromDay toDay open } }`)).data.readingsWindow).toEqual({ fromDay: 1, toDay: 25, open: true });
    const d = last("6158001", "DAY");
    const n = last("6158001", "NIGHT");
    const submitAt = async (instant: string, value: number) => {
      t.clock.set(instant);
      const at = (await signInAs(t, "0710000000", "demo2026")).accessToken;
      const r = (await t.gql(SUBMIT, { input: { accountId, readings: both("6158001", d + value, n + value) } }, { token: at })).data.meterReadingsSubmit;
      const open = (await t.gql(`{ readingsWindow { open } }`)).data.readingsWindow.open;
      return { r, open };
    };
    try {
      // Yekaterinburg is UTC+5: 18:59 UTC on the 25th is 23:59 local, 19:00 UTC is the 26th 00:00.
      const lastMinute = await submitAt("2026-11-25T18:59:00.000Z", 1);
      expect(lastMinute.r.userErrors).toEqual([]);
      expect(lastMinute.r.readings).toHaveLength(2);
      expect(lastMinute.open).toBe(true);
      const before = await database.prisma.meterReading.count();
      const closed = await submitAt("2026-11-25T19:00:00.000Z", 2);
      expect(closed.r.userErrors).toEqual([{ field: ["input"], code: "OUTSIDE_WINDOW", message: "Передать показания можно с 1 по 25 число каждого месяца." }]);
      expect(closed.open).toBe(false);
      expect(await database.prisma.meterReading.count()).toBe(before);
      // Still the 31st of October in UTC, already the 1st of November in Yekaterinburg.
      expect((await submitAt("2026-10-31T18:59:00.000Z", 2)).open).toBe(false);
      expect((await submitAt("2026-10-31T19:00:00.000Z", 2)).open).toBe(true);
    } finally {
      t.clock.set("2026-11-24T07:00:00.000Z");
    }
  });

  it("shows history only for a disabled meter and the reason for a blocked one", async () => {
    await database.prisma.meter.update({
      where: { accountId_number: { accountId: (await database.prisma.account.findUniqueOrThrow({ where: { number: "0710000000" } })).id, number: "6158008" } },
      data: { blockedReason: "сезонные начисления" },
    });
    const m = (await t.gql(METERS, {}, { token })).data.viewer.activeAccount.meters.find((x: any) => x.number === "6158008");
    expect(m.blockedReason).toBe("Прием показаний по прибору учета заблокирован: сезонные начисления");
    const r = (await t.gql(SUBMIT, { input: { accountId, readings: both("6158008", 999999, 999999) } }, { token })).data.meterReadingsSubmit;
    expect(r.userErrors[0].code).toBe("METER_BLOCKED");
    await database.prisma.meter.updateMany({ where: { number: "6158008" }, data: { blockedReason: null, status: "DISABLED_FAILED" } });
    const r2 = (await t.gql(SUBMIT, { input: { accountId, readings: both("6158008", 999999, 999999) } }, { token })).data.meterReadingsSubmit;
    expect(r2.userErrors[0]).toMatchObject({ code: "METER_DISABLED", message: "Прибор учета отключен: доступна только история показаний." });
    await database.prisma.meter.updateMany({ where: { number: "6158008" }, data: { status: "ACTIVE" } });
  });

  it("keeps exactly one submitted reading per zone when submissions race", async () => {
    const d = last("6158001", "DAY");
    const n = last("6158001", "NIGHT");
    const rs = await Promise.all(
      [1, 2, 3, 4].map((k) => t.gql(SUBMIT, { input: { accountId, readings: both("6158001", d + 200 + k, n + 50 + k) } }, { token })),
    );
    for (const r of rs) expect(r.data.meterReadingsSubmit.userErrors).toEqual([]);
    const live = await database.prisma.meterReading.groupBy({ by: ["zone"], where: { meter: { number: "6158001" }, status: "SUBMITTED" }, _count: true });
    expect(live.map((g) => g._count)).toEqual([1, 1]);
  });

  it("lets a partner system with readings:write submit under the same rules, recorded as such", async () => {
    const d = last("6158001", "DAY");
    const n = last("6158001", "NIGHT");
    const headers = { "x-api-key": DEMO_ASKUE_KEY };
    const ok = (await t.gql(SUBMIT, { input: { accountId, readings: both("6158001", d + 300, n + 90) } }, { headers })).data.meterReadingsSubmit;
    expect(ok.readings.map((r: any) => r.source)).toEqual(["PARTNER", "PARTNER"]);
    const below = (await t.gql(SUBMIT, { input: { accountId, readings: both("6158001", d - 5, n) } }, { headers })).data.meterReadingsSubmit;
    expect(below.userErrors[0].code).toBe("BELOW_ACCEPTED");
    const anon = await t.gql(SUBMIT, { input: { accountId, readings: both("6158001", d + 301, n + 91) } });
    expect(anon.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("stores the channel given when the caller may claim it, and refuses one it may not, saving nothing", async () => {
    const staff = (await signInAsStaff(t, "operator", "operator2026")).accessToken;
    const callers = { user: { token }, partner: { headers: { "x-api-key": DEMO_ASKUE_KEY } }, staff: { token: staff } };
    const cases: [keyof typeof callers, string | undefined, string | null][] = [
      ["user", undefined, "WEB"],
      ["user", "MOBILE_APP", "MOBILE_APP"],
      ["user", "OFFICE", null],
      ["user", "CONTROL_ROUND", null],
      ["user", "PARTNER", null],
      ["partner", undefined, "PARTNER"],
      ["partner", "CONTROL_ROUND", "CONTROL_ROUND"],
      ["partner", "OFFICE", "OFFICE"],
      ["partner", "WEB", null],
      ["staff", undefined, "OFFICE"],
      ["staff", "CONTROL_ROUND", "CONTROL_ROUND"],
      ["staff", "MOBILE_APP", null],
    ];
    let k = 0;
    for (const [caller, channel, stored] of cases) {
      k += 1;
      const readings = both("6158008", last("6158008", "DAY") + 400 + k, last("6158008", "NIGHT") + 100 + k);
      const before = await database.prisma.meterReading.count();
      const r = (await t.gql(SUBMIT, { input: { accountId, readings, confirmOverLimit: true, ...(channel ? { channel } : {}) } }, callers[caller])).data
        .meterReadingsSubmit;
      const latest = await database.prisma.meterReading.findMany({ where: { meter: { number: "6158008" } }, orderBy: { id: "desc" }, take: 2 });
      if (stored === null) {
        expect(r.userErrors, `${caller} ${channel}`).toEqual([
          { field: ["input", "channel"], code: "CHANNEL_NOT_ALLOWED", message: "Этот способ передачи показаний недоступен." },
        ]);
        expect(await database.prisma.meterReading.count()).toBe(before);
      } else {
        expect(r.userErrors, `${caller} ${channel}`).toEqual([]);
        expect(r.readings.map((x: any) => x.source)).toEqual([stored, stored]);
        expect(latest.map((x) => [x.source, x.value.toString()])).toEqual([
          [stored, readings[1]!.value],
          [stored, readings[0]!.value],
        ]);
      }
    }
  });

  it("takes the channel as an enum: a free string is a validation error", async () => {
    const r = await t.gql(SUBMIT, { input: { accountId, readings: both("6158008", 1, 1), channel: "KIOSK" } }, { token });
    expect(r.errors?.[0]?.message).toMatch(/ReadingChannel/);
  });
});
