// GraphQL surface of the appeals catalog (manual 6.5.1): reasons («причины обращения») with their
// forms and file slots, topics, and the applicant a form is prefilled with.
import { encodeGlobalID } from "@pothos/plugin-relay";
import { builder } from "../../graphql/builder.js";
import { AccountRef } from "../accounts/schema.js";
import { applicantOf, prefillValues, type Applicant } from "./catalog.js";
import { processingTimeText } from "./rules.js";
import { AppealFieldKindEnum } from "./schema.js";

// ─────────────────────────── catalog ───────────────────────────

export const AppealFieldRef = builder.prismaObject("AppealField", {
  description: "A field of a reason's form; fields and file slots share one sortOrder, so a form can interleave them",
  fields: (t) => ({
    code: t.exposeString("code", { description: "Send the value under this code (AppealFieldInput.code)" }),
    label: t.exposeString("label", { description: "The field's label as shown (Russian)" }),
    kind: t.expose("kind", { description: "What input to show and how the value is checked", type: AppealFieldKindEnum }),
    required: t.exposeBoolean("required", { description: "Marked «*»" }),
    section: t.exposeString("section", { nullable: true, description: "A heading the field sits under, e.g. «Паспорт владельца объекта недвижимости»" }),
    prefillKey: t.exposeString("prefill", { nullable: true, description: "Key into AppealApplicant.prefill for the initial value" }),
    sortOrder: t.exposeInt("sortOrder", { description: "Position on the form, ascending" }),
  }),
});

export const AppealFileSlotRef = builder.prismaObject("AppealFileSlot", {
  description: "A place for files in a reason's form («Скан паспорта *», «Прочие документы»)",
  fields: (t) => ({
    code: t.exposeString("code", { description: "Send files for it as AppealFileInput.slot" }),
    label: t.exposeString("label", { description: "The slot's label as shown, e.g. «Скан паспорта»" }),
    required: t.exposeBoolean("required", { description: "A file must be attached to it" }),
    multiple: t.exposeBoolean("multiple", { description: "Several files allowed" }),
    sortOrder: t.exposeInt("sortOrder", { description: "Position on the form, ascending" }),
  }),
});

export const AppealTypeRef = builder.prismaNode("AppealType", {
  description: "A reason («Причина») of a topic, with its form; what the customer files",
  id: { field: "id" },
  nullable: true,
  findUnique: (id) => ({ id: Number(id) }),
  fields: (t) => ({
    code: t.exposeString("code", { description: "Stable code of the reason" }),
    title: t.exposeString("title", { description: "«Причина обращения» as shown" }),
    topicTitle: t.string({ description: "«Тема обращения» it belongs to", select: { topic: { select: { title: true } } }, resolve: (x) => x.topic.title }),
    processingDays: t.exposeInt("processingDays", { description: "Working days to answer" }),
    maxProcessingDays: t.exposeInt("maxProcessingDays", { nullable: true, description: "How far the term can be extended (questions: 30)" }),
    processingTimeText: t.string({
      description: "«до 11 рабочих дней» / «3 рабочих дня. При необходимости срок может быть увеличен до 30 рабочих дней.»",
      select: { processingDays: true, maxProcessingDays: true },
      resolve: (x) => processingTimeText(x),
    }),
    isQuestion: t.exposeBoolean("isQuestion", { description: "The «Задать вопрос» reason (use appealQuestionSubmit)" }),
    active: t.exposeBoolean("active", { description: "Offered to customers (admins may switch a reason off)" }),
    fields: t.relation("fields", { description: "The reason's form fields, in order", query: { orderBy: [{ sortOrder: "asc" }, { id: "asc" }] } }),
    fileSlots: t.relation("fileSlots", { description: "The files the reason asks for, in order", query: { orderBy: [{ sortOrder: "asc" }, { id: "asc" }] } }),
  }),
});

export const AppealTopicRef = builder.prismaObject("AppealTopic", {
  description: "A topic («Тема») of «Подать заявление»",
  fields: (t) => ({
    id: t.id({ description: "The topic's global ID", resolve: (x) => encodeGlobalID("AppealTopic", x.id) }),
    code: t.exposeString("code", { description: "Stable code of the topic" }),
    title: t.exposeString("title", { description: "«Тема обращения» as shown" }),
    types: t.relation("types", {
      description: "Active reasons offered in «Подать заявление», in order",
      query: { where: { active: true, listed: true }, orderBy: [{ sortOrder: "asc" }, { id: "asc" }] },
    }),
  }),
});

builder.queryField("appealTopics", (t) =>
  t.prismaField({
    type: ["AppealTopic"],
    description: "The catalog of «Подать заявление»: active topics with active reasons. The «Задать вопрос» topic is left out unless includeQuestions.",
    args: {
      includeQuestions: t.arg.boolean({
        required: false,
        defaultValue: false,
        description: "Include the «Задать вопрос» reason (filed with appealQuestionSubmit)",
      }),
    },
    resolve: (query, _r, args, ctx) =>
      ctx.db.appealTopic.findMany({
        ...query,
        where: { active: true, types: { some: { active: true, listed: true, ...(args.includeQuestions ? {} : { isQuestion: false }) } } },
        orderBy: [{ sortOrder: "asc" }, { id: "asc" }],
      }),
  }),
);

const PrefillRef = builder.objectRef<{ key: string; value: string }>("AppealPrefillValue").implement({
  description: "An initial value of an application form's field, from the account's data",
  fields: (t) => ({
    key: t.exposeString("key", { description: "Matches `AppealField.prefillKey`" }),
    value: t.exposeString("value", { description: "The initial value for that field" }),
  }),
});

const ApplicantRef = builder.objectRef<Applicant & { prefill?: Record<string, string> }>("AppealApplicant").implement({
  description: "«Данные заявителя»: the account's owner and the viewer's contacts",
  fields: (t) => ({
    accountNumber: t.exposeString("accountNumber", { description: "The account's 10-digit number" }),
    name: t.exposeString("name", { description: "Заявитель" }),
    address: t.exposeString("address", { description: "The object's address; null when unknown", nullable: true }),
    email: t.exposeString("email", { description: "The viewer's confirmed e-mail the answer goes to", nullable: true }),
    phone: t.exposeString("phone", { nullable: true, description: "11 digits, 7XXXXXXXXXX" }),
    prefill: t.field({
      type: [PrefillRef],
      description: "Initial values for fields with a prefillKey (figure 32: «Фамилия была» …)",
      resolve: (a) => Object.entries(a.prefill ?? {}).map(([key, value]) => ({ key, value })),
    }),
  }),
});

builder.prismaObjectField(AccountRef, "appealApplicant", (t) =>
  t.field({
    type: ApplicantRef,
    nullable: true,
    description: "«Данные заявителя» for a form filed on this account; null unless a customer is signed in",
    select: { id: true },
    resolve: async (a, _args, ctx) => {
      if (ctx.auth.kind !== "user") return null;
      const [account, user] = await Promise.all([
        ctx.db.account.findUniqueOrThrow({ where: { id: a.id } }),
        ctx.db.user.findUniqueOrThrow({ where: { id: ctx.auth.userId } }),
      ]);
      return { ...applicantOf(account, user), prefill: prefillValues(account) };
    },
  }),
);
