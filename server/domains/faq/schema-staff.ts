// The console's «Частые вопросы»: every entry (unpublished too) and the create / edit mutations.
// Thin: entries.ts holds the rules and the audit.
import type { FaqEntry } from "../../db/generated/prisma/client.js";
import type { Context } from "../../context.js";
import { builder } from "../../graphql/builder.js";
import { mutationPayload, payloadType } from "../../graphql/user-errors.js";
import { forbidden } from "../../shared/errors.js";
import { allFaq, createFaqEntry, updateFaqEntry, type FaqDeps, type FaqInput } from "./entries.js";

const faqDeps = (ctx: Context): FaqDeps => ({ db: ctx.db, clock: ctx.clock, clientAddress: ctx.clientAddress });

function staffId(ctx: Context): number {
  if (ctx.auth.kind !== "staff") throw forbidden();
  return ctx.auth.staffId;
}

/** The row id of a FaqEntry global id; any other type reads as a missing entry. */
const rowId = (id: { typename: string; id: string }) => (id.typename === "FaqEntry" ? Number(id.id) : -1);

builder.queryField("staffFaq", (t) =>
  t.prismaField({
    type: ["FaqEntry"],
    authScopes: { staff: true },
    description: "Staff: every FAQ entry, unpublished too, in order; `search` as in `faq`",
    args: { search: t.arg.string({ required: false, validate: { maxLength: 200 }, description: "Words to look for (up to 200 characters); omit for all" }) },
    resolve: (_query, _root, args, ctx) => allFaq(ctx.db, args.search),
  }),
);

const FaqPayload = (name: string) =>
  payloadType<{ entry: FaqEntry }>(name, (p) => ({
    entry: p.prismaField({ type: "FaqEntry", nullable: true, description: "The entry as it is now", resolve: (_q, r) => r.entry ?? null }),
  }));

builder.mutationField("faqEntryCreate", (t) =>
  t.field({
    type: FaqPayload("FaqEntryCreatePayload"),
    authScopes: { staff: true },
    description: "Staff: a new question with its answer, after the last one unless a position is given; published unless published is false",
    args: {
      input: t.arg({
        type: builder.inputType("FaqEntryCreateInput", {
          fields: (f) => ({
            topic: f.string({ description: "The section, e.g. «Показания»" }),
            question: f.string({ description: "The question (Russian)" }),
            answer: f.string({ description: "The answer (Russian, plain text)" }),
            position: f.int({ required: false, description: "Place in the order; last by default" }),
            published: f.boolean({ required: false, description: "Show to customers" }),
          }),
        }),
        required: true,
      }),
    },
    resolve: (_r, { input }, ctx) => mutationPayload(async () => ({ entry: await createFaqEntry(faqDeps(ctx), staffId(ctx), input as FaqInput) })),
  }),
);

builder.mutationField("faqEntryUpdate", (t) =>
  t.field({
    type: FaqPayload("FaqEntryUpdatePayload"),
    authScopes: { staff: true },
    description: "Staff: edits an entry (publishing and unpublishing too); omitted fields stay",
    args: {
      input: t.arg({
        type: builder.inputType("FaqEntryUpdateInput", {
          fields: (f) => ({
            entryId: f.globalID({ description: "FaqEntry id" }),
            topic: f.string({ required: false, description: "New section; omit to keep" }),
            question: f.string({ required: false, description: "New question; omit to keep" }),
            answer: f.string({ required: false, description: "New answer; omit to keep" }),
            position: f.int({ required: false, description: "New place in the order; omit to keep" }),
            published: f.boolean({ required: false, description: "Show to customers; omit to keep" }),
          }),
        }),
        required: true,
      }),
    },
    resolve: (_r, { input }, ctx) => {
      const { entryId, ...patch } = input;
      return mutationPayload(async () => ({ entry: await updateFaqEntry(faqDeps(ctx), staffId(ctx), rowId(entryId), patch as FaqInput) }));
    },
  }),
);
