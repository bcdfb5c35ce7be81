import { describe, expect, it } from "vitest";
import { withTestApp } from "../../test/app.js";
import { testDatabases } from "../../test/db.js";
import { signInAs } from "../../test/session.js";

const CALC = `{ viewer { activeAccount { id preliminaryCalculation { period lines { service method tariff norm volume amount } currentTotal previousDebt total warning }
  meters { id number lastAccepted { zone value } } } } }`;
const SUBMIT = `mutation($input: MeterReadingsSubmitInput!) { meterReadingsSubmit(input: $input) { userErrors { code } } }`;

describe.each(testDatabases())("preliminary calculation on $name", (backend) => {
  const t = withTestApp({ backend, demo: true });
  const { database } = t;

  it("uses submitted readings × zone tariffs, and the norm where there is no meter", async () => {
    const { accessToken: token } = await signInAs(t, "0710000000", "demo2026");
    const before = (await t.gql(CALC, {}, { token })).data.viewer.activeAccount;
    // No readings yet this month: electricity by the norm too (3 rooms, 2 residents, electric stove:
    // 136 кВт.ч each), at the single-rate tariff since norm volume has no zones.
    expect(before.preliminaryCalculation.lines.find((l: any) => l.service === "Электроэнергия")).toEqual({
      service: "Электроэнергия",
      method: "NORM",
      tariff: "1.87",
      norm: "136",
      volume: "272",
      amount: "508.64",
    });
    const readings = before.meters.flatMap((m: any) =>
      m.lastAccepted.map((r: any) => ({ meterId: m.id, zone: r.zone, value: String(Number(r.value) + (r.zone === "DAY" ? 150 : 50)) })),
    );
    expect((await t.gql(SUBMIT, { input: { accountId: before.id, readings } }, { token })).data.meterReadingsSubmit.userErrors).toEqual([]);

    const c = (await t.gql(CALC, {}, { token })).data.viewer.activeAccount.preliminaryCalculation;
    expect(c.period).toBe("2026-11");
    expect(c.lines).toEqual([
      { service: "Водоотведение ХВС", method: "NORM", tariff: "58.92", norm: "4.81", volume: "9.62", amount: "566.81" },
      { service: "Холодное водоснабжение", method: "NORM", tariff: "48.86", norm: "4.81", volume: "9.62", amount: "470.03" },
      { service: "Электроэнергия (день)", method: "METER", tariff: "2.25", norm: null, volume: "300", amount: "675.00" },
      { service: "Электроэнергия (ночь)", method: "METER", tariff: "1.10", norm: null, volume: "100", amount: "110.00" },
    ]);
    expect(c.currentTotal).toBe("1821.84");
    expect(c.previousDebt).toBe("0.00");
    expect(c.total).toBe("1821.84");
    expect(c.warning).toMatch(/^Внимание! Предварительный расчет не включает/);
  });

  it("uses the reading of the one meter read and the norm only for the meter without one", async () => {
    const { accessToken: token } = await signInAs(t, "0710000000", "demo2026");
    const acc = (await t.gql(CALC, {}, { token })).data.viewer.activeAccount;
    const [, second] = [...acc.meters].sort((a: any, b: any) => a.number.localeCompare(b.number));
    // the second electricity meter's readings of this month are withdrawn: only the first is read
    const meter = await database.prisma.meter.findFirstOrThrow({ where: { number: second.number } });
    await database.prisma.meterReading.deleteMany({ where: { meterId: meter.id, period: new Date("2026-11-01T00:00:00.000Z") } });
    const c = (await t.gql(CALC, {}, { token })).data.viewer.activeAccount.preliminaryCalculation;
    expect(c.lines.filter((l: any) => /Электро/.test(l.service))).toEqual([
      // 136 кВт.ч per resident × 2, half of it for the one meter of two without a reading
      { service: `Электроэнергия (без показаний: ПУ № ${second.number})`, method: "NORM", tariff: "1.87", norm: "136", volume: "136", amount: "254.32" },
      { service: "Электроэнергия (день)", method: "METER", tariff: "2.25", norm: null, volume: "150", amount: "337.50" },
      { service: "Электроэнергия (ночь)", method: "METER", tariff: "1.10", norm: null, volume: "50", amount: "55.00" },
    ]);
    expect(c.currentTotal).toBe("1683.66");
    // every tariff the calculation used is in «Тарифы» on Главная
    const home = (await t.gql(`{ viewer { activeAccount { tariffs { rate } } } }`, {}, { token })).data.viewer.activeAccount;
    const shown = new Set(home.tariffs.map((x: any) => x.rate));
    expect(c.lines.filter((l: any) => !shown.has(l.tariff))).toEqual([]);
  });

  it("adds the debt of previous periods and ignores an overpayment", async () => {
    const { accessToken: token } = await signInAs(t, "debtor", "debtor2026");
    const c = (await t.gql(CALC, {}, { token })).data.viewer.activeAccount.preliminaryCalculation;
    expect(Number(c.previousDebt)).toBeGreaterThan(0);
    expect(Number(c.total)).toBeCloseTo(Number(c.currentTotal) + Number(c.previousDebt), 2);

    const acc = await database.prisma.account.findUniqueOrThrow({ where: { number: "0720000000" } });
    await database.prisma.payment.create({
      data: { accountId: acc.id, amount: "100000.00", status: "SUCCEEDED", paidAt: new Date("2026-11-20T10:00:00Z") },
    });
    const after = (await t.gql(CALC, {}, { token })).data.viewer.activeAccount.preliminaryCalculation;
    expect(after.previousDebt).toBe("0.00");
    expect(after.total).toBe(after.currentTotal);
  });

  it("bills sewerage by the cold-water meter's volume, as the period close does", async () => {
    const { accessToken: token } = await signInAs(t, "debtor", "debtor2026");
    const before = (await t.gql(CALC, {}, { token })).data.viewer.activeAccount;
    const water = before.meters.find((m: any) => m.number === "22-118734");
    const readings = before.meters.flatMap((m: any) =>
      m.lastAccepted.map((r: any) => ({ meterId: m.id, zone: r.zone, value: String(Number(r.value) + (m === water ? 11 : 340)) })),
    );
    expect((await t.gql(SUBMIT, { input: { accountId: before.id, readings } }, { token })).data.meterReadingsSubmit.userErrors).toEqual([]);
    const c = (await t.gql(CALC, {}, { token })).data.viewer.activeAccount.preliminaryCalculation;
    expect(c.lines.filter((l: any) => /Водо/.test(l.service) || /Холодное/.test(l.service))).toEqual([
      { service: "Водоотведение ХВС", method: "METER", tariff: "58.92", norm: null, volume: "11", amount: "648.12" },
      { service: "Холодное водоснабжение", method: "METER", tariff: "48.86", norm: null, volume: "11", amount: "537.46" },
    ]);
  });
});
