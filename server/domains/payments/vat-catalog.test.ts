// VAT rates live in the service catalogue: the reference seed rates capital repair «Без НДС» and
// the retailer's utilities 22 %; existing installations (whose rows the seed never rewrites) get
// it from the migration 20261203193103_service_vat_rate, whatever the service is called. A
// supplier whose services have different rates gets one receipt line per rate, split by what
// the account owes for each.
import { describe, expect, it } from "vitest";
import { readMigrations } from "../../db/migrate.js";
import { SERVICES } from "../../db/seed/catalog.js";
import { Prisma } from "../../db/generated/prisma/client.js";
import { withTestApp } from "../../test/app.js";
import { testDatabases } from "../../test/db.js";
import { receiptLines } from "./receipts.js";
import { applyBankOutcome } from "./settle.js";
import { paymentFixture, type PaymentFixture } from "./test-support.js";

describe.each(testDatabases())("VAT rates of the service catalogue on $name", (backend) => {
  let f: PaymentFixture;

  const t = withTestApp({
    backend,
    timeout: 60_000,
    seed: async () => {
      f = await paymentFixture(database.prisma);
    },
  });
  const { database } = t;

  it("the reference seed rates capital repair «Без НДС» and the other services 22 %", async () => {
    const rates = await database.prisma.service.findMany({
      where: { code: { in: SERVICES.map((s) => s.code) } },
      select: { code: true, vatRate: true },
      orderBy: { sortOrder: "asc" },
    });
    expect(rates).toEqual([
      { code: "ELECTRICITY", vatRate: "VAT22" },
      { code: "COLD_WATER", vatRate: "VAT22" },
      { code: "WASTEWATER", vatRate: "VAT22" },
      { code: "SOLID_WASTE", vatRate: "VAT22" },
      { code: "CAPITAL_REPAIR", vatRate: "NONE" },
    ]);
  });

  it("the migration rates an existing installation's capital repair services «Без НДС», however named", async () => {
    const fund = await database.prisma.supplier.findUniqueOrThrow({ where: { code: "UGRA_CAPITAL_REPAIR" } });
    const retailer = await database.prisma.supplier.findUniqueOrThrow({ where: { code: "GESBT" } });
    // As the column's default left them before the migration's update.
    const renamed = await database.prisma.service.create({
      data: { code: "KAPREMONT_MKD", name: "Капремонт МКД", resource: "CAPITAL_REPAIR", unit: "м²", supplierId: retailer.id, vatRate: "VAT22" },
    });
    const ofFund = await database.prisma.service.create({
      data: { code: "FUND_OTHER", name: "Взнос в фонд", resource: "HEATING", unit: "м²", supplierId: fund.id, vatRate: "VAT22" },
    });
    await database.prisma.service.updateMany({ where: { code: "CAPITAL_REPAIR" }, data: { vatRate: "VAT22" } });
    const migration = readMigrations().find((m) => m.name.endsWith("_service_vat_rate"))!;
    await database.sql.exec(migration.sql.slice(migration.sql.indexOf("UPDATE")));
    const rate = async (code: string) => (await database.prisma.service.findUniqueOrThrow({ where: { code } })).vatRate;
    expect([await rate("CAPITAL_REPAIR"), await rate(renamed.code), await rate(ofFund.code), await rate("ELECTRICITY"), await rate("SOLID_WASTE")]).toEqual([
      "NONE",
      "NONE",
      "NONE",
      "VAT22",
      "VAT22",
    ]);
    await database.prisma.service.deleteMany({ where: { id: { in: [renamed.id, ofFund.id] } } });
  });

  it("splits a supplier's line by rate when its services differ, kopeck-exact, by what each is owed", async () => {
    // Cold water at 10 % for this test: the retailer is owed 1000.10 for electricity, 200.20 for water.
    await database.prisma.service.updateMany({ where: { code: "COLD_WATER" }, data: { vatRate: "VAT10" } });
    try {
      const amount = new Prisma.Decimal("600.00");
      const payment = await database.prisma.payment.create({
        data: {
          accountId: f.account.id,
          userId: f.user.id,
          amount,
          status: "PENDING",
          bankOrderId: "vat-split-1",
          items: { create: [{ accountId: f.account.id, supplierId: f.suppliers.retailer, amount }] },
        },
      });
      const settled = await applyBankOutcome(t.deps, payment.id, {
        bankOrderId: "vat-split-1",
        status: "SUCCEEDED",
        amount,
        failureReason: null,
        card: null,
        at: t.clock.now(),
      });
      expect(settled.outcome).toBe("applied");
      const receipt = await database.prisma.receipt.findUniqueOrThrow({ where: { paymentId: payment.id } });
      // 600.00 × 1000.10 / 1200.30 = 499.925…, × 200.20 / 1200.30 = 100.074…: the odd kopeck to the larger remainder.
      expect(receiptLines(receipt).map((l) => [l.name, l.amount, l.vat, l.vatAmount])).toEqual([
        [`Оплата ЖКУ по ЛС ${f.account.number} (АО «Газпром энергосбыт Тюмень»: Электроэнергия)`, "499.93", "НДС 22%", "90.15"],
        [`Оплата ЖКУ по ЛС ${f.account.number} (АО «Газпром энергосбыт Тюмень»: Холодное водоснабжение)`, "100.07", "НДС 10%", "9.10"],
      ]);
    } finally {
      await database.prisma.service.updateMany({ where: { code: "COLD_WATER" }, data: { vatRate: "VAT22" } });
    }
  });

  it("reads a receipt stored before lines kept their rate by its label, with the VAT computed", () => {
    const lines = receiptLines({
      items: [
        { name: "x", price: "420.42", quantity: 1, amount: "420.42", vat: "Без НДС" },
        { name: "y", price: "1200.30", quantity: 1, amount: "1200.30", vat: "НДС 22%" },
      ],
    });
    expect(lines.map((l) => [l.vatRate, l.vatAmount])).toEqual([
      ["NONE", null],
      ["VAT22", "216.45"],
    ]);
  });
});
