// «Оплата услуг» (6.4.3): the sum due per supplier, exact to the kopeck, on both databases.
import { describe, expect, it } from "vitest";
import { withTestApp } from "../../test/app.js";
import { testDatabases } from "../../test/db.js";
import { signInAs } from "../../test/session.js";
import { amountDue, amountDueBySupplier } from "../accounts/amount-due.js";
import { importedPayment, paymentFixture, type PaymentFixture } from "./test-support.js";

const TODAY = new Date("2026-11-24T00:00:00.000Z");

describe.each(testDatabases())("amount due per supplier on $name", (backend) => {
  let f: PaymentFixture;

  const t = withTestApp({
    backend,
    seed: async () => {
      f = await paymentFixture(database.prisma);
    },
  });
  const { database } = t;

  const due = async () =>
    Object.fromEntries(
      (await amountDueBySupplier(database.prisma, f.account.id, TODAY)).map((d) => [
        d.supplier.kind,
        { total: d.total.toFixed(2), penalty: d.penalty.toFixed(2), balance: d.balance.toFixed(2) },
      ]),
    );

  it("sums the last billed month's lines per supplier, retailer first", async () => {
    const rows = await amountDueBySupplier(database.prisma, f.account.id, TODAY);
    expect(rows.map((r) => r.supplier.kind)).toEqual(["RETAILER", "SEPARATE", "WASTE_OPERATOR", "CAPITAL_REPAIR"]);
    expect(await due()).toEqual({
      RETAILER: { total: "1200.30", penalty: "5.05", balance: "1200.30" },
      SEPARATE: { total: "99.99", penalty: "0.00", balance: "99.99" },
      WASTE_OPERATOR: { total: "150.05", penalty: "0.00", balance: "150.05" },
      CAPITAL_REPAIR: { total: "420.42", penalty: "0.00", balance: "420.42" },
    });
  });

  it("subtracts what each supplier was paid and no close has booked yet; an overpayment to one lowers no other", async () => {
    await importedPayment(database.prisma, f, {
      paidAt: "2026-11-05T10:00:00Z",
      items: [
        [f.suppliers.retailer, "200.29"],
        [f.suppliers.waste, "150.05"],
      ],
    });
    await importedPayment(database.prisma, f, { paidAt: "2026-11-06T10:00:00Z", items: [[f.suppliers.capital, "500.00"]] });
    // not counted: booked by the October close already, failed, a card verification
    await importedPayment(database.prisma, f, { paidAt: "2026-10-31T18:59:59Z", billedPeriod: "2026-10-01", items: [[f.suppliers.retailer, "100.00"]] });
    await importedPayment(database.prisma, f, { paidAt: "2026-11-07T10:00:00Z", status: "FAILED", items: [[f.suppliers.retailer, "300.00"]] });
    await importedPayment(database.prisma, f, { paidAt: "2026-11-07T10:00:00Z", purpose: "CARD_VERIFICATION", items: [[f.suppliers.retailer, "1.00"]] });
    expect(await due()).toEqual({
      RETAILER: { total: "1000.01", penalty: "5.05", balance: "1000.01" },
      SEPARATE: { total: "99.99", penalty: "0.00", balance: "99.99" },
      WASTE_OPERATOR: { total: "0.00", penalty: "0.00", balance: "0.00" },
      CAPITAL_REPAIR: { total: "0.00", penalty: "0.00", balance: "-79.58" },
    });
    // the header's figure (one balance for the account) nets the overpayment
    expect((await amountDue(database.prisma, f.account.id)).total.toFixed(2)).toBe("1020.42");
  });

  it("shows the figures of figure 21 through the API, each with its Supplier and its bank details", async () => {
    const { accessToken } = await signInAs(t, f.user.login, f.password);
    const r = await t.gql(
      `{ viewer { activeAccount { amountDueBySupplier {
        supplier { id name kind separatePayment inn kpp bankName bik bankAccount corrAccount }
        supplierId supplierName supplierKind supplierInn separatePayment asOf total penalty } } } }`,
      {},
      { token: accessToken },
    );
    expect(r.errors).toBeUndefined();
    const dues = r.data.viewer.activeAccount.amountDueBySupplier;
    const retailer = await database.prisma.supplier.findFirstOrThrow({ where: { kind: "RETAILER" } });
    expect(dues[0]).toMatchObject({
      supplier: {
        name: "АО «Газпром энергосбыт Тюмень»",
        kind: "RETAILER",
        separatePayment: false,
        inn: retailer.inn,
        kpp: retailer.kpp,
        bankName: retailer.bankName,
        bik: retailer.bik,
        bankAccount: retailer.bankAccount,
        corrAccount: retailer.corrAccount,
      },
      asOf: "2026-11-24",
      total: "1000.01",
      penalty: "5.05",
    });
    expect(dues[1]).toMatchObject({ supplier: { name: "АО «Юганскводоканал»", kind: "SEPARATE", separatePayment: true }, total: "99.99" });
    // The deprecated flat fields still answer, and agree with the Supplier.
    for (const d of dues) {
      expect([d.supplierId, d.supplierName, d.supplierKind, d.supplierInn, d.separatePayment]).toEqual([
        d.supplier.id,
        d.supplier.name,
        d.supplier.kind,
        d.supplier.inn,
        d.supplier.separatePayment,
      ]);
    }
    const node = await t.gql(`query($id: ID!) { node(id: $id) { ... on Supplier { name inn } } }`, { id: dues[0].supplier.id });
    expect(node.data.node).toEqual({ name: retailer.name, inn: retailer.inn });
  });

  it("the header's «в т.ч. пени» is the penalty still due after unbilled payments, as in «Оплата услуг»", async () => {
    const { accessToken } = await signInAs(t, f.user.login, f.password);
    const figures = async () => {
      const r = await t.gql(`{ viewer { activeAccount { amountDue { total penalty } amountDueBySupplier { total penalty } } } }`, {}, { token: accessToken });
      expect(r.errors).toBeUndefined();
      const a = r.data.viewer.activeAccount;
      const perSupplier = a.amountDueBySupplier.reduce((s: number, d: { penalty: string }) => s + Number(d.penalty), 0).toFixed(2);
      return { header: a.amountDue.penalty, perSupplier };
    };
    expect(await figures()).toEqual({ header: "5.05", perSupplier: "5.05" });
    // a part payment to the retailer (the only supplier with a penalty) leaves it owing less than the penalty
    await importedPayment(database.prisma, f, { paidAt: "2026-11-10T10:00:00Z", items: [[f.suppliers.retailer, "997.00"]] });
    expect(await figures()).toEqual({ header: "3.01", perSupplier: "3.01" });
    // paid off: no penalty is due any more
    await importedPayment(database.prisma, f, { paidAt: "2026-11-11T10:00:00Z", items: [[f.suppliers.retailer, "3.01"]] });
    expect(await figures()).toEqual({ header: "0.00", perSupplier: "0.00" });
  });
});
