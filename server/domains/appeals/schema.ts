// GraphQL surface of appeals for customers (manual 6.5): the access gate and upload rules, the
// journal and details, and the live `appealStatusChanged`. The catalog with its forms is
// schema-catalog.ts; filing, rating and file links are schema-mutations.ts. Thin: the rules live
// in the services next to this file.
import type { Appeal, AppealStatusChange } from "../../db/generated/prisma/client.js";
import type { Context } from "../../context.js";
import { builder } from "../../graphql/builder.js";
import { storageOf } from "../../integrations/storage/index.js";
import { dayOf } from "../../shared/calendar.js";
import { UserErrorCodeRef } from "../../graphql/user-error-codes.js";
import { userError } from "./errors.js";
import { ViewerRef } from "../identity/schema.js";
import { appealsAccessOf, visibleAppeals, type AppealsAccess } from "./access.js";
import { FILE_KINDS, type FileKind } from "./file-kinds.js";
import type { StoredField } from "./form.js";
import { ratingLabel } from "./rating.js";
import { FILES_PAGE_SIZE, OPEN_STATUSES, RATING_OPTIONS, STATUS_TEXT, processingTimeText } from "./rules.js";
import { uploadRules, type UploadRules } from "./upload-rules.js";
import { type SubmitDeps } from "./submit.js";
import { appealConsents, type AppealConsents } from "./client-rules.js";

export function submitDeps(ctx: Context): SubmitDeps {
  return {
    db: ctx.db,
    clock: ctx.clock,
    timezone: ctx.config.timezone,
    storage: storageOf(ctx),
    uploads: ctx.config.uploads,
    pubsub: ctx.pubsub,
    clientAddress: ctx.clientAddress,
  };
}

const today = (ctx: Context) => dayOf(ctx.clock.now(), ctx.config.timezone);

// ─────────────────────────── enums ───────────────────────────

export const AppealStatusEnum = builder.enumType("AppealStatus", {
  description: "Принят → В обработке → Завершено | Отказано (statusText carries the Russian label)",
  values: {
    ACCEPTED: { description: "Принят" },
    IN_PROGRESS: { description: "В обработке" },
    COMPLETED: { description: "Завершено" },
    REJECTED: { description: "Отказано" },
  } as const,
});

export const AppealFieldKindEnum = builder.enumType("AppealFieldKind", {
  description: "How a form field is entered and checked",
  values: {
    TEXT: { description: "One line, up to 300 characters" },
    TEXTAREA: { description: "Several lines, up to 4000 characters" },
    DATE: { description: "A date: send YYYY-MM-DD (ДД.ММ.ГГГГ is accepted too); stored as YYYY-MM-DD" },
    NUMBER: { description: "A non-negative number, up to 3 decimals («,» or «.»)" },
    PASSPORT: { description: "Серия и номер: 10 digits, spaces allowed; stored as «11 11 111111»" },
  } as const,
});

const AppealFileKindEnum = builder.enumType("AppealFileKind", {
  description: "A file's type as recognised from its content",
  values: {
    PDF: { description: "PDF document" },
    JPEG: { description: "JPEG image (.jpg, .jpeg)" },
    PNG: { description: "PNG image" },
    TIFF: { description: "TIFF image (.tif, .tiff)" },
    ZIP: { description: "ZIP archive" },
    RAR: { description: "RAR archive" },
  } satisfies Record<FileKind, { description: string }>,
});

const AppealFileRoleEnum = builder.enumType("AppealFileRole", {
  description: "Whose file it is: the customer's attachment or the operator's answer",
  values: { ATTACHMENT: { description: "Attached by the customer" }, ANSWER: { description: "Attached to the answer by an operator (PDF)" } } as const,
});

// ─────────────────────────── access and rules ───────────────────────────

const AppealsAccessRef = builder.objectRef<AppealsAccess>("AppealsAccess").implement({
  description: "Whether the «Заявления» section is open to the viewer (manual 6.5: only with a confirmed e-mail)",
  fields: (t) => ({
    allowed: t.exposeBoolean("allowed", { description: "True when the viewer may use «Заявления» (a confirmed e-mail is needed)" }),
    code: t.field({ type: UserErrorCodeRef, nullable: true, description: "EMAIL_NOT_CONFIRMED when closed", resolve: (a) => a.code }),
    reason: t.exposeString("reason", { nullable: true, description: "The text to show instead of the section" }),
  }),
});

builder.prismaObjectField(ViewerRef, "appealsAccess", (t) =>
  t.field({
    type: AppealsAccessRef,
    description: "Whether «Заявления» is open to the viewer, and why not",
    select: { email: true, emailConfirmedAt: true },
    resolve: (u) => appealsAccessOf(u),
  }),
);

const UploadRulesRef = builder.objectRef<UploadRules>("AppealUploadRules").implement({
  description: "Attachment rules, for the file inputs and a check before sending",
  fields: (t) => ({
    maxTotalBytes: t.exposeInt("maxTotalBytes", { description: "All files of one appeal (or one answer) together: 25 MB" }),
    maxFiles: t.exposeInt("maxFiles", { description: "Files in one request (an appeal, a question or an answer): 50; more are refused with TOO_MANY_FILES" }),
    allowedExtensions: t.stringList({
      description: "File extensions accepted, lower case: pdf, jpg, jpeg, png, tif, tiff, zip, rar",
      resolve: (r) => [...r.allowedExtensions],
    }),
    accept: t.exposeString("accept", { description: "For <input type=file accept=…>" }),
    hint: t.exposeString("hint", { description: "«Внимание! Общий лимит вложений: 25 МБ. …»" }),
  }),
});

builder.queryField("appealUploadRules", (t) =>
  t.field({
    type: UploadRulesRef,
    description: "What files an appeal may carry (6.5): types and the 25 MB total. Anyone may read it.",
    resolve: (_r, _a, ctx) => uploadRules(ctx.config.uploads),
  }),
);

const ConsentsRef = builder.objectRef<AppealConsents>("AppealConsents").implement({
  description: "The two consents every appeal form ends with (6.5.2, 6.5.3), in the wording the server records the version of",
  fields: (t) => ({
    version: t.exposeString("version", { description: "The wording's version, recorded with each consent given (e.g. appeal-form-2026-11)" }),
    personalData: t.exposeString("personalData", {
      description: "The text beside «consentPersonalData»: «Я подтверждаю достоверность указанных данных и даю свое согласие на обработку …»",
    }),
    simpleSignature: t.exposeString("simpleSignature", {
      description: "The text beside «consentSimpleSignature»: «Я принимаю условия соглашения об использовании простой электронной подписи.»",
    }),
  }),
});

builder.queryField("appealConsents", (t) =>
  t.field({
    type: ConsentsRef,
    description: "The consent texts to show on the appeal forms, as the server records them. Anyone may read it.",
    resolve: () => appealConsents(),
  }),
);

const RatingOptionRef = builder.objectRef<{ value: number; label: string }>("AppealRatingOption").implement({
  description: "A choice of «Ваша оценка ответа»",
  fields: (t) => ({
    value: t.exposeInt("value", { description: "The rating to send as `AppealRateInput.rating`: 1 (worst) to 5 (best)" }),
    label: t.exposeString("label", { description: "Its label as shown, e.g. «Отлично»" }),
  }),
});

builder.queryField("appealRatingOptions", (t) =>
  t.field({
    type: [RatingOptionRef],
    description: "The list of 6.5.4 «Пожалуйста, оцените качество предоставленного ответа»",
    resolve: () => [...RATING_OPTIONS],
  }),
);

// ─────────────────────────── appeals ───────────────────────────

export const AppealFileRef = builder.prismaNode("AppealFile", {
  description: "A file of an appeal or of its answer; get it with appealFileLinkCreate",
  id: { field: "id" },
  nullable: true,
  findUnique: (id, ctx) => ({ id: Number(id), AND: [{ appeal: visibleAppeals(ctx) }] }),
  fields: (t) => ({
    fileName: t.exposeString("fileName", { description: "Sanitised name" }),
    size: t.exposeInt("size", { description: "Bytes" }),
    mimeType: t.exposeString("mimeType", { description: "The file's MIME type, e.g. application/pdf" }),
    kind: t.field({
      description: "The file's type as recognised from its content",
      type: AppealFileKindEnum,
      select: { mimeType: true },
      resolve: (f) => (Object.entries(FILE_KINDS).find(([, k]) => k.mime === f.mimeType)?.[0] ?? "PDF") as FileKind,
    }),
    role: t.expose("role", { description: "The customer's attachment or the operator's answer", type: AppealFileRoleEnum }),
    slotCode: t.exposeString("slotCode", {
      description: "The form's slot it was attached to (`AppealFileSlot.code`); null for «Прочие документы» and answers",
      nullable: true,
    }),
    slotLabel: t.string({
      nullable: true,
      description: "The form's label for the slot the file was attached to",
      select: { slotCode: true, appeal: { select: { type: { select: { fileSlots: { select: { code: true, label: true } } } } } } },
      resolve: (f) => f.appeal.type.fileSlots.find((s) => s.code === f.slotCode)?.label ?? null,
    }),
    uploadedAt: t.expose("uploadedAt", { description: "When it was uploaded", type: "DateTime" }),
  }),
});

const ApplicantSnapshotRef = builder
  .objectRef<Pick<Appeal, "applicantName" | "applicantAddress" | "applicantEmail" | "applicantPhone">>("AppealApplicantSnapshot")
  .implement({
    description: "The applicant's data as filed",
    fields: (t) => ({
      name: t.string({ description: "«Заявитель» as filed", resolve: (a) => a.applicantName }),
      address: t.string({ description: "Address as filed", nullable: true, resolve: (a) => a.applicantAddress }),
      email: t.string({ description: "E-mail as filed (where the answer goes)", nullable: true, resolve: (a) => a.applicantEmail }),
      phone: t.string({ description: "Phone as filed: 11 digits", nullable: true, resolve: (a) => a.applicantPhone }),
    }),
  });

const FieldValueRef = builder.objectRef<StoredField>("AppealFieldValue").implement({
  description: "A form value as filed, with its label at that time",
  fields: (t) => ({
    code: t.exposeString("code", { description: "The field's code (`AppealField.code`)" }),
    label: t.exposeString("label", { description: "The field's label when filed" }),
    kind: t.field({ description: "The field's kind", type: AppealFieldKindEnum, resolve: (f) => f.kind }),
    section: t.exposeString("section", { description: "The heading it sat under; null when none", nullable: true }),
    value: t.exposeString("value", { description: "The value as filed" }),
  }),
});

builder.prismaObject("AppealStatusChange", {
  description: "One step of the status history: who and when",
  fields: (t) => ({
    fromStatus: t.expose("fromStatus", { description: "The status before; null for the first step («Принят»)", type: AppealStatusEnum, nullable: true }),
    toStatus: t.expose("toStatus", { description: "The status after", type: AppealStatusEnum }),
    toStatusText: t.string({
      description: "The status after, as shown: «Принят», «В обработке», «Завершено», «Отказано»",
      select: { toStatus: true },
      resolve: (c) => STATUS_TEXT[c.toStatus],
    }),
    at: t.expose("at", { description: "When", type: "DateTime" }),
    comment: t.exposeString("comment", {
      description: "The operator's comment (the refusal's reason, a term extension's reason); null when none",
      nullable: true,
    }),
    byStaff: t.boolean({
      description: "An operator made the change (else the customer)",
      select: { staffUserId: true },
      resolve: (c) => c.staffUserId !== null,
    }),
    staffName: t.string({
      nullable: true,
      description: "The operator's name; for staff only (null for customers)",
      select: { staffUser: { select: { fullName: true } } },
      resolve: (c: AppealStatusChange & { staffUser: { fullName: string } | null }, _a, ctx) =>
        ctx.auth.kind === "staff" ? (c.staffUser?.fullName ?? null) : null,
    }),
  }),
});

const isOverdue = (a: Pick<Appeal, "status" | "dueDate">, ctx: Context) => OPEN_STATUSES.includes(a.status) && a.dueDate < today(ctx);

export const AppealRef = builder.prismaNode("Appeal", {
  description: "An appeal (заявление) or question, with its answer",
  id: { field: "id" },
  nullable: true, // someone else's appeal reads as missing
  findUnique: (id, ctx) => ({ id: Number(id), AND: [visibleAppeals(ctx)] }),
  fields: (t) => ({
    number: t.exposeString("number", { description: "«№»: 08-000040408, or 44564 for types without a prefix" }),
    createdAt: t.expose("createdAt", { type: "DateTime", description: "«Время заявления»" }),
    title: t.string({ description: "«Тема заявления»: the reason's title", select: { type: { select: { title: true } } }, resolve: (a) => a.type.title }),
    topicTitle: t.string({
      description: "«Тема обращения»",
      select: { type: { select: { topic: { select: { title: true } } } } },
      resolve: (a) => a.type.topic.title,
    }),
    type: t.relation("type", { description: "The reason, with its form" }),
    isQuestion: t.boolean({ description: "Filed with «Задать вопрос»", select: { type: { select: { isQuestion: true } } }, resolve: (a) => a.type.isQuestion }),
    status: t.expose("status", { description: "Where the appeal is", type: AppealStatusEnum }),
    statusText: t.string({
      description: "«Статус»: Принят, В обработке, Завершено, Отказано",
      select: { status: true },
      resolve: (a) => STATUS_TEXT[a.status],
    }),
    dueDate: t.expose("dueDate", { type: "Date", description: "The answer is due by the end of this day (working days, production calendar)" }),
    processingTimeText: t.string({
      description: "«Время обработки заявления: …» of the reason",
      select: { type: { select: { processingDays: true, maxProcessingDays: true } } },
      resolve: (a) => processingTimeText(a.type),
    }),
    overdue: t.boolean({ description: "Open and past its due date", select: { status: true, dueDate: true }, resolve: (a, _x, ctx) => isOverdue(a, ctx) }),
    account: t.relation("account", { description: "The personal account it was filed on" }),
    applicant: t.field({
      description: "The applicant's data as filed",
      type: ApplicantSnapshotRef,
      select: { applicantName: true, applicantAddress: true, applicantEmail: true, applicantPhone: true },
      resolve: (a) => a,
    }),
    text: t.exposeString("text", { nullable: true, description: "«Комментарий» / «Текст сообщения»" }),
    fields: t.field({
      type: [FieldValueRef],
      description: "The form's other values",
      select: { fields: true },
      resolve: (a) => (Array.isArray(a.fields) ? (a.fields as unknown as StoredField[]) : []),
    }),
    attachments: t.relation("files", {
      deprecationReason: "Use attachedFiles",
      description: "«Файлы» attached by the customer",
      query: { where: { role: "ATTACHMENT" }, orderBy: { id: "asc" } },
    }),
    attachedFiles: t.relatedConnection("files", {
      cursor: "id",
      totalCount: true,
      // An appeal takes at most 50 files (UPLOAD_MAX_FILES ≤ FILES_PAGE_SIZE): one page holds them all.
      defaultSize: FILES_PAGE_SIZE,
      maxSize: FILES_PAGE_SIZE,
      description: `«Файлы» the customer attached, in the order they were attached; all of them (at most ${FILES_PAGE_SIZE}) in one page by default`,
      query: { where: { role: "ATTACHMENT" }, orderBy: { id: "asc" } },
    }),
    answer: t.exposeString("answerText", { nullable: true, description: "The answer (Завершено) or the reason of the refusal (Отказано)" }),
    answeredAt: t.expose("answeredAt", { description: "When it was answered; null until then", type: "DateTime", nullable: true }),
    answerFiles: t.relation("files", { description: "PDF files of the answer", query: { where: { role: "ANSWER" }, orderBy: { id: "asc" } } }),
    rating: t.exposeInt("rating", { nullable: true, description: "«Ваша оценка ответа» (1–5), once rated" }),
    ratingText: t.string({
      description: "The rating's label, e.g. «Отлично»; null until rated",
      nullable: true,
      select: { rating: true },
      resolve: (a) => ratingLabel(a.rating),
    }),
    ratedAt: t.expose("ratedAt", { description: "When it was rated; null until then", type: "DateTime", nullable: true }),
    canRate: t.boolean({
      description: "Show «Пожалуйста, оцените качество предоставленного ответа»: completed, not yet rated, and the viewer filed it",
      select: { status: true, rating: true, userId: true },
      resolve: (a, _x, ctx) => a.status === "COMPLETED" && a.rating === null && ctx.auth.kind === "user" && a.userId === ctx.auth.userId,
    }),
    statusHistory: t.relation("statusChanges", {
      description: "Deprecated: `statusChanges`",
      deprecationReason: "Use statusChanges",
      query: { orderBy: [{ at: "asc" }, { id: "asc" }] },
    }),
    statusChanges: t.relatedConnection("statusChanges", {
      cursor: "id",
      totalCount: true,
      description: "The status history, oldest first: «Принят» when filed, then each change (20 a page by default, at most 100)",
      query: { orderBy: [{ at: "asc" }, { id: "asc" }] },
    }),
  }),
});

builder.prismaObjectField(ViewerRef, "appeals", (t) =>
  t.prismaConnection({
    type: "Appeal",
    cursor: "id",
    description: "«Журнал заявлений»: the viewer's appeals, newest first. Refused with EMAIL_NOT_CONFIRMED while the section is closed.",
    args: { status: t.arg({ type: [AppealStatusEnum], required: false, description: "Only appeals in these statuses; omit for all" }) },
    totalCount: (u, args, ctx) => ctx.db.appeal.count({ where: { userId: u.id, ...(args.status ? { status: { in: args.status } } : {}) } }),
    resolve: (query, u, args, ctx) => {
      if (!appealsAccessOf(u).allowed) throw userError("EMAIL_NOT_CONFIRMED");
      return ctx.db.appeal.findMany({
        ...query,
        where: { userId: u.id, ...(args.status ? { status: { in: args.status } } : {}) },
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      });
    },
  }),
);

// ─────────────────────────── live ───────────────────────────

builder.subscriptionField("appealStatusChanged", (t) =>
  t.prismaField({
    type: "Appeal",
    description: "The viewer's appeals as they are filed and change status (taken into work, answered, refused, term extended)",
    authScopes: { user: true },
    subscribe: (_r, _a, ctx) => ctx.pubsub.subscribe("appeal:status-changed", ctx.auth.kind === "user" ? ctx.auth.userId : -1),
    resolve: (query, payload, _a, ctx) =>
      ctx.db.appeal.findFirstOrThrow({ ...query, where: { id: (payload as unknown as { appealId: number }).appealId, AND: [visibleAppeals(ctx)] } }),
  }),
);
