// GraphQL surface of billing: «Начисления» (Account.charges, chargesPdfCreate), invoices
// (Account.invoices, invoicePdfCreate) and, for admins, billingPeriodClose.
import type { BillingPeriod } from "../../db/generated/prisma/client.js";
import { builder } from "../../graphql/builder.js";
import { mutationPayload, payloadType } from "../../graphql/user-errors.js";
import { visibleAccounts } from "../accounts/access.js";
import { TariffZoneEnum } from "../accounts/schema-home.js";
import { AccountRef } from "../accounts/schema.js";
import { createDocumentLink } from "../documents/create-link.js";
import { DocumentLinkRef, type DocumentLinkShape } from "../documents/schema.js";
import { CHARGE_COLUMNS, chargeHistory, type ChargeHistory, type ChargeLine, type ChargeMonth } from "./charges.js";
import { explainCharge, type Explanation, type ExplanationStep } from "./explanation.js";
import { closeBillingPeriod, type CloseResult, type CloseTotals } from "./close.js";
import { invoiceViewUrl } from "./invoices.js";
import { METHOD_TEXT, type Totals } from "./lines.js";
import { SupplierRef } from "./schema-supplier.js";

const ChargeMethodEnum = builder.enumType("ChargeMethod", {
  description: "Способ расчета",
  values: {
    METER: { description: "по прибору учета" },
    NORM: { description: "по нормативу" },
    AVERAGE: { description: "по среднему" },
    FIXED: { description: "фиксированный (ТКО, капремонт)" },
  } as const,
});

const ChargeColumnEnum = builder.enumType("ChargeColumn", {
  description: "A column of the «Начисления» table that may be hidden when all its values are zero (6.3)",
  values: {
    LOSSES_PERCENT: { description: "«Процент потерь»" },
    TRANSFORMATION_RATIO: { description: "«Коэффициент трансформации»" },
    OPENING_BALANCE: { description: "«К оплате на начало»" },
    NORM: { description: "«Норматив»" },
    VOLUME: { description: "«Объем»" },
    TARIFF: { description: "«Тариф»" },
    CHARGED: { description: "«Начислено»" },
    PAID: { description: "«Оплачено»" },
    RECALCULATION: { description: "«Перерасчеты»" },
    PENALTY: { description: "«Пени»" },
    CLOSING_BALANCE: { description: "«К оплате на конец»" },
  } satisfies Record<(typeof CHARGE_COLUMNS)[number], { description: string }>,
});

const ExplanationStepRef = builder.objectRef<ExplanationStep>("ChargeExplanationStep").implement({
  description: "One step of «Почему такая сумма»: a part of the line's amount with its arithmetic",
  fields: (t) => ({
    label: t.exposeString("label", { description: "What the step is, e.g. «Начислено по прибору учета», «Пени», «Оплачено»" }),
    formula: t.exposeString("formula", {
      description:
        "The arithmetic in words with its numbers, e.g. «Объем: 27 417 − 27 102 = 315 кВт.ч (день) · Тариф 2,25 р. … · 315 × 2,25 = 708,75 р.»; «нет данных» where the inputs were not kept",
    }),
    value: t.field({ type: "Money", description: "What the step adds to «К оплате на конец» (a payment is negative)", resolve: (s) => s.value }),
  }),
});

const ExplanationRef = builder.objectRef<Explanation>("ChargeExplanation").implement({
  description: "«Почему такая сумма»: how a charge line's amount was computed, from the inputs the period close kept",
  fields: (t) => ({
    steps: t.field({
      type: [ExplanationStepRef],
      description: "From «К оплате на начало» through the charge, recalculation and penalty to the payments; their values add up to `total`",
      resolve: (e) => e.steps,
    }),
    total: t.field({
      type: "Money",
      description: "The sum of the steps: the line's «К оплате на конец» (`closingBalance`), to the kopeck",
      resolve: (e) => e.total,
    }),
  }),
});

const ChargeLineRef = builder.objectRef<ChargeLine>("ChargeLine").implement({
  description: "A row of «Начисления»: one service (and tariff zone) in one month",
  fields: (t) => ({
    service: t.exposeString("service", { description: "Наименование услуги, with the zone when billed by zones" }),
    serviceCode: t.exposeString("serviceCode", { description: "Stable code of the service, e.g. ELECTRICITY, COLD_WATER" }),
    zone: t.field({ description: "The tariff zone; ALL_DAY when the service is not billed by zones", type: TariffZoneEnum, resolve: (l) => l.zone }),
    supplier: t.exposeString("supplier", { description: "«Поставщик»: the supplier's name as the table shows it; `supplierDetails` has the rest" }),
    supplierDetails: t.field({
      type: SupplierRef,
      nullable: false,
      description: "The supplier («поставщик услуги») of the service, with its INN and bank details",
      resolve: (l) => l.supplierDetails,
    }),
    lossesPercent: t.field({ type: "Decimal", nullable: true, description: "Процент потерь", resolve: (l) => l.lossesPercent }),
    transformationRatio: t.field({ type: "Decimal", nullable: true, description: "Коэффициент трансформации", resolve: (l) => l.transformationRatio }),
    openingBalance: t.field({ type: "Money", description: "К оплате на начало: debt > 0, overpayment < 0", resolve: (l) => l.openingBalance }),
    method: t.field({ description: "«Способ расчета»", type: ChargeMethodEnum, resolve: (l) => l.method }),
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
    explanation: t.field({
      type: ExplanationRef,
      description: "«Почему такая сумма»: the line's arithmetic step by step",
      resolve: (l, _a, ctx) => explainCharge(l, ctx.config.timezone),
    }),
  }),
});

const ChargeTotalsRef = builder.objectRef<Totals>("ChargeTotals").implement({
  description: "«Итого» of a month: the sums of its lines",
  fields: (t) => ({
    openingBalance: t.field({ description: "«К оплате на начало»: debt > 0, overpayment < 0", type: "Money", resolve: (x) => x.opening }),
    charged: t.field({ type: "Money", description: "The month's charges: the chart's point", resolve: (x) => x.charged }),
    paid: t.field({ description: "«Оплачено»", type: "Money", resolve: (x) => x.paid }),
    recalculation: t.field({ description: "«Перерасчеты»", type: "Money", resolve: (x) => x.recalculation }),
    penalty: t.field({ description: "«Пени»", type: "Money", resolve: (x) => x.penalty }),
    closingBalance: t.field({ description: "«К оплате на конец»: debt > 0, overpayment < 0", type: "Money", resolve: (x) => x.closing }),
  }),
});

const ChargeMonthRef = builder.objectRef<ChargeMonth>("ChargeMonth").implement({
  description: "One month of «Начисления»",
  fields: (t) => ({
    period: t.field({ description: "The month", type: "Period", resolve: (m) => m.period }),
    billed: t.boolean({ description: "False for a month with no charges (not closed yet, or before the account)", resolve: (m) => m.lines.length > 0 }),
    lines: t.field({ description: "Its rows, in the order of the table", type: [ChargeLineRef], resolve: (m) => m.lines }),
    totals: t.field({ description: "The month's sums", type: ChargeTotalsRef, resolve: (m) => m.totals }),
  }),
});

const ChargeHistoryRef = builder.objectRef<ChargeHistory>("ChargeHistory").implement({
  description: "«Начисления» for a month range (6.3)",
  fields: (t) => ({
    from: t.field({ description: "First month of the range", type: "Period", resolve: (h) => h.from }),
    to: t.field({ description: "Last month of the range", type: "Period", resolve: (h) => h.to }),
    months: t.field({ type: [ChargeMonthRef], description: "Newest month first", resolve: (h) => h.months }),
    emptyColumns: t.field({
      type: [ChargeColumnEnum],
      description: "Columns that are zero or empty in every row of the range (may be hidden)",
      resolve: (h) => h.emptyColumns,
    }),
  }),
});

builder.prismaObjectField(AccountRef, "charges", (t) =>
  t.field({
    type: ChargeHistoryRef,
    description: "«Начисления» by month range «с» / «по» (at most 36 months)",
    extensions: { workCost: { perMonth: 20 } }, // graphql/work-cost.ts: each month reads every service line
    select: { id: true },
    args: {
      from: t.arg({ type: "Period", required: true, description: "«с»: first month, inclusive" }),
      to: t.arg({ type: "Period", required: true, description: "«по»: last month, inclusive; at most 36 months after `from` (else INVALID_RANGE)" }),
    },
    resolve: (a, args, ctx) => chargeHistory(ctx.db, a.id, args.from, args.to),
  }),
);

export const InvoiceRef = builder.prismaNode("Invoice", {
  description: "Квитанция (платежный документ) of one account and month",
  id: { field: "id" },
  nullable: true,
  findUnique: (id, ctx) => ({ id: Number(id), AND: [{ account: visibleAccounts(ctx) }] }),
  fields: (t) => ({
    number: t.exposeString("number", { description: "The invoice's number as printed" }),
    period: t.expose("period", { description: "The month it bills", type: "Period" }),
    issuedAt: t.expose("issuedAt", { description: "When it was issued (the month's close)", type: "DateTime" }),
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
      from: t.arg({ type: "Period", required: false, description: "Only invoices of this month or later" }),
      to: t.arg({ type: "Period", required: false, description: "Only invoices of this month or earlier" }),
    },
    query: (args) => ({
      where: { period: { ...(args.from ? { gte: args.from } : {}), ...(args.to ? { lte: args.to } : {}) } },
      orderBy: [{ period: "desc" }, { id: "desc" }],
    }),
  }),
);

builder.mutationField("chargesPdfCreate", (t) =>
  t.field({
    type: payloadType<{ document: DocumentLinkShape }>("ChargesPdfCreatePayload", (p) => ({
      document: p.field({
        description: "The signed link to the PDF (valid for minutes: see `expiresAt`)",
        type: DocumentLinkRef,
        nullable: true,
        resolve: (r) => r.document,
      }),
    })),
    description: "«Сохранить в PDF» for «Начисления»: a short-lived download link",
    args: {
      input: t.arg({
        type: builder.inputType("ChargesPdfCreateInput", {
          fields: (f) => ({
            accountId: f.globalID({ for: [AccountRef], description: "The personal account (`Account.id`)" }),
            from: f.field({ type: "Period", description: "«с»: first month, inclusive" }),
            to: f.field({ type: "Period", description: "«по»: last month, inclusive (at most 36 months)" }),
          }),
        }),
        required: true,
      }),
    },
    resolve: (_r, { input }, ctx) =>
      mutationPayload(async () => {
        const document = await createDocumentLink(ctx, "charges", { accountId: Number(input.accountId.id), from: input.from, to: input.to });
        return { document };
      }),
  }),
);

builder.mutationField("invoicePdfCreate", (t) =>
  t.field({
    type: payloadType<{ document: DocumentLinkShape; htmlView: DocumentLinkShape; invoice: { accountId: number; period: Date } }>(
      "InvoicePdfCreatePayload",
      (p) => ({
        invoice: p.field({
          description: "The invoice of the month",
          type: InvoiceRef,
          nullable: true,
          resolve: (r, _a, ctx) => (r.invoice ? ctx.db.invoice.findUnique({ where: { accountId_period: r.invoice } }) : null),
        }),
        document: p.field({ type: DocumentLinkRef, nullable: true, description: "The PDF", resolve: (r) => r.document }),
        htmlView: p.field({ type: DocumentLinkRef, nullable: true, description: "The same квитанция as an accessible web page", resolve: (r) => r.htmlView }),
      }),
    ),
    description: "«Квитанция» of a month (6.4): short-lived links to its PDF and its HTML view",
    args: {
      input: t.arg({
        type: builder.inputType("InvoicePdfCreateInput", {
          fields: (f) => ({
            accountId: f.globalID({ for: [AccountRef], description: "The personal account (`Account.id`)" }),
            period: f.field({ type: "Period", description: "The invoice's month (INVOICE_NOT_FOUND when that month has none yet)" }),
          }),
        }),
        required: true,
      }),
    },
    resolve: (_r, { input }, ctx) =>
      mutationPayload(async () => {
        const invoice = { accountId: Number(input.accountId.id), period: input.period };
        const document = await createDocumentLink(ctx, "invoice", invoice);
        return { invoice, document, htmlView: { url: invoiceViewUrl(document.url), expiresAt: document.expiresAt } };
      }),
  }),
);

const PeriodStatusEnum = builder.enumType("PeriodStatus", {
  description: "State of a billing month («расчетный период»)",
  values: {
    OPEN: { description: "Readings and payments are being collected" },
    CLOSING: { description: "The close is running" },
    CLOSED: { description: "Charged and invoiced; readings of the month are final" },
  } as const,
});

const BillingPeriodRef = builder.prismaObject("BillingPeriod", {
  description: "A billing month and whether it is closed (charges and invoices issued)",
  fields: (t) => ({
    period: t.expose("period", { description: "The month", type: "Period" }),
    status: t.expose("status", { description: "Where the month is", type: PeriodStatusEnum }),
    startedAt: t.expose("startedAt", { description: "When the close started", type: "DateTime", nullable: true }),
    closedAt: t.expose("closedAt", { description: "When the close finished", type: "DateTime", nullable: true }),
    closedBy: t.exposeString("closedBy", { nullable: true, description: "job, staff:<id>, seed or generator" }),
  }),
});

const CloseTotalsRef = builder.objectRef<CloseTotals>("BillingCloseTotals").implement({
  description: "What a month's close did: counts and sums over every account",
  fields: (t) => ({
    accounts: t.exposeInt("accounts", { description: "Accounts charged" }),
    lines: t.exposeInt("lines", { description: "Charge lines written" }),
    metered: t.exposeInt("metered", { description: "Lines charged by readings" }),
    byNorm: t.exposeInt("byNorm", { description: "Lines charged by norm" }),
    fixed: t.exposeInt("fixed", { description: "Fixed-amount lines (ТКО, capital repair)" }),
    unpriced: t.exposeInt("unpriced", { description: "Lines left out: no norm or no tariff in force" }),
    readingsAccepted: t.exposeInt("readingsAccepted", { description: "Readings accepted for billing" }),
    readingsSuperseded: t.exposeInt("readingsSuperseded", { description: "Readings replaced by a later one or a control reading" }),
    charged: t.field({ description: "Sum charged", type: "Money", resolve: (x) => x.charged }),
    paid: t.field({ description: "Sum of payments booked", type: "Money", resolve: (x) => x.paid }),
    recalculation: t.field({ description: "Sum of recalculations", type: "Money", resolve: (x) => x.recalculation }),
    penalty: t.field({ description: "Sum of penalties", type: "Money", resolve: (x) => x.penalty }),
    closingBalance: t.field({ description: "Sum of closing balances", type: "Money", resolve: (x) => x.closing }),
    unallocatedPayments: t.exposeInt("unallocatedPayments", { description: "Payments to a supplier the account is not billed by" }),
    unallocatedAmount: t.field({
      description: "Sum of the payments that could not be booked to a supplier the account is billed by",
      type: "Money",
      resolve: (x) => x.unallocatedAmount,
    }),
  }),
});

builder.mutationField("billingPeriodClose", (t) =>
  t.field({
    authScopes: { admin: true },
    type: payloadType<CloseResult & { billingPeriod: BillingPeriod | null }>("BillingPeriodClosePayload", (p) => ({
      billingPeriod: p.field({ description: "The month as it is now", type: BillingPeriodRef, nullable: true, resolve: (r) => r.billingPeriod ?? null }),
      closedNow: p.boolean({ nullable: true, description: "False when it was closed already: nothing changed", resolve: (r) => r.closedNow ?? null }),
      totals: p.field({
        description: "What the close did (null when it was closed already)",
        type: CloseTotalsRef,
        nullable: true,
        resolve: (r) => r.totals ?? null,
      }),
      emailsSent: p.int({ description: "E-invoices sent to subscribers", nullable: true, resolve: (r) => r.email?.sent ?? null }),
      emailsFailed: p.int({ description: "E-invoices that could not be sent", nullable: true, resolve: (r) => r.email?.failed ?? null }),
      durationMs: p.int({ description: "How long the close took, in milliseconds", nullable: true, resolve: (r) => r.ms ?? null }),
    })),
    description: "Closes a billing month (admins; the monthly job does it on the 1st): readings accepted, charges, invoices, e-invoices. Idempotent.",
    args: {
      input: t.arg({
        type: builder.inputType("BillingPeriodCloseInput", { fields: (f) => ({ period: f.field({ type: "Period", description: "The month to close" }) }) }),
        required: true,
      }),
    },
    resolve: (_r, { input }, ctx) =>
      mutationPayload(async () => {
        const staffId = ctx.auth.kind === "staff" ? ctx.auth.staffId : 0;
        const result = await closeBillingPeriod(ctx, input.period, { staffId });
        return { ...result, billingPeriod: await ctx.db.billingPeriod.findUnique({ where: { period: input.period } }) };
      }),
  }),
);
