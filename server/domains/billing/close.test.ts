import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { loadConfig } from "../../config.js";
import { openDatabase, type Database } from "../../db/client.js";
import { devMessenger, type OutboxEntry } from "../../integrations/messaging/index.js";
import { fixedClock } from "../../shared/clock.js";
import { money } from "../../shared/money.js";
import { testDatabases } from "../../test/db.js";
import { closeBillingPeriod, closeEndedPeriods, type CloseDeps } from "./close.js";
import { CLOSE_AT, OCT, buildBillingWorld, local } from "./test-support.js";

const D = (s: string) => new Date(`${s}T00:00:00.000Z`);

describe.each(testDatabases())("period close on $name", (backend) => {
  let database: Database;
  let sent: OutboxEntry[];
  let deps: CloseDeps;
  const clock = fixedClock(CLOSE_AT);

  beforeEach(async () => {
    database = await backend.open();
    await buildBillingWorld(database.prisma);
    sent = [];
    clock.set(CLOSE_AT);
    const config = loadConfig({ NODE_ENV: "test", PUBLIC_URL: "https://lk.example" });
    deps = {
      db: database.prisma,
      sql: database.sql,
      clock,
      config,
      messenger: devMessenger({ db: database.prisma, clock, log: null, onMessage: (m) => sent.push(m) }),
    };
  });
  afterEach(async () => database?.close());

  /** The period's charge lines as text, in a stable order. */
  async function lines(period = OCT) {
    const rows = await database.prisma.charge.findMany({
      where: { period },
      include: { account: { select: { number: true } }, service: { select: { code: true } }, supplier: { select: { code: true } } },
      orderBy: [{ accountId: "asc" }, { serviceId: "asc" }, { zone: "asc" }],
    });
    return rows.map((c) => [
      c.account.number,
      c.service.code,
      c.zone,
      c.supplier.code,
      c.method,
      c.norm?.toFixed(2) ?? null,
      c.volume?.toFixed(3) ?? null,
      c.tariff?.toFixed(2) ?? null,
      c.openingBalance.toFixed(2),
      c.charged.toFixed(2),
      c.paid.toFixed(2),
      c.recalculation.toFixed(2),
      c.penalty.toFixed(2),
      c.closingBalance.toFixed(2),
    ]);
  }

  it("computes October line by line as worked out by hand", async () => {
    const r = await closeBillingPeriod(deps, OCT, "job");
    expect(r.closedNow).toBe(true);
    //  account       service        zone       supplier        method   norm    volume      tariff   opening   charged    paid      recalc     penalty closing
    expect(await lines()).toEqual([
      // A: 10180 − 10000 = 180 кВт.ч × 2.25; the day line carries 502.85 of debt. Paid 100 + 20
      // (the payment at 01:00 on 1 October local time counts, the one on 1 November does not).
      // Overdue: 502.85 − September's bill 200 − paid 120 − unpaid penalty 2.85 = 180.00;
      // penalty 180 × 9.5 % / 300 × 31 days = 1.767 → 1.77. Closing 502.85 + 405 − 120 + 1.77.
      ["5550000001", "ELECTRICITY", "DAY", "GESBT", "METER", null, "180.000", "2.25", "502.85", "405.00", "120.00", "0.00", "1.77", "789.62"],
      ["5550000001", "ELECTRICITY", "NIGHT", "GESBT", "METER", null, "70.000", "1.10", "0.00", "77.00", "0.00", "0.00", "0.00", "77.00"],
      // No water meter: norm 4.81 × 3 residents = 14.43 м³ × 48.86 = 705.0498 → 705.05.
      ["5550000001", "COLD_WATER", "ALL_DAY", "GESBT", "NORM", "4.81", "14.430", "48.86", "0.00", "705.05", "0.00", "0.00", "0.00", "705.05"],
      // ТКО: 3 residents × 137.52.
      ["5550000001", "SOLID_WASTE", "ALL_DAY", "UGRA_ECOLOGY", "FIXED", null, "3.000", "137.52", "0.00", "412.56", "0.00", "0.00", "0.00", "412.56"],
      // B: the meter read again after July: 118 − 100 = 18 м³ for August–October, the August and
      // September norm charges reversed; sewerage follows the water meter.
      ["5550000002", "COLD_WATER", "ALL_DAY", "GESBT", "METER", null, "18.000", "48.86", "0.00", "879.48", "0.00", "-470.04", "0.00", "409.44"],
      ["5550000002", "WASTEWATER", "ALL_DAY", "GESBT", "METER", null, "18.000", "58.92", "0.00", "1060.56", "0.00", "-566.82", "0.00", "493.74"],
      // C: the control round's 1250 counts, not the customer's later 1300: 250 × 1.87. 1000 ₽ paid
      // without a split: all of it on the retailer's line, 532.50 overpaid (negative).
      ["5550000003", "ELECTRICITY", "ALL_DAY", "GESBT", "METER", null, "250.000", "1.87", "0.00", "467.50", "1000.00", "0.00", "0.00", "-532.50"],
      // D: 0.5 Гкал × 2.01 = 1.005 exactly → 1.01 (half up; a float would make it 1.00).
      ["5550000004", "TEST_HEAT", "ALL_DAY", "GESBT", "METER", null, "0.500", "2.01", "0.00", "1.01", "0.00", "0.00", "0.00", "1.01"],
    ]);

    const t = r.totals!;
    expect([t.accounts, t.lines, t.metered, t.byNorm, t.fixed, t.unpriced, t.readingsAccepted, t.readingsSuperseded]).toEqual([4, 8, 6, 1, 1, 0, 5, 1]);
    expect([t.charged, t.paid, t.recalculation, t.penalty, t.closing].map((m) => m.toFixed(2))).toEqual(["4008.16", "1120.00", "-1036.86", "1.77", "2355.92"]);
    expect(t.unallocatedPayments).toBe(0);

    const invoices = await database.prisma.invoice.findMany({ where: { period: OCT }, orderBy: { number: "asc" } });
    expect(
      invoices.map((i) => [i.number, i.totalCharged.toFixed(2), i.totalDue.toFixed(2), i.penalty.toFixed(2), i.dueDate.toISOString().slice(0, 10)]),
    ).toEqual([
      ["5550000001-202610", "1599.61", "1984.23", "1.77", "2026-11-10"],
      ["5550000002-202610", "1940.04", "903.18", "0.00", "2026-11-10"],
      ["5550000003-202610", "467.50", "-532.50", "0.00", "2026-11-10"],
      ["5550000004-202610", "1.01", "1.01", "0.00", "2026-11-10"],
    ]);
    expect(invoices.every((i) => i.issuedAt.getTime() === CLOSE_AT.getTime())).toBe(true);

    // Readings: the last submitted is accepted, earlier ones and the customer's after a control round superseded.
    const readings = await database.prisma.meterReading.findMany({
      where: { period: OCT },
      orderBy: { id: "asc" },
      select: { value: true, status: true, acceptedAt: true },
    });
    expect(readings.map((x) => [x.value.toString(), x.status])).toEqual([
      ["10150", "SUPERSEDED"],
      ["10180", "ACCEPTED"],
      ["5070", "ACCEPTED"],
      ["118", "ACCEPTED"],
      ["1250", "ACCEPTED"],
      ["1300", "SUPERSEDED"],
      ["10.5", "ACCEPTED"],
    ]);
    // Accepted now, except the control round's, accepted when the office entered it.
    expect(readings.filter((x) => x.status === "ACCEPTED").map((x) => x.acceptedAt?.getTime() === CLOSE_AT.getTime())).toEqual([true, true, true, false, true]);

    const period = await database.prisma.billingPeriod.findUniqueOrThrow({ where: { period: OCT } });
    expect([period.status, period.closedBy, period.closedAt?.toISOString()]).toEqual(["CLOSED", "job", CLOSE_AT.toISOString()]);
    expect(await database.prisma.auditLog.count({ where: { action: "billing.period_closed", entityId: "2026-10-01" } })).toBe(1);

    // E-invoices: to the subscriber with a confirmed e-mail, one per invoice of their accounts.
    expect(r.email).toEqual({ sent: 2, failed: 0 });
    expect(sent.map((m) => m.to)).toEqual(["einvoice@kabinet.test", "einvoice@kabinet.test"]);
    const letter = sent.find((m) => m.text.includes("5550000001-202610"))!;
    expect(letter.subject).toBe("Квитанция за октябрь 2026 по ЛС 5550000001");
    expect(letter.text).toContain("К оплате: 1\u00a0984,23\u00a0р., в т.ч. пени 1,77\u00a0р. Срок оплаты — до 10.11.2026.");
    expect(letter.text).toMatch(/Открыть квитанцию: https:\/\/lk\.example\/documents\/invoice\.html\?token=\S+/);
    expect(letter.text).toMatch(/Скачать в PDF: https:\/\/lk\.example\/documents\/invoice\.pdf\?token=\S+/);
    expect(sent.find((m) => m.text.includes("5550000003-202610"))!.text).toContain("Переплата 532,50\u00a0р.");
    // The stored copy has the link's token masked.
    const stored = await database.prisma.outboundMessage.findMany({ where: { channel: "EMAIL" } });
    expect(stored.every((m) => m.body.includes("token=•••") && m.dedupeKey?.startsWith("e-invoice:"))).toBe(true);
    expect((await database.prisma.invoice.findMany({ where: { emailedAt: { not: null } } })).map((i) => i.number).sort()).toEqual([
      "5550000001-202610",
      "5550000003-202610",
    ]);
  });

  it("closing twice changes nothing and sends nothing again", async () => {
    await closeBillingPeriod(deps, OCT, "job");
    const snapshot = async () => ({
      lines: await lines(),
      invoices: await database.prisma.invoice.findMany({ orderBy: { id: "asc" } }),
      readings: await database.prisma.meterReading.findMany({ orderBy: { id: "asc" } }),
      periods: await database.prisma.billingPeriod.findMany({ orderBy: { period: "asc" } }),
      messages: await database.prisma.outboundMessage.count(),
    });
    const before = await snapshot();
    clock.set(local("2026-11-02T09:00:00"));
    const again = await closeBillingPeriod(deps, OCT, "staff:1");
    expect(again.closedNow).toBe(false);
    expect(again.totals).toBeNull();
    expect(again.email).toEqual({ sent: 0, failed: 0 });
    expect(await snapshot()).toEqual(before);
    expect(sent).toHaveLength(2);
    // The job the next day: October is closed and November has not ended — nothing to do.
    expect((await closeEndedPeriods(deps)).map((x) => x.closedNow)).toEqual([false]);
    expect(await snapshot()).toEqual(before);
  });

  it("two replicas closing at once close it once", async () => {
    // On PostgreSQL the second "replica" has its own connection pool to the same database.
    let other = deps;
    let second: Database | undefined;
    if (backend.name === "postgres") {
      const [{ db }] = await database.sql.query<{ db: string }>("SELECT current_database() AS db");
      const url = new URL(process.env.TEST_DATABASE_URL!);
      url.pathname = `/${db}`;
      second = await openDatabase({ databaseUrl: url.toString(), dataDir: "", poolSize: 2 });
      other = { ...deps, db: second.prisma, sql: second.sql };
    }
    const [x, y] = await Promise.all([closeBillingPeriod(deps, OCT, "job"), closeBillingPeriod(other, OCT, "job")]).finally(() => second?.close());
    expect([x.closedNow, y.closedNow].sort()).toEqual([false, true]);
    expect(await database.prisma.charge.count({ where: { period: OCT } })).toBe(8);
    expect(await database.prisma.invoice.count({ where: { period: OCT } })).toBe(4);
    expect(sent).toHaveLength(2);
  });

  it("closes only ended periods, in order", async () => {
    clock.set(local("2026-10-31T23:59:00"));
    await expect(closeBillingPeriod(deps, OCT, "job")).rejects.toMatchObject({
      errors: [{ code: "PERIOD_NOT_ENDED", message: "Период Октябрь 2026 еще не закончился: закрыть его можно с 1 числа следующего месяца." }],
    });
    clock.set(local("2027-01-01T03:00:00"));
    await expect(closeBillingPeriod(deps, D("2026-11-01"), "job")).rejects.toMatchObject({
      errors: [{ code: "EARLIER_PERIOD_OPEN", message: "Сначала закройте период Октябрь 2026." }],
    });
    await expect(closeBillingPeriod(deps, D("2026-06-01"), "job")).rejects.toMatchObject({ errors: [{ code: "LATER_PERIOD_CLOSED" }] });
    expect(await database.prisma.charge.count({ where: { period: { gte: OCT } } })).toBe(0);
    // Nothing was accepted by the refused closes (the control round's reading was accepted on entry).
    expect(await database.prisma.meterReading.count({ where: { status: "ACCEPTED", period: OCT } })).toBe(1);

    // The job on 1 December catches up: October, then November (November's opening is October's closing).
    clock.set(local("2026-12-01T03:00:00"));
    const done = await closeEndedPeriods(deps);
    expect(done.map((x) => [x.period.toISOString().slice(0, 7), x.closedNow])).toEqual([
      ["2026-10", true],
      ["2026-11", true],
    ]);
    const nov = await database.prisma.charge.findMany({
      where: { period: D("2026-11-01"), account: { number: "5550000001" } },
      include: { service: true },
      orderBy: [{ serviceId: "asc" }, { zone: "asc" }],
    });
    expect(nov.map((c) => [c.service.code, c.zone, c.method, c.openingBalance.toFixed(2)])).toEqual([
      // No November readings: electricity by the norm (2 rooms, 3 residents, gas stove: 75 кВт.ч each), one line.
      ["ELECTRICITY", "ALL_DAY", "NORM", "0.00"],
      // The day and night lines of October still carry balances.
      ["ELECTRICITY", "DAY", "METER", "789.62"],
      ["ELECTRICITY", "NIGHT", "METER", "77.00"],
      ["COLD_WATER", "ALL_DAY", "NORM", "705.05"],
      ["SOLID_WASTE", "ALL_DAY", "FIXED", "412.56"],
    ]);
    const norm = nov.find((c) => c.zone === "ALL_DAY" && c.service.code === "ELECTRICITY")!;
    expect([norm.norm?.toString(), norm.volume?.toString(), norm.tariff?.toString(), norm.charged.toFixed(2)]).toEqual(["75", "225", "1.87", "420.75"]);
    // The 500 ₽ paid at 01:00 on 1 November goes to the oldest debt first — the day line's —
    // which leaves nothing overdue there (789.62 − October's bill 405 − 500 < 0): no penalty.
    const day = nov.find((c) => c.zone === "DAY")!;
    expect([day.charged, day.paid, day.penalty, day.closingBalance].map((m) => m.toFixed(2))).toEqual(["0.00", "500.00", "0.00", "289.62"]);
    expect(norm.paid.toFixed(2)).toBe("0.00");
    const water = nov.find((c) => c.service.code === "COLD_WATER")!;
    expect(water.closingBalance.toFixed(2)).toBe(money("705.05").times(2).toFixed(2));
  });
});

describe("closing the month after the demo seed", () => {
  it("continues the seed's books: openings are its closings, the debtor's penalty follows its rule", async () => {
    const database = await testDatabases()[0]!.open({ demo: true });
    try {
      const clock = fixedClock(local("2026-12-01T03:00:00"));
      const config = loadConfig({ NODE_ENV: "test" });
      const deps: CloseDeps = { db: database.prisma, sql: database.sql, clock, config, messenger: devMessenger({ db: database.prisma, clock, log: null }) };
      const [nov] = await closeEndedPeriods(deps);
      expect([nov!.period.toISOString().slice(0, 7), nov!.closedNow]).toEqual(["2026-11", true]);

      const debtor = await database.prisma.account.findUniqueOrThrow({ where: { number: "0720000000" } });
      const rows = await database.prisma.charge.findMany({ where: { accountId: debtor.id }, orderBy: { period: "asc" } });
      const line = (r: (typeof rows)[number]) => `${r.serviceId}/${r.zone}`;
      const novRows = rows.filter((r) => r.period.getTime() === D("2026-11-01").getTime());
      const octRows = rows.filter((r) => r.period.getTime() === D("2026-10-01").getTime());
      expect(novRows.length).toBeGreaterThanOrEqual(octRows.length);
      for (const oct of octRows) {
        const n = novRows.find((r) => line(r) === line(oct))!;
        expect(n.openingBalance.toFixed(2)).toBe(oct.closingBalance.toFixed(2));
        // The seed: 1/300 of 9.5 % a day on the charges of unpaid months more than a month old
        // (August and September of its three unpaid months), penalties not included.
        const overdue = rows
          .filter((r) => line(r) === line(oct) && r.period >= D("2026-08-01") && r.period <= D("2026-09-01"))
          .reduce((s, r) => s.plus(r.charged), money(0));
        expect(n.penalty.toFixed(2)).toBe(overdue.times("0.095").times(30).div(300).toDecimalPlaces(2, 4).toFixed(2));
        expect(n.penalty.gt(0)).toBe(true);
      }
      // The demo customer pays as it goes: nothing was overdue, so no penalty at all.
      const demo = await database.prisma.account.findUniqueOrThrow({ where: { number: "0710000000" } });
      expect(await database.prisma.charge.count({ where: { accountId: demo.id, period: D("2026-11-01"), penalty: { not: 0 } } })).toBe(0);
    } finally {
      await database.close();
    }
  });

  it("books a payment the bank confirmed after its month was closed: due at once, paid in the next close", async () => {
    const database = await testDatabases()[0]!.open({ demo: true });
    try {
      const { amountDue } = await import("../accounts/amount-due.js");
      const debtor = await database.prisma.account.findUniqueOrThrow({ where: { number: "0720000000" } });
      const before = await amountDue(database.prisma, debtor.id);
      // Paid on 31 October (in Yekaterinburg), confirmed only now — October was closed on 1 November.
      const late = await database.prisma.payment.create({
        data: { accountId: debtor.id, amount: "1000.00", status: "SUCCEEDED", paidAt: local("2026-10-31T23:30:00") },
      });
      expect((await amountDue(database.prisma, debtor.id)).balance.toFixed(2)).toBe(before.balance.minus(1000).toFixed(2));

      const clock = fixedClock(local("2026-12-01T03:00:00"));
      const deps: CloseDeps = {
        db: database.prisma,
        sql: database.sql,
        clock,
        config: loadConfig({ NODE_ENV: "test" }),
        messenger: devMessenger({ db: database.prisma, clock, log: null }),
      };
      await closeEndedPeriods(deps);
      const nov = await database.prisma.charge.findMany({ where: { accountId: debtor.id, period: D("2026-11-01") } });
      expect(nov.reduce((s, c) => s.plus(c.paid), money(0)).toFixed(2)).toBe("1000.00");
      expect((await database.prisma.payment.findUniqueOrThrow({ where: { id: late.id } })).billedPeriod).toEqual(D("2026-11-01"));
      // Booked once: the header now reads the November closing balance with nothing left to subtract.
      const closing = nov.reduce((s, c) => s.plus(c.closingBalance), money(0));
      expect((await amountDue(database.prisma, debtor.id)).balance.toFixed(2)).toBe(closing.toFixed(2));
    } finally {
      await database.close();
    }
  });
});
