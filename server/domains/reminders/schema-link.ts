// GraphQL surface of a reminder's personal readings link (7.1): open to anyone holding the link,
// no session. The token is an argument, never a credential: it reaches this page's own types
// only (the masked address and the meters), so nothing else of the account or its user.
import { encodeGlobalID } from "@pothos/plugin-relay";
import type { MeterReading } from "../../db/generated/prisma/client.js";
import { builder } from "../../graphql/builder.js";
import { UserErrorCodeRef, type UserErrorCode } from "../../graphql/user-error-codes.js";
import { mutationPayload, payloadType } from "../../graphql/user-errors.js";
import { UserFacingError } from "../../shared/errors.js";
import { TariffZoneEnum } from "../accounts/schema-home.js";
import { meterBlockReason } from "../readings/rules.js";
import { METER_STATUS_TEXT, MeterReadingRef, MeterStatusEnum } from "../readings/schema.js";
import { MeterReadingInputRef, ReadingWarningRef } from "../readings/schema-mutations.js";
import type { OverLimitWarning } from "../readings/submit.js";
import { reminderLinkPage, submitByReminderLink, type LinkMeter, type LinkPage } from "./link-readings.js";

const LinkMeterRef = builder.objectRef<LinkMeter>("ReminderLinkMeter").implement({
  description: "A meter of the link's account, as «Передача показаний» shows it (6.2.1)",
  fields: (t) => ({
    id: t.id({ description: "The meter's global ID (`Meter.id`), for `MeterReadingInput.meterId`", resolve: (m) => encodeGlobalID("Meter", m.id) }),
    number: t.exposeString("number", { description: "«Номер ПУ»: the meter's serial number" }),
    resource: t.string({ description: "The service it meters, e.g. «Электроэнергия»", resolve: (m) => m.resourceName }),
    unit: t.exposeString("unit", { description: "Unit of its readings: кВт.ч, м³, Гкал" }),
    digits: t.exposeInt("digits", { description: "Digits before the decimal point on the meter's display" }),
    zones: t.field({ description: "The tariff zones it counts; a submission gives a value for each", type: [TariffZoneEnum], resolve: (m) => m.zones }),
    status: t.field({ description: "Whether readings are taken", type: MeterStatusEnum, resolve: (m) => m.status }),
    statusText: t.string({ description: "«Включен», «Отключен», «Отключен, в связи с выходом из строя»", resolve: (m) => METER_STATUS_TEXT[m.status] }),
    nextVerificationDate: t.field({
      description: "«Дата очередной поверки»; null when unknown",
      type: "Date",
      nullable: true,
      resolve: (m) => m.nextVerificationDate,
    }),
    blockedReason: t.string({ nullable: true, description: "Why the input is disabled; null when readings are accepted", resolve: (m) => meterBlockReason(m) }),
    lastAccepted: t.field({ type: [MeterReadingRef], description: "Последние принятые показания, per zone", resolve: (m) => m.lastAccepted }),
    lastSubmitted: t.field({ type: [MeterReadingRef], description: "Последние переданные показания, per zone", resolve: (m) => m.lastSubmitted }),
  }),
});

const LinkPageRef = builder.objectRef<LinkPage>("ReminderLinkPage").implement({
  description: "What a reminder's readings link opens: one account's meters, its address masked",
  fields: (t) => ({
    address: t.exposeString("address", { description: "The account's address, street and house only (no flat, no owner's name)" }),
    expiresAt: t.field({ description: "When the link stops working: the end of this month's readings window", type: "DateTime", resolve: (p) => p.expiresAt }),
    windowOpen: t.exposeBoolean("open", { description: "Readings are accepted today (the retailer's timezone)" }),
    meters: t.field({ description: "The account's meters (removed ones left out), by number", type: [LinkMeterRef], resolve: (p) => p.meters }),
  }),
});

const LinkResultRef = builder.objectRef<{ page: LinkPage | null; error: UserFacingError | null }>("ReminderLinkResult").implement({
  description: "A reminder's readings link: its page, or why it does not work",
  fields: (t) => ({
    page: t.field({ type: LinkPageRef, nullable: true, description: "The page; null when the link does not work (see `problem`)", resolve: (r) => r.page }),
    problem: t.string({
      nullable: true,
      description:
        "Why the link does not work, to show (Russian): expired with the readings window, or no longer valid (password changed, account unlinked, not a link we sent)",
      resolve: (r) => r.error?.errors[0]?.message ?? null,
    }),
    problemCode: t.field({
      type: UserErrorCodeRef,
      nullable: true,
      description: "REMINDER_LINK_EXPIRED or REMINDER_LINK_INVALID when `problem` is set",
      resolve: (r) => (r.error?.errors[0]?.code ?? null) as UserErrorCode | null,
    }),
  }),
});

builder.queryField("reminderLink", (t) =>
  t.field({
    type: LinkResultRef,
    description: "Opens the personal readings link of a readings reminder (7.1) — no sign-in: the e-mail's token or the SMS's short code",
    args: { token: t.arg.string({ required: true, description: "The token of `/readings/link?token=<token>` (e-mail) or the code of `/r/<code>` (SMS)" }) },
    resolve: async (_r, { token }, ctx) => {
      try {
        return { page: await reminderLinkPage(ctx, token), error: null };
      } catch (err) {
        if (err instanceof UserFacingError) return { page: null, error: err };
        throw err;
      }
    },
  }),
);

builder.mutationField("reminderReadingsSubmit", (t) =>
  t.field({
    type: payloadType<{ readings: MeterReading[]; warnings: OverLimitWarning[] }>("ReminderReadingsSubmitPayload", (p) => ({
      readings: p.field({
        description: "The saved readings (empty when warnings came back or on userErrors)",
        type: [MeterReadingRef],
        resolve: (r) => r.readings ?? [],
      }),
      warnings: p.field({
        description: "Too-large consumption: nothing was saved; resubmit with `confirmOverLimit: true` to save anyway",
        type: [ReadingWarningRef],
        resolve: (r) => r.warnings ?? [],
      }),
    })),
    description:
      "«Передать показания» by a reminder's personal link, without signing in: the rules of `meterReadingsSubmit` for the link's one account, recorded as REMINDER_LINK («по ссылке из напоминания»); the user is notified in the envelope",
    args: {
      input: t.arg({
        type: builder.inputType("ReminderReadingsSubmitInput", {
          fields: (f) => ({
            token: f.string({ description: "The link's token (e-mail) or short code (SMS), as for `reminderLink`" }),
            readings: f.field({ description: "Every zone of each meter named, each once; all are saved or none", type: [MeterReadingInputRef] }),
            confirmOverLimit: f.boolean({ required: false, defaultValue: false, description: "«Передать внесённые показания» after a warning" }),
          }),
        }),
        required: true,
      }),
    },
    resolve: (_r, { input }, ctx) =>
      mutationPayload(async () => {
        const r = await submitByReminderLink(ctx, input.token, {
          confirmOverLimit: !!input.confirmOverLimit,
          readings: input.readings.map((x) => ({ meterId: Number(x.meterId.id), zone: x.zone, value: x.value })),
        });
        return { readings: r.saved, warnings: r.warnings };
      }),
  }),
);
