// GraphQL surface of billing: «Начисления» (Account.charges, chargesPdfCreate), invoices
// (Account.invoices, invoicePdfCreate) and, for admins, billingPeriodClose.
import type { BillingPeriod } from "../../db/generated/prisma/client.js";
import type { Context } from "../../context.js";
import { builder } from "../../graphql/builder.js";
import { requireUser } from "../../graphql/require-user.js";
import { mutationPayload, payloadType } from "../../graphql/user-errors.js";
import { userError } from "./errors.js";
import { visibleAccounts } from "../accounts/access.js";
import { TariffZoneEnum } from "../accounts/home-types.js";
import { AccountRef } from "../accounts/types.js";
import { linkBase, signDocumentLink } from "../documents/links.js";
import { DocumentLinkRef, type DocumentLinkShape } from "../documents/types.js";
import { CHARGE_COLUMNS, chargeHistory, type ChargeHistory, type ChargeLine, type ChargeMonth } from "./charges.js";
import { closeBillingPeriod, type CloseResult, type CloseTotals } from "./close.js";
import { CHARGES_KIND } from "./documents.js";
import { invoiceLinkClaims, invoiceViewUrl } from "./invoices.js";
import { METHOD_TEXT, type Totals } from "./lines.js";
import { checkMonthRange } from "../../shared/month-range.js";
import { isoPeriod } from "./periods.js";
import { SupplierRef } from "./supplier-types.js";

const ChargeMethodEnum = builder.enumType("ChargeMethod", {
  description: "Способ расчета",
  values: { METER: { description: "по прибору учета" }, NORM: { description: "по нормативу" }, AVERAGE: { description: "по среднему" }, FIXED: { description: "фиксированный (ТКО, капремонт)" } } as const,
});

const ChargeColumnEnum = builder.enumType("ChargeColumn", {
  description: "A column of the «Начисления» table that may be hidden when all its values are zero (6.3)",
  values: CHARGE_COLUMNS,
});


const ChargeLineRef = builder.objectRef<ChargeLine>("ChargeLine").implement({
  description: "A row of «Начисления»: one service (and tariff zone) in one month",
  fields: (t) => ({
    service: t.exposeString("service", { description: "Наименование услуги, with the zone when billed by zones" }),
    serviceCode: t.exposeString("serviceCode"),
    zone: t.field({ type: TariffZoneEnum, resolve: (l) => l.zone }),
    supplier: t.exposeString("supplier", { description: "«Поставщик»: the supplier's name as the table shows it; `supplierDetails` has the rest" }),
    supplierDetails: t.field({ type: SupplierRef, nullable: false, description: "The supplier («поставщик услуги») of the service, with its INN and bank details", resolve: (l) => l.supplierDetails }),
    lossesPercent: t.field({ type: "Decimal", nullable: true, description: "Процент потерь", resolve: (l) => l.lossesPercent }),
    transformationRatio: t.field({ type: "Decimal", nullable: true, description: "Коэффициент трансформации", resolve: (l) => l.transformationRatio }),
    openingBalance: t.field({ type: "Money", description: "К оплате на начало: debt > 0, overpayment < 0", resolve: (l) => l.openingBalance }),
    method: t.field({ type: ChargeMethodEnum, resolve: (l) => l.method }),
    methodText: t.string({ description: "Способ расчета", resolve: (l) => METHOD_TEXT[l.method] }),
    norm: t.field({ type: "Decimal", nullable: true, description: "Норматив потребления, per resident or m² a month", resolve: (l) => l.norm }),
    volume: t.field({ type: "Decimal", nullable: true, description: "Объем", resolve: (l) => l.volume }),
    unit: t.exposeString("unit", { description: "Unit of the volume and norm: кВт.ч, м³, чел., м²" }),
    tariff: t.field({ type: "Decimal", nullable: true, description: "Тарифная ставка, р. per unit (exact, up to 4 decimals)", resolve: (l) => l.tariff }),
    charged: t.field({ type: "Money", description: "Начислено", resolve: (l) => l.charged }),
    paid: t.field({ type: "Money", description: "Оплачено в расчетном периоде", resolve: (l) => l.paid }),
    recalculation: t.field({ type: "Money", description: "Перерасчеты и корректировки", resolve: (l) => l.recalculation }),
    penalty: t.field({ type: "Money", description: "Пени", resolve: (l) => l.penalty }),
    closingBalance: t.field({ type: "Money", description: "К оплате на конец: debt > 0, overpayment < 0", resolve: (l) => l.closingBalance }),
  }),
});

const ChargeTotalsRef = builder.objectRef<Totals>("ChargeTotals").implement({
  fields: (t) => ({
    openingBalance: t.field({ type: "Money", resolve: (x) => x.opening }),
    charged: t.field({ type: "Money", description: "The month's charges: the chart's point", resolve: (x) => x.charged }),
    paid: t.field({ type: "Money", resolve: (x) => x.paid }),
    recalculation: t.field({ type: "Money", resolve: (x) => x.recalculation }),
    penalty: t.field({ type: "Money", resolve: (x) => x.penalty }),
    closingBalance: t.field({ type: "Money", resolve: (x) => x.closing }),
  }),
});

const ChargeMonthRef = builder.objectRef<ChargeMonth>("ChargeMonth").implement({
  fields: (t) => ({
    period: t.field({ type: "Period", resolve: (m) => m.period }),
    billed: t.boolean({ description: "False for a month with no charges (not closed yet, or before the account)", resolve: (m) => m.lines.length > 0 }),
    lines: t.field({ type: [ChargeLineRef], resolve: (m) => m.lines }),
    totals: t.field({ type: ChargeTotalsRef, resolve: (m) => m.totals }),
  }),
});

const ChargeHistoryRef = builder.objectRef<ChargeHistory>("ChargeHistory").implement({
  description: "«Начисления» for a month range (6.3)",
  fields: (t) => ({
    from: t.field({ type: "Period", resolve: (h) => h.from }),
    to: t.field({ type: "Period", resolve: (h) => h.to }),
    months: t.field({ type: [ChargeMonthRef], description: "Newest month first", resolve: (h) => h.months }),
    emptyColumns: t.field({ type: [ChargeColumnEnum], description: "Columns that are zero or empty in every row of the range (may be hidden)", resolve: (h) => h.emptyColumns }),
  }),
});

builder.prismaObjectField(AccountRef, "charges", (t) =>
  t.field({
    type: ChargeHistoryRef,
    description: "«Начисления» by month range «с» / «по» (at most 36 months)",
    extensions: { workCost: { perMonth: 20 } }, // graphql/work-cost.ts: each month reads every service line
    select: { id: true },
    args: { from: t.arg({ type: "Period", required: true }), to: t.arg({ type: "Period", required: true }) },
    resolve: (a, args, ctx) => chargeHistory(ctx.db, a.id, args.from, args.to),
  }),
);

export const InvoiceRef = builder.prismaNode("Invoice", {
  description: "Квитанция (платежный документ) of one account and month",
  id: { field: "id" },
  nullable: true,
  findUnique: (id, ctx) => ({ id: Number(id), AND: [{ account: visibleAccounts(ctx) }] }),
  fields: (t) => ({
    number: t.exposeString("number"),
    period: t.expose("period", { type: "Period" }),
    issuedAt: t.expose("issuedAt", { type: "DateTime" }),
    dueDate: t.expose("dueDate", { type: "Date", description: "Оплатить до" }),
    totalCharged: t.field({ type: "Money", description: "Начислено за месяц", resolve: (i) => i.totalCharged }),
    totalDue: t.field({ type: "Money", description: "К оплате на конец месяца: debt > 0, overpayment < 0", resolve: (i) => i.totalDue }),
    amountToPay: t.field({ type: "Money", description: "К оплате по квитанции (never below zero)", resolve: (i) => (i.totalDue.gt(0) ? i.totalDue : 0) }),
    penalty: t.field({ type: "Money", description: "в т.ч. пени", resolve: (i) => i.penalty }),
    emailedAt: t.expose("emailedAt", { type: "DateTime", nullable: true, description: "When the e-invoice went to the subscribers" }),
  }),
});

builder.prismaObjectField(AccountRef, "invoices", (t) =>
  t.relatedConnection("invoices", {
    description: "Квитанции, newest period first",
    cursor: "id",
    extensions: { workCost: { perRow: 2 } },
    args: {
      from: t.arg({ type: "Period", required: false }),
      to: t.arg({ type: "Period", required: false }),
    },
    query: (args) => ({
      where: { period: { ...(args.from ? { gte: args.from } : {}), ...(args.to ? { lte: args.to } : {}) } },
      orderBy: [{ period: "desc" }, { id: "desc" }],
    }),
  }),
);

async function ownAccount(ctx: Context, globalId: string): Promise<number> {
  requireUser(ctx);
  const accountId = Number(globalId);
  if (!(await ctx.db.account.findFirst({ where: { id: accountId, AND: [visibleAccounts(ctx)] }, select: { id: true } })))
    throw userError("ACCOUNT_NOT_FOUND", ["input", "accountId"]);
  return accountId;
}

builder.mutationField("chargesPdfCreate", (t) =>
  t.field({
    type: payloadType<{ document: DocumentLinkShape }>("ChargesPdfCreatePayload", (p) => ({
      document: p.field({ type: DocumentLinkRef, nullable: true, resolve: (r) => r.document }),
    })),
    description: "«Сохранить в PDF» for «Начисления»: a short-lived download link",
    args: {
      input: t.arg({
        type: builder.inputType("ChargesPdfCreateInput", {
          fields: (f) => ({ accountId: f.globalID({ for: [AccountRef] }), from: f.field({ type: "Period" }), to: f.field({ type: "Period" }) }),
        }),
        required: true,
      }),
    },
    resolve: (_r, { input }, ctx) =>
      mutationPayload(async () => {
        const accountId = await ownAccount(ctx, input.accountId.id);
        checkMonthRange(input.from, input.to);
        const document = await signDocumentLink(ctx.config.jwtSecret, linkBase(ctx), {
          kind: CHARGES_KIND,
          params: { accountId, from: isoPeriod(input.from), to: isoPeriod(input.to) },
        }, ctx.clock.now());
        return { document };
      }),
  }),
);

builder.mutationField("invoicePdfCreate", (t) =>
  t.field({
    type: payloadType<{ document: DocumentLinkShape; htmlView: DocumentLinkShape; invoice: import("../../db/generated/prisma/client.js").Invoice }>("InvoicePdfCreatePayload", (p) => ({
      invoice: p.field({ type: InvoiceRef, nullable: true, resolve: (r) => r.invoice ?? null }),
      document: p.field({ type: DocumentLinkRef, nullable: true, description: "The PDF", resolve: (r) => r.document }),
      htmlView: p.field({ type: DocumentLinkRef, nullable: true, description: "The same квитанция as an accessible web page", resolve: (r) => r.htmlView }),
    })),
    description: "«Квитанция» of a month (6.4): short-lived links to its PDF and its HTML view",
    args: {
      input: t.arg({
        type: builder.inputType("InvoicePdfCreateInput", {
          fields: (f) => ({ accountId: f.globalID({ for: [AccountRef] }), period: f.field({ type: "Period" }) }),
        }),
        required: true,
      }),
    },
    resolve: (_r, { input }, ctx) =>
      mutationPayload(async () => {
        const accountId = await ownAccount(ctx, input.accountId.id);
        const invoice = await ctx.db.invoice.findUnique({ where: { accountId_period: { accountId, period: input.period } } });
        if (!invoice) throw userError("INVOICE_NOT_FOUND", ["input", "period"], input.period);
        const document = await signDocumentLink(ctx.config.jwtSecret, linkBase(ctx), invoiceLinkClaims(accountId, input.period), ctx.clock.now());
        return { invoice, document, htmlView: { url: invoiceViewUrl(document.url), expiresAt: document.expiresAt } };
      }),
  }),
);

const PeriodStatusEnum = builder.enumType("PeriodStatus", { values: ["OPEN", "CLOSING", "CLOSED"] as const });

const BillingPeriodRef = builder.prismaObject("BillingPeriod", {
  description: "A billing month and whether it is closed (charges and invoices issued)",
  fields: (t) => ({
    period: t.expose("period", { type: "Period" }),
    status: t.expose("status", { type: PeriodStatusEnum }),
    startedAt: t.expose("startedAt", { type: "DateTime", nullable: true }),
    closedAt: t.expose("closedAt", { type: "DateTime", nullable: true }),
    closedBy: t.exposeString("closedBy", { nullable: true, description: "job, staff:<id>, seed or generator" }),
  }),
});

const CloseTotalsRef = builder.objectRef<CloseTotals>("BillingCloseTotals").implement({
  fields: (t) => ({
    accounts: t.exposeInt("accounts"),
    lines: t.exposeInt("lines"),
    metered: t.exposeInt("metered"),
    byNorm: t.exposeInt("byNorm"),
    fixed: t.exposeInt("fixed"),
    unpriced: t.exposeInt("unpriced", { description: "Lines left out: no norm or no tariff in force" }),
    readingsAccepted: t.exposeInt("readingsAccepted"),
    readingsSuperseded: t.exposeInt("readingsSuperseded"),
    charged: t.field({ type: "Money", resolve: (x) => x.charged }),
    paid: t.field({ type: "Money", resolve: (x) => x.paid }),
    recalculation: t.field({ type: "Money", resolve: (x) => x.recalculation }),
    penalty: t.field({ type: "Money", resolve: (x) => x.penalty }),
    closingBalance: t.field({ type: "Money", resolve: (x) => x.closing }),
    unallocatedPayments: t.exposeInt("unallocatedPayments", { description: "Payments to a supplier the account is not billed by" }),
    unallocatedAmount: t.field({ type: "Money", resolve: (x) => x.unallocatedAmount }),
  }),
});

builder.mutationField("billingPeriodClose", (t) =>
  t.field({
    authScopes: { admin: true },
    type: payloadType<CloseResult & { billingPeriod: BillingPeriod | null }>("BillingPeriodClosePayload", (p) => ({
      billingPeriod: p.field({ type: BillingPeriodRef, nullable: true, resolve: (r) => r.billingPeriod ?? null }),
      closedNow: p.boolean({ nullable: true, description: "False when it was closed already: nothing changed", resolve: (r) => r.closedNow ?? null }),
      totals: p.field({ type: CloseTotalsRef, nullable: true, resolve: (r) => r.totals ?? null }),
      emailsSent: p.int({ nullable: true, resolve: (r) => r.email?.sent ?? null }),
      emailsFailed: p.int({ nullable: true, resolve: (r) => r.email?.failed ?? null }),
      durationMs: p.int({ nullable: true, resolve: (r) => r.ms ?? null }),
    })),
    description: "Closes a billing month (admins; the monthly job does it on the 1st): readings accepted, charges, invoices, e-invoices. Idempotent.",
    args: {
      input: t.arg({ type: builder.inputType("BillingPeriodCloseInput", { fields: (f) => ({ period: f.field({ type: "Period" }) }) }), required: true }),
    },
    resolve: (_r, { input }, ctx) =>
      mutationPayload(async () => {
        const staffId = ctx.auth.kind === "staff" ? ctx.auth.staffId : 0;
        const result = await closeBillingPeriod(ctx, input.period, `staff:${staffId}`);
        return { ...result, billingPeriod: await ctx.db.billingPeriod.findUnique({ where: { period: input.period } }) };
      }),
  }),
);
