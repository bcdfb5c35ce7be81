// GraphQL surface of readings disputes («Оспорить показания», manual 6.2): the customer files one
// from «Передача показаний» with the photo of the display (multipart); the appeal shows the
// meter, the values and the photo; an operator answers by accepting corrected values. Thin: the
// rules are dispute.ts and dispute-accept.ts.
import type { Appeal, TariffZone } from "../../db/generated/prisma/client.js";
import { builder } from "../../graphql/builder.js";
import { mutationPayload, payloadType } from "../../graphql/user-errors.js";
import { idempotencyDeps, idempotent, withoutKey } from "../../shared/idempotency.js";
import { money } from "../../shared/money.js";
import { TariffZoneEnum } from "../accounts/schema-home.js";
import { AccountRef } from "../accounts/schema.js";
import { requireAppealsUser } from "../appeals/access.js";
import { AppealRef, submitDeps } from "../appeals/schema.js";
import { staffActor, workflowDeps } from "../appeals/schema-staff.js";
import { acceptCorrectedReading } from "./dispute-accept.js";
import { fileReadingDispute, type ZoneValue } from "./dispute.js";
import { PHOTO_ACCEPT, PHOTO_MAX_MB } from "./photo.js";
import { MeterReadingRef, MeterRef } from "./schema.js";

const ZoneValueRef = builder.objectRef<ZoneValue>("ReadingDisputeValue").implement({
  description: "A tariff zone's value of a readings dispute",
  fields: (t) => ({
    zone: t.field({ type: TariffZoneEnum, description: "The tariff zone", resolve: (v) => v.zone }),
    value: t.field({ type: "Decimal", description: "The value, in the meter's unit", resolve: (v) => money(v.value) }),
  }),
});

const ZoneValueInput = builder.inputType("ReadingDisputeValueInput", {
  fields: (t) => ({
    zone: t.field({ type: TariffZoneEnum, description: "One of the meter's `zones`" }),
    value: t.string({ description: 'The value, e.g. "2640" or "2640,5"' }),
  }),
});

const values = (json: unknown): ZoneValue[] => (Array.isArray(json) ? (json as ZoneValue[]) : []);

builder.prismaObject("ReadingDispute", {
  description: "«Несогласие с принятыми показаниями»: the meter, the values on its display, the accepted ones they are below, and the photo",
  fields: (t) => ({
    meter: t.relation("meter", { description: "The disputed meter" }),
    entered: t.field({
      type: [ZoneValueRef],
      description: "The values the customer read off the display",
      select: { entered: true },
      resolve: (d) => values(d.entered),
    }),
    accepted: t.field({
      type: [ZoneValueRef],
      description: "The last accepted values when the dispute was filed",
      select: { accepted: true },
      resolve: (d) => values(d.accepted),
    }),
    photo: t.relation("photo", { nullable: true, description: "«Фото табло прибора учета» (a JPEG without metadata); get it with appealFileLinkCreate" }),
    meterHistory: t.field({
      type: [MeterReadingRef],
      description: "The meter's readings beside the photo, newest first (the last 36, every status and source)",
      select: { meterId: true },
      resolve: (d, _a, ctx) => ctx.db.meterReading.findMany({ where: { meterId: d.meterId }, orderBy: [{ submittedAt: "desc" }, { id: "desc" }], take: 36 }),
    }),
    correctedAt: t.expose("correctedAt", { type: "DateTime", nullable: true, description: "When an operator accepted corrected values; null until then" }),
    correction: t.field({
      type: [MeterReadingRef],
      description: "The corrected reading an operator recorded (source CONTROL_CORRECTION), one per zone; empty until then",
      select: { submissionId: true, meterId: true },
      resolve: (d, _a, ctx) =>
        d.submissionId ? ctx.db.meterReading.findMany({ where: { meterId: d.meterId, submissionId: d.submissionId }, orderBy: { zone: "asc" } }) : [],
    }),
  }),
});

builder.prismaObjectField(AppealRef, "readingDispute", (t) =>
  t.relation("dispute", {
    nullable: true,
    description: "For «Несогласие с принятыми показаниями»: the meter, the values and the photo; null for other reasons",
  }),
);

const PhotoRulesRef = builder.objectRef<{ maxBytes: number; accept: string; hint: string }>("ReadingPhotoRules").implement({
  description: "What a photo of a meter's display may be",
  fields: (t) => ({
    maxBytes: t.exposeInt("maxBytes", { description: "Largest photo: 10 MB" }),
    accept: t.exposeString("accept", { description: "For <input type=file accept=…>: JPEG, PNG, HEIC/HEIF" }),
    hint: t.exposeString("hint", { description: "The hint to show beside the input (Russian)" }),
  }),
});

builder.queryField("readingPhotoRules", (t) =>
  t.field({
    type: PhotoRulesRef,
    description: "The photo rules of «Оспорить показания». Anyone may read it.",
    resolve: () => ({
      maxBytes: PHOTO_MAX_MB * 1024 * 1024,
      accept: PHOTO_ACCEPT,
      hint: `Фото в формате JPEG, PNG или HEIC, не больше ${PHOTO_MAX_MB} МБ. Данные о месте съемки удаляются.`,
    }),
  }),
);

const AppealPayload = (name: string) =>
  payloadType<{ appeal: Appeal }>(name, (p) => ({
    appeal: p.field({ type: AppealRef, nullable: true, description: "The appeal as it is now", resolve: (r) => r.appeal }),
  }));

const zoneInputs = (list: readonly { zone: TariffZone; value: string }[]) => list.map((r) => ({ zone: r.zone, value: r.value }));

builder.mutationField("readingDisputeSubmit", (t) =>
  t.field({
    type: AppealPayload("ReadingDisputeSubmitPayload"),
    description:
      "«Оспорить показания» (6.2): an appeal «Несогласие с принятыми показаниями» for a meter whose display shows less than the accepted value, with the photo of the display (GraphQL multipart request). Needs a confirmed e-mail, like every appeal. Nothing is saved unless everything is valid; errors point at [input, readings, i, value], [input, photo], [input, comment], the consents.",
    args: {
      input: t.arg({
        type: builder.inputType("ReadingDisputeSubmitInput", {
          fields: (f) => ({
            accountId: f.globalID({ for: [AccountRef], description: "The account (ЛС) linked to the viewer" }),
            meterId: f.globalID({ for: [MeterRef], description: "The meter of that account (`Meter.id`)" }),
            readings: f.field({ type: [ZoneValueInput], description: "Every zone of the meter, as the display shows; at least one below the accepted value" }),
            photo: f.field({ type: "Upload", required: false, description: "«Фото табло прибора учета»: JPEG, PNG or HEIC, up to 10 MB (required)" }),
            comment: f.string({ required: false, defaultValue: "", description: "«Комментарий»: up to 4000 characters" }),
            consentPersonalData: f.boolean({ description: "Consent to personal data processing (152-ФЗ); must be true" }),
            consentSimpleSignature: f.boolean({ description: "Acceptance of the simple electronic signature agreement; must be true" }),
            idempotencyKey: f.string({
              required: false,
              description: "A key the client makes per dispute (a UUID): a retry with the same key and input returns the appeal already filed. Kept 24 hours",
            }),
          }),
        }),
        required: true,
      }),
    },
    resolve: (_r, { input }, ctx) =>
      mutationPayload(async () => {
        const user = await requireAppealsUser(ctx);
        return idempotent(idempotencyDeps(ctx), {
          auth: ctx.auth,
          operation: "readingDisputeSubmit",
          key: input.idempotencyKey,
          input: withoutKey(input),
          run: async () => ({
            appeal: await fileReadingDispute(submitDeps(ctx), user, {
              accountId: Number(input.accountId.id),
              meterId: Number(input.meterId.id),
              readings: zoneInputs(input.readings),
              photo: input.photo,
              comment: input.comment ?? "",
              consentPersonalData: input.consentPersonalData,
              consentSimpleSignature: input.consentSimpleSignature,
            }),
          }),
          save: (r) => ({ appealId: r.appeal.id }),
          load: async (saved) => ({ appeal: await ctx.db.appeal.findUniqueOrThrow({ where: { id: (saved as { appealId: number }).appealId } }) }),
        });
      }),
  }),
);

builder.mutationField("readingDisputeAccept", (t) =>
  t.field({
    type: AppealPayload("ReadingDisputeAcceptPayload"),
    authScopes: { staff: true },
    description:
      "Staff: «Принять исправленные показания» for a readings dispute in progress: records the values as the meter's accepted reading of this month (source CONTROL_CORRECTION, allowed below the accepted one, audited) and completes the appeal with the answer («Завершено»; the customer is notified).",
    args: {
      input: t.arg({
        type: builder.inputType("ReadingDisputeAcceptInput", {
          fields: (f) => ({
            appealId: f.globalID({ for: [AppealRef], description: "The dispute in progress (`Appeal.id`)" }),
            readings: f.field({ type: [ZoneValueInput], description: "The corrected value of every zone of the meter" }),
            answer: f.string({ description: "The answer the customer reads (Russian)" }),
          }),
        }),
        required: true,
      }),
    },
    resolve: (_r, { input }, ctx) =>
      mutationPayload(async () => ({
        appeal: await acceptCorrectedReading(workflowDeps(ctx), staffActor(ctx), {
          appealId: Number(input.appealId.id),
          readings: zoneInputs(input.readings),
          answer: input.answer,
        }),
      })),
  }),
);
