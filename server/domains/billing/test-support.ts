// A small billing world for the close tests (test-only), with every figure of October 2026 worked out by
// hand in close.test.ts. The catalog is the seed's (tariffs DAY 2.25, NIGHT 1.1, ALL_DAY 1.87,
// cold water 48.86, sewerage 58.92, ТКО 137.52 per resident; water norm 4.81 м³ per resident).
import type { Prisma, PrismaClient, TariffZone } from "../../db/generated/prisma/client.js";
import { seedCatalog } from "../../db/seed/catalog.js";
import { RETAILER_TIMEZONE } from "../../db/seed/dates.js";
import { dateValue as D, localInstant } from "../../shared/calendar.js";
import { hashPassword } from "../identity/password.js";

/** An instant on the retailer's clock ("2026-11-01T03:00:00" in Yekaterinburg). */
export const local = (s: string) => localInstant(s, RETAILER_TIMEZONE);

export const OCT = D("2026-10-01");
/** The job's fire: 1 November 2026, 03:00 in Yekaterinburg. */
export const CLOSE_AT = local("2026-11-01T03:00:00");

type ChargeSeed = Omit<Prisma.ChargeCreateManyInput, "accountId" | "serviceId" | "supplierId"> & { service: string };

export async function buildBillingWorld(db: PrismaClient) {
  const { services } = await seedCatalog(db);
  const svc = (code: string) => services.get(code)!;
  // A test-only service with a tariff that makes volume × tariff end in half a kopeck.
  const heat = await db.service.create({
    data: {
      code: "TEST_HEAT",
      name: "Отопление",
      resource: "HEATING",
      unit: "Гкал",
      normBasis: "PER_AREA",
      supplierId: svc("ELECTRICITY").supplierId,
      sortOrder: 60,
    },
  });
  await db.tariff.create({ data: { serviceId: heat.id, zone: "ALL_DAY", rate: "2.01", validFrom: D("2025-01-01") } });

  let n = 0;
  async function account(o: { residents: number; rooms: number; stove: string; area: string; services: [string, TariffZone[]][] }) {
    n += 1;
    const a = await db.account.create({
      data: {
        number: `55500000${String(n).padStart(2, "0")}`,
        ownerLastName: "Петрова",
        ownerFirstName: "Анна",
        ownerMiddleName: "Сергеевна",
        address: `628300, ХМАО - Югра, Нефтеюганск г, 3 мкр., д. 1, кв. ${n}`,
        objectType: "Квартира",
        residents: o.residents,
        rooms: o.rooms,
        stoveType: o.stove,
        totalArea: o.area,
        openedAt: D("2020-01-01"),
      },
    });
    await db.accountService.createMany({
      data: o.services.map(([code, zones]) => ({ accountId: a.id, serviceId: code === "TEST_HEAT" ? heat.id : svc(code).id, zones, since: D("2020-01-01") })),
    });
    return a;
  }
  async function meter(accountId: number, code: string, number: string, zones: TariffZone[], unit: string, resource: Prisma.MeterCreateManyInput["resource"]) {
    return db.meter.create({
      data: { accountId, serviceId: code === "TEST_HEAT" ? heat.id : svc(code).id, number, resource, unit, zones, installedAt: D("2020-01-01") },
    });
  }
  async function reading(
    meterId: number,
    zone: TariffZone,
    period: string,
    value: string,
    source: Prisma.MeterReadingCreateManyInput["source"],
    submittedAt: Date,
    status: "SUBMITTED" | "ACCEPTED" | "SUPERSEDED" = "SUBMITTED",
  ) {
    return db.meterReading.create({
      data: { meterId, zone, period: D(period), value, source, submittedAt, status, acceptedAt: status === "ACCEPTED" ? submittedAt : null },
    });
  }
  async function charges(accountId: number, rows: ChargeSeed[]) {
    await db.charge.createMany({
      data: rows.map(({ service, ...c }) => ({ ...c, accountId, serviceId: svc(service).id, supplierId: svc(service).supplierId })),
    });
  }
  const closed = (p: string) => ({ period: D(p), status: "CLOSED" as const, closedAt: local(`${p}T00:00:00`), closedBy: "test" });
  await db.billingPeriod.createMany({ data: [closed("2026-07-01"), closed("2026-08-01"), closed("2026-09-01")] });
  const z = { openingBalance: "0", paid: "0", recalculation: "0", penalty: "0" };

  // A: two-zone meter (day 10000 → 10150, resubmitted 10180; night 5000 → 5070), cold water by
  // the norm (3 residents), ТКО; day debt of August and September with a September penalty.
  const a = await account({
    residents: 3,
    rooms: 2,
    stove: "Газовая",
    area: "50",
    services: [
      ["ELECTRICITY", ["DAY", "NIGHT"]],
      ["COLD_WATER", ["ALL_DAY"]],
      ["SOLID_WASTE", ["ALL_DAY"]],
    ],
  });
  const e1 = await meter(a.id, "ELECTRICITY", "7700001", ["DAY", "NIGHT"], "кВт.ч", "ELECTRICITY");
  await reading(e1.id, "DAY", "2026-09-01", "10000", "WEB", local("2026-09-20T10:00:00"), "ACCEPTED");
  await reading(e1.id, "NIGHT", "2026-09-01", "5000", "WEB", local("2026-09-20T10:00:00"), "ACCEPTED");
  // The first October day value was replaced by a resubmission (submitReadings supersedes it).
  await reading(e1.id, "DAY", "2026-10-01", "10150", "WEB", local("2026-10-10T10:00:00"), "SUPERSEDED");
  await reading(e1.id, "DAY", "2026-10-01", "10180", "MOBILE_APP", local("2026-10-20T10:00:00"));
  await reading(e1.id, "NIGHT", "2026-10-01", "5070", "MOBILE_APP", local("2026-10-20T10:00:00"));
  await charges(a.id, [
    {
      ...z,
      service: "ELECTRICITY",
      period: D("2026-07-01"),
      zone: "DAY",
      method: "METER",
      volume: "100",
      tariff: "2.25",
      charged: "225.00",
      paid: "225.00",
      closingBalance: "0",
    },
    {
      ...z,
      service: "ELECTRICITY",
      period: D("2026-08-01"),
      zone: "DAY",
      method: "METER",
      volume: "133.333",
      tariff: "2.25",
      charged: "300.00",
      closingBalance: "300.00",
    },
    {
      ...z,
      service: "ELECTRICITY",
      period: D("2026-09-01"),
      zone: "DAY",
      method: "METER",
      openingBalance: "300.00",
      volume: "88.889",
      tariff: "2.25",
      charged: "200.00",
      penalty: "2.85",
      closingBalance: "502.85",
    },
    {
      ...z,
      service: "ELECTRICITY",
      period: D("2026-09-01"),
      zone: "NIGHT",
      method: "METER",
      volume: "45.455",
      tariff: "1.1",
      charged: "50.00",
      paid: "50.00",
      closingBalance: "0",
    },
    {
      ...z,
      service: "COLD_WATER",
      period: D("2026-09-01"),
      zone: "ALL_DAY",
      method: "NORM",
      norm: "4.81",
      volume: "14.43",
      tariff: "48.86",
      charged: "705.05",
      paid: "705.05",
      closingBalance: "0",
    },
  ]);

  // B: a water meter unread since July (August, September by the norm), read again in October;
  // sewerage follows it.
  const b = await account({
    residents: 1,
    rooms: 1,
    stove: "Электрическая",
    area: "30",
    services: [
      ["COLD_WATER", ["ALL_DAY"]],
      ["WASTEWATER", ["ALL_DAY"]],
    ],
  });
  const w1 = await meter(b.id, "COLD_WATER", "21-000001", ["ALL_DAY"], "м³", "COLD_WATER");
  await reading(w1.id, "ALL_DAY", "2026-07-01", "100", "WEB", local("2026-07-20T10:00:00"), "ACCEPTED");
  await reading(w1.id, "ALL_DAY", "2026-10-01", "118", "WEB", local("2026-10-20T10:00:00"));
  for (const period of ["2026-08-01", "2026-09-01"]) {
    await charges(b.id, [
      {
        ...z,
        service: "COLD_WATER",
        period: D(period),
        zone: "ALL_DAY",
        method: "NORM",
        norm: "4.81",
        volume: "4.81",
        tariff: "48.86",
        charged: "235.02",
        paid: "235.02",
        closingBalance: "0",
      },
      {
        ...z,
        service: "WASTEWATER",
        period: D(period),
        zone: "ALL_DAY",
        method: "NORM",
        norm: "4.81",
        volume: "4.81",
        tariff: "58.92",
        charged: "283.41",
        paid: "283.41",
        closingBalance: "0",
      },
    ]);
  }

  // C: one-zone meter with a customer's reading (1300) and a control round's (1250, earlier):
  // the control reading counts. Pays 1000 ₽ with no supplier split: an overpayment.
  const c = await account({ residents: 2, rooms: 2, stove: "Электрическая", area: "45", services: [["ELECTRICITY", ["ALL_DAY"]]] });
  const e3 = await meter(c.id, "ELECTRICITY", "7700003", ["ALL_DAY"], "кВт.ч", "ELECTRICITY");
  await reading(e3.id, "ALL_DAY", "2026-09-01", "1000", "WEB", local("2026-09-20T10:00:00"), "ACCEPTED");
  // A control round's reading is entered by the office as accepted.
  await reading(e3.id, "ALL_DAY", "2026-10-01", "1250", "CONTROL_ROUND", local("2026-10-12T10:00:00"), "ACCEPTED");
  await reading(e3.id, "ALL_DAY", "2026-10-01", "1300", "WEB", local("2026-10-24T10:00:00"));

  // D: a heat meter reading 0.5 Гкал at 2.01 ₽: exactly 1.005 ₽, billed 1.01 (a float gives 1.00).
  const d = await account({ residents: 1, rooms: 1, stove: "Электрическая", area: "20", services: [["TEST_HEAT", ["ALL_DAY"]]] });
  const h1 = await meter(d.id, "TEST_HEAT", "H-1", ["ALL_DAY"], "Гкал", "HEATING");
  await reading(h1.id, "ALL_DAY", "2026-09-01", "10", "WEB", local("2026-09-20T10:00:00"), "ACCEPTED");
  await reading(h1.id, "ALL_DAY", "2026-10-01", "10.5", "WEB", local("2026-10-20T10:00:00"));

  // Payments: A pays the retailer 100 ₽ on 15 October and 20 ₽ at 01:00 on 1 October (local
  // time: still October); a payment at 01:00 on 1 November and a failed one do not count.
  const gesbt = svc("ELECTRICITY").supplierId;
  const pay = async (accountId: number, amount: string, paidAt: Date, status: "SUCCEEDED" | "FAILED", items: boolean) =>
    db.payment.create({
      data: {
        accountId,
        amount,
        status,
        paidAt,
        createdAt: paidAt,
        ...(items ? { items: { create: [{ accountId, supplierId: gesbt, amount }] } } : {}),
      },
    });
  await pay(a.id, "100.00", local("2026-10-15T12:00:00"), "SUCCEEDED", true);
  await pay(a.id, "20.00", local("2026-10-01T01:00:00"), "SUCCEEDED", true);
  await pay(a.id, "500.00", local("2026-11-01T01:00:00"), "SUCCEEDED", true);
  await pay(a.id, "999.00", local("2026-10-16T12:00:00"), "FAILED", true);
  await pay(c.id, "1000.00", local("2026-10-25T12:00:00"), "SUCCEEDED", false);

  // Users: one subscribed with a confirmed e-mail (gets the e-invoice), one not confirmed.
  const passwordHash = await hashPassword("secret123");
  const subscriber = await db.user.create({
    data: {
      login: "einvoice",
      passwordHash,
      email: "einvoice@kabinet.test",
      emailConfirmedAt: local("2026-01-01T00:00:00"),
      subscribeEInvoice: true,
      accounts: { create: [{ accountId: a.id }, { accountId: c.id }] },
    },
  });
  await db.user.create({
    data: { login: "unconfirmed", passwordHash, email: "unconfirmed@kabinet.test", subscribeEInvoice: true, accounts: { create: [{ accountId: a.id }] } },
  });
  return { a, b, c, d, e1, e3, subscriber, services, heat };
}
