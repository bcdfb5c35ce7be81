// The response cache of the header and home queries (response-cache.ts): a hit answers exactly
// what executing would, customers never see each other's entries, a revoked session gets nothing,
// and every change a home field shows reaches the next request. "Fresh" below is the same query
// made uncacheable by a no-op directive, i.e. executed against the database.
import { encodeGlobalID } from "@pothos/plugin-relay";
import { formatDocument } from "@urql/core";
import { print, type DocumentNode } from "graphql";
import { AppViewerDocument, HomeAccountDocument, HomeNewsDocument } from "../../client/src/gql/graphql.js";
import { describe, expect, it } from "vitest";
import { seedStaff } from "../db/seed/staff.js";
import { buildBillingWorld, CLOSE_AT } from "../domains/billing/test-support.js";
import { markRead } from "../domains/notifications/read.js";
import { notify } from "../domains/notifications/service.js";
import { applyBankOutcome } from "../domains/payments/settle.js";
import { refreshDebtNotices } from "../domains/reminders/debt-notices.js";
import { getSchema } from "../graphql/schema.js";
import { Prisma } from "../db/generated/prisma/client.js";
import { withTestApp } from "../test/app.js";
import { testDatabases } from "../test/db.js";
import { createCustomer } from "../test/fixtures.js";
import { signInAs, signInAsStaff } from "../test/session.js";
import { isCacheable } from "./response-cache.js";

// What bench:home asks: the client's AppViewer + HomeAccount + HomeNews in one request.
const HOME = `query Home {
  viewer {
    id login unreadNotificationCount
    accounts { id number address }
    activeAccount {
      id number ownerFullName address
      amountDue { asOf total penalty }
      objectParameters { label value }
      tariffs { service rate unit }
      documents { title status statusText }
      notices { kind text createdAt }
    }
  }
  news(first: 4) { id title url publishedAt }
}`;
const FRESH = HOME.replace("viewer {", "viewer @include(if: true) {");

describe("which queries are cached", () => {
  const schema = getSchema();
  it("takes the home and header queries, as the client sends them (urql adds __typename)", () => {
    // The client's own documents: a field added to a page that the cache does not cover fails here.
    for (const doc of [AppViewerDocument, HomeAccountDocument, HomeNewsDocument]) {
      expect(isCacheable(schema, print(formatDocument(doc as unknown as DocumentNode)))).toBe(true);
    }
    expect(isCacheable(schema, HOME)).toBe(true);
    expect(
      isCacheable(
        schema,
        `query AppViewer { viewer { __typename id login unreadNotificationCount accounts { __typename id number address } activeAccount { __typename id number ownerFullName address amountDue { __typename asOf total penalty } } } }`,
      ),
    ).toBe(true);
    expect(isCacheable(schema, `query HomeNews { news(first: 4) { __typename id title url publishedAt } }`)).toBe(true);
    expect(isCacheable(schema, `query { viewer { ...V } } fragment V on Viewer { id activeAccount { id number } }`)).toBe(true);
  });
  it("leaves out anything else: other fields, mutations, directives, several operations, broken text", () => {
    expect(isCacheable(schema, `{ viewer { email } }`)).toBe(false);
    expect(isCacheable(schema, `{ viewer { activeAccount { meters { id } } } }`)).toBe(false);
    expect(isCacheable(schema, `{ node(id: "x") { id } }`)).toBe(false);
    expect(isCacheable(schema, `{ __schema { types { name } } }`)).toBe(false);
    expect(isCacheable(schema, `mutation { sessionRevokeAll { revoked } }`)).toBe(false);
    expect(isCacheable(schema, FRESH)).toBe(false);
    expect(isCacheable(schema, `query A { viewer { id } } query B { news { id } }`)).toBe(false);
    expect(isCacheable(schema, `{ viewer { id `)).toBe(false);
    expect(isCacheable(schema, `{ viewer { nope } }`)).toBe(false);
  });
});

describe.each(testDatabases())("home response cache on $name", (backend) => {
  let demo: string;
  const stats = () => ({ ...t.app.responseCache.stats });

  /** The response body as the client gets it. */
  async function raw(query: string, token?: string, variables?: Record<string, unknown>): Promise<string> {
    const res = await t.app.yoga.fetch("http://kabinet.test/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return res.text();
  }
  const home = async (token: string) => JSON.parse(await raw(HOME, token));
  /** Home through the cache, checked against an executed one; returns its data. */
  async function homeChecked(token: string) {
    const cached = await home(token);
    const fresh = JSON.parse(await raw(FRESH, token));
    expect(cached).toEqual(fresh);
    return cached.data;
  }
  /** Home twice, the second answered from the cache. */
  async function primed(token: string) {
    await home(token);
    const before = stats().hits;
    const r = await home(token);
    expect(stats().hits).toBe(before + 1);
    return r.data;
  }

  const t = withTestApp({
    backend,
    demo: true,
    seed: async () => {
      await seedStaff(database.prisma);
      demo = (await signInAs(t, "0710000000", "demo2026")).accessToken;
    },
  });
  const { database } = t;

  it("answers a repeated home query from memory, byte for byte what executing it answers", async () => {
    const s0 = stats();
    const miss = await raw(HOME, demo);
    expect(stats()).toMatchObject({ misses: s0.misses + 1, hits: s0.hits, stored: s0.stored + 1 });
    const hit = await raw(HOME, demo);
    expect(stats()).toMatchObject({ misses: s0.misses + 1, hits: s0.hits + 1 });
    expect(hit).toBe(miss);
    const fresh = JSON.parse(await raw(FRESH, demo));
    expect(JSON.parse(hit)).toEqual(fresh);
    expect(fresh.data.viewer.activeAccount.tariffs.length).toBeGreaterThan(0);
    expect(fresh.data.news).toHaveLength(4);
    // Variables are part of the key.
    const q = `query($n: Int) { news(first: $n) { id } }`;
    expect(JSON.parse(await raw(q, demo, { n: 1 })).data.news).toHaveLength(1);
    expect(JSON.parse(await raw(q, demo, { n: 2 })).data.news).toHaveLength(2);
    expect(JSON.parse(await raw(q, demo, { n: 1 })).data.news).toHaveLength(1);
  });

  it("caches nothing for anonymous requests, errors or other queries", async () => {
    const s0 = stats();
    expect(JSON.parse(await raw(HOME)).data.viewer).toBeNull();
    expect(JSON.parse(await raw(HOME, "not-a-token")).data.viewer).toBeNull();
    expect(JSON.parse(await raw(`{ viewer { email } }`, demo)).data.viewer.email).toBe("demo@kabinet.local");
    const bad = `{ news(first: 500) { id } }`; // over the argument's limit: an error, never stored
    expect(JSON.parse(await raw(bad, demo)).errors).toBeDefined();
    expect(JSON.parse(await raw(bad, demo)).errors).toBeDefined();
    expect(stats()).toMatchObject({ hits: s0.hits, stored: s0.stored });
  });

  it("stamps the browser that changed something cached, and only then (the other replicas' guard)", async () => {
    const c = await createCustomer(database.prisma);
    const token = (await signInAs(t, c.user.login, c.password)).accessToken;
    const post = (query: string, cookie?: string) =>
      t.app.yoga.fetch("http://kabinet.test/graphql", {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${token}`, ...(cookie ? { cookie } : {}) },
        body: JSON.stringify({ query }),
      });
    expect((await post(`mutation { notificationsMarkAllRead(input: {}) { markedCount } }`)).headers.get("set-cookie")).toBeNull(); // nothing to mark
    expect((await post(HOME)).headers.get("set-cookie")).toBeNull();
    await primed(token);
    const res = await post(`mutation { viewerLoginChange(input: { login: "stamped_${c.user.id}" }) { userErrors { message } } }`);
    const cookie = res.headers.get("set-cookie")!;
    expect(cookie).toMatch(new RegExp(`^kabinet_wrote=${t.clock.now().getTime()}; Path=/graphql; Max-Age=\\d+; HttpOnly; SameSite=Strict$`));
    // With the stamp, an entry computed before it (or within the clock-skew allowance) is not used.
    await primed(token);
    const s0 = stats();
    expect(JSON.parse(await (await post(HOME, cookie.split(";")[0])).text()).data.viewer.login).toBe(`stamped_${c.user.id}`);
    expect(stats()).toMatchObject({ hits: s0.hits, misses: s0.misses + 1 });
    t.clock.advance(2_000);
    try {
      await post(HOME, cookie.split(";")[0]);
      const s1 = stats();
      await post(HOME, cookie.split(";")[0]);
      expect(stats().hits).toBe(s1.hits + 1);
    } finally {
      t.clock.advance(-2_000);
    }
  });

  it("keeps customers apart: one customer's entry never answers another", async () => {
    const debtor = (await signInAs(t, "debtor", "debtor2026")).accessToken;
    const mine = await primed(demo);
    const s0 = stats();
    const theirs = await homeChecked(debtor);
    expect(stats().misses).toBe(s0.misses + 1);
    expect(theirs.viewer.login).toBe("debtor");
    expect(theirs.viewer.activeAccount.number).toBe("0720000000");
    expect(mine.viewer.login).toBe("0710000000");
    expect((await home(debtor)).data).toEqual(theirs);
    expect((await home(demo)).data).toEqual(mine);
  });

  describe("a revoked session gets nothing from the cache", () => {
    async function twoDevices() {
      const c = await createCustomer(database.prisma);
      const a = await signInAs(t, c.user.login, c.password);
      const b = await signInAs(t, c.user.login, c.password);
      expect((await primed(a.accessToken)).viewer.login).toBe(c.user.login);
      expect((await primed(b.accessToken)).viewer.login).toBe(c.user.login);
      return { c, a, b };
    }

    it("signed out (this device), signed out everywhere", async () => {
      const { a, b } = await twoDevices();
      await t.gql(`mutation($r: String!) { sessionRevoke(input: { refreshToken: $r }) { revoked } }`, { r: a.refreshToken });
      expect((await home(a.accessToken)).data.viewer).toBeNull();
      expect((await home(b.accessToken)).data.viewer).not.toBeNull();
      const revoked = await t.gql(`mutation { sessionRevokeAll { revoked } }`, {}, { token: b.accessToken });
      expect(revoked.data.sessionRevokeAll.revoked).toBe(1);
      expect((await home(b.accessToken)).data.viewer).toBeNull();
      expect((await home(a.accessToken)).data.viewer).toBeNull();
    });

    it("password changed: the other devices", async () => {
      const { a, b } = await twoDevices();
      const r = await t.gql(
        `mutation($i: ViewerPasswordChangeInput!) { viewerPasswordChange(input: $i) { userErrors { message } } }`,
        { i: { currentPassword: "secret123", password: "newsecret42", passwordConfirmation: "newsecret42" } },
        { token: a.accessToken },
      );
      expect(r.data.viewerPasswordChange.userErrors).toEqual([]);
      expect((await home(b.accessToken)).data.viewer).toBeNull();
      expect((await home(a.accessToken)).data.viewer).not.toBeNull();
    });

    it("the last account removed (the user is deleted): every device", async () => {
      const { c, a, b } = await twoDevices();
      const r = await t.gql(
        `mutation($id: ID!) { accountUnlink(input: { accountId: $id, confirmDeletion: true }) { deletionScheduled userErrors { message } } }`,
        { id: encodeGlobalID("Account", c.account.id) },
        { token: a.accessToken },
      );
      expect(r.data.accountUnlink.deletionScheduled).toBe(true);
      expect((await home(a.accessToken)).data.viewer).toBeNull();
      expect((await home(b.accessToken)).data.viewer).toBeNull();
    });

    it("an expired token, even one verified before", async () => {
      const { a } = await twoDevices();
      t.clock.advance(t.config.accessTokenTtlSec * 1000);
      try {
        expect((await home(a.accessToken)).data.viewer).toBeNull();
      } finally {
        t.clock.advance(-t.config.accessTokenTtlSec * 1000);
      }
    });
  });

  describe("a change reaches the next request", () => {
    it("the active account switched", async () => {
      const before = await primed(demo);
      const other = before.viewer.accounts.find((a: { id: string }) => a.id !== before.viewer.activeAccount.id);
      const r = await t.gql(
        `mutation($id: ID!) { viewerActiveAccountSet(input: { accountId: $id }) { userErrors { message } } }`,
        { id: other.id },
        { token: demo },
      );
      expect(r.data.viewerActiveAccountSet.userErrors).toEqual([]);
      const after = await homeChecked(demo);
      expect(after.viewer.activeAccount.id).toBe(other.id);
      await t.gql(
        `mutation($id: ID!) { viewerActiveAccountSet(input: { accountId: $id }) { userErrors { message } } }`,
        { id: before.viewer.activeAccount.id },
        { token: demo },
      );
      expect((await homeChecked(demo)).viewer.activeAccount.id).toBe(before.viewer.activeAccount.id);
    });

    it("an account linked and unlinked", async () => {
      const c = await createCustomer(database.prisma);
      const extra = await createCustomer(database.prisma);
      const token = (await signInAs(t, c.user.login, c.password)).accessToken;
      expect((await primed(token)).viewer.accounts).toHaveLength(1);
      const linked = await t.gql(
        `mutation($n: String!) { accountLink(input: { accountNumber: $n, ownerLastName: "Сидоров" }) { account { id } userErrors { message } } }`,
        { n: extra.account.number },
        { token },
      );
      expect(linked.data.accountLink.userErrors).toEqual([]);
      expect((await homeChecked(token)).viewer.accounts).toHaveLength(2);
      await primed(token);
      const unlinked = await t.gql(
        `mutation($id: ID!) { accountUnlink(input: { accountId: $id }) { userErrors { message } } }`,
        { id: linked.data.accountLink.account.id },
        { token },
      );
      expect(unlinked.data.accountUnlink.userErrors).toEqual([]);
      expect((await homeChecked(token)).viewer.accounts).toHaveLength(1);
    });

    it("the login changed", async () => {
      const c = await createCustomer(database.prisma);
      const token = (await signInAs(t, c.user.login, c.password)).accessToken;
      await primed(token);
      const r = await t.gql(`mutation { viewerLoginChange(input: { login: "renamed_${c.user.id}" }) { userErrors { message } } }`, {}, { token });
      expect(r.data.viewerLoginChange.userErrors).toEqual([]);
      expect((await homeChecked(token)).viewer.login).toBe(`renamed_${c.user.id}`);
    });

    it("notifications added and read (the unread count)", async () => {
      const c = await createCustomer(database.prisma);
      const token = (await signInAs(t, c.user.login, c.password)).accessToken;
      expect((await primed(token)).viewer.unreadNotificationCount).toBe(0);
      const n = await notify(t.deps, { userId: c.user.id, kind: "INFO", title: "Новое", body: "…" });
      expect((await homeChecked(token)).viewer.unreadNotificationCount).toBe(1);
      await primed(token);
      await markRead(t.deps, c.user.id, n!.id);
      expect((await homeChecked(token)).viewer.unreadNotificationCount).toBe(0);
      await notify(t.deps, { userId: c.user.id, kind: "INFO", title: "Ещё", body: "…" });
      await notify(t.deps, { userId: c.user.id, kind: "INFO", title: "И ещё", body: "…" });
      expect((await primed(token)).viewer.unreadNotificationCount).toBe(2);
      await t.gql(`mutation { notificationsMarkAllRead(input: {}) { markedCount } }`, {}, { token });
      expect((await homeChecked(token)).viewer.unreadNotificationCount).toBe(0);
    });

    it("news created, edited, unpublished and published by staff", async () => {
      const staff = (await signInAsStaff(t, "operator", "operator2026")).accessToken;
      await primed(demo);
      const created = await t.gql(
        `mutation { newsCreate(input: { title: "Плановое отключение" }) { news { id } userErrors { message } } }`,
        {},
        { token: staff },
      );
      const id = created.data.newsCreate.news.id;
      expect((await homeChecked(demo)).news[0]).toMatchObject({ id, title: "Плановое отключение" });
      await primed(demo);
      await t.gql(
        `mutation($id: ID!) { newsUpdate(input: { newsId: $id, title: "Отключение отменено" }) { userErrors { message } } }`,
        { id },
        { token: staff },
      );
      expect((await homeChecked(demo)).news[0]).toMatchObject({ id, title: "Отключение отменено" });
      await primed(demo);
      await t.gql(`mutation($id: ID!) { newsUnpublish(input: { newsId: $id }) { userErrors { message } } }`, { id }, { token: staff });
      expect((await homeChecked(demo)).news.map((n: { id: string }) => n.id)).not.toContain(id);
      await primed(demo);
      await t.gql(`mutation($id: ID!) { newsPublish(input: { newsId: $id }) { userErrors { message } } }`, { id }, { token: staff });
      expect((await homeChecked(demo)).news[0].id).toBe(id);
    });

    it("a payment settled by the bank (amount due), then the debt notice resolved by the nightly job", async () => {
      const debtor = (await signInAs(t, "debtor", "debtor2026")).accessToken;
      const before = await primed(debtor);
      const due = before.viewer.activeAccount.amountDue.total as string;
      expect(Number(due)).toBeGreaterThan(0);
      expect(before.viewer.activeAccount.notices.map((n: { kind: string }) => n.kind)).toContain("DEBT");
      const account = await database.prisma.account.findUniqueOrThrow({ where: { number: "0720000000" } });
      const line = await database.prisma.charge.findFirstOrThrow({ where: { accountId: account.id } });
      const payment = await database.prisma.payment.create({
        data: {
          accountId: account.id,
          amount: new Prisma.Decimal(due),
          status: "PENDING",
          bankOrderId: `cache-test-${account.id}`,
          items: { create: [{ accountId: account.id, supplierId: line.supplierId, amount: new Prisma.Decimal(due) }] },
        },
      });
      const settled = await applyBankOutcome(t.deps, payment.id, {
        bankOrderId: payment.bankOrderId,
        status: "SUCCEEDED",
        amount: new Prisma.Decimal(due),
        failureReason: null,
        card: null,
        at: t.clock.now(),
      });
      expect(settled.outcome).toBe("applied");
      const paid = await homeChecked(debtor);
      expect(paid.viewer.activeAccount.amountDue.total).toBe("0.00");
      expect(paid.viewer.activeAccount.notices.map((n: { kind: string }) => n.kind)).toContain("DEBT");
      await primed(debtor);
      expect((await refreshDebtNotices(t.deps)).resolved).toBeGreaterThan(0);
      expect((await homeChecked(debtor)).viewer.activeAccount.notices.map((n: { kind: string }) => n.kind)).not.toContain("DEBT");
    });

    it("the date «К оплате на» rolls at midnight in the retailer's timezone", async () => {
      const saved = t.clock.now();
      try {
        t.clock.set("2026-11-24T18:59:30.000Z"); // 23:59:30 in Yekaterinburg (UTC+5)
        const token = (await signInAs(t, "0710000000", "demo2026")).accessToken;
        expect((await primed(token)).viewer.activeAccount.amountDue.asOf).toBe("2026-11-24");
        t.clock.set("2026-11-24T19:00:10.000Z");
        expect((await homeChecked(token)).viewer.activeAccount.amountDue.asOf).toBe("2026-11-25");
      } finally {
        t.clock.set(saved);
      }
    });

    it("a change made outside the app shows once the entry's lifetime is over", async () => {
      const before = await primed(demo);
      const account = await database.prisma.account.findUniqueOrThrow({ where: { number: before.viewer.activeAccount.number } });
      await database.prisma.account.update({ where: { id: account.id }, data: { address: `${account.address} (изм.)` } });
      expect((await home(demo)).data.viewer.activeAccount.address).toBe(account.address);
      t.clock.advance(61_000);
      try {
        expect((await homeChecked(demo)).viewer.activeAccount.address).toBe(`${account.address} (изм.)`);
      } finally {
        t.clock.advance(-61_000);
        await database.prisma.account.update({ where: { id: account.id }, data: { address: account.address } });
      }
    });
  });
});

describe.each(testDatabases())("home response cache and the period close on $name", (backend) => {
  const t = withTestApp({
    backend,
    now: CLOSE_AT.toISOString(),
    seed: async () => {
      await buildBillingWorld(database.prisma);
      await seedStaff(database.prisma);
    },
  });
  const { database } = t;

  it("charges of a closed month change the amount due on the next request", async () => {
    const token = (await signInAs(t, "einvoice", "secret123")).accessToken;
    const q = (query: string) => t.gql(query, {}, { token });
    await q(HOME);
    const before = await q(HOME);
    expect(t.app.responseCache.stats.hits).toBe(1);
    const admin = (await signInAsStaff(t, "admin", "admin2026")).accessToken;
    const r = await t.gql(`mutation { billingPeriodClose(input: { period: "2026-10" }) { closedNow userErrors { message } } }`, {}, { token: admin });
    expect(r.data.billingPeriodClose).toEqual({ closedNow: true, userErrors: [] });
    const after = await q(HOME);
    expect(after).toEqual(await q(FRESH));
    expect(after.data.viewer.activeAccount.amountDue).not.toEqual(before.data.viewer.activeAccount.amountDue);
  });
});
