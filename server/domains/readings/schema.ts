// GraphQL surface of readings: meters with their last accepted and submitted values, and
// meterReadingsSubmit for customers (web, mobile app) and partner systems (readings:write).
import { encodeGlobalID } from "@pothos/plugin-relay";
import type { MeterReading } from "../../db/generated/prisma/client.js";
import type { Context } from "../../context.js";
import { builder } from "../../graphql/builder.js";
import { mutationPayload, payloadType } from "../../graphql/user-errors.js";
import { forbidden, notSignedIn } from "../../shared/errors.js";
import { userError } from "./errors.js";
import { TariffZoneEnum } from "../accounts/schema-home.js";
import { AccountRef } from "../accounts/schema.js";
import { visibleAccounts } from "../accounts/access.js";
import { inWindow, meterBlockReason } from "./rules.js";
import { READING_CHANNELS, channelFor, type ReadingChannel } from "./channels.js";
import { submitReadings, type OverLimitWarning, type SubmitActor } from "./submit.js";
import { dayOf, localDate, periodOf } from "../../shared/calendar.js";
import { readingHistory } from "./history.js";
import { METER_STATUS_TEXT as STATUS_TEXT, READING_SOURCE_TEXT as SOURCE_TEXT } from "./texts.js";
import { linkBase, signDocumentLink } from "../documents/links.js";
import { DocumentLinkRef, type DocumentLinkShape } from "../documents/schema.js";
import { requireUser } from "../../graphql/require-user.js";
import { idempotencyDeps, idempotent, withoutKey } from "../../shared/idempotency.js";
import { PRELIMINARY_WARNING, preliminaryCalculation } from "./preliminary.js";


const SOURCE_DESCRIPTION: Record<keyof typeof SOURCE_TEXT, string> = {
  WEB: "«Личный кабинет»: the customer in the web cabinet",
  MOBILE_APP: "«Мобильное приложение»: the customer in the retailer's mobile app",
  API_TOKEN: "«Приложение клиента»: the customer's own app or home automation with a personal API token («Доступ для приложений»)",
  PARTNER: "«АСКУЭ»: an automatic metering system with a partner key",
  OFFICE: "«Клиентский офис»: taken at the client office (staff, or the office's system with a partner key)",
  CONTROL_ROUND: "«Контрольный обход»: a control reading by the retailer's inspector; it outranks the customer's reading of the month",
  REMOVAL: "«Демонтаж»: the final reading when the meter was removed; recorded by billing, never submitted through the API",
};
const ReadingSourceEnum = builder.enumType("ReadingSource", {
  description: "«Способ передачи» of a reading (figure 13)",
  values: Object.fromEntries(Object.entries(SOURCE_DESCRIPTION).map(([k, description]) => [k, { description }])) as Record<keyof typeof SOURCE_TEXT, { description: string }>,
});
const ReadingStatusEnum = builder.enumType("ReadingStatus", {
  description: "Where a reading is in billing",
  values: {
    SUBMITTED: { description: "«Передано»: received, waiting for the month's close; a later submission of the month replaces it" },
    ACCEPTED: { description: "«Принято к расчету»: billing used it for the month's charges" },
    SUPERSEDED: { description: "Replaced by a later submission of the same month (or by a control reading)" },
    REJECTED: { description: "Not used by billing" },
  } as const,
});
const MeterStatusEnum = builder.enumType("MeterStatus", {
  description: "State of a meter («прибор учета»); readings are taken for ACTIVE meters only",
  values: {
    ACTIVE: { description: "«Включен»: readings are accepted (unless an operator blocked them: see `blockedReason`)" },
    DISABLED: { description: "«Отключен»: history only" },
    DISABLED_FAILED: { description: "«Отключен, в связи с выходом из строя»: the meter failed; history only, charges by norm" },
  } as const,
});

export const MeterReadingRef = builder.prismaObject("MeterReading", {
  description: "A reading of one tariff zone of a meter for a billing month («показание»)",
  fields: (t) => ({
    zone: t.expose("zone", { description: "The tariff zone («тарифная зона») the value is for", type: TariffZoneEnum }),
    value: t.field({ description: "The meter's display for the zone, in the meter's `unit`", type: "Decimal", resolve: (r) => r.value }),
    period: t.expose("period", { description: "The billing month the reading counts for", type: "Period" }),
    submittedAt: t.expose("submittedAt", { description: "When it was submitted («Дата передачи»)", type: "DateTime" }),
    acceptedAt: t.expose("acceptedAt", { type: "DateTime", nullable: true, description: "When billing accepted it" }),
    source: t.expose("source", { description: "«Способ передачи»: who submitted it and how", type: ReadingSourceEnum }),
    sourceText: t.string({ description: "Способ передачи", resolve: (r) => SOURCE_TEXT[r.source] }),
    status: t.expose("status", { description: "Whether billing accepted, replaced or is still to use it", type: ReadingStatusEnum }),
  }),
});

/** The latest reading per zone of the given statuses. */
function latestPerZone(readings: MeterReading[], statuses: MeterReading["status"][]) {
  const out = new Map<string, MeterReading>();
  for (const r of readings) if (statuses.includes(r.status) && !out.has(r.zone)) out.set(r.zone, r);
  return [...out.values()];
}

export const MeterRef = builder.prismaNode("Meter", {
  description: "A meter («прибор учета», ПУ) of the account with its zones and last readings (6.2)",
  id: { field: "id" },
  nullable: true,
  findUnique: (id, ctx) => ({ id: Number(id), AND: [{ account: visibleAccounts(ctx) }] }),
  fields: (t) => ({
    number: t.exposeString("number", { description: "«Номер ПУ»: the meter's serial number" }),
    resource: t.string({ description: "The service it meters, e.g. «Электроэнергия», «Холодное водоснабжение»", select: { service: { select: { name: true } } }, resolve: (m) => m.service.name }),
    unit: t.exposeString("unit", { description: "Unit of its readings: кВт.ч, м³, Гкал" }),
    digits: t.exposeInt("digits", { description: "Digits before the decimal point on the meter's display" }),
    zones: t.field({ description: "The tariff zones it counts; a submission gives a value for each", type: [TariffZoneEnum], select: { zones: true }, resolve: (m) => m.zones }),
    status: t.expose("status", { description: "Whether readings are taken", type: MeterStatusEnum }),
    statusText: t.string({ description: "The status as the cabinet shows it: «Включен», «Отключен», «Отключен, в связи с выходом из строя»", select: { status: true }, resolve: (m) => STATUS_TEXT[m.status] }),
    nextVerificationDate: t.expose("nextVerificationDate", { description: "«Дата очередной поверки»; null when unknown", type: "Date", nullable: true }),
    blockedReason: t.string({
      nullable: true,
      description: "Why the input is disabled (shown on hover); null when readings are accepted",
      select: { status: true, blockedReason: true },
      resolve: (m) => meterBlockReason(m),
    }),
    lastAccepted: t.field({
      type: [MeterReadingRef],
      description: "Последние принятые показания, per zone",
      select: { readings: { where: { status: "ACCEPTED" }, orderBy: [{ period: "desc" }, { submittedAt: "desc" }], take: 10 } },
      resolve: (m) => latestPerZone(m.readings, ["ACCEPTED"]),
    }),
    lastSubmitted: t.field({
      type: [MeterReadingRef],
      description: "Последние переданные показания, per zone",
      select: { readings: { orderBy: { submittedAt: "desc" }, take: 10 } },
      resolve: (m) => latestPerZone(m.readings, ["SUBMITTED", "ACCEPTED", "SUPERSEDED"]),
    }),
  }),
});

builder.prismaObjectField(AccountRef, "meters", (t) =>
  t.relation("meters", { description: "Приборы учета of the account", query: { where: { removedAt: null }, orderBy: { number: "asc" } } }),
);

const WarningRef = builder.objectRef<OverLimitWarning>("ReadingWarning").implement({
  description: "Too-large consumption (figure 12): resubmit with confirmOverLimit to save anyway",
  fields: (t) => ({
    meterId: t.id({ description: "The meter (global ID) with the too-large consumption", resolve: (w) => encodeGlobalID("Meter", w.meterId) }),
    zone: t.field({ description: "The zone with the too-large consumption", type: TariffZoneEnum, resolve: (w) => w.zone }),
    consumption: t.field({ description: "Consumption since the last accepted reading, in the meter's unit", type: "Decimal", resolve: (w) => w.consumption }),
    message: t.exposeString("message", { description: "The warning to show (the manual's text, Russian)" }),
  }),
});

const ReadingInput = builder.inputType("MeterReadingInput", {
  fields: (t) => ({
    meterId: t.globalID({ description: "The meter (`Meter.id`)", for: [MeterRef] }),
    zone: t.field({ description: "One of the meter's `zones`", type: TariffZoneEnum }),
    value: t.string({ description: "The meter's display, e.g. \"2640\" or \"2640.5\"" }),
  }),
});

const ReadingChannelEnum = builder.enumType("ReadingChannel", {
  description: "Through which channel readings are submitted (stored as their `source`). Who may claim which: customers WEB and MOBILE_APP; partner keys PARTNER, OFFICE and CONTROL_ROUND; staff OFFICE and CONTROL_ROUND; any other is CHANNEL_NOT_ALLOWED.",
  values: Object.fromEntries(READING_CHANNELS.map((c) => [c, { description: SOURCE_DESCRIPTION[c] }])) as Record<(typeof READING_CHANNELS)[number], { description: string }>,
});

/** Who submits, and through which channel: the one given when this caller may claim it (channels.ts). */
function actorOf(ctx: Context, given: ReadingChannel | null | undefined): SubmitActor {
  // The type's scope rule let only tokens and partner keys with readings:write through (tokens/reach.ts).
  const caller = (ctx.auth.kind === "partner" || ctx.auth.kind === "token") && !ctx.auth.scopes.includes("readings:write") ? null : ctx.auth.kind;
  if (caller !== "user" && caller !== "token" && caller !== "partner" && caller !== "staff") throw ctx.auth.kind === "anonymous" ? notSignedIn() : forbidden();
  const source = channelFor(caller, given);
  if (!source) throw userError("CHANNEL_NOT_ALLOWED", ["input", "channel"]);
  if (ctx.auth.kind === "user" || ctx.auth.kind === "token") return { source, userId: ctx.auth.userId };
  if (ctx.auth.kind === "partner") return { source, apiKeyId: ctx.auth.apiKeyId };
  return { source };
}

builder.mutationField("meterReadingsSubmit", (t) =>
  t.field({
    type: payloadType<{ readings: MeterReading[]; warnings: OverLimitWarning[] }>("MeterReadingsSubmitPayload", (p) => ({
      readings: p.field({ description: "The saved readings (empty when warnings came back or on userErrors)", type: [MeterReadingRef], resolve: (r) => r.readings ?? [] }),
      warnings: p.field({ description: "Too-large consumption: nothing was saved; resubmit with `confirmOverLimit: true` to save anyway", type: [WarningRef], resolve: (r) => r.warnings ?? [] }),
    })),
    description: "«Передать показания» (6.2.1). Customers, or partner systems with the readings:write scope.",
    args: {
      input: t.arg({
        type: builder.inputType("MeterReadingsSubmitInput", {
          fields: (f) => ({
            accountId: f.globalID({ description: "The personal account («лицевой счет», `Account.id`); a customer only for an account linked to them", for: [AccountRef] }),
            readings: f.field({ description: "Every zone of each meter named, each once; all are saved or none", type: [ReadingInput] }),
            confirmOverLimit: f.boolean({ required: false, defaultValue: false, description: "«Передать внесённые показания» after a warning" }),
            channel: f.field({ type: ReadingChannelEnum, required: false, description: "Defaults to WEB for customers, PARTNER for partner keys, OFFICE for staff" }),
            idempotencyKey: f.string({
              required: false,
              description: "A key the client makes per submission (a UUID): sent again within 24 hours with the same input it returns the first result and saves nothing more; with another input it is IDEMPOTENCY_KEY_REUSED",
            }),
          }),
        }),
        required: true,
      }),
    },
    resolve: (_r, { input }, ctx) =>
      mutationPayload(async () => {
        const actor = actorOf(ctx, input.channel);
        return idempotent(idempotencyDeps(ctx), {
          auth: ctx.auth,
          operation: "meterReadingsSubmit",
          key: input.idempotencyKey,
          input: withoutKey(input),
          run: async () => {
            const r = await submitReadings(
              { sql: ctx.sql, clock: ctx.clock, timezone: ctx.config.timezone, window: ctx.config.readingsWindow },
              {
                accountId: Number(input.accountId.id),
                confirmOverLimit: !!input.confirmOverLimit,
                readings: input.readings.map((x) => ({ meterId: Number(x.meterId.id), zone: x.zone, value: x.value })),
              },
              actor,
            );
            return { readings: r.saved, warnings: r.warnings };
          },
          // A warning saved nothing: the key is not kept, so the confirmed resubmission may reuse it.
          save: (r) => (r.readings.length ? { readingIds: r.readings.map((x) => x.id) } : null),
          load: async (saved) => {
            const ids = (saved as { readingIds: number[] }).readingIds;
            const rows = await ctx.db.meterReading.findMany({ where: { id: { in: ids } } });
            return { readings: ids.map((id) => rows.find((x) => x.id === id)).filter((x) => x !== undefined), warnings: [] };
          },
        });
      }),
  }),
);

const HistoryRowRef = builder.objectRef<import("./history.js").HistoryRow>("ReadingHistoryRow").implement({
  description: "A row of figure 13",
  fields: (t) => ({
    submittedAt: t.field({ type: "DateTime", description: "Дата передачи", resolve: (r) => r.submittedAt }),
    resource: t.exposeString("resource", { description: "The meter's service, e.g. «Электроэнергия»" }),
    meterNumber: t.exposeString("meterNumber", { description: "«Номер ПУ»" }),
    meterStatusText: t.string({ description: "The meter's status now: «Включен», «Отключен» …", resolve: (r) => STATUS_TEXT[r.meterStatus] }),
    zone: t.field({ description: "«Тарифная зона»", type: TariffZoneEnum, resolve: (r) => r.zone }),
    value: t.field({ description: "«Показания»", type: "Decimal", resolve: (r) => r.value }),
    difference: t.field({ type: "Decimal", nullable: true, description: "Разница с предыдущими", resolve: (r) => r.difference ?? null }),
    unit: t.exposeString("unit", { description: "Unit of value and difference: кВт.ч, м³" }),
    source: t.field({ description: "«Способ передачи»", type: ReadingSourceEnum, resolve: (r) => r.source }),
    sourceText: t.string({ description: "Способ передачи", resolve: (r) => SOURCE_TEXT[r.source] }),
    accepted: t.boolean({ description: "Принято к расчету", resolve: (r) => r.status === "ACCEPTED" }),
  }),
});

const HistoryMonthRef = builder.objectRef<import("./history.js").HistoryMonth>("ReadingHistoryMonth").implement({
  description: "One month of «История показаний»",
  fields: (t) => ({
    period: t.field({ description: "The month", type: "Period", resolve: (m) => m.period }),
    rows: t.field({ description: "The month's readings, newest first", type: [HistoryRowRef], resolve: (m) => m.rows }),
  }),
});

builder.prismaObjectField(AccountRef, "readingHistory", (t) =>
  t.field({
    type: [HistoryMonthRef],
    description: "«История показаний» by month range «с» / «по», newest month first",
    extensions: { workCost: { perMonth: 20 } }, // graphql/work-cost.ts: each month reads every meter's readings
    select: { id: true },
    args: {
      from: t.arg({ description: "«с»: first month, inclusive", type: "Period", required: true }),
      to: t.arg({ description: "«по»: last month, inclusive; at most 36 months after `from` (else INVALID_RANGE)", type: "Period", required: true }),
      acceptedOnly: t.arg.boolean({ required: false, defaultValue: false, description: "«Только принятые к расчету»" }),
    },
    resolve: (a, args, ctx) => readingHistory(ctx.db, a.id, args.from, args.to, !!args.acceptedOnly),
  }),
);

const PreliminaryLineRef = builder.objectRef<import("./preliminary.js").PreliminaryLine>("PreliminaryLine").implement({
  description: "A service of «Предварительный расчет»: by this month's readings × tariff, or by the norm",
  fields: (t) => ({
    service: t.exposeString("service", { description: "The service as on the invoice" }),
    method: t.string({ description: "METER (по показаниям) or NORM (по нормативу)", resolve: (l) => l.method }),
    tariff: t.field({ description: "Тариф, р. per unit", type: "Money", resolve: (l) => l.tariff }),
    norm: t.field({ description: "Норматив потребления when billed by norm, else null", type: "Decimal", nullable: true, resolve: (l) => l.norm ?? null }),
    volume: t.field({ description: "Объем: consumption by readings, or by norm", type: "Decimal", resolve: (l) => l.volume }),
    amount: t.field({ type: "Money", description: "Расчетная стоимость", resolve: (l) => l.amount }),
  }),
});

const PreliminaryRef = builder.objectRef<import("./preliminary.js").PreliminaryCalculation>("PreliminaryCalculation").implement({
  description: "«Предварительный расчет» (6.2.3); pay `total` in advance only after the acknowledgment",
  fields: (t) => ({
    period: t.field({ description: "The month calculated (the current one)", type: "Period", resolve: (c) => c.period }),
    lines: t.field({ description: "One line per service", type: [PreliminaryLineRef], resolve: (c) => c.lines }),
    currentTotal: t.field({ type: "Money", description: "За текущий период", resolve: (c) => c.currentTotal }),
    previousDebt: t.field({ type: "Money", description: "За предыдущие периоды (переплата не учитывается)", resolve: (c) => c.previousDebt }),
    total: t.field({ type: "Money", description: "Итого", resolve: (c) => c.total }),
    warning: t.string({ description: "The manual's warning that the estimate may differ from the invoice (Russian, to show)", resolve: () => PRELIMINARY_WARNING }),
    acknowledgment: t.string({ description: "The text of the checkbox the customer must tick before «Оплатить авансом» (Russian)", resolve: () => "Я понимаю, что сумма предварительного расчета может отличаться от суммы, выставленной к оплате по итогу месяца" }),
  }),
});

builder.prismaObjectField(AccountRef, "preliminaryCalculation", (t) =>
  t.field({
    type: PreliminaryRef,
    description: "«Выполнить предварительный расчет» (6.2.3): this month's charges estimated from the readings submitted so far",
    select: { id: true },
    resolve: (a, _args, ctx) => {
      const today = dayOf(ctx.clock.now(), ctx.config.timezone);
      return preliminaryCalculation(ctx.db, a.id, periodOf(ctx.clock.now(), ctx.config.timezone), today);
    },
  }),
);

builder.mutationField("readingHistoryPdfCreate", (t) =>
  t.field({
    type: payloadType<{ document: DocumentLinkShape }>("ReadingHistoryPdfCreatePayload", (p) => ({
      document: p.field({ description: "The signed link to the PDF (valid for minutes: see `expiresAt`)", type: DocumentLinkRef, nullable: true, resolve: (r) => r.document }),
    })),
    description: "«Сохранить в PDF» for the reading history: returns a short-lived download link",
    args: {
      input: t.arg({
        type: builder.inputType("ReadingHistoryPdfCreateInput", {
          fields: (f) => ({
            accountId: f.globalID({ description: "The personal account (`Account.id`)", for: [AccountRef] }),
            from: f.field({ description: "«с»: first month, inclusive", type: "Period" }),
            to: f.field({ description: "«по»: last month, inclusive (at most 36 months)", type: "Period" }),
            acceptedOnly: f.boolean({ description: "«Только принятые к расчету»", required: false, defaultValue: false }),
          }),
        }),
        required: true,
      }),
    },
    resolve: (_r, { input }, ctx) =>
      mutationPayload(async () => {
        requireUser(ctx);
        const accountId = Number(input.accountId.id);
        if (!(await ctx.db.account.findFirst({ where: { id: accountId, AND: [visibleAccounts(ctx)] }, select: { id: true } })))
          throw userError("ACCOUNT_NOT_FOUND", ["input", "accountId"]);
        await readingHistory(ctx.db, accountId, input.from, input.to, false); // validates the range
        const period = (d: Date) => d.toISOString().slice(0, 7);
        const document = await signDocumentLink(ctx.config.jwtSecret, linkBase(ctx), {
          kind: "readings-history",
          params: { accountId, from: period(input.from), to: period(input.to), acceptedOnly: !!input.acceptedOnly },
        }, ctx.clock.now());
        return { document };
      }),
  }),
);

const ReadingsWindowRef = builder.objectRef<{ fromDay: number; toDay: number; open: boolean }>("ReadingsWindow").implement({
  description: "Days of the month readings are accepted (the retailer's timezone) and whether that is now",
  fields: (t) => ({
    fromDay: t.exposeInt("fromDay", { description: "First day of the month readings are accepted (1 by default)" }),
    toDay: t.exposeInt("toDay", { description: "Last day of the month readings are accepted, inclusive (25 by default)" }),
    open: t.exposeBoolean("open", { description: "Today (the retailer's timezone) is inside the window: `meterReadingsSubmit` accepts readings" }),
  }),
});

builder.queryField("readingsWindow", (t) =>
  t.field({
    type: ReadingsWindowRef,
    description: "When readings are accepted: the window of days each month (the retailer's timezone). Anyone may read it.",
    resolve: (_r, _a, ctx) => {
      const w = ctx.config.readingsWindow;
      return { ...w, open: inWindow(localDate(ctx.clock.now(), ctx.config.timezone), w) };
    },
  }),
);
