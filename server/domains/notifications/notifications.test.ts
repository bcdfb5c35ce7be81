import { describe, expect, it } from "vitest";
import { createAppPubSub } from "../../integrations/pubsub.js";
import { withTestApp } from "../../test/app.js";
import { testDatabases } from "../../test/db.js";
import { createCustomer } from "../../test/fixtures.js";
import { signInAs } from "../../test/session.js";
import { notify } from "./service.js";

const LIST = `query($first: Int, $after: String, $unreadOnly: Boolean) { viewer { unreadNotificationCount
  notifications(first: $first, after: $after, unreadOnly: $unreadOnly) { totalCount pageInfo { hasNextPage endCursor } nodes { id kind title body read readAt } } } }`;
const MARK = `mutation($id: ID!) { notificationMarkRead(input: { notificationId: $id }) { notification { id read } viewer { unreadNotificationCount } userErrors { code message field } } }`;
const MARK_ALL = `mutation($upTo: ID) { notificationsMarkAllRead(input: { upToId: $upTo }) { markedCount viewer { unreadNotificationCount } userErrors { code message } } }`;

describe.each(testDatabases())("in-app notifications API on $name", (backend) => {
  const t = withTestApp({ backend });
  const { database } = t;

  async function customerWith(titles: string[]) {
    const c = await createCustomer(database.prisma);
    for (const title of titles)
      await notify({ db: database.prisma, pubsub: createAppPubSub() }, { userId: c.user.id, kind: "INFO", title, body: `Текст: ${title}` });
    const { accessToken } = await signInAs(t, c.user.login, c.password);
    return { ...c, token: accessToken };
  }

  it("lists the viewer's notifications newest first, page by page, with the unread count", async () => {
    const c = await customerWith(["первое", "второе", "третье"]);
    await customerWith(["чужое"]);
    const first = (await t.gql(LIST, { first: 2 }, { token: c.token })).data.viewer;
    expect(first.unreadNotificationCount).toBe(3);
    expect(first.notifications.totalCount).toBe(3);
    expect(first.notifications.nodes.map((n: any) => [n.title, n.kind, n.read])).toEqual([
      ["третье", "INFO", false],
      ["второе", "INFO", false],
    ]);
    expect(first.notifications.pageInfo.hasNextPage).toBe(true);
    const rest = (await t.gql(LIST, { first: 2, after: first.notifications.pageInfo.endCursor }, { token: c.token })).data.viewer.notifications;
    expect(rest.nodes.map((n: any) => n.title)).toEqual(["первое"]);
    expect(rest.pageInfo.hasNextPage).toBe(false);
  });

  it("marks one read, keeps the first reading time, and refuses someone else's", async () => {
    const c = await customerWith(["а", "б"]);
    const other = await customerWith(["чужое"]);
    const [b] = (await t.gql(LIST, {}, { token: c.token })).data.viewer.notifications.nodes;
    const r = (await t.gql(MARK, { id: b.id }, { token: c.token })).data.notificationMarkRead;
    expect(r).toEqual({ notification: { id: b.id, read: true }, viewer: { unreadNotificationCount: 1 }, userErrors: [] });
    const readAt = (await t.gql(LIST, {}, { token: c.token })).data.viewer.notifications.nodes[0].readAt;
    t.clock.advance(60_000);
    await t.gql(MARK, { id: b.id }, { token: c.token });
    expect((await t.gql(LIST, {}, { token: c.token })).data.viewer.notifications.nodes[0].readAt).toBe(readAt);

    const theirs = (await t.gql(LIST, {}, { token: other.token })).data.viewer.notifications.nodes[0];
    const refused = (await t.gql(MARK, { id: theirs.id }, { token: c.token })).data.notificationMarkRead;
    expect(refused.userErrors).toEqual([{ code: "NOT_FOUND", message: "Уведомление не найдено", field: ["input", "notificationId"] }]);
    expect((await t.gql(LIST, {}, { token: other.token })).data.viewer.unreadNotificationCount).toBe(1);
    // Nor can the node be read through `node(id:)`.
    expect((await t.gql(`query($id: ID!) { node(id: $id) { id } }`, { id: theirs.id }, { token: c.token })).data.node).toBeNull();
  });

  it("marks all read up to the newest one shown; one that arrived meanwhile stays unread", async () => {
    const c = await customerWith(["1", "2"]);
    const shown = (await t.gql(LIST, {}, { token: c.token })).data.viewer.notifications.nodes;
    await notify({ db: database.prisma, pubsub: createAppPubSub() }, { userId: c.user.id, kind: "INFO", title: "3", body: "" });
    const r = (await t.gql(MARK_ALL, { upTo: shown[0].id }, { token: c.token })).data.notificationsMarkAllRead;
    expect(r).toEqual({ markedCount: 2, viewer: { unreadNotificationCount: 1 }, userErrors: [] });
    const unread = (await t.gql(LIST, { unreadOnly: true }, { token: c.token })).data.viewer.notifications;
    expect(unread.nodes.map((n: any) => n.title)).toEqual(["3"]);
    expect(unread.totalCount).toBe(1);
    const all = (await t.gql(MARK_ALL, {}, { token: c.token })).data.notificationsMarkAllRead;
    expect(all).toEqual({ markedCount: 1, viewer: { unreadNotificationCount: 0 }, userErrors: [] });
  });

  it("asks to sign in without a session: a top-level UNAUTHENTICATED, as for queries", async () => {
    const r = await t.gql(MARK_ALL, {});
    expect(r.errors?.map((e: any) => [e.extensions?.code, e.message])).toEqual([["UNAUTHENTICATED", "Войдите в личный кабинет"]]);
    expect((await t.gql(LIST, {})).data.viewer).toBeNull();
  });
});
