// Operators publish «Новости компании» (home page, 6.1): create, edit, publish and unpublish.
// Publishing stamps publishedAt, so the news block (newest first) shows the item on top.
// Every change is audited with the operator's id.
import type { News, PrismaClient } from "../../db/generated/prisma/client.js";
import { audit } from "../../shared/audit.js";
import type { PubSub } from "../../integrations/pubsub.js";
import type { Clock } from "../../shared/clock.js";
import { UserFacingError, type UserErrorData } from "../../shared/errors.js";
import { problem, userError } from "./errors.js";
import { invalidate } from "../../shared/invalidation.js";

export interface NewsDeps {
  db: PrismaClient;
  clock: Clock;
  clientAddress?: string | null;
  pubsub?: PubSub;
}

export interface NewsInput {
  title?: string | null;
  body?: string | null;
  url?: string | null;
}

function clean(input: NewsInput, creating: boolean): { data: { title?: string; body?: string | null; url?: string | null }; errors: UserErrorData[] } {
  const errors: UserErrorData[] = [];
  const data: { title?: string; body?: string | null; url?: string | null } = {};
  if ((input.title !== undefined && input.title !== null) || creating) {
    const title = (input.title ?? "").trim();
    if (!title) errors.push(problem("REQUIRED", ["input", "title"], "title"));
    else if (title.length > 300) errors.push(problem("TOO_LONG", ["input", "title"], "title"));
    data.title = title;
  }
  if (input.body !== undefined) {
    const body = input.body?.trim() || null;
    if (body && body.length > 20_000) errors.push(problem("TOO_LONG", ["input", "body"], "body"));
    data.body = body;
  }
  if (input.url !== undefined) {
    const url = input.url?.trim() || null;
    if (url && !/^https?:\/\/[^\s]+$/i.test(url)) errors.push(problem("INVALID_VALUE", ["input", "url"], "url"));
    data.url = url;
  }
  return { data, errors };
}

export async function createNews(deps: NewsDeps, staffId: number, input: NewsInput & { publish: boolean }): Promise<News> {
  const { data, errors } = clean(input, true);
  if (errors.length) throw new UserFacingError(errors);
  const now = deps.clock.now();
  return changed(
    deps,
    deps.db.$transaction(async (tx) => {
      const news = await tx.news.create({
        data: {
          title: data.title!,
          body: data.body ?? null,
          url: data.url ?? null,
          published: input.publish,
          publishedAt: now,
          createdById: staffId,
          createdAt: now,
        },
      });
      await audit(
        tx,
        {
          actorType: "STAFF",
          actorId: staffId,
          action: "news.created",
          entity: "News",
          entityId: news.id,
          data: { title: news.title, published: news.published },
          clientAddress: deps.clientAddress,
        },
        now,
      );
      return news;
    }),
  );
}

/** The news block of cached home pages is dropped once the change is committed. */
async function changed(deps: NewsDeps, committed: Promise<News>): Promise<News> {
  const news = await committed;
  await invalidate(deps, { news: true });
  return news;
}

export async function updateNews(deps: NewsDeps, staffId: number, id: number, input: NewsInput): Promise<News> {
  const { data, errors } = clean(input, false);
  if (errors.length) throw new UserFacingError(errors);
  const now = deps.clock.now();
  return changed(
    deps,
    deps.db.$transaction(async (tx) => {
      const res = await tx.news.updateMany({ where: { id }, data });
      if (res.count === 0) throw userError("NEWS_NOT_FOUND", ["input", "newsId"]);
      await audit(
        tx,
        {
          actorType: "STAFF",
          actorId: staffId,
          action: "news.updated",
          entity: "News",
          entityId: id,
          data: { fields: Object.keys(data) },
          clientAddress: deps.clientAddress,
        },
        now,
      );
      return tx.news.findUniqueOrThrow({ where: { id } });
    }),
  );
}

export async function setNewsPublished(deps: NewsDeps, staffId: number, id: number, published: boolean): Promise<News> {
  const now = deps.clock.now();
  return changed(
    deps,
    deps.db.$transaction(async (tx) => {
      const res = await tx.news.updateMany({ where: { id }, data: published ? { published, publishedAt: now } : { published } });
      if (res.count === 0) throw userError("NEWS_NOT_FOUND", ["input", "newsId"]);
      await audit(
        tx,
        {
          actorType: "STAFF",
          actorId: staffId,
          action: published ? "news.published" : "news.unpublished",
          entity: "News",
          entityId: id,
          clientAddress: deps.clientAddress,
        },
        now,
      );
      return tx.news.findUniqueOrThrow({ where: { id } });
    }),
  );
}
