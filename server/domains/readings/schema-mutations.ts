// GraphQL mutations of readings: meterReadingsSubmit for customers (web, mobile app) and partner
// systems (readings:write), and the history as a PDF. Thin: the rules live in the services.
import { encodeGlobalID } from "@pothos/plugin-relay";
import type { MeterReading } from "../../db/generated/prisma/client.js";
import type { Context } from "../../context.js";
import { builder } from "../../graphql/builder.js";
import { mutationPayload, payloadType } from "../../graphql/user-errors.js";
import { forbidden, notSignedIn } from "../../shared/errors.js";
import { userError } from "./errors.js";
import { TariffZoneEnum } from "../accounts/schema-home.js";
import { AccountRef } from "../accounts/schema.js";
import { READING_CHANNELS, channelFor, type ReadingChannel } from "./channels.js";
import type { OverLimitWarning, SubmitActor } from "./submit.js";
import { submitReadingsWithPhotos } from "./photo-store.js";
import { storageOf } from "../../integrations/storage/index.js";
import { createDocumentLink } from "../documents/create-link.js";
import { DocumentLinkRef, type DocumentLinkShape } from "../documents/schema.js";
import { idempotencyDeps, idempotent, withoutKey } from "../../shared/idempotency.js";
import { SOURCE_DESCRIPTION, MeterReadingRef, MeterRef } from "./schema.js";

export const ReadingWarningRef = builder.objectRef<OverLimitWarning>("ReadingWarning").implement({
  description: "Too-large consumption (figure 12): resubmit with confirmOverLimit to save anyway",
  fields: (t) => ({
    meterId: t.id({ description: "The meter (global ID) with the too-large consumption", resolve: (w) => encodeGlobalID("Meter", w.meterId) }),
    zone: t.field({ description: "The zone with the too-large consumption", type: TariffZoneEnum, resolve: (w) => w.zone }),
    consumption: t.field({ description: "Consumption since the last accepted reading, in the meter's unit", type: "Decimal", resolve: (w) => w.consumption }),
    message: t.exposeString("message", { description: "The warning to show (the manual's text, Russian)" }),
  }),
});

export const MeterReadingInputRef = builder.inputType("MeterReadingInput", {
  fields: (t) => ({
    meterId: t.globalID({ description: "The meter (`Meter.id`)", for: [MeterRef] }),
    zone: t.field({ description: "One of the meter's `zones`", type: TariffZoneEnum }),
    value: t.string({ description: 'The meter\'s display, e.g. "2640" or "2640.5"' }),
  }),
});

const MeterReadingPhotoInputRef = builder.inputType("MeterReadingPhotoInput", {
  fields: (t) => ({
    meterId: t.globalID({ description: "The meter (`Meter.id`) whose display it shows; one of those in `readings`", for: [MeterRef] }),
    photo: t.field({ type: "Upload", description: "The photo: JPEG, PNG or HEIC, up to 10 MB" }),
  }),
});

const ReadingChannelEnum = builder.enumType("ReadingChannel", {
  description:
    "Through which channel readings are submitted (stored as their `source`). Who may claim which: customers WEB and MOBILE_APP; partner keys PARTNER, OFFICE and CONTROL_ROUND; staff OFFICE and CONTROL_ROUND; REMINDER_LINK only `reminderReadingsSubmit` records; any other is CHANNEL_NOT_ALLOWED.",
  values: Object.fromEntries(READING_CHANNELS.map((c) => [c, { description: SOURCE_DESCRIPTION[c] }])) as Record<
    (typeof READING_CHANNELS)[number],
    { description: string }
  >,
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
    description: "«Передать показания» (6.2.1). Customers, or partner systems with the readings:write scope.",
    args: {
      input: t.arg({
        type: builder.inputType("MeterReadingsSubmitInput", {
          fields: (f) => ({
            accountId: f.globalID({
              description: "The personal account («лицевой счет», `Account.id`); a customer only for an account linked to them",
              for: [AccountRef],
            }),
            readings: f.field({ description: "Every zone of each meter named, each once; all are saved or none", type: [MeterReadingInputRef] }),
            confirmOverLimit: f.boolean({ required: false, defaultValue: false, description: "«Передать внесённые показания» after a warning" }),
            photos: f.field({
              type: [MeterReadingPhotoInputRef],
              required: false,
              defaultValue: [],
              description:
                "Photos of the displays (GraphQL multipart request), one per meter named in `readings`: JPEG, PNG or HEIC up to 10 MB each, kept as JPEGs without EXIF/GPS; stored only when the readings are saved (`MeterReading.photo`)",
            }),
            channel: f.field({
              type: ReadingChannelEnum,
              required: false,
              description: "Defaults to WEB for customers, PARTNER for partner keys, OFFICE for staff",
            }),
            idempotencyKey: f.string({
              required: false,
              description:
                "A key the client makes per submission (a UUID): sent again within 24 hours with the same input it returns the first result and saves nothing more; with another input it is IDEMPOTENCY_KEY_REUSED",
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
            const r = await submitReadingsWithPhotos(
              { sql: ctx.sql, db: ctx.db, storage: storageOf(ctx), clock: ctx.clock, timezone: ctx.config.timezone, window: ctx.config.readingsWindow },
              {
                accountId: Number(input.accountId.id),
                confirmOverLimit: !!input.confirmOverLimit,
                readings: input.readings.map((x) => ({ meterId: Number(x.meterId.id), zone: x.zone, value: x.value })),
              },
              actor,
              (input.photos ?? []).map((p) => ({ meterId: Number(p.meterId.id), file: p.photo })),
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

builder.mutationField("readingHistoryPdfCreate", (t) =>
  t.field({
    type: payloadType<{ document: DocumentLinkShape }>("ReadingHistoryPdfCreatePayload", (p) => ({
      document: p.field({
        description: "The signed link to the PDF (valid for minutes: see `expiresAt`)",
        type: DocumentLinkRef,
        nullable: true,
        resolve: (r) => r.document,
      }),
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
        const document = await createDocumentLink(ctx, "readings-history", {
          accountId: Number(input.accountId.id),
          from: input.from,
          to: input.to,
          acceptedOnly: !!input.acceptedOnly,
        });
        return { document };
      }),
  }),
);
