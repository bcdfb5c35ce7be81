// The bulk generator: N accounts with meters, a year of accepted readings, charges, payments
// and invoices whose figures agree with each other, numbered after the existing ones.
import { describe, expect, it } from "vitest";
import { testDatabases, withTestDatabase } from "../test/db.js";
import { generateAccounts } from "./generate.js";

const NOW = new Date("2026-11-24T07:00:00.000Z");
const FIRST = "2025-11-01";
const LAST = "2026-10-01";
const GENERATED = `a."number" LIKE '9%'`;

describe.each(testDatabases())("account generator on $name", (backend) => {
  const one = async <T>(sql: string) => (await db.sql.query<T>(sql))[0];
  const num = async (sql: string) => Number((await one<{ n: unknown }>(sql)).n);

  const db = withTestDatabase({
    backend,
    demo: true,
    timeout: 120_000,
    seed: async () => {
      // Two runs, odd batch sizes: numbers must continue after the existing ones. 250 accounts are
      // enough for the mix below and keep the file light beside other test files on two cores.
      const progress: number[] = [];
      const first = await generateAccounts(db, { accounts: 150, now: NOW, batch: 64, onProgress: (d) => progress.push(d) });
      expect(first.accounts).toBe(150);
      expect(progress).toEqual([64, 128, 150]);
      await generateAccounts(db, { accounts: 100, now: NOW, batch: 75 });
    },
  });

  it("adds 250 accounts with unique consecutive 10-digit numbers beside the demo ones", async () => {
    const row = await one<{ n: number; lo: string; hi: string; distinct: number }>(
      `SELECT count(*)::int AS n, min(number) AS lo, max(number) AS hi, count(DISTINCT number)::int AS distinct FROM "Account" a WHERE ${GENERATED}`,
    );
    expect(row).toEqual({ n: 250, lo: "9000000000", hi: "9000000249", distinct: 250 });
    expect(await num(`SELECT count(*) AS n FROM "Account" a WHERE NOT (${GENERATED})`)).toBe(4);
    const owners = await db.sql.query<{ ownerLastName: string; address: string; objectType: string; residents: number }>(
      `SELECT "ownerLastName", address, "objectType", residents FROM "Account" a WHERE ${GENERATED}`,
    );
    expect(new Set(owners.map((o) => o.ownerLastName)).size).toBeGreaterThan(30);
    expect(owners.every((o) => /^62\d{4}, ХМАО - Югра, .+ г, .+, д\. \d+/.test(o.address))).toBe(true);
    expect(new Set(owners.map((o) => o.objectType))).toEqual(new Set(["Квартира", "Частный дом"]));
    expect(owners.every((o) => o.residents >= 1 && o.residents <= 6)).toBe(true);
  });

  it("gives every account services and an electricity meter; some two-zone, some with a water meter", async () => {
    expect(
      await num(`SELECT count(*) AS n FROM "Account" a WHERE ${GENERATED} AND NOT EXISTS (SELECT 1 FROM "AccountService" s WHERE s."accountId" = a.id)`),
    ).toBe(0);
    expect(
      await num(
        `SELECT count(*) AS n FROM "Account" a WHERE ${GENERATED} AND NOT EXISTS (SELECT 1 FROM "Meter" m WHERE m."accountId" = a.id AND m.resource = 'ELECTRICITY')`,
      ),
    ).toBe(0);
    const mix = await one<{ two: number; one: number; water: number }>(
      `SELECT count(*) FILTER (WHERE m.resource = 'ELECTRICITY' AND m.zones = ARRAY['DAY','NIGHT']::"TariffZone"[])::int AS two,
              count(*) FILTER (WHERE m.resource = 'ELECTRICITY' AND m.zones = ARRAY['ALL_DAY']::"TariffZone"[])::int AS one,
              count(*) FILTER (WHERE m.resource = 'COLD_WATER')::int AS water
       FROM "Meter" m JOIN "Account" a ON a.id = m."accountId" WHERE ${GENERATED}`,
    );
    expect(mix.two).toBeGreaterThan(100);
    expect(mix.one).toBeGreaterThan(40);
    expect(mix.water).toBeGreaterThan(75);
    // The electricity service has the meter's zones, so tariffs and charges follow them.
    expect(
      await num(`SELECT count(*) AS n FROM "Meter" m JOIN "Account" a ON a.id = m."accountId"
                 JOIN "AccountService" s ON s."accountId" = m."accountId" AND s."serviceId" = m."serviceId"
                 WHERE ${GENERATED} AND s.zones <> m.zones`),
    ).toBe(0);
  });

  it("records 12 months of accepted, increasing readings per meter and zone", async () => {
    const rows = await db.sql.query<{ months: number; bad: number }>(
      `SELECT count(*) FILTER (WHERE r.period BETWEEN DATE '${FIRST}' AND DATE '${LAST}')::int AS months,
              count(*) FILTER (WHERE r.status <> 'ACCEPTED' OR r."submittedAt" > TIMESTAMP '2026-11-24 07:00:00')::int AS bad
       FROM "Meter" m JOIN "Account" a ON a.id = m."accountId" CROSS JOIN LATERAL unnest(m.zones) z(zone)
       JOIN "MeterReading" r ON r."meterId" = m.id AND r.zone = z.zone
       WHERE ${GENERATED} GROUP BY m.id, z.zone`,
    );
    expect(rows.length).toBeGreaterThan(350);
    expect(rows.every((r) => r.months === 12 && r.bad === 0)).toBe(true);
    expect(
      await num(`SELECT count(*) AS n FROM (
                   SELECT r.value - lag(r.value) OVER (PARTITION BY r."meterId", r.zone ORDER BY r.period) AS used
                   FROM "MeterReading" r JOIN "Meter" m ON m.id = r."meterId" JOIN "Account" a ON a.id = m."accountId" WHERE ${GENERATED}
                 ) x WHERE used <= 0`),
    ).toBe(0);
  });

  it("computes charges exactly: amount = volume × tariff, closing = opening + charged − paid + recalculation + penalty", async () => {
    const shape = await one<{ lines: number; months: number; wrongIdentity: number; wrongAmount: number; metered: number }>(
      `SELECT count(DISTINCT (c."accountId", c."serviceId", c.zone))::int AS lines, count(DISTINCT c.period)::int AS months,
              count(*) FILTER (WHERE c."closingBalance" <> c."openingBalance" + c.charged - c.paid + c.recalculation + c.penalty)::int AS "wrongIdentity",
              count(*) FILTER (WHERE c.charged <> round(c.volume * c.tariff, 2))::int AS "wrongAmount",
              count(*) FILTER (WHERE c.method = 'METER')::int AS metered
       FROM "Charge" c JOIN "Account" a ON a.id = c."accountId" WHERE ${GENERATED}`,
    );
    expect(shape.lines).toBeGreaterThan(1000);
    expect(shape.months).toBe(12);
    expect(shape.wrongIdentity).toBe(0);
    expect(shape.wrongAmount).toBe(0);
    expect(shape.metered).toBeGreaterThan(0);
    // Each month's closing balance is the next month's opening balance, line by line.
    expect(
      await num(`SELECT count(*) AS n FROM (
                   SELECT c."openingBalance", lag(c."closingBalance") OVER (PARTITION BY c."accountId", c."serviceId", c.zone ORDER BY c.period) AS prev
                   FROM "Charge" c JOIN "Account" a ON a.id = c."accountId" WHERE ${GENERATED}
                 ) x WHERE prev IS NOT NULL AND prev <> "openingBalance"`),
    ).toBe(0);
    // Metered volumes are the differences of the accepted readings.
    expect(
      await num(`SELECT count(*) AS n FROM "Charge" c JOIN "Account" a ON a.id = c."accountId"
                 JOIN "Service" s ON s.id = c."serviceId" AND s.resource = 'ELECTRICITY'
                 JOIN "Meter" m ON m."accountId" = c."accountId" AND m."serviceId" = c."serviceId"
                 JOIN "MeterReading" r ON r."meterId" = m.id AND r.zone = c.zone AND r.period = c.period
                 JOIN "MeterReading" p ON p."meterId" = m.id AND p.zone = c.zone AND p.period = (c.period - interval '1 month')::date
                 WHERE ${GENERATED} AND c.volume <> r.value - p.value`),
    ).toBe(0);
  });

  it("backs every payment with its items and the charges' paid amounts, and every invoice with its charges", async () => {
    const wrongItems = await num(
      `SELECT count(*) AS n FROM "Payment" p JOIN "Account" a ON a.id = p."accountId"
       WHERE ${GENERATED} AND p.amount <> (SELECT coalesce(sum(i.amount), 0) FROM "PaymentItem" i WHERE i."paymentId" = p.id)`,
    );
    expect(wrongItems).toBe(0);
    // What the charges say was paid per supplier and month is what the payment items carry.
    const mismatch = await num(
      `SELECT count(*) AS n FROM (
         SELECT c."accountId", c."supplierId", c.period AS m, sum(c.paid) AS paid
         FROM "Charge" c JOIN "Account" a ON a.id = c."accountId" WHERE ${GENERATED} GROUP BY 1, 2, 3
       ) ch FULL JOIN (
         SELECT i."accountId", i."supplierId", date_trunc('month', p."paidAt")::date AS m,
                sum(i.amount) AS paid
         FROM "PaymentItem" i JOIN "Payment" p ON p.id = i."paymentId" JOIN "Account" a ON a.id = i."accountId" WHERE ${GENERATED} GROUP BY 1, 2, 3
       ) it ON it."accountId" = ch."accountId" AND it."supplierId" = ch."supplierId" AND it.m = ch.m
       WHERE coalesce(ch.paid, 0) <> coalesce(it.paid, 0)`,
    );
    expect(mismatch).toBe(0);
    const invoices = await one<{ n: number; wrong: number }>(
      `SELECT count(*)::int AS n, count(*) FILTER (WHERE v."totalCharged" <> x.charged OR v."totalDue" <> x.closing OR v.penalty <> x.penalty)::int AS wrong
       FROM "Invoice" v JOIN "Account" a ON a.id = v."accountId"
       JOIN (SELECT "accountId", period, sum(charged) AS charged, sum("closingBalance") AS closing, sum(penalty) AS penalty FROM "Charge" GROUP BY 1, 2) x
         ON x."accountId" = v."accountId" AND x.period = v.period
       WHERE ${GENERATED}`,
    );
    expect(invoices).toEqual({ n: 3000, wrong: 0 });
    expect(
      await num(
        `SELECT count(*) AS n FROM "Payment" p JOIN "Account" a ON a.id = p."accountId" WHERE ${GENERATED} AND (p.status <> 'SUCCEEDED' OR p."paidAt" > TIMESTAMP '2026-11-24 07:00:00')`,
      ),
    ).toBe(0);
  });

  it("varies how accounts pay: most owe nothing, some overpay, some are in debt for months with penalties", async () => {
    const balances = await db.sql.query<{ due: string; penalties: string; unpaid: number }>(
      `SELECT sum(c."closingBalance") FILTER (WHERE c.period = DATE '${LAST}') AS due, sum(c.penalty) AS penalties,
              count(DISTINCT c.period) FILTER (WHERE c.paid = 0 AND c.charged > 0)::int AS unpaid
       FROM "Charge" c JOIN "Account" a ON a.id = c."accountId" WHERE ${GENERATED} GROUP BY c."accountId"`,
    );
    const settled = balances.filter((b) => Number(b.due) === 0).length;
    const overpaid = balances.filter((b) => Number(b.due) < 0).length;
    const debtors = balances.filter((b) => b.unpaid >= 2 && Number(b.due) > 0 && Number(b.penalties) > 0).length;
    expect(settled).toBeGreaterThan(150);
    expect(overpaid).toBeGreaterThan(5);
    expect(debtors).toBeGreaterThan(5);
  });

  it("leaves no dangling references (the generator may bypass foreign-key triggers)", async () => {
    const orphans = await num(
      `SELECT (SELECT count(*) FROM "Charge" c WHERE NOT EXISTS (SELECT 1 FROM "Account" a WHERE a.id = c."accountId")
                                                OR NOT EXISTS (SELECT 1 FROM "Service" s WHERE s.id = c."serviceId")
                                                OR NOT EXISTS (SELECT 1 FROM "Supplier" s WHERE s.id = c."supplierId"))
            + (SELECT count(*) FROM "MeterReading" r WHERE NOT EXISTS (SELECT 1 FROM "Meter" m WHERE m.id = r."meterId"))
            + (SELECT count(*) FROM "Meter" m WHERE NOT EXISTS (SELECT 1 FROM "Account" a WHERE a.id = m."accountId"))
            + (SELECT count(*) FROM "AccountService" s WHERE NOT EXISTS (SELECT 1 FROM "Account" a WHERE a.id = s."accountId"))
            + (SELECT count(*) FROM "PaymentItem" i WHERE NOT EXISTS (SELECT 1 FROM "Payment" p WHERE p.id = i."paymentId")
                                                     OR NOT EXISTS (SELECT 1 FROM "Supplier" s WHERE s.id = i."supplierId"))
            + (SELECT count(*) FROM "Invoice" v WHERE NOT EXISTS (SELECT 1 FROM "Account" a WHERE a.id = v."accountId"))
            + (SELECT count(*) FROM "Account" a WHERE a."clientOfficeId" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "ClientOffice" o WHERE o.id = a."clientOfficeId"))
            AS n`,
    );
    expect(orphans).toBe(0);
    expect(await num(`SELECT count(*) AS n FROM "BillingPeriod" WHERE status = 'CLOSED' AND period BETWEEN DATE '${FIRST}' AND DATE '${LAST}'`)).toBe(12);
  });
});
