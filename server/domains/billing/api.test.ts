// «Начисления», invoices and the admin close through the GraphQL API.
import { encodeGlobalID } from "@pothos/plugin-relay";
import { describe, expect, it } from "vitest";
import { seedStaff } from "../../db/seed/staff.js";
import { withTestApp } from "../../test/app.js";
import { testDatabases } from "../../test/db.js";
import { signInAs, signInAsStaff } from "../../test/session.js";
import { verifyDocumentLink } from "../documents/links.js";
import { CLOSE_AT, buildBillingWorld } from "./test-support.js";

const CHARGES = `query($id: ID!, $from: Period!, $to: Period!) { node(id: $id) { ... on Account {
  charges(from: $from, to: $to) { from to emptyColumns months { period billed totals { openingBalance charged paid recalculation penalty closingBalance }
    lines { service serviceCode zone supplier supplierDetails { name kind inn } lossesPercent transformationRatio openingBalance method methodText norm volume unit tariff charged paid recalculation penalty closingBalance } } } } } }`;
const CLOSE = `mutation($p: Period!) { billingPeriodClose(input: { period: $p }) { closedNow billingPeriod { period status closedBy } totals { accounts lines charged penalty } emailsSent userErrors { code message } } }`;
const INVOICE_LINK = `mutation($i: InvoicePdfCreateInput!) { invoicePdfCreate(input: $i) { invoice { number period amountToPay penalty dueDate } document { url expiresAt } htmlView { url } userErrors { code message field } } }`;

describe.each(testDatabases())("billing API on $name", (backend) => {
  let world: Awaited<ReturnType<typeof buildBillingWorld>>;
  let customer: string;
  let accountA: string;

  const t = withTestApp({
    backend,
    now: CLOSE_AT.toISOString(),
    env: { PUBLIC_URL: "https://lk.example" },
    seed: async () => {
      world = await buildBillingWorld(database.prisma);
      await seedStaff(database.prisma);
      customer = (await signInAs(t, "einvoice", "secret123")).accessToken;
      accountA = encodeGlobalID("Account", world.a.id);
    },
  });
  const { database } = t;

  it("closes a period for admins only, once", async () => {
    expect((await t.gql(CLOSE, { p: "2026-10" })).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect((await t.gql(CLOSE, { p: "2026-10" }, { token: customer })).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const operator = (await signInAsStaff(t, "operator", "operator2026")).accessToken;
    expect((await t.gql(CLOSE, { p: "2026-10" }, { token: operator })).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");

    const admin = (await signInAsStaff(t, "admin", "admin2026")).accessToken;
    const early = (await t.gql(CLOSE, { p: "2026-11" }, { token: admin })).data.billingPeriodClose;
    expect(early.userErrors).toEqual([
      { code: "PERIOD_NOT_ENDED", message: "Период Ноябрь 2026 еще не закончился: закрыть его можно с 1 числа следующего месяца." },
    ]);
    const r = (await t.gql(CLOSE, { p: "2026-10" }, { token: admin })).data.billingPeriodClose;
    expect(r.userErrors).toEqual([]);
    expect(r.closedNow).toBe(true);
    expect(r.billingPeriod).toMatchObject({ period: "2026-10", status: "CLOSED" });
    expect(r.billingPeriod.closedBy).toMatch(/^staff:\d+$/);
    expect(r.totals).toEqual({ accounts: 4, lines: 8, charged: "4008.16", penalty: "1.77" });
    expect(r.emailsSent).toBe(2);
    const again = (await t.gql(CLOSE, { p: "2026-10" }, { token: admin })).data.billingPeriodClose;
    expect([again.closedNow, again.totals, again.emailsSent]).toEqual([false, null, 0]);
  });

  it("lists charges by month with totals and the columns that are all zero", async () => {
    const r = await t.gql(CHARGES, { id: accountA, from: "2026-08", to: "2026-11" }, { token: customer });
    const h = r.data.node.charges;
    expect(h.months.map((m: any) => [m.period, m.billed, m.lines.length])).toEqual([
      ["2026-11", false, 0],
      ["2026-10", true, 4],
      ["2026-09", true, 3],
      ["2026-08", true, 1],
    ]);
    const oct = h.months[1];
    expect(oct.lines[0]).toEqual({
      service: "Электроэнергия (день)",
      serviceCode: "ELECTRICITY",
      zone: "DAY",
      supplier: "АО «Газпром энергосбыт Тюмень»",
      supplierDetails: { name: "АО «Газпром энергосбыт Тюмень»", kind: "RETAILER", inn: "8602067215" },
      lossesPercent: null,
      transformationRatio: null,
      openingBalance: "502.85",
      method: "METER",
      methodText: "по прибору учета",
      norm: null,
      volume: "180",
      unit: "кВт.ч",
      tariff: "2.25",
      charged: "405.00",
      paid: "120.00",
      recalculation: "0.00",
      penalty: "1.77",
      closingBalance: "789.62",
    });
    expect(oct.lines.every((l: any) => l.supplierDetails.name === l.supplier)).toBe(true);
    expect(oct.lines.map((l: any) => [l.service, l.methodText, l.norm, l.volume, l.supplier])).toEqual([
      ["Электроэнергия (день)", "по прибору учета", null, "180", "АО «Газпром энергосбыт Тюмень»"],
      ["Электроэнергия (ночь)", "по прибору учета", null, "70", "АО «Газпром энергосбыт Тюмень»"],
      ["Холодное водоснабжение", "по нормативу", "4.81", "14.43", "АО «Газпром энергосбыт Тюмень»"],
      ["Обращение с ТКО", "фиксированный", null, "3", "АО «Югра-Экология»"],
    ]);
    expect(oct.totals).toEqual({
      openingBalance: "502.85",
      charged: "1599.61",
      paid: "120.00",
      recalculation: "0.00",
      penalty: "1.77",
      closingBalance: "1984.23",
    });
    // Account A has no losses, no transformation ratio and no recalculations in the range.
    expect(h.emptyColumns).toEqual(["LOSSES_PERCENT", "TRANSFORMATION_RATIO", "RECALCULATION"]);

    // Account B's range shows its recalculation; a narrower range of A hides more.
    const narrow = (await t.gql(CHARGES, { id: accountA, from: "2026-08", to: "2026-08" }, { token: customer })).data.node.charges;
    expect(narrow.emptyColumns).toEqual(["LOSSES_PERCENT", "TRANSFORMATION_RATIO", "OPENING_BALANCE", "NORM", "PAID", "RECALCULATION", "PENALTY"]);
  });

  it("refuses a reversed or too long range and someone else's account", async () => {
    const reversed = await t.gql(CHARGES, { id: accountA, from: "2026-10", to: "2026-08" }, { token: customer });
    expect(reversed.errors?.[0]).toMatchObject({ message: "Начало периода должно быть не позже его окончания", extensions: { code: "BAD_USER_INPUT" } });
    const long = await t.gql(CHARGES, { id: accountA, from: "2023-10", to: "2026-10" }, { token: customer });
    expect(long.errors?.[0]?.message).toBe("Период не может быть длиннее 36 месяцев");
    const foreign = await t.gql(CHARGES, { id: encodeGlobalID("Account", world.b.id), from: "2026-08", to: "2026-10" }, { token: customer });
    expect(foreign.data.node).toBeNull();
  });

  it("signs links to the charges PDF and to an invoice's PDF and HTML view", async () => {
    const pdf = (
      await t.gql(
        `mutation($i: ChargesPdfCreateInput!) { chargesPdfCreate(input: $i) { document { url } userErrors { code message } } }`,
        { i: { accountId: accountA, from: "2026-08", to: "2026-10" } },
        { token: customer },
      )
    ).data.chargesPdfCreate;
    expect(pdf.userErrors).toEqual([]);
    // Relative to the page the customer opened (any host name), not PUBLIC_URL (https://lk.example here):
    // a link to another origin would be a cross-origin download the browser blocks.
    expect(pdf.document.url).toMatch(/^\/documents\/charges\.pdf\?token=/);
    const claims = await verifyDocumentLink(t.config.jwtSecret, new URL(pdf.document.url, "http://127.0.0.1:4000").searchParams.get("token")!, CLOSE_AT);
    expect(claims).toEqual({ kind: "charges", params: { accountId: world.a.id, from: "2026-08", to: "2026-10" } });

    const inv = (await t.gql(INVOICE_LINK, { i: { accountId: accountA, period: "2026-10" } }, { token: customer })).data.invoicePdfCreate;
    expect(inv.userErrors).toEqual([]);
    expect(inv.invoice).toEqual({ number: "5550000001-202610", period: "2026-10", amountToPay: "1984.23", penalty: "1.77", dueDate: "2026-11-10" });
    expect(inv.document.url).toMatch(/^\/documents\/invoice\.pdf\?token=/);
    expect(inv.htmlView.url).toBe(inv.document.url.replace("invoice.pdf", "invoice.html"));

    const missing = (await t.gql(INVOICE_LINK, { i: { accountId: accountA, period: "2026-06" } }, { token: customer })).data.invoicePdfCreate;
    expect(missing).toMatchObject({ document: null, userErrors: [{ code: "INVOICE_NOT_FOUND", message: "Квитанция за июнь 2026 не сформирована" }] });
    const foreign = (await t.gql(INVOICE_LINK, { i: { accountId: encodeGlobalID("Account", world.b.id), period: "2026-10" } }, { token: customer })).data
      .invoicePdfCreate;
    expect(foreign.userErrors).toEqual([{ code: "ACCOUNT_NOT_FOUND", message: "Лицевой счет не найден", field: ["input", "accountId"] }]);
  });

  it("lists an account's invoices newest first", async () => {
    const r = await t.gql(
      `query($id: ID!) { node(id: $id) { ... on Account { invoices(first: 5) { nodes { number period totalCharged totalDue amountToPay emailedAt } } } } }`,
      { id: encodeGlobalID("Account", world.c.id) },
      { token: customer },
    );
    expect(r.data.node.invoices.nodes).toEqual([
      { number: "5550000003-202610", period: "2026-10", totalCharged: "467.50", totalDue: "-532.50", amountToPay: "0.00", emailedAt: CLOSE_AT.toISOString() },
    ]);
  });
});
