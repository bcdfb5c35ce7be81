// GraphQL surface of news for the operators' console: all items (drafts too) and the
// create / edit / publish / unpublish mutations. Customers read published news via `news`.
import type { News } from "../../db/generated/prisma/client.js";
import type { Context } from "../../context.js";
import { builder } from "../../graphql/builder.js";
import { mutationPayload, payloadType } from "../../graphql/user-errors.js";
import { forbidden } from "../../shared/errors.js";
import { createNews, setNewsPublished, updateNews, type NewsDeps } from "./publishing.js";

const newsDeps = (ctx: Context): NewsDeps => ({ db: ctx.db, clock: ctx.clock, clientAddress: ctx.clientAddress, pubsub: ctx.pubsub });

function staffId(ctx: Context): number {
  if (ctx.auth.kind !== "staff") throw forbidden();
  return ctx.auth.staffId;
}

builder.prismaObjectField("News", "body", (t) => t.exposeString("body", { nullable: true, description: "The item's text" }));
builder.prismaObjectField("News", "published", (t) => t.exposeBoolean("published", { description: "Shown to customers" }));

builder.queryField("staffNews", (t) =>
  t.prismaConnection({
    type: "News",
    cursor: "id",
    authScopes: { staff: true },
    description: "Staff: every news item, drafts included, newest first",
    args: { published: t.arg.boolean({ required: false, description: "Only published (true) or only drafts (false)" }) },
    totalCount: (_p, args, ctx) => ctx.db.news.count({ where: typeof args.published === "boolean" ? { published: args.published } : {} }),
    resolve: (query, _p, args, ctx) =>
      ctx.db.news.findMany({
        ...query,
        where: typeof args.published === "boolean" ? { published: args.published } : {},
        orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
      }),
  }),
);

const NewsPayload = (name: string) =>
  payloadType<{ news: News }>(name, (p) => ({
    news: p.prismaField({ type: "News", nullable: true, description: "The news item as it is now", resolve: (_q, r) => r.news ?? null }),
  }));

const NewsIdInput = builder.inputType("NewsIdInput", { fields: (f) => ({ newsId: f.globalID({ description: "NewsItem id" }) }) });

/** The row id of a NewsItem global id; any other type reads as a missing item. */
const rowId = (id: { typename: string; id: string }) => (id.typename === "NewsItem" ? Number(id.id) : -1);

builder.mutationField("newsCreate", (t) =>
  t.field({
    type: NewsPayload("NewsCreatePayload"),
    authScopes: { staff: true },
    description: "Staff: a news item, published at once unless publish is false",
    args: {
      input: t.arg({
        type: builder.inputType("NewsCreateInput", {
          fields: (f) => ({
            title: f.string({ description: "The headline (Russian)" }),
            body: f.string({ required: false, description: "The text, plain; optional when `url` links to it" }),
            url: f.string({ required: false, description: "A link to the full text (http/https)" }),
            publish: f.boolean({ required: false, defaultValue: true, description: "Publish at once (true) or keep as a draft" }),
          }),
        }),
        required: true,
      }),
    },
    resolve: (_r, { input }, ctx) =>
      mutationPayload(async () => ({
        news: await createNews(newsDeps(ctx), staffId(ctx), { title: input.title, body: input.body, url: input.url, publish: input.publish ?? true }),
      })),
  }),
);

builder.mutationField("newsUpdate", (t) =>
  t.field({
    type: NewsPayload("NewsUpdatePayload"),
    authScopes: { staff: true },
    description: "Staff: edits a news item; omitted fields stay, null clears body or url",
    args: {
      input: t.arg({
        type: builder.inputType("NewsUpdateInput", {
          fields: (f) => ({
            newsId: f.globalID({ description: "The news item (`NewsItem.id`)" }),
            title: f.string({ required: false, description: "New headline; omit to keep" }),
            body: f.string({ required: false, description: "New text; omit to keep" }),
            url: f.string({ required: false, description: "New link (http/https); omit to keep" }),
          }),
        }),
        required: true,
      }),
    },
    resolve: (_r, { input }, ctx) =>
      mutationPayload(async () => {
        const patch: { title?: string | null; body?: string | null; url?: string | null } = {};
        if ("title" in input && input.title !== undefined) patch.title = input.title;
        if ("body" in input) patch.body = input.body ?? null;
        if ("url" in input) patch.url = input.url ?? null;
        return { news: await updateNews(newsDeps(ctx), staffId(ctx), rowId(input.newsId), patch) };
      }),
  }),
);

builder.mutationField("newsPublish", (t) =>
  t.field({
    type: NewsPayload("NewsPublishPayload"),
    authScopes: { staff: true },
    description: "Staff: shows the item to customers, dated now",
    args: { input: t.arg({ type: NewsIdInput, required: true }) },
    resolve: (_r, { input }, ctx) => mutationPayload(async () => ({ news: await setNewsPublished(newsDeps(ctx), staffId(ctx), rowId(input.newsId), true) })),
  }),
);

builder.mutationField("newsUnpublish", (t) =>
  t.field({
    type: NewsPayload("NewsUnpublishPayload"),
    authScopes: { staff: true },
    description: "Staff: hides the item from customers",
    args: { input: t.arg({ type: NewsIdInput, required: true }) },
    resolve: (_r, { input }, ctx) => mutationPayload(async () => ({ news: await setNewsPublished(newsDeps(ctx), staffId(ctx), rowId(input.newsId), false) })),
  }),
);
