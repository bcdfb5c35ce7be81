// The demo seed: idempotent, completes a partial database, and holds exactly the data the
// manual's figures show, with internally consistent money.
import { describe, expect, it } from "vitest";
import { verifyPassword } from "../domains/identity/password.js";
import { testDatabases, withTestDatabase } from "../test/db.js";
import type { Database } from "./client.js";
import { Prisma } from "./generated/prisma/client.js";
import { DEMO_ASKUE_KEY, isDatabaseEmpty, seedDemo } from "./seed/index.js";
import { apiKeyHash } from "./seed/partners.js";

const NOW = new Date("2026-11-24T07:00:00.000Z"); // 12:00 in Нефтеюганск
const PERIODS = Array.from({ length: 12 }, (_, i) => new Date(Date.UTC(2025, 10 + i, 1))); // Nov 2025 … Oct 2026
const D = Prisma.Decimal;

/** Row count and content digest of every table: equal digests mean nothing changed. */
async function snapshot(db: Database): Promise<Record<string, string>> {
  const tables = await db.sql.query<{ name: string }>(
    `SELECT table_name AS name FROM information_schema.tables
     WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations' ORDER BY 1`,
  );
  const out: Record<string, string> = {};
  for (const { name } of tables) {
    const [row] = await db.sql.query<{ n: number; digest: string | null }>(
      `SELECT count(*)::int AS n, md5(string_agg(t::text, '|' ORDER BY t::text)) AS digest FROM "${name}" t`,
    );
    out[name] = `${row.n}:${row.digest ?? ""}`;
  }
  return out;
}

const counts = (s: Record<string, string>) => Object.fromEntries(Object.entries(s).map(([k, v]) => [k, v.split(":")[0]]));

describe.each(testDatabases())("demo seed on $name", (backend) => {
  const { open } = backend;
  const db = withTestDatabase({ backend, timeout: 60_000 });

  it("fills an empty database once; a second run changes nothing", async () => {
    expect(await isDatabaseEmpty(db.prisma)).toBe(true);
    const first = await seedDemo(db.prisma, { now: NOW });
    expect(first.created).toBe(true);
    expect(await isDatabaseEmpty(db.prisma)).toBe(false);

    const before = await snapshot(db);
    const second = await seedDemo(db.prisma, { now: NOW });
    expect(second.created).toBe(false);
    expect(Object.values(second.inserted).every((n) => n === 0)).toBe(true);
    expect(await snapshot(db)).toEqual(before);
  }, 60_000);

  it("completes a database that holds only part of the demo", async () => {
    const before = counts(await snapshot(db));
    await db.prisma.account.delete({ where: { number: "0720000000" } });
    await db.prisma.news.deleteMany({ where: { title: "Внимание жителей города Югорска!" } });
    await db.prisma.appealField.deleteMany({ where: { type: { code: "OWNER_NAME_CHANGED" }, code: "birthPlace" } });

    const again = await seedDemo(db.prisma, { now: NOW });
    expect(again.created).toBe(true);
    expect(counts(await snapshot(db))).toEqual(before);
    const debtor = await db.prisma.user.findUniqueOrThrow({ where: { login: "debtor" }, include: { accounts: { include: { account: true } } } });
    expect(debtor.accounts.map((l) => l.account.number)).toEqual(["0720000000"]);
    expect(debtor.activeAccountId).toBe(debtor.accounts[0].accountId);
  }, 60_000);

  it("seeds once when two processes start on the same empty database", async () => {
    const fresh = await open();
    try {
      const results = await Promise.all([seedDemo(fresh.prisma, { now: NOW }), seedDemo(fresh.prisma, { now: NOW })]);
      expect(results.map((r) => r.created).sort()).toEqual([false, true]);
      expect(counts(await snapshot(fresh))).toEqual(counts(await snapshot(db)));
    } finally {
      await fresh.close();
    }
  }, 60_000);

  it("has the demo customer, the debtor, staff and the АСКУЭ key with working credentials", async () => {
    const demo = await db.prisma.user.findUniqueOrThrow({
      where: { login: "0710000000" },
      include: { accounts: { include: { account: true }, orderBy: { account: { number: "asc" } } }, consents: true },
    });
    expect(await verifyPassword("demo2026", demo.passwordHash)).toBe(true);
    expect(await verifyPassword("demo2027", demo.passwordHash)).toBe(false);
    expect(demo.email).toBe("demo@kabinet.local");
    expect(demo.emailConfirmedAt).not.toBeNull();
    expect(demo.phone).toBe("79991234567");
    expect(demo.phoneConfirmedAt).not.toBeNull();
    expect(demo.accounts.map((l) => l.account.number)).toEqual(["0710000000", "0710000001"]);
    expect(demo.activeAccountId).toBe(demo.accounts[0].accountId);
    expect(demo.consents.map((c) => [c.kind, c.textVersion]).sort()).toEqual([
      ["PERSONAL_DATA", "2023-01"],
      ["SIMPLE_E_SIGNATURE", "2023-01"],
    ]);

    const debtor = await db.prisma.user.findUniqueOrThrow({ where: { login: "debtor" } });
    expect(await verifyPassword("debtor2026", debtor.passwordHash)).toBe(true);
    expect(debtor.emailConfirmedAt).not.toBeNull();

    const operator = await db.prisma.staffUser.findUniqueOrThrow({ where: { login: "operator" } });
    expect([operator.role, operator.fullName]).toEqual(["OPERATOR", "Оператор Контактного центра"]);
    expect(await verifyPassword("operator2026", operator.passwordHash)).toBe(true);
    const admin = await db.prisma.staffUser.findUniqueOrThrow({ where: { login: "admin" } });
    expect(admin.role).toBe("ADMIN");
    expect(await verifyPassword("admin2026", admin.passwordHash)).toBe(true);
    const contact = await db.prisma.staffUser.findUniqueOrThrow({ where: { login: "contact" } });
    expect(contact.role).toBe("CONTACT_CENTRE");
    expect(await verifyPassword("contact2026", contact.passwordHash)).toBe(true);

    const key = await db.prisma.apiKey.findUniqueOrThrow({ where: { keyHash: apiKeyHash(DEMO_ASKUE_KEY) } });
    expect(key.keyHash).toMatch(/^[0-9a-f]{64}$/);
    expect(key.prefix).toBe(DEMO_ASKUE_KEY.slice(0, 8));
    expect(key.scopes).toEqual(["readings:write"]);
    expect(key.revokedAt).toBeNull();
  });

  it("shows account 0710000000 exactly as figure 9: object, tariffs, documents", async () => {
    const account = await db.prisma.account.findUniqueOrThrow({
      where: { number: "0710000000" },
      include: {
        clientOffice: true,
        documents: { orderBy: { sortOrder: "asc" } },
        services: { include: { service: { include: { tariffs: true } } } },
        users: true,
      },
    });
    expect([account.ownerLastName, account.ownerFirstName, account.ownerMiddleName]).toEqual(["Иванов", "Иван", "Иванович"]);
    expect(account.address).toBe("628300, ХМАО - Югра, Нефтеюганск г, 1 мкр., дом, кв. 1");
    expect([account.objectType, account.buildingType, account.consumptionObject]).toEqual(["Квартира", "МКД", "Квартира"]);
    expect([account.totalArea, account.livingArea, account.heatedArea].map(String)).toEqual(["76", "76", "76"]);
    expect([account.rooms, account.residents, account.stoveType]).toEqual([3, 2, "Электрическая"]);
    expect(account.clientOffice?.address).toBe("628301, ХМАО-Югра, г. Нефтеюганск, 5 мкр., д. 49, 1 этаж");
    expect(account.documents.map((d) => [d.title, d.status, d.statusText])).toEqual([
      ["Договор энергообеспечения", "SIGNED", "Подписан"],
      ["Паспорт РФ", "PROVIDED", "Предоставлен"],
      ["Право собственности", "PROVIDED", "Предоставлено"],
      ["Паспорта приборов учёта", "PROVIDED", "Предоставлены"],
    ]);

    // The «Тарифы» block: every zone of every service, at the tariff valid today.
    const tariffs = account.services
      .flatMap(({ service, zones }) =>
        zones.map((zone) => {
          const valid = service.tariffs.filter((t) => t.zone === zone && t.validFrom <= NOW && (!t.validTo || t.validTo >= NOW));
          expect(valid).toHaveLength(1);
          const label = zone === "DAY" ? `${service.name} (день)` : zone === "NIGHT" ? `${service.name} (ночь)` : service.name;
          return `${label} ${valid[0].rate.toString()} р./${service.unit}`;
        }),
      )
      .sort();
    expect(tariffs).toEqual([
      "Водоотведение ХВС 58.92 р./м³",
      "Холодное водоснабжение 48.86 р./м³",
      "Электроэнергия (день) 2.25 р./кВт.ч",
      "Электроэнергия (ночь) 1.1 р./кВт.ч",
    ]);
  });

  it("gives meters 6158001 and 6158008 accepted day and night readings for each of the last 12 months", async () => {
    const meters = await db.prisma.meter.findMany({
      where: { account: { number: "0710000000" } },
      include: { readings: { orderBy: { period: "asc" } } },
      orderBy: { number: "asc" },
    });
    expect(meters.map((m) => m.number)).toEqual(["6158001", "6158008"]);
    for (const meter of meters) {
      expect(meter.status).toBe("ACTIVE");
      expect(meter.zones).toEqual(["DAY", "NIGHT"]);
      expect(meter.nextVerificationDate?.toISOString().slice(0, 10)).toBe("2035-03-25");
      expect(meter.overLimitThreshold?.toString()).toBe("2000");
      for (const zone of ["DAY", "NIGHT"] as const) {
        const readings = meter.readings.filter((r) => r.zone === zone && r.status === "ACCEPTED");
        const periods = readings.map((r) => r.period.getTime());
        for (const period of PERIODS) expect(periods).toContain(period.getTime());
        expect(readings.every((r) => r.submittedAt <= NOW && ["WEB", "MOBILE_APP"].includes(r.source))).toBe(true);
        for (let i = 1; i < readings.length; i++) expect(readings[i].value.gt(readings[i - 1].value)).toBe(true);
        const monthly = readings.slice(1).map((r, i) => r.value.sub(readings[i].value).toNumber());
        const average = monthly.reduce((a, b) => a + b, 0) / monthly.length;
        expect(average).toBeGreaterThan(zone === "DAY" ? 250 : 80);
        expect(average).toBeLessThan(zone === "DAY" ? 350 : 120);
      }
      // No reading for the current (open) month: the demo customer can send one.
      expect(meter.readings.some((r) => r.period >= new Date(Date.UTC(2026, 10, 1)))).toBe(false);
    }
  });

  it("keeps every charge consistent: closing = opening + charged − paid + recalculation + penalty", async () => {
    const charges = await db.prisma.charge.findMany({ orderBy: [{ accountId: "asc" }, { serviceId: "asc" }, { zone: "asc" }, { period: "asc" }] });
    expect(charges.length).toBeGreaterThan(100);
    for (const c of charges) {
      const closing = c.openingBalance.add(c.charged).sub(c.paid).add(c.recalculation).add(c.penalty);
      expect(closing.equals(c.closingBalance), `charge ${c.id}`).toBe(true);
      if (c.volume && c.tariff) expect(c.volume.mul(c.tariff).toDecimalPlaces(2, D.ROUND_HALF_UP).equals(c.charged)).toBe(true);
    }
    // A line's closing balance is the next month's opening balance.
    for (let i = 1; i < charges.length; i++) {
      const [a, b] = [charges[i - 1], charges[i]];
      if (a.accountId === b.accountId && a.serviceId === b.serviceId && a.zone === b.zone) {
        expect(b.openingBalance.equals(a.closingBalance)).toBe(true);
      }
    }
    const electricity = charges.filter((c) => c.zone === "DAY" || c.zone === "NIGHT");
    expect(electricity.every((c) => c.method === "METER")).toBe(true);
  });

  it("has 0710000000 paid in full every month through «Газпромбанк ЛКК», with receipts and invoices", async () => {
    const account = await db.prisma.account.findUniqueOrThrow({
      where: { number: "0710000000" },
      include: { charges: true, payments: { include: { items: { include: { supplier: true }, orderBy: { id: "asc" } }, receipt: true } }, invoices: true },
    });
    const last = PERIODS[11].getTime();
    const due = account.charges.filter((c) => c.period.getTime() === last).reduce((s, c) => s.add(c.closingBalance), new D(0));
    expect(due.toString()).toBe("0");
    const charged = account.charges.reduce((s, c) => s.add(c.charged), new D(0));
    const paid = account.payments.reduce((s, p) => s.add(p.amount), new D(0));
    expect(paid.equals(charged)).toBe(true);
    expect(account.payments).toHaveLength(12);
    for (const p of account.payments) {
      expect([p.status, p.channel, p.channelLabel]).toEqual(["SUCCEEDED", "LKK", "Газпромбанк ЛКК"]);
      expect(p.items.reduce((s, i) => s.add(i.amount), new D(0)).equals(p.amount)).toBe(true);
      expect(p.receipt?.total.equals(p.amount)).toBe(true);
      expect(p.receipt?.fiscalSign).toMatch(/^\d{10}$/);
      expect(p.paidAt! <= NOW).toBe(true);
      // Each line at its service's rate: the capital repair contribution is not subject to VAT.
      const general = p.paidAt!.getTime() >= Date.parse("2025-12-31T19:00:00Z") ? "НДС 22%" : "НДС 20%"; // midnight in Yekaterinburg
      const lines = p.receipt!.items as { supplierInn: string; vat: string; amount: string }[];
      expect(lines.map((l) => [l.supplierInn, l.vat])).toEqual(
        p.items.map((i) => [i.supplier.inn, i.supplier.kind === "CAPITAL_REPAIR" ? "Без НДС" : general]),
      );
      expect(lines.reduce((s, l) => s.add(l.amount), new D(0)).equals(p.amount)).toBe(true);
    }
    expect(account.invoices.map((i) => i.period.getTime()).sort()).toEqual(PERIODS.map((p) => p.getTime()));
  });

  it("leaves 0710000001 one month in debt and 5081111111 unregistered with a short history", async () => {
    const second = await db.prisma.account.findUniqueOrThrow({ where: { number: "0710000001" }, include: { charges: true, meters: true } });
    const lastMonth = second.charges.filter((c) => c.period.getTime() === PERIODS[11].getTime());
    const due = lastMonth.reduce((s, c) => s.add(c.closingBalance), new D(0));
    expect(due.gt(0)).toBe(true);
    expect(due.equals(lastMonth.reduce((s, c) => s.add(c.charged), new D(0)))).toBe(true);
    expect(second.meters.map((m) => m.zones)).toEqual([["ALL_DAY"]]);
    const suppliers = await db.prisma.supplier.findMany({ where: { charges: { some: { accountId: second.id } } } });
    expect(suppliers.map((s) => s.kind).sort()).toEqual(["CAPITAL_REPAIR", "RETAILER", "WASTE_OPERATOR"]);

    const unregistered = await db.prisma.account.findUniqueOrThrow({ where: { number: "5081111111" }, include: { users: true, meters: true, charges: true } });
    expect(unregistered.ownerLastName).toBe("Иванов");
    expect(unregistered.users).toHaveLength(0);
    expect(unregistered.meters.length).toBeGreaterThan(0);
    const months = new Set(unregistered.charges.map((c) => c.period.getTime()));
    expect(months.size).toBeGreaterThanOrEqual(3);
    expect(months.size).toBeLessThan(12);
  });

  it("gives the debtor a debt of two months or more, penalties and the two notices", async () => {
    const debtor = await db.prisma.account.findUniqueOrThrow({ where: { number: "0720000000" }, include: { charges: true, notices: true } });
    const month = (i: number) => debtor.charges.filter((c) => c.period.getTime() === PERIODS[i].getTime());
    const total = (rows: typeof debtor.charges, pick: (c: (typeof debtor.charges)[number]) => Prisma.Decimal) =>
      rows.reduce((s, c) => s.add(pick(c)), new D(0));
    const debt = total(month(11), (c) => c.closingBalance);
    const lastTwoMonths = total([...month(10), ...month(11)], (c) => c.charged);
    expect(debt.gte(lastTwoMonths)).toBe(true);
    expect(month(11).every((c) => c.paid.isZero())).toBe(true);
    expect(month(10).every((c) => c.paid.isZero())).toBe(true);
    expect(month(9).every((c) => c.paid.isZero())).toBe(true);
    expect(total(debtor.charges, (c) => c.penalty).gt(0)).toBe(true);
    expect(debtor.notices.map((n) => n.kind).sort()).toEqual(["COURT_CLAIM_INTENDED", "DEBT"]);
    expect(debtor.notices.every((n) => n.resolvedAt === null)).toBe(true);
    expect(debtor.notices.find((n) => n.kind === "DEBT")?.text).toMatch(/задолженность за два и более месяца/);
    expect(debtor.notices.find((n) => n.kind === "COURT_CLAIM_INTENDED")?.text).toMatch(/обратиться в суд/);
  });

  it("has the appeal catalog of 6.5.2: six reasons and figure 32's form", async () => {
    const topic = await db.prisma.appealTopic.findUniqueOrThrow({
      where: { code: "ACCOUNT_DATA_CHANGE" },
      include: { types: { orderBy: { sortOrder: "asc" } } },
    });
    expect(topic.title).toBe("Внесение изменений в данные лицевого счета");
    expect(topic.types.map((t) => t.title)).toEqual([
      "Некорректная фамилия или имя и (или) отчество собственника (пользователя)",
      "Смена фамилии или изменение имени собственника (пользователя)",
      "Изменение площади жилого помещения",
      "Изменение почтового адреса доставки платежных документов",
      "Изменение количества проживающих",
      "Некорректная модель и (или) номер прибора учета",
    ]);
    expect(topic.types.every((t) => t.processingDays === 11 && t.numberPrefix && !t.isQuestion)).toBe(true);

    const rename = await db.prisma.appealType.findUniqueOrThrow({
      where: { code: "OWNER_NAME_CHANGED" },
      include: { fields: { orderBy: { sortOrder: "asc" } }, fileSlots: { orderBy: { sortOrder: "asc" } } },
    });
    expect(rename.numberPrefix).toBe("08");
    expect(rename.fields.map((f) => [f.label, f.kind, f.required, f.section, f.prefill])).toEqual([
      ["Серия, Номер", "PASSPORT", true, "Паспорт владельца объекта недвижимости", null],
      ["Дата выдачи", "DATE", true, "Паспорт владельца объекта недвижимости", null],
      ["Кем выдан", "TEXT", true, "Паспорт владельца объекта недвижимости", null],
      ["Место рождения", "TEXT", true, "Паспорт владельца объекта недвижимости", null],
      ["Адрес регистрации", "TEXT", true, "Прописка", null],
      ["Дата регистрации", "DATE", true, "Прописка", null],
      ["Фамилия была", "TEXT", false, null, "ownerLastName"],
      ["Имя было", "TEXT", false, null, "ownerFirstName"],
      ["Отчество было", "TEXT", false, null, "ownerMiddleName"],
      ["Фамилия новая", "TEXT", true, null, "ownerLastName"],
      ["Имя новое", "TEXT", true, null, "ownerFirstName"],
      ["Отчество новое", "TEXT", false, null, "ownerMiddleName"],
      ["Комментарий", "TEXTAREA", false, null, null],
    ]);
    expect(rename.fileSlots.map((s) => [s.label, s.required, s.multiple])).toEqual([
      ["Скан паспорта", true, false],
      ["Свидетельство о перемене имени / о заключении брака", true, false],
      ["Договор или иной документ о передаче имущества в собственность/пользовании", false, false],
      ["Прочие документы", false, true],
    ]);

    const question = await db.prisma.appealType.findUniqueOrThrow({ where: { code: "QUESTION" }, include: { fields: true, fileSlots: true, topic: true } });
    expect([question.topic.title, question.isQuestion, question.processingDays, question.maxProcessingDays, question.numberPrefix]).toEqual([
      "Задать вопрос",
      true,
      3,
      30,
      null,
    ]);
    expect(question.fields.map((f) => [f.label, f.kind, f.required])).toEqual([["Текст сообщения", "TEXTAREA", true]]);
    expect(question.fileSlots.map((s) => [s.label, s.multiple])).toEqual([["Прочие документы", true]]);

    const others = await db.prisma.appealType.findMany({
      where: { topic: { code: { in: ["CONTRACT_CONCLUDE", "OTHER", "GRATITUDE", "MUTUAL_AGREEMENT"] } } },
      include: { fields: true, fileSlots: true },
    });
    const byTitle = new Map(others.map((t) => [t.title, t]));
    expect(byTitle.get("Заключить договор энергоснабжения (ФЛ)")?.numberPrefix).toBe("03");
    expect(byTitle.get("По соглашению сторон")?.numberPrefix).toBe("19");
    expect(byTitle.get("Благодарность")?.processingDays).toBe(7);
    expect(byTitle.has("Прочее")).toBe(true);
    for (const t of others) {
      expect(t.fields.some((f) => f.code === "comment")).toBe(true);
      expect(t.fileSlots.some((s) => s.label === "Прочие документы" && s.multiple)).toBe(true);
    }
  });

  it("has figure 9's news and a production calendar for 2025–2027", async () => {
    const news = await db.prisma.news.findMany({ where: { published: true }, orderBy: { publishedAt: "desc" } });
    const local = (d: Date) => new Intl.DateTimeFormat("ru-RU", { timeZone: "Asia/Yekaterinburg" }).format(d);
    expect(news.map((n) => [n.title.slice(0, 40), local(n.publishedAt)])).toEqual([
      ["АО «Газпром энергосбыт Тюмень» принимает", "15.09.2022"],
      ["Энергетики поздравили с днем рождения ве", "15.09.2022"],
      ["Коллектив АО «Газпром энергосбыт Тюмень»", "13.09.2022"],
      ["Внимание жителей города Югорска!", "12.09.2022"],
    ]);
    expect(news.every((n) => n.url?.startsWith("https://gesbt.ru/press-center/news/"))).toBe(true);

    const days = await db.prisma.calendarDay.findMany();
    for (const d of days) {
      const weekday = d.date.getUTCDay();
      expect(d.kind === "HOLIDAY" ? weekday >= 1 && weekday <= 5 : weekday === 0 || weekday === 6, d.date.toISOString()).toBe(true);
    }
    const holidays2026 = days
      .filter((d) => d.kind === "HOLIDAY" && d.date.getUTCFullYear() === 2026)
      .map((d) => d.date.toISOString().slice(5, 10))
      .sort();
    expect(holidays2026).toEqual([
      "01-01",
      "01-02",
      "01-05",
      "01-06",
      "01-07",
      "01-08",
      "01-09",
      "02-23",
      "03-09",
      "05-01",
      "05-11",
      "06-12",
      "11-04",
      "12-31",
    ]);
    expect(new Set(days.map((d) => d.date.getUTCFullYear()))).toEqual(new Set([2025, 2026, 2027]));
  });
});
