// «Новости компании»'s first page is read by a prepared statement and kept in memory
// (first-page.ts): it must answer what the ORM's connection answers, page on into the ORM's
// pages with its cursors, and show staff's changes on the next request.
import { encodeGlobalID } from "@pothos/plugin-relay";
import { describe, expect, it } from "vitest";
import { withTestApp } from "../../test/app.js";
import { testDatabases } from "../../test/db.js";
import { signInAsStaff } from "../../test/session.js";

const FIRST = `{ companyNews(first: 4) { totalCount pageInfo { hasNextPage endCursor } nodes { id title url publishedAt } } }`;

describe.each(testDatabases())("the news' first page on $name", (backend) => {
  const t = withTestApp({ backend, demo: true });
  const { database } = t;
  const page = async (query = FIRST, variables = {}) => {
    const r = await t.gql(query, variables);
    expect(r.errors).toBeUndefined();
    return r.data.companyNews;
  };

  it("holds the ORM's rows, newest first, and its cursors page on", async () => {
    const rows = await database.prisma.news.findMany({ where: { published: true }, orderBy: [{ publishedAt: "desc" }, { id: "desc" }] });
    expect(rows.length).toBeGreaterThan(2);
    const first = await page(FIRST.replace("first: 4", "first: 2"));
    expect(first.nodes).toEqual(
      rows.slice(0, 2).map((n) => ({ id: encodeGlobalID("NewsItem", n.id), title: n.title, url: n.url, publishedAt: n.publishedAt.toISOString() })),
    );
    expect(first.totalCount).toBe(rows.length);
    expect(first.pageInfo.hasNextPage).toBe(true);
    // The next page goes through Prisma (a cursor): it starts right after the first.
    const next = await page(`query($a: String) { companyNews(first: 2, after: $a) { nodes { id } } }`, { a: first.pageInfo.endCursor });
    expect(next.nodes.map((n: { id: string }) => n.id)).toEqual(rows.slice(2, 4).map((n) => encodeGlobalID("NewsItem", n.id)));
  });

  it("shows staff's news at once, and a change made outside the app within a minute", async () => {
    await page();
    const staff = (await signInAsStaff(t, "operator", "operator2026")).accessToken;
    const created = await t.gql(`mutation { newsCreate(input: { title: "Плановое отключение" }) { news { id } } }`, {}, { token: staff });
    const id = created.data.newsCreate.news.id as string;
    expect((await page()).nodes[0]).toMatchObject({ id, title: "Плановое отключение" });
    await t.gql(`mutation($id: ID!) { newsUnpublish(input: { newsId: $id }) { userErrors { message } } }`, { id }, { token: staff });
    expect((await page()).nodes.map((n: { id: string }) => n.id)).not.toContain(id);

    const latest = (await page()).nodes[0];
    const row = await database.prisma.news.findFirstOrThrow({ where: { published: true }, orderBy: [{ publishedAt: "desc" }, { id: "desc" }] });
    await database.prisma.news.update({ where: { id: row.id }, data: { title: `${row.title} (изм.)` } });
    try {
      expect((await page()).nodes[0].title).toBe(latest.title);
      t.clock.advance(61_000);
      expect((await page()).nodes[0].title).toBe(`${row.title} (изм.)`);
    } finally {
      t.clock.advance(-61_000);
      await database.prisma.news.update({ where: { id: row.id }, data: { title: row.title } });
    }
  });
});
