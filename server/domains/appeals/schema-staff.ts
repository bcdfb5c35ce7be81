// GraphQL surface of the operators' console for appeals (staff sign-in): the queue by status
// and deadline, taking into work, answering with PDF files, refusing, extending a question's
// term, and the live queue. Every action is audited by the services.
import type { Appeal, AppealType, Prisma } from "../../db/generated/prisma/client.js";
import type { Context } from "../../context.js";
import { builder } from "../../graphql/builder.js";
import { mutationPayload, payloadType } from "../../graphql/user-errors.js";
import { storageOf } from "../../integrations/storage/index.js";
import { dayOf } from "../../shared/calendar.js";
import { forbidden } from "../../shared/errors.js";
import { StaffRef } from "../identity/schema-staff.js";
import { OPEN_STATUSES } from "./rules.js";
import { AppealRef, AppealStatusEnum } from "./schema.js";
import { AppealTypeRef } from "./schema-catalog.js";
import { updateAppealType } from "./catalog-admin.js";
import { answerAppeal, extendAppeal, rejectAppeal, takeAppeal, type StaffActor, type WorkflowDeps } from "./workflow.js";

export function workflowDeps(ctx: Context): WorkflowDeps {
  return {
    db: ctx.db,
    clock: ctx.clock,
    timezone: ctx.config.timezone,
    storage: storageOf(ctx),
    uploads: ctx.config.uploads,
    pubsub: ctx.pubsub,
    messenger: ctx.messenger,
    publicUrl: ctx.config.publicUrl,
    clientAddress: ctx.clientAddress,
  };
}

export function staffActor(ctx: Context): StaffActor {
  if (ctx.auth.kind !== "staff") throw forbidden();
  return { staffId: ctx.auth.staffId };
}

const today = (ctx: Context) => dayOf(ctx.clock.now(), ctx.config.timezone);

builder.prismaObjectField(AppealRef, "operator", (t) =>
  t.field({
    type: StaffRef,
    nullable: true,
    description: "The operator who took or answered it; for staff only (null for customers)",
    select: { operator: true },
    resolve: (a, _x, ctx) => (ctx.auth.kind === "staff" ? a.operator : null),
  }),
);

interface QueueArgs {
  status?: ("ACCEPTED" | "IN_PROGRESS" | "COMPLETED" | "REJECTED")[] | null;
  overdueOnly?: boolean | null;
  number?: string | null;
  accountNumber?: string | null;
}

function queueWhere(args: QueueArgs, ctx: Context): Prisma.AppealWhereInput {
  const where: Prisma.AppealWhereInput = { status: { in: args.status?.length ? args.status : OPEN_STATUSES } };
  if (args.overdueOnly)
    Object.assign(where, { status: { in: OPEN_STATUSES.filter((s) => !args.status?.length || args.status.includes(s)) }, dueDate: { lt: today(ctx) } });
  if (args.number?.trim()) where.number = { contains: args.number.trim() };
  if (args.accountNumber?.trim()) where.account = { number: args.accountNumber.trim() };
  return where;
}

builder.queryField("staffAppeals", (t) =>
  t.prismaConnection({
    type: "Appeal",
    cursor: "id",
    authScopes: { staff: true },
    description:
      "The operators' queue: by status (default: Принят and В обработке), earliest due date first — so overdue appeals come first — then oldest first. Filters: overdueOnly, number (part of it), accountNumber.",
    args: {
      status: t.arg({ type: [AppealStatusEnum], required: false, description: "Only these statuses; the open ones (Принят, В обработке) by default" }),
      overdueOnly: t.arg.boolean({ required: false, defaultValue: false, description: "Only open appeals past their due date" }),
      number: t.arg.string({ required: false, description: "Appeals whose «№» contains this text" }),
      accountNumber: t.arg.string({ required: false, description: "Appeals on this personal account (10 digits)" }),
    },
    totalCount: (_p, args, ctx) => ctx.db.appeal.count({ where: queueWhere(args, ctx) }),
    resolve: (query, _p, args, ctx) => ctx.db.appeal.findMany({ ...query, where: queueWhere(args, ctx), orderBy: [{ dueDate: "asc" }, { id: "asc" }] }),
  }),
);

const CountsRef = builder.objectRef<{ accepted: number; inProgress: number; overdue: number }>("StaffAppealCounts").implement({
  description: "Tab badges of the console",
  fields: (t) => ({
    accepted: t.exposeInt("accepted", { description: "Принят: waiting to be taken" }),
    inProgress: t.exposeInt("inProgress", { description: "В обработке" }),
    overdue: t.exposeInt("overdue", { description: "Open and past the due date" }),
  }),
});

builder.queryField("staffAppealCounts", (t) =>
  t.field({
    type: CountsRef,
    authScopes: { staff: true },
    description: "Staff: how many appeals are waiting, in progress and overdue",
    resolve: async (_r, _a, ctx) => {
      const [accepted, inProgress, overdue] = await Promise.all([
        ctx.db.appeal.count({ where: { status: "ACCEPTED" } }),
        ctx.db.appeal.count({ where: { status: "IN_PROGRESS" } }),
        ctx.db.appeal.count({ where: { status: { in: OPEN_STATUSES }, dueDate: { lt: today(ctx) } } }),
      ]);
      return { accepted, inProgress, overdue };
    },
  }),
);

const StaffAppealPayload = (name: string) =>
  payloadType<{ appeal: Appeal }>(name, (p) => ({
    appeal: p.field({ type: AppealRef, nullable: true, description: "The appeal as it is now", resolve: (r) => r.appeal }),
  }));

builder.mutationField("appealTake", (t) =>
  t.field({
    type: StaffAppealPayload("AppealTakePayload"),
    authScopes: { staff: true },
    description: "Staff: «Принят» → «В обработке». INVALID_TRANSITION from any other status.",
    args: {
      input: t.arg({
        type: builder.inputType("AppealTakeInput", {
          fields: (f) => ({ appealId: f.globalID({ for: [AppealRef], description: "The appeal (`Appeal.id`)" }) }),
        }),
        required: true,
      }),
    },
    resolve: (_r, { input }, ctx) => mutationPayload(async () => ({ appeal: await takeAppeal(workflowDeps(ctx), staffActor(ctx), Number(input.appealId.id)) })),
  }),
);

builder.mutationField("appealAnswer", (t) =>
  t.field({
    type: StaffAppealPayload("AppealAnswerPayload"),
    authScopes: { staff: true },
    description:
      "Staff: «В обработке» → «Завершено» with the answer's text and PDF files (multipart; 25 MB in total). The customer gets a notification and an e-mail.",
    args: {
      input: t.arg({
        type: builder.inputType("AppealAnswerInput", {
          fields: (f) => ({
            appealId: f.globalID({ for: [AppealRef], description: "The appeal in progress (`Appeal.id`)" }),
            text: f.string({ description: "The answer the customer reads (Russian)" }),
            files: f.field({ type: ["Upload"], required: false, defaultValue: [], description: "PDF only" }),
          }),
        }),
        required: true,
      }),
    },
    resolve: (_r, { input }, ctx) =>
      mutationPayload(async () => ({
        appeal: await answerAppeal(workflowDeps(ctx), staffActor(ctx), Number(input.appealId.id), input.text, input.files ?? []),
      })),
  }),
);

builder.mutationField("appealReject", (t) =>
  t.field({
    type: StaffAppealPayload("AppealRejectPayload"),
    authScopes: { staff: true },
    description: "Staff: «В обработке» → «Отказано» with the reason the customer sees (as Appeal.answer). Notification and e-mail as for an answer.",
    args: {
      input: t.arg({
        type: builder.inputType("AppealRejectInput", {
          fields: (f) => ({
            appealId: f.globalID({ for: [AppealRef], description: "The appeal in progress (`Appeal.id`)" }),
            reason: f.string({ description: "Why it is refused, as the customer reads it (Russian)" }),
          }),
        }),
        required: true,
      }),
    },
    resolve: (_r, { input }, ctx) =>
      mutationPayload(async () => ({ appeal: await rejectAppeal(workflowDeps(ctx), staffActor(ctx), Number(input.appealId.id), input.reason) })),
  }),
);

builder.mutationField("appealDueDateExtend", (t) =>
  t.field({
    type: StaffAppealPayload("AppealDueDateExtendPayload"),
    authScopes: { staff: true },
    description: "Staff: a longer term for an open appeal whose reason allows it (questions: up to 30 working days from filing)",
    args: {
      input: t.arg({
        type: builder.inputType("AppealDueDateExtendInput", {
          fields: (f) => ({
            appealId: f.globalID({ for: [AppealRef], description: "The open appeal (`Appeal.id`)" }),
            processingDays: f.int({ description: "The new term in working days from the filing day" }),
          }),
        }),
        required: true,
      }),
    },
    resolve: (_r, { input }, ctx) =>
      mutationPayload(async () => ({ appeal: await extendAppeal(workflowDeps(ctx), staffActor(ctx), Number(input.appealId.id), input.processingDays) })),
  }),
);

builder.subscriptionField("staffAppealQueueChanged", (t) =>
  t.prismaField({
    type: "Appeal",
    authScopes: { staff: true },
    description: "Staff: any appeal filed or changed, for a live queue",
    subscribe: (_r, _a, ctx) => ctx.pubsub.subscribe("appeal:queue-changed"),
    resolve: (query, payload, _a, ctx) => ctx.db.appeal.findUniqueOrThrow({ ...query, where: { id: (payload as unknown as { appealId: number }).appealId } }),
  }),
);

builder.mutationField("appealTypeUpdate", (t) =>
  t.field({
    type: payloadType<{ type: AppealType }>("AppealTypeUpdatePayload", (p) => ({
      type: p.field({ type: AppealTypeRef, nullable: true, description: "The reason as it is now", resolve: (r) => r.type ?? null }),
    })),
    authScopes: { admin: true },
    description: "Admin: a reason's title, processing time (working days), longest extension (null: none) and whether it is offered. Omitted fields stay.",
    args: {
      input: t.arg({
        type: builder.inputType("AppealTypeUpdateInput", {
          fields: (f) => ({
            typeId: f.globalID({ for: [AppealTypeRef], description: "The reason (`AppealType.id`)" }),
            title: f.string({ required: false, description: "New «Причина обращения» title" }),
            processingDays: f.int({ required: false, description: "New term in working days" }),
            maxProcessingDays: f.int({ required: false, description: "Longest term an operator may extend to, in working days; null for no extension" }),
            active: f.boolean({ required: false, description: "Offer the reason to customers" }),
          }),
        }),
        required: true,
      }),
    },
    resolve: (_r, { input }, ctx) =>
      mutationPayload(async () => ({
        type: await updateAppealType({ db: ctx.db, clock: ctx.clock, clientAddress: ctx.clientAddress }, staffActor(ctx).staffId, Number(input.typeId.id), {
          title: input.title,
          processingDays: input.processingDays,
          ...("maxProcessingDays" in input ? { maxProcessingDays: input.maxProcessingDays ?? null } : {}),
          active: input.active,
        }),
      })),
  }),
);
