// «Часто задаваемые вопросы» for everyone, signed in or not (the page is linked from «Заявления»
// and from the sign-in page): the published entries, searched on the server (search.ts).
import { builder } from "../../graphql/builder.js";
import { publishedFaq } from "./entries.js";

builder.prismaNode("FaqEntry", {
  name: "FaqEntry",
  description: "A question of «Часто задаваемые вопросы» with its answer",
  id: { field: "id" },
  nullable: true, // an unpublished or missing entry resolves to null
  findUnique: (id) => ({ id: Number(id), published: true }),
  fields: (t) => ({
    topic: t.exposeString("topic", { description: "The section the question belongs to («Показания», «Заявления» …)" }),
    question: t.exposeString("question", { description: "The question (Russian)" }),
    answer: t.exposeString("answer", { description: "The answer (Russian, plain text; blank lines separate paragraphs)" }),
    position: t.exposeInt("position", { description: "Order of the entries, ascending" }),
    published: t.exposeBoolean("published", { description: "Shown to customers" }),
    updatedAt: t.expose("updatedAt", { type: "DateTime", description: "When it was last edited" }),
  }),
});

builder.queryField("faq", (t) =>
  t.prismaField({
    type: ["FaqEntry"],
    description: "Published questions and answers in order; with `search`, those holding every word of it (case-insensitive, ё = е)",
    args: { search: t.arg.string({ required: false, validate: { maxLength: 200 }, description: "Words to look for (up to 200 characters); omit for all" }) },
    resolve: (_query, _root, args, ctx) => publishedFaq(ctx.db, args.search),
  }),
);
