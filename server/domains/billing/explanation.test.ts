// «Почему такая сумма»: one small account worked out by hand (a two-zone meter read again after
// two months by the norm — a recalculation —, cold water by the norm with a debt — a penalty —,
// a payment), closed by the real period close; then every line of generated and demo data.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { loadConfig } from "../../config.js";
import type { Database } from "../../db/client.js";
import { generateAccounts } from "../../db/generate.js";
import { seedCatalog } from "../../db/seed/catalog.js";
import { devMessenger } from "../../integrations/messaging/index.js";
import { fixedClock } from "../../shared/clock.js";
import { testDatabases } from "../../test/db.js";
import { chargeHistory } from "./charges.js";
import { closeBillingPeriod } from "./close.js";
import { explainCharge, type ExplainableLine } from "./explanation.js";
import { lineName } from "./lines.js";

const D = (s: string) => new Date(`${s}T00:00:00.000Z`);
/** The retailer's clock (Asia/Yekaterinburg, UTC+5). */
const local = (s: string) => new Date(new Date(`${s}Z`).getTime() - 5 * 3600_000);
const OCT = D("2026-10-01");
const TZ = "Asia/Yekaterinburg";
/** Formulas use no-break spaces in numbers; the expectations are written with plain ones. */
const plain = (s: string) => s.replace(/\u00a0/g, " ");

describe.each(testDatabases())("charge explanations on $name", (backend) => {
  describe("a small account worked out by hand", () => {
    let database: Database;
    let accountId: number;
    beforeEach(async () => {
      database = await backend.open();
      const db = database.prisma;
      const { services } = await seedCatalog(db);
      const svc = (code: string) => services.get(code)!;
      const account = await db.account.create({
        data: {
          number: "5559000001",
          ownerLastName: "Сидорова",
          ownerFirstName: "Ольга",
          address: "628300, Нефтеюганск г, 5 мкр., д. 2, кв. 7",
          objectType: "Квартира",
          residents: 2,
          rooms: 2,
          stoveType: "Газовая",
          totalArea: "50",
          openedAt: D("2020-01-01"),
        },
      });
      accountId = account.id;
      await db.accountService.createMany({
        data: [
          { accountId, serviceId: svc("ELECTRICITY").id, zones: ["DAY", "NIGHT"], since: D("2020-01-01") },
          { accountId, serviceId: svc("COLD_WATER").id, zones: ["ALL_DAY"], since: D("2020-01-01") },
        ],
      });
      const meter = await db.meter.create({
        data: {
          accountId,
          serviceId: svc("ELECTRICITY").id,
          number: "7700101",
          resource: "ELECTRICITY",
          unit: "кВт.ч",
          zones: ["DAY", "NIGHT"],
          installedAt: D("2020-01-01"),
        },
      });
      // Read in July, not in August and September (billed by the norm), read again in October.
      const read = (zone: "DAY" | "NIGHT", period: string, value: string, source: "WEB" | "MOBILE_APP", at: Date, accepted: boolean) =>
        db.meterReading.create({
          data: {
            meterId: meter.id,
            zone,
            period: D(period),
            value,
            source,
            submittedAt: at,
            status: accepted ? "ACCEPTED" : "SUBMITTED",
            acceptedAt: accepted ? at : null,
          },
        });
      await read("DAY", "2026-07-01", "27102", "WEB", local("2026-07-22T10:00:00"), true);
      await read("NIGHT", "2026-07-01", "12000", "WEB", local("2026-07-22T10:00:00"), true);
      await read("DAY", "2026-10-01", "27417", "MOBILE_APP", local("2026-10-21T10:00:00"), false);
      await read("NIGHT", "2026-10-01", "12120", "MOBILE_APP", local("2026-10-21T10:00:00"), false);
      const line = (code: string, c: Record<string, string | null> & { period: string; method: "NORM" }) => ({
        accountId,
        serviceId: svc(code).id,
        supplierId: svc(code).supplierId,
        zone: "ALL_DAY" as const,
        paid: "0",
        recalculation: "0",
        penalty: "0",
        openingBalance: "0",
        ...c,
        period: D(c.period),
      });
      await db.charge.createMany({
        data: [
          // Electricity by the norm in August and September, paid: 2 × 100 кВт.ч × 1.87 = 374.00.
          line("ELECTRICITY", {
            period: "2026-08-01",
            method: "NORM",
            norm: "100",
            volume: "200",
            tariff: "1.87",
            charged: "374.00",
            paid: "374.00",
            closingBalance: "0",
          }),
          line("ELECTRICITY", {
            period: "2026-09-01",
            method: "NORM",
            norm: "100",
            volume: "200",
            tariff: "1.87",
            charged: "374.00",
            paid: "374.00",
            closingBalance: "0",
          }),
          // Cold water by the norm (no meter), unpaid: 2 × 4.81 × 48.86 = 470.03; September's penalty 2.00.
          line("COLD_WATER", {
            period: "2026-08-01",
            method: "NORM",
            norm: "4.81",
            volume: "9.62",
            tariff: "48.86",
            charged: "470.03",
            closingBalance: "470.03",
          }),
          line("COLD_WATER", {
            period: "2026-09-01",
            method: "NORM",
            norm: "4.81",
            volume: "9.62",
            tariff: "48.86",
            openingBalance: "470.03",
            charged: "470.03",
            penalty: "2.00",
            closingBalance: "942.06",
          }),
        ],
      });
      const closed = (p: string) => ({ period: D(p), status: "CLOSED" as const, closedAt: local(`${p}T00:00:00`), closedBy: "test" });
      await db.billingPeriod.createMany({ data: [closed("2026-08-01"), closed("2026-09-01")] });
      await db.payment.create({
        data: {
          accountId,
          amount: "300.00",
          status: "SUCCEEDED",
          paidAt: local("2026-10-15T12:00:00"),
          createdAt: local("2026-10-15T12:00:00"),
          items: { create: [{ accountId, supplierId: svc("COLD_WATER").supplierId, amount: "300.00" }] },
        },
      });
      const clock = fixedClock(local("2026-11-01T03:00:00"));
      const config = loadConfig({ NODE_ENV: "test", PUBLIC_URL: "https://lk.example" });
      await closeBillingPeriod({ db, sql: database.sql, clock, config, messenger: devMessenger({ db, clock, log: null }) }, OCT, "job");
    });
    afterEach(async () => database?.close());

    it("explains every line in the hand figures, and the steps add up to «К оплате на конец»", async () => {
      const history = await chargeHistory(database.prisma, accountId, OCT, OCT);
      const lines = history.months[0]!.lines;
      const explained = lines.map((l) => {
        const e = explainCharge(l, TZ);
        return {
          line: l.service,
          closing: l.closingBalance.toFixed(2),
          total: e.total.toFixed(2),
          steps: e.steps.map((s) => [s.label, plain(s.formula), s.value.toFixed(2)]),
        };
      });
      expect(explained).toEqual([
        {
          // 27 417 − 27 102 = 315 × 2.25 = 708.75; the two norm months reversed: −748.00.
          line: "Электроэнергия (день)",
          closing: "-39.25",
          total: "-39.25",
          steps: [
            [
              "Начислено по прибору учета",
              "Объем: 27 417 − 27 102 = 315 кВт.ч (день) · Показания: прибор № 7700101: 27 417 (от 21.10.2026, мобильное приложение), предыдущее 27 102 (от 22.07.2026, за июль 2026, личный кабинет) · Тариф 2,25 р. за кВт.ч (день), действует с 01.07.2025 · 315 × 2,25 = 708,75 р.",
              "708.75",
            ],
            [
              "Перерасчет",
              "Начисления по нормативу за август 2026 — 374,00 р., сентябрь 2026 — 374,00 р. сняты: объем по прибору учета с показания за июль 2026 начислен в этом месяце полностью (п. 61 Правил № 354) · −374,00 − 374,00 = −748,00 р.",
              "-748.00",
            ],
          ],
        },
        {
          line: "Электроэнергия (ночь)",
          closing: "132.00",
          total: "132.00",
          steps: [
            [
              "Начислено по прибору учета",
              "Объем: 12 120 − 12 000 = 120 кВт.ч (ночь) · Показания: прибор № 7700101: 12 120 (от 21.10.2026, мобильное приложение), предыдущее 12 000 (от 22.07.2026, за июль 2026, личный кабинет) · Тариф 1,1 р. за кВт.ч (ночь), действует с 01.07.2025 · 120 × 1,1 = 132,00 р.",
              "132.00",
            ],
          ],
        },
        {
          // Overdue: 942.06 − September's bill 470.03 − paid 300 = 172.03, less the unpaid
          // penalty 2.00 = 170.03; × 31 / 300 × 9.5 % = 1.669… → 1.67. 942.06 + 470.03 + 1.67 − 300.
          line: "Холодное водоснабжение",
          closing: "1113.76",
          total: "1113.76",
          steps: [
            ["К оплате на начало месяца", "Долг на начало месяца: 942,06 р.", "942.06"],
            [
              "Начислено по нормативу",
              "По нормативу: 2 чел. × 4,81 м³ = 9,62 м³, прибор учета не установлен · Тариф 48,86 р. за м³, действует с 01.07.2025 · 9,62 × 48,86 = 470,0332 ≈ 470,03 р.",
              "470.03",
            ],
            ["Пени", "Пени: 170,03 р. × 31 дн. × 1/300 × 9,5 % = 1,67 р. (просроченный долг 172,03 р. без неоплаченных пеней 2,00 р.)", "1.67"],
            ["Оплачено", "Оплачено: 15.10.2026 — 300,00 р.", "-300.00"],
          ],
        },
      ]);
    });

    it("keeps the inputs on the line in the close's transaction, and a second close changes nothing", async () => {
      const day = await database.prisma.charge.findFirstOrThrow({ where: { accountId, period: OCT, zone: "DAY" } });
      expect(day.inputs).toMatchObject({
        v: 1,
        readings: [{ meter: "7700101", prev: "27102.000", prevPeriod: "2026-07-01", prevSource: "WEB", cur: "27417.000", curSource: "MOBILE_APP" }],
        tariff: { rate: "2.2500", zone: "DAY", from: "2025-07-01" },
        recalculation: {
          reason: "NORM_REVERSED",
          since: "2026-07-01",
          months: [
            { period: "2026-08-01", amount: "374.00" },
            { period: "2026-09-01", amount: "374.00" },
          ],
        },
      });
      expect(day.inputs).not.toHaveProperty("derived");
      const water = await database.prisma.charge.findFirstOrThrow({ where: { accountId, period: OCT, service: { code: "COLD_WATER" } } });
      expect(water.inputs).toMatchObject({
        normBase: { quantity: "4.81", basis: "PER_RESIDENT", base: "2", residents: 2, rooms: 2, meters: 0 },
        penalty: { overdue: "172.03", unpaidPenalty: "2.00", base: "170.03", days: 31, rate: "0.095" },
        payments: { supplierTotal: "300.00", list: [{ amount: "300.00" }] },
      });
      const before = await database.prisma.charge.findMany({ where: { period: OCT }, orderBy: { id: "asc" } });
      const clock = fixedClock(local("2026-11-02T03:00:00"));
      const again = await closeBillingPeriod(
        {
          db: database.prisma,
          sql: database.sql,
          clock,
          config: loadConfig({ NODE_ENV: "test", PUBLIC_URL: "https://lk.example" }),
          messenger: devMessenger({ db: database.prisma, clock, log: null }),
        },
        OCT,
        "job",
      );
      expect(again.closedNow).toBe(false);
      expect(await database.prisma.charge.findMany({ where: { period: OCT }, orderBy: { id: "asc" } })).toEqual(before);
    });
  });

  describe("generated and demo data", () => {
    let database: Database;
    beforeAll(async () => {
      database = await backend.open({ demo: true });
      await generateAccounts(database, { accounts: 40, now: new Date("2026-11-24T07:00:00.000Z"), batch: 25 });
    }, 120_000);
    afterAll(async () => database?.close());

    it("every line's steps add up to its closing balance; metered lines show their readings, norm lines their base", async () => {
      const rows = await database.prisma.charge.findMany({ include: { service: true } });
      expect(rows.length).toBeGreaterThan(2000);
      const problems: string[] = [];
      let withReadings = 0;
      for (const c of rows) {
        const line: ExplainableLine = {
          ...c,
          service: lineName(c.service.name, c.zone, c.zone !== "ALL_DAY"),
          serviceCode: c.service.code,
          unit: c.service.unit,
          closingBalance: c.closingBalance,
        };
        const e = explainCharge(line, TZ);
        const sum = e.steps.reduce((s, x) => s.add(x.value), c.charged.mul(0));
        if (!sum.eq(c.closingBalance) || !e.total.eq(c.closingBalance)) problems.push(`${c.id}: steps ${sum} ≠ ${c.closingBalance}`);
        const charged = e.steps.find((s) => s.label.startsWith("Начислено"));
        if (c.volume !== null && !charged?.value.eq(c.charged)) problems.push(`${c.id}: charged step`);
        if (c.method === "METER" && charged) {
          if (charged.formula.includes("показания: нет данных")) problems.push(`${c.id}: readings not derived: ${JSON.stringify(c.inputs)}`);
          else withReadings += 1;
        }
        if (c.method === "NORM" && charged?.formula.includes("(нет данных)")) problems.push(`${c.id}: norm base not derived`);
        if (charged?.formula.includes("срок действия: нет данных")) problems.push(`${c.id}: tariff not found`);
        if (!c.paid.isZero() && e.steps.find((s) => s.label === "Оплачено")!.formula.includes("платежи: нет данных"))
          problems.push(`${c.id}: payments not derived`);
      }
      expect(problems.slice(0, 10)).toEqual([]);
      expect(withReadings).toBeGreaterThan(500);
    });
  });
});
