// GraphQL surface of readings: meters with their last accepted and submitted values, the history,
// the preliminary calculation and the readings window. Submitting readings and the history's PDF
// are schema-mutations.ts.
import type { MeterReading } from "../../db/generated/prisma/client.js";
import { builder } from "../../graphql/builder.js";
import { TariffZoneEnum } from "../accounts/schema-home.js";
import { AccountRef } from "../accounts/schema.js";
import { visibleAccounts } from "../accounts/access.js";
import { meterBlockReason, readingsWindowNow } from "./rules.js";
import { dayOf, periodOf } from "../../shared/calendar.js";
import { readingHistory } from "./history.js";
import { PRELIMINARY_WARNING, preliminaryCalculation } from "./preliminary.js";
import { METER_STATUS_TEXT as STATUS_TEXT, READING_SOURCE_TEXT as SOURCE_TEXT } from "./texts.js";

export const SOURCE_DESCRIPTION: Record<keyof typeof SOURCE_TEXT, string> = {
  WEB: "«Личный кабинет»: the customer in the web cabinet",
  MOBILE_APP: "«Мобильное приложение»: the customer in the retailer's mobile app",
  API_TOKEN: "«Приложение клиента»: the customer's own app or home automation with a personal API token («Доступ для приложений»)",
  PARTNER: "«АСКУЭ»: an automatic metering system with a partner key",
  OFFICE: "«Клиентский офис»: taken at the client office (staff, or the office's system with a partner key)",
  CONTROL_ROUND: "«Контрольный обход»: a control reading by the retailer's inspector; it outranks the customer's reading of the month",
  REMINDER_LINK:
    "«По ссылке из напоминания»: the customer by the personal link of a readings reminder (e-mail or SMS), without signing in (`reminderReadingsSubmit`)",
  CONTROL_CORRECTION:
    "«Корректировка по заявлению»: an operator's corrected value answering the customer's readings dispute («Несогласие с принятыми показаниями»); it may be below the value accepted before and outranks the customer's reading of the month",
  REMOVAL: "«Демонтаж»: the final reading when the meter was removed; recorded by billing, never submitted through the API",
};
const ReadingSourceEnum = builder.enumType("ReadingSource", {
  description: "«Способ передачи» of a reading (figure 13)",
  values: Object.fromEntries(Object.entries(SOURCE_DESCRIPTION).map(([k, description]) => [k, { description }])) as Record<
    keyof typeof SOURCE_TEXT,
    { description: string }
  >,
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

export { ReadingSourceEnum, STATUS_TEXT as METER_STATUS_TEXT, MeterStatusEnum };

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
    resource: t.string({
      description: "The service it meters, e.g. «Электроэнергия», «Холодное водоснабжение»",
      select: { service: { select: { name: true } } },
      resolve: (m) => m.service.name,
    }),
    unit: t.exposeString("unit", { description: "Unit of its readings: кВт.ч, м³, Гкал" }),
    digits: t.exposeInt("digits", { description: "Digits before the decimal point on the meter's display" }),
    zones: t.field({
      description: "The tariff zones it counts; a submission gives a value for each",
      type: [TariffZoneEnum],
      select: { zones: true },
      resolve: (m) => m.zones,
    }),
    status: t.expose("status", { description: "Whether readings are taken", type: MeterStatusEnum }),
    statusText: t.string({
      description: "The status as the cabinet shows it: «Включен», «Отключен», «Отключен, в связи с выходом из строя»",
      select: { status: true },
      resolve: (m) => STATUS_TEXT[m.status],
    }),
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
    warning: t.string({
      description: "The manual's warning that the estimate may differ from the invoice (Russian, to show)",
      resolve: () => PRELIMINARY_WARNING,
    }),
    acknowledgment: t.string({
      description: "The text of the checkbox the customer must tick before «Оплатить авансом» (Russian)",
      resolve: () => "Я понимаю, что сумма предварительного расчета может отличаться от суммы, выставленной к оплате по итогу месяца",
    }),
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

const ReadingsWindowRef = builder.objectRef<{ fromDay: number; toDay: number; open: boolean; text: string }>("ReadingsWindow").implement({
  description: "Days of the month readings are accepted (the retailer's timezone) and whether that is now",
  fields: (t) => ({
    fromDay: t.exposeInt("fromDay", { description: "First day of the month readings are accepted (1 by default)" }),
    toDay: t.exposeInt("toDay", { description: "Last day of the month readings are accepted, inclusive (25 by default)" }),
    open: t.exposeBoolean("open", { description: "Today (the retailer's timezone) is inside the window: `meterReadingsSubmit` accepts readings" }),
    text: t.exposeString("text", {
      description: "The sentence naming the days, as clients show it and as OUTSIDE_WINDOW answers: «Передать показания можно с 1 по 25 число каждого месяца.»",
    }),
  }),
});

builder.queryField("readingsWindow", (t) =>
  t.field({
    type: ReadingsWindowRef,
    description: "When readings are accepted: the window of days each month (the retailer's timezone). Anyone may read it.",
    resolve: (_r, _a, ctx) => readingsWindowNow(ctx.config.readingsWindow, ctx.clock.now(), ctx.config.timezone),
  }),
);
