// Writes one demo account with its whole history (inside the seed's transaction); an account
// whose number exists is left untouched.
import type { Prisma } from "../generated/prisma/client.js";
import type { DemoAccount } from "./accounts.js";
import type { CatalogService } from "./catalog.js";
import { addMonths, dateValue } from "../../shared/calendar.js";
import { buildHistory, receiptFor } from "./history.js";
import { deriveChargeInputsSql } from "../../domains/billing/charge-inputs-derive.js";

export interface AccountContext {
  services: Map<string, CatalogService>;
  officeId: number;
  /** Closed periods of a full year of history, oldest first; shorter histories take the last ones. */
  periods: Date[];
  now: Date;
  users: Map<string, { id: number; email: string | null }>;
}

/** Returns the number of rows inserted (0 when the account already exists). */
export async function createDemoAccount(tx: Prisma.TransactionClient, spec: DemoAccount, ctx: AccountContext): Promise<number> {
  if (await tx.account.findUnique({ where: { number: spec.number }, select: { id: true } })) return 0;

  const periods = ctx.periods.slice(-spec.months);
  const history = buildHistory(spec, ctx.services, periods, ctx.now);
  const owner = spec.owner ? ctx.users.get(spec.owner) : undefined;
  const openedAt = spec.openedAt ? dateValue(spec.openedAt) : addMonths(periods[0], -1);

  const account = await tx.account.create({
    data: {
      number: spec.number,
      ownerLastName: spec.ownerLastName,
      ownerFirstName: spec.ownerFirstName,
      ownerMiddleName: spec.ownerMiddleName,
      address: spec.address,
      objectType: spec.objectType,
      buildingType: spec.buildingType,
      consumptionObject: spec.consumptionObject,
      totalArea: spec.totalArea,
      livingArea: spec.livingArea,
      heatedArea: spec.heatedArea,
      rooms: spec.rooms,
      residents: spec.residents,
      stoveType: spec.stoveType,
      clientOfficeId: spec.office ? ctx.officeId : null,
      openedAt,
      documents: { createMany: { data: spec.documents.map((d, i) => ({ ...d, sortOrder: (i + 1) * 10 })) } },
      notices: { createMany: { data: spec.notices.map((n) => ({ ...n, createdAt: ctx.now })) } },
      services: {
        createMany: {
          data: spec.services.map((s) => ({ serviceId: ctx.services.get(s.code)!.id, zones: s.zones, since: openedAt })),
        },
      },
    },
  });
  let rows = 1 + spec.documents.length + spec.notices.length + spec.services.length;

  const meters = await tx.meter.createManyAndReturn({
    data: spec.meters.map((m) => {
      const service = ctx.services.get(m.service)!;
      return {
        accountId: account.id,
        serviceId: service.id,
        number: m.number,
        model: m.model,
        resource: service.resource,
        unit: service.unit,
        zones: m.zones,
        status: "ACTIVE" as const,
        nextVerificationDate: dateValue(m.nextVerificationDate),
        overLimitThreshold: m.overLimitThreshold,
        digits: m.digits ?? 6,
        installedAt: dateValue(m.installedAt),
      };
    }),
    select: { id: true, number: true },
  });
  const meterId = new Map(meters.map((m) => [m.number, m.id]));
  rows += meters.length;

  rows += (
    await tx.meterReading.createMany({
      data: history.readings.map(({ meterNumber, ...r }) => ({
        ...r,
        meterId: meterId.get(meterNumber)!,
        status: "ACCEPTED" as const,
        submittedByUserId: owner?.id ?? null,
      })),
    })
  ).count;
  rows += (await tx.charge.createMany({ data: history.charges.map((c) => ({ ...c, accountId: account.id })) })).count;
  rows += (await tx.invoice.createMany({ data: history.invoices.map((v) => ({ ...v, accountId: account.id })) })).count;

  const payments = await tx.payment.createManyAndReturn({
    data: history.payments.map((p) => ({
      accountId: account.id,
      userId: spec.payment.channel === "LKK" ? (owner?.id ?? null) : null,
      amount: p.amount,
      status: "SUCCEEDED" as const,
      purpose: "BILL" as const,
      channel: spec.payment.channel,
      channelLabel: spec.payment.channelLabel,
      idempotencyKey: p.idempotencyKey,
      bankOrderId: p.bankOrderId,
      createdAt: p.paidAt,
      updatedAt: p.paidAt,
      paidAt: p.paidAt,
      billedPeriod: p.period, // its month's charges already count it as paid
    })),
    select: { id: true, bankOrderId: true },
  });
  const paymentId = new Map(payments.map((p) => [p.bankOrderId!, p.id]));
  rows += payments.length;

  rows += (
    await tx.paymentItem.createMany({
      data: history.payments.flatMap((p) =>
        p.items.map((item) => ({
          paymentId: paymentId.get(p.bankOrderId)!,
          accountId: account.id,
          supplierId: item.supplierId,
          amount: item.amount,
        })),
      ),
    })
  ).count;
  // «Почему такая сумма» reads the lines' inputs: rebuilt from the readings and payments above.
  await tx.$executeRawUnsafe(deriveChargeInputsSql(`c."accountId" = ${Number(account.id)}`));
  if (spec.payment.receipts) {
    rows += (
      await tx.receipt.createMany({
        data: history.payments.map((p, i) => ({
          ...receiptFor(spec, p, i, owner?.email ?? undefined),
          paymentId: paymentId.get(p.bankOrderId)!,
        })),
      })
    ).count;
  }
  return rows;
}
