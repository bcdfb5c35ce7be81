// GraphQL mutations of appeals for customers (manual 6.5): filing an appeal or a question
// (multipart uploads, once per idempotency key), rating the answer and a file's signed link.
// Thin: the rules live in the services next to this file.
import type { Appeal, AppealFile } from "../../db/generated/prisma/client.js";
import type { Context } from "../../context.js";
import { builder } from "../../graphql/builder.js";
import { idempotencyDeps, idempotent, withoutKey } from "../../shared/idempotency.js";
import { mutationPayload, payloadType } from "../../graphql/user-errors.js";
import { notSignedIn } from "../../shared/errors.js";
import { userError } from "./errors.js";
import { AccountRef } from "../accounts/schema.js";
import { DocumentLinkRef, type DocumentLinkShape } from "../documents/schema.js";
import { requireAppealsUser, visibleAppeals } from "./access.js";
import { signAppealFileLink } from "./file-links.js";
import { linkBase } from "../documents/links.js";
import { rateAppeal } from "./rating.js";
import { submitAppeal, submitQuestion } from "./submit.js";
import { submitDeps, AppealFileRef, AppealRef } from "./schema.js";
import { AppealTypeRef } from "./schema-catalog.js";

// ─────────────────────────── mutations ───────────────────────────

/** Files an appeal once per idempotency key: a retry gets the appeal the first request filed. */
async function idempotentAppeal(
  ctx: Context,
  operation: string,
  input: { idempotencyKey?: string | null },
  file: () => Promise<Appeal>,
): Promise<{ appeal: Appeal }> {
  return idempotent(idempotencyDeps(ctx), {
    auth: ctx.auth,
    operation,
    key: input.idempotencyKey,
    input: withoutKey(input),
    run: async () => ({ appeal: await file() }),
    save: (r) => ({ appealId: r.appeal.id }),
    load: async (saved) => ({ appeal: await ctx.db.appeal.findUniqueOrThrow({ where: { id: (saved as { appealId: number }).appealId } }) }),
  });
}

const AppealPayload = (name: string) =>
  payloadType<{ appeal: Appeal }>(name, (p) => ({
    appeal: p.field({ type: AppealRef, nullable: true, description: "The appeal as it is now", resolve: (r) => r.appeal }),
  }));

const FieldInput = builder.inputType("AppealFieldInput", {
  fields: (t) => ({
    code: t.string({ description: "AppealField.code" }),
    value: t.string({ description: 'The value as typed; dates YYYY-MM-DD, checkboxes "true"/"false"' }),
  }),
});

const FileInput = builder.inputType("AppealFileInput", {
  fields: (t) => ({
    slot: t.string({ description: "AppealFileSlot.code" }),
    file: t.field({ type: "Upload", description: "The file (GraphQL multipart request); PDF, JPG, JPEG, PNG, TIF, TIFF, ZIP or RAR, 25 MB for all together" }),
  }),
});

builder.mutationField("appealSubmit", (t) =>
  t.field({
    type: AppealPayload("AppealSubmitPayload"),
    description:
      "«Подать заявление» (6.5.2): a reason's form with its files (GraphQL multipart request). Nothing is saved unless everything is valid; errors point at [input, fields, <code>], [input, files, <slot>], [input, consentPersonalData] …",
    args: {
      input: t.arg({
        type: builder.inputType("AppealSubmitInput", {
          fields: (f) => ({
            accountId: f.globalID({ for: [AccountRef], description: "The account (ЛС) the appeal is filed on" }),
            typeId: f.globalID({ for: [AppealTypeRef], description: "The reason («Причина обращения», `AppealType.id`)" }),
            fields: f.field({
              type: [FieldInput],
              required: false,
              defaultValue: [],
              description: "The form's values, one per `AppealField.code`; required ones must be given",
            }),
            files: f.field({
              type: [FileInput],
              required: false,
              defaultValue: [],
              description: "Files per slot of `AppealType.fileSlots`; required slots must have one",
            }),
            consentPersonalData: f.boolean({ description: "«Я подтверждаю достоверность указанных данных и даю свое согласие на обработку …»" }),
            consentSimpleSignature: f.boolean({ description: "«Я принимаю условия соглашения об использовании простой электронной подписи.»" }),
            idempotencyKey: f.string({
              required: false,
              description:
                "A key the client makes per appeal (a UUID): a retried upload with the same key and input returns the appeal already filed instead of a second one; another input with the key is IDEMPOTENCY_KEY_REUSED. Kept 24 hours",
            }),
          }),
        }),
        required: true,
      }),
    },
    resolve: (_r, { input }, ctx) =>
      mutationPayload(async () => {
        const user = await requireAppealsUser(ctx);
        return idempotentAppeal(ctx, "appealSubmit", input, () =>
          submitAppeal(submitDeps(ctx), user, {
            accountId: Number(input.accountId.id),
            typeId: Number(input.typeId.id),
            fields: input.fields ?? [],
            files: (input.files ?? []).map((f) => ({ slot: f.slot, file: f.file })),
            consentPersonalData: input.consentPersonalData,
            consentSimpleSignature: input.consentSimpleSignature,
          }),
        );
      }),
  }),
);

builder.mutationField("appealQuestionSubmit", (t) =>
  t.field({
    type: AppealPayload("AppealQuestionSubmitPayload"),
    description: "«Задать вопрос» (6.5.3): text and any number of files (multipart). Errors point at [input, text], [input, files], the consents.",
    args: {
      input: t.arg({
        type: builder.inputType("AppealQuestionSubmitInput", {
          fields: (f) => ({
            accountId: f.globalID({ for: [AccountRef], description: "The account (ЛС) the question is about" }),
            text: f.string({ description: "«Текст сообщения»" }),
            files: f.field({ type: ["Upload"], required: false, defaultValue: [], description: "«Прочие документы»" }),
            consentPersonalData: f.boolean({ description: "Consent to personal data processing (152-ФЗ); must be true" }),
            consentSimpleSignature: f.boolean({ description: "Acceptance of the simple electronic signature agreement; must be true" }),
            idempotencyKey: f.string({
              required: false,
              description:
                "A key the client makes per appeal (a UUID): a retried upload with the same key and input returns the appeal already filed instead of a second one; another input with the key is IDEMPOTENCY_KEY_REUSED. Kept 24 hours",
            }),
          }),
        }),
        required: true,
      }),
    },
    resolve: (_r, { input }, ctx) =>
      mutationPayload(async () => {
        const user = await requireAppealsUser(ctx);
        return idempotentAppeal(ctx, "appealQuestionSubmit", input, () =>
          submitQuestion(submitDeps(ctx), user, {
            accountId: Number(input.accountId.id),
            text: input.text,
            files: input.files ?? [],
            consentPersonalData: input.consentPersonalData,
            consentSimpleSignature: input.consentSimpleSignature,
          }),
        );
      }),
  }),
);

builder.mutationField("appealRate", (t) =>
  t.field({
    type: AppealPayload("AppealRatePayload"),
    description: "«Оценить» (6.5.4): once, for a completed appeal the viewer filed",
    args: {
      input: t.arg({
        type: builder.inputType("AppealRateInput", {
          fields: (f) => ({
            appealId: f.globalID({ for: [AppealRef], description: "A completed appeal the viewer filed (`Appeal.id`)" }),
            rating: f.int({ description: "AppealRatingOption.value (1–5)" }),
          }),
        }),
        required: true,
      }),
    },
    resolve: (_r, { input }, ctx) =>
      mutationPayload(async () => {
        const user = await requireAppealsUser(ctx);
        return { appeal: await rateAppeal(ctx, user.id, Number(input.appealId.id), input.rating) };
      }),
  }),
);

builder.mutationField("appealFileLinkCreate", (t) =>
  t.field({
    type: payloadType<{ link: DocumentLinkShape }>("AppealFileLinkCreatePayload", (p) => ({
      link: p.field({
        description: "The signed link to the file (valid for minutes: see `expiresAt`)",
        type: DocumentLinkRef,
        nullable: true,
        resolve: (r) => r.link,
      }),
    })),
    description: "A short-lived signed link to download an appeal file: customers for their own appeals, staff for any",
    args: {
      input: t.arg({
        type: builder.inputType("AppealFileLinkCreateInput", {
          fields: (f) => ({ fileId: f.globalID({ for: [AppealFileRef], description: "The file (`AppealFile.id`)" }) }),
        }),
        required: true,
      }),
    },
    resolve: (_r, { input }, ctx) =>
      mutationPayload(async () => {
        if (ctx.auth.kind === "user") await requireAppealsUser(ctx);
        else if (ctx.auth.kind !== "staff") throw notSignedIn();
        const file: AppealFile | null = await ctx.db.appealFile.findFirst({ where: { id: Number(input.fileId.id), appeal: visibleAppeals(ctx) } });
        if (!file) throw userError("FILE_NOT_FOUND", ["input", "fileId"]);
        return { link: await signAppealFileLink(ctx.config.jwtSecret, linkBase(ctx), file, ctx.clock.now()) };
      }),
  }),
);
