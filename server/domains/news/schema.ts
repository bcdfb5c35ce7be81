import { builder } from "../../graphql/builder.js";
import { firstPageTake, newsFirstPage } from "./first-page.js";

builder.prismaNode("News", {
  name: "NewsItem",
  description: "«Новости компании»",
  id: { field: "id" },
  nullable: true, // a node that is missing or not yours resolves to null, not an error
  findUnique: (id) => ({ id: Number(id), published: true }),
  fields: (t) => ({
    title: t.exposeString("title", { description: "The headline (Russian)" }),
    url: t.exposeString("url", { nullable: true, description: "Link to the full text on the company site (http/https); null when there is none" }),
    publishedAt: t.expose("publishedAt", { type: "DateTime", description: "When it was published" }),
  }),
});

builder.queryField("companyNews", (t) =>
  t.prismaConnection({
    type: "News",
    cursor: "id",
    description:
      "«Новости компании»: published news, newest first; page with `first`/`after` (20 by default, at most 100). Anyone may read it, signed in or not.",
    totalCount: (_p, _a, ctx) => ctx.db.news.count({ where: { published: true } }),
    resolve: (query, _root, _args, ctx) => {
      // The home page's first page: kept in memory (first-page.ts); other pages through Prisma.
      const take = firstPageTake(query);
      return take
        ? newsFirstPage(ctx, take)
        : ctx.db.news.findMany({ ...query, where: { published: true }, orderBy: [{ publishedAt: "desc" }, { id: "desc" }] });
    },
  }),
);

builder.queryField("news", (t) =>
  t.prismaField({
    type: ["News"],
    deprecationReason: "Use companyNews",
    description: "Latest published company news, newest first",
    args: { first: t.arg.int({ defaultValue: 4, validate: { min: 1, max: 50 }, description: "How many, newest first: 1 to 50" }) },
    resolve: (query, _root, args, ctx) =>
      ctx.db.news.findMany({ ...query, where: { published: true }, orderBy: { publishedAt: "desc" }, take: args.first ?? 4 }),
  }),
);
