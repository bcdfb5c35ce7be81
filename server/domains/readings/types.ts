// GraphQL surface of readings: meters with their last accepted and submitted values, and
// meterReadingsSubmit for customers (web, mobile app) and partner systems (readings:write).
import { encodeGlobalID } from "@pothos/plugin-relay";
import type { MeterReading } from "../../db/generated/prisma/client.js";
import type { Context } from "../../context.js";
import { builder } from "../../graphql/builder.js";
import { mutationPayload, payloadType } from "../../graphql/user-errors.js";
import { forbidden, notSignedIn } from "../../shared/errors.js";
import { userError } from "./errors.js";
import { TariffZoneEnum } from "../accounts/home-types.js";
import { AccountRef } from "../accounts/types.js";
import { visibleAccounts } from "../accounts/access.js";
import { inWindow, meterBlockReason, parseWindow } from "./rules.js";
import { READING_CHANNELS, channelFor, type ReadingChannel } from "./channels.js";
import { submitReadings, type OverLimitWarning, type SubmitActor } from "./submit.js";
import { periodOf } from "../../shared/month-range.js";
import { readingHistory } from "./history.js";
import { linkBase, signDocumentLink } from "../documents/links.js";
import { DocumentLinkRef, type DocumentLinkShape } from "../documents/types.js";
import { requireUser } from "../../graphql/require-user.js";
import { PRELIMINARY_WARNING, preliminaryCalculation } from "./preliminary.js";
import { localDate } from "../../shared/clock.js";

const STATUS_TEXT = { ACTIVE: "Включен", DISABLED: "Отключен", DISABLED_FAILED: "Отключен, в связи с выходом из строя" } as const;
const SOURCE_TEXT = { WEB: "Личный кабинет", MOBILE_APP: "Мобильное приложение", PARTNER: "АСКУЭ", OFFICE: "Клиентский офис", CONTROL_ROUND: "Контрольный обход", REMOVAL: "Демонтаж" } as const;

const ReadingSourceEnum = builder.enumType("ReadingSource", { values: Object.keys(SOURCE_TEXT) as (keyof typeof SOURCE_TEXT)[] });
const ReadingStatusEnum = builder.enumType("ReadingStatus", { values: ["SUBMITTED", "ACCEPTED", "SUPERSEDED", "REJECTED"] as const });
const MeterStatusEnum = builder.enumType("MeterStatus", { values: ["ACTIVE", "DISABLED", "DISABLED_FAILED"] as const });

export const MeterReadingRef = builder.prismaObject("MeterReading", {
  fields: (t) => ({
    zone: t.expose("zone", { type: TariffZoneEnum }),
    value: t.field({ type: "Decimal", resolve: (r) => r.value }),
    period: t.expose("period", { type: "Period" }),
    submittedAt: t.expose("submittedAt", { type: "DateTime" }),
    acceptedAt: t.expose("acceptedAt", { type: "DateTime", nullable: true, description: "When billing accepted it" }),
    source: t.expose("source", { type: ReadingSourceEnum }),
    sourceText: t.string({ description: "Способ передачи", resolve: (r) => SOURCE_TEXT[r.source] }),
    status: t.expose("status", { type: ReadingStatusEnum }),
  }),
});

/** The latest reading per zone of the given statuses. */
function latestPerZone(readings: MeterReading[], statuses: MeterReading["status"][]) {
  const out = new Map<string, MeterReading>();
  for (const r of readings) if (statuses.includes(r.status) && !out.has(r.zone)) out.set(r.zone, r);
  return [...out.values()];
}

export const MeterRef = builder.prismaNode("Meter", {
  id: { field: "id" },
  nullable: true,
  findUnique: (id, ctx) => ({ id: Number(id), AND: [{ account: visibleAccounts(ctx) }] }),
  fields: (t) => ({
    number: t.exposeString("number"),
    resource: t.string({ select: { service: { select: { name: true } } }, resolve: (m) => m.service.name }),
    unit: t.exposeString("unit"),
    digits: t.exposeInt("digits", { description: "Digits before the decimal point on the meter's display" }),
    zones: t.field({ type: [TariffZoneEnum], select: { zones: true }, resolve: (m) => m.zones }),
    status: t.expose("status", { type: MeterStatusEnum }),
    statusText: t.string({ select: { status: true }, resolve: (m) => STATUS_TEXT[m.status] }),
    nextVerificationDate: t.expose("nextVerificationDate", { type: "Date", nullable: true }),
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
    meterId: t.id({ resolve: (w) => encodeGlobalID("Meter", w.meterId) }),
    zone: t.field({ type: TariffZoneEnum, resolve: (w) => w.zone }),
    consumption: t.field({ type: "Decimal", resolve: (w) => w.consumption }),
    message: t.exposeString("message"),
  }),
});

const ReadingInput = builder.inputType("MeterReadingInput", {
  fields: (t) => ({
    meterId: t.globalID({ for: [MeterRef] }),
    zone: t.field({ type: TariffZoneEnum }),
    value: t.string({ description: "The meter's display, e.g. \"2640\" or \"2640.5\"" }),
  }),
});

const ReadingChannelEnum = builder.enumType("ReadingChannel", { values: READING_CHANNELS });

/** Who submits, and through which channel: the one given when this caller may claim it (channels.ts). */
function actorOf(ctx: Context, given: ReadingChannel | null | undefined): SubmitActor {
  const caller = ctx.auth.kind === "partner" && !ctx.auth.scopes.includes("readings:write") ? null : ctx.auth.kind;
  if (caller !== "user" && caller !== "partner" && caller !== "staff") throw ctx.auth.kind === "anonymous" ? notSignedIn() : forbidden();
  const source = channelFor(caller, given);
  if (!source) throw userError("CHANNEL_NOT_ALLOWED", ["input", "channel"]);
  if (ctx.auth.kind === "user") return { source, userId: ctx.auth.userId };
  if (ctx.auth.kind === "partner") return { source, apiKeyId: ctx.auth.apiKeyId };
  return { source };
}

builder.mutationField("meterReadingsSubmit", (t) =>
  t.field({
    type: payloadType<{ readings: MeterReading[]; warnings: OverLimitWarning[] }>("MeterReadingsSubmitPayload", (p) => ({
      readings: p.field({ type: [MeterReadingRef], resolve: (r) => r.readings ?? [] }),
      warnings: p.field({ type: [WarningRef], resolve: (r) => r.warnings ?? [] }),
    })),
    description: "«Передать показания» (6.2.1). Customers, or partner systems with the readings:write scope.",
    args: {
      input: t.arg({
        type: builder.inputType("MeterReadingsSubmitInput", {
          fields: (f) => ({
            accountId: f.globalID({ for: [AccountRef] }),
            readings: f.field({ type: [ReadingInput] }),
            confirmOverLimit: f.boolean({ required: false, defaultValue: false, description: "«Передать внесённые показания» after a warning" }),
            channel: f.field({ type: ReadingChannelEnum, required: false, description: "Defaults to WEB for customers, PARTNER for partner keys, OFFICE for staff" }),
          }),
        }),
        required: true,
      }),
    },
    resolve: (_r, { input }, ctx) =>
      mutationPayload(async () => {
        const actor = actorOf(ctx, input.channel);
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
      }),
  }),
);

const HistoryRowRef = builder.objectRef<import("./history.js").HistoryRow>("ReadingHistoryRow").implement({
  description: "A row of figure 13",
  fields: (t) => ({
    submittedAt: t.field({ type: "DateTime", description: "Дата передачи", resolve: (r) => r.submittedAt }),
    resource: t.exposeString("resource"),
    meterNumber: t.exposeString("meterNumber"),
    meterStatusText: t.string({ resolve: (r) => STATUS_TEXT[r.meterStatus] }),
    zone: t.field({ type: TariffZoneEnum, resolve: (r) => r.zone }),
    value: t.field({ type: "Decimal", resolve: (r) => r.value }),
    difference: t.field({ type: "Decimal", nullable: true, description: "Разница с предыдущими", resolve: (r) => r.difference ?? null }),
    unit: t.exposeString("unit"),
    source: t.field({ type: ReadingSourceEnum, resolve: (r) => r.source }),
    sourceText: t.string({ description: "Способ передачи", resolve: (r) => SOURCE_TEXT[r.source] }),
    accepted: t.boolean({ description: "Принято к расчету", resolve: (r) => r.status === "ACCEPTED" }),
  }),
});

const HistoryMonthRef = builder.objectRef<import("./history.js").HistoryMonth>("ReadingHistoryMonth").implement({
  fields: (t) => ({
    period: t.field({ type: "Period", resolve: (m) => m.period }),
    rows: t.field({ type: [HistoryRowRef], resolve: (m) => m.rows }),
  }),
});

builder.prismaObjectField(AccountRef, "readingHistory", (t) =>
  t.field({
    type: [HistoryMonthRef],
    description: "«История показаний» by month range «с» / «по», newest month first",
    extensions: { workCost: { perMonth: 20 } }, // graphql/work-cost.ts: each month reads every meter's readings
    select: { id: true },
    args: {
      from: t.arg({ type: "Period", required: true }),
      to: t.arg({ type: "Period", required: true }),
      acceptedOnly: t.arg.boolean({ required: false, defaultValue: false, description: "«Только принятые к расчету»" }),
    },
    resolve: (a, args, ctx) => readingHistory(ctx.db, a.id, args.from, args.to, !!args.acceptedOnly),
  }),
);

const PreliminaryLineRef = builder.objectRef<import("./preliminary.js").PreliminaryLine>("PreliminaryLine").implement({
  fields: (t) => ({
    service: t.exposeString("service"),
    method: t.string({ description: "METER (по показаниям) or NORM (по нормативу)", resolve: (l) => l.method }),
    tariff: t.field({ type: "Money", resolve: (l) => l.tariff }),
    norm: t.field({ type: "Decimal", nullable: true, resolve: (l) => l.norm ?? null }),
    volume: t.field({ type: "Decimal", resolve: (l) => l.volume }),
    amount: t.field({ type: "Money", description: "Расчетная стоимость", resolve: (l) => l.amount }),
  }),
});

const PreliminaryRef = builder.objectRef<import("./preliminary.js").PreliminaryCalculation>("PreliminaryCalculation").implement({
  description: "«Предварительный расчет» (6.2.3); pay `total` in advance only after the acknowledgment",
  fields: (t) => ({
    period: t.field({ type: "Period", resolve: (c) => c.period }),
    lines: t.field({ type: [PreliminaryLineRef], resolve: (c) => c.lines }),
    currentTotal: t.field({ type: "Money", description: "За текущий период", resolve: (c) => c.currentTotal }),
    previousDebt: t.field({ type: "Money", description: "За предыдущие периоды (переплата не учитывается)", resolve: (c) => c.previousDebt }),
    total: t.field({ type: "Money", description: "Итого", resolve: (c) => c.total }),
    warning: t.string({ resolve: () => PRELIMINARY_WARNING }),
    acknowledgment: t.string({ resolve: () => "Я понимаю, что сумма предварительного расчета может отличаться от суммы, выставленной к оплате по итогу месяца" }),
  }),
});

builder.prismaObjectField(AccountRef, "preliminaryCalculation", (t) =>
  t.field({
    type: PreliminaryRef,
    select: { id: true },
    resolve: (a, _args, ctx) => {
      const today = new Date(`${localDate(ctx.clock.now(), ctx.config.timezone)}T00:00:00.000Z`);
      return preliminaryCalculation(ctx.db, a.id, periodOf(ctx.clock.now(), ctx.config.timezone), today);
    },
  }),
);

builder.mutationField("readingHistoryPdfCreate", (t) =>
  t.field({
    type: payloadType<{ document: DocumentLinkShape }>("ReadingHistoryPdfCreatePayload", (p) => ({
      document: p.field({ type: DocumentLinkRef, nullable: true, resolve: (r) => r.document }),
    })),
    description: "«Сохранить в PDF» for the reading history: returns a short-lived download link",
    args: {
      input: t.arg({
        type: builder.inputType("ReadingHistoryPdfCreateInput", {
          fields: (f) => ({
            accountId: f.globalID({ for: [AccountRef] }),
            from: f.field({ type: "Period" }),
            to: f.field({ type: "Period" }),
            acceptedOnly: f.boolean({ required: false, defaultValue: false }),
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
  fields: (t) => ({ fromDay: t.exposeInt("fromDay"), toDay: t.exposeInt("toDay"), open: t.exposeBoolean("open") }),
});

builder.queryField("readingsWindow", (t) =>
  t.field({
    type: ReadingsWindowRef,
    resolve: (_r, _a, ctx) => {
      const w = parseWindow(ctx.config.readingsWindow);
      return { ...w, open: inWindow(localDate(ctx.clock.now(), ctx.config.timezone), w) };
    },
  }),
);
