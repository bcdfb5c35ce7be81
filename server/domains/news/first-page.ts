// «Новости компании»'s first page — on every customer's home page, the same for everyone: the
// rows Prisma reads for `companyNews(first: n)` (json-rows.ts), newest first as the connection
// orders them, by one prepared statement and kept in memory until news change (staff's writes
// invalidate `news`, shared/invalidation.ts, on every replica) or a minute passes (a change made
// outside the app). A page read while a change lands is not kept: the generation is taken first.
import type { SqlRunner } from "../../db/client.js";
import type { News } from "../../db/generated/prisma/client.js";
import { fromJsonRow, jsonRowSql } from "../../db/json-rows.js";
import { isPlainQuery } from "../../graphql/plain-query.js";
import type { PubSub } from "../../integrations/pubsub.js";
import type { Clock } from "../../shared/clock.js";
import { onChange } from "../../shared/invalidation.js";

const FIRST_PAGE_SQL = `SELECT ${jsonRowSql("News", "n")} AS row FROM "News" n WHERE n.published ORDER BY n."publishedAt" DESC, n.id DESC LIMIT $1`;
const TTL_MS = 60_000;

/** The rows to read when the planned connection query is a first page of columns only (no cursor, no relation); else null. */
export function firstPageTake(query: { take?: unknown; skip?: unknown; cursor?: unknown }): number | null {
  const { take, skip, cursor, ...rest } = query;
  return typeof take === "number" && take > 0 && !skip && cursor === undefined && isPlainQuery(rest, "News") ? take : null;
}

interface Pages {
  generation: number;
  byTake: Map<number, { rows: News[]; expires: number }>;
}

// One per app (its pub/sub): tests run several apps in one process.
const pagesByBus = new WeakMap<PubSub, Pages>();

function pagesOf(pubsub: PubSub): Pages {
  let pages = pagesByBus.get(pubsub);
  if (!pages) {
    const created: Pages = { generation: 0, byTake: new Map() };
    onChange(pubsub, (c) => {
      if (!c.news && !c.all) return;
      created.generation += 1;
      created.byTake.clear();
    });
    pagesByBus.set(pubsub, (pages = created));
  }
  return pages;
}

export async function newsFirstPage(deps: { sql: SqlRunner; pubsub: PubSub; clock: Clock }, take: number): Promise<News[]> {
  const pages = pagesOf(deps.pubsub);
  const now = deps.clock.now().getTime();
  const kept = pages.byTake.get(take);
  if (kept && kept.expires > now) return kept.rows;
  const generation = pages.generation;
  const rows = (await deps.sql.query<{ row: Record<string, unknown> }>(FIRST_PAGE_SQL, [take], { prepareAs: "news_first_page" })).map((r) =>
    fromJsonRow<News>("News", r.row),
  );
  if (generation === pages.generation && pages.byTake.size < 100) pages.byTake.set(take, { rows, expires: now + TTL_MS });
  return rows;
}
