// The home response cache and session liveness across two replicas (one PostgreSQL, one Redis):
// a change or a revocation made through one replica is not answered from the other's memory on
// the very next request. Needs TEST_DATABASE_URL and REDIS_URL_TEST; skipped without them.
import { afterAll, beforeAll, expect, it } from "vitest";
import { createCustomer } from "../test/fixtures.js";
import { MULTI_INSTANCE_ENV, sharedPostgres, startReplica, testChannelPrefix, type Replica, type SharedDatabase } from "../test/instances.js";
import { describeNeeding } from "../test/needs.js";

const { databaseUrl, redisUrl } = MULTI_INSTANCE_ENV;
const NOW = "2026-11-10T05:00:00.000Z";
const HOME = `query Home { viewer { login unreadNotificationCount accounts { id number } activeAccount { id number amountDue { asOf total } notices { kind } } } news(first: 4) { id } }`;
const FRESH = HOME.replace("viewer {", "viewer @include(if: true) {");

describeNeeding(["postgres", "redis"], "home response cache on two replicas", () => {
  let shared: SharedDatabase;
  let a: Replica;
  let b: Replica;
  /** On the same database but deaf to the others' messages (its own channel prefix): a lost message. */
  let deaf: Replica;

  beforeAll(async () => {
    shared = await sharedPostgres(databaseUrl!);
    const prefix = testChannelPrefix();
    [a, b] = await Promise.all(["a", "b"].map((name) => startReplica({ name, shared, redisUrl: redisUrl!, channelPrefix: prefix, now: NOW })));
    deaf = await startReplica({ name: "deaf", shared, redisUrl: redisUrl!, channelPrefix: testChannelPrefix(), now: NOW });
  });
  afterAll(async () => {
    await Promise.all([a?.close(), b?.close(), deaf?.close()]);
    await shared?.drop();
  });

  /** A browser: keeps the cookies the replicas set (the «changed something» stamp). */
  function browser() {
    const jar = new Map<string, string>();
    return async function gql(replica: Replica, query: string, token?: string, variables?: Record<string, unknown>) {
      const res = await fetch(`${replica.url}/graphql`, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          ...(token ? { authorization: `Bearer ${token}` } : {}),
          ...(jar.size ? { cookie: [...jar].map(([k, v]) => `${k}=${v}`).join("; ") } : {}),
        },
        body: JSON.stringify({ query, variables }),
      });
      for (const c of res.headers.getSetCookie()) {
        const [pair] = c.split(";");
        const [k, v] = pair!.split("=");
        jar.set(k!, v!);
      }
      return (await res.json()) as any;
    };
  }
  type Gql = ReturnType<typeof browser>;

  async function customer(gql: Gql) {
    const c = await createCustomer(a.database.prisma);
    const second = await createCustomer(a.database.prisma);
    await a.database.prisma.userAccount.create({ data: { userId: c.user.id, accountId: second.account.id } });
    const signIn = () =>
      gql(
        b,
        `mutation($l: String!, $p: String!) { sessionCreate(input: { login: $l, password: $p, refreshTokenDelivery: BODY }) { session { accessToken refreshToken } } }`,
        undefined,
        {
          l: c.user.login,
          p: c.password,
        },
      ).then((r) => r.data.sessionCreate.session as { accessToken: string; refreshToken: string });
    return { ...c, second: second.account, signIn };
  }

  /** Home on both replicas, twice each: the second answered from each one's cache. */
  async function primeBoth(gql: Gql, token: string) {
    for (const replica of [a, b]) {
      await gql(replica, HOME, token);
      const hits = replica.app.responseCache.stats.hits;
      const r = await gql(replica, HOME, token);
      expect(replica.app.responseCache.stats.hits).toBe(hits + 1);
      expect(r.data.viewer).not.toBeNull();
    }
    return (await gql(a, HOME, token)).data;
  }

  /** Until `replica` has applied `n` more changes from the bus. */
  async function heard(replica: Replica, from: number, n = 1) {
    for (let i = 0; i < 200 && replica.app.responseCache.stats.changes < from + n; i++) await new Promise((r) => setTimeout(r, 10));
    expect(replica.app.responseCache.stats.changes).toBeGreaterThanOrEqual(from + n);
  }

  it("the customer's own change made through B is what A answers next, message or not", async () => {
    const gql = browser();
    const c = await customer(gql);
    const { accessToken } = await c.signIn();
    const before = await primeBoth(gql, accessToken);
    for (let i = 0; i < 2; i++) await gql(deaf, HOME, accessToken);
    const other = before.viewer.accounts.find((x: { id: string }) => x.id !== before.viewer.activeAccount.id);
    const set = await gql(b, `mutation($id: ID!) { viewerActiveAccountSet(input: { accountId: $id }) { userErrors { message } } }`, accessToken, {
      id: other.id,
    });
    expect(set.data.viewerActiveAccountSet.userErrors).toEqual([]);
    // The deaf replica never heard of it: a browser without the stamp (not the one that made the
    // change) still gets its entry — until the entry's lifetime ends, the backstop for lost messages.
    const stale = await browser()(deaf, HOME, accessToken);
    expect(stale.data.viewer.activeAccount.id).toBe(before.viewer.activeAccount.id);
    for (const replica of [a, deaf]) {
      const next = await gql(replica, HOME, accessToken);
      expect(next.data.viewer.activeAccount.id).toBe(other.id);
      expect(next).toEqual(await gql(replica, FRESH, accessToken));
    }
  });

  it("a change made through B by someone else (a job, staff) reaches A with the message", async () => {
    const gql = browser();
    const c = await customer(gql);
    const { accessToken } = await c.signIn();
    await primeBoth(gql, accessToken);
    const changes = a.app.responseCache.stats.changes;
    const raised = await fetch(`${b.url}/test-hooks/notifications`, {
      method: "POST",
      body: JSON.stringify({ userIds: [c.user.id], title: "Через B", body: "…" }),
    });
    expect(((await raised.json()) as { count: number }).count).toBe(1);
    await heard(a, changes);
    expect((await gql(a, HOME, accessToken)).data.viewer.unreadNotificationCount).toBe(1);
    expect(await gql(a, HOME, accessToken)).toEqual(await gql(a, FRESH, accessToken));
  });

  it("a session revoked through B gets nothing from A's cache; sign-out everywhere through A, nothing from B's", async () => {
    const gql = browser();
    const other = browser();
    const c = await customer(gql);
    const one = await c.signIn();
    const two = await c.signIn();
    await primeBoth(gql, one.accessToken);
    await primeBoth(other, two.accessToken);
    const changes = a.app.responseCache.stats.changes;
    const revoked = await gql(b, `mutation($r: String!) { sessionRevoke(input: { refreshToken: $r }) { revoked } }`, undefined, { r: one.refreshToken });
    expect(revoked.data.sessionRevoke.revoked).toBe(true);
    await heard(a, changes);
    expect((await gql(a, HOME, one.accessToken)).data.viewer).toBeNull();
    expect((await other(a, HOME, two.accessToken)).data.viewer).not.toBeNull();

    await primeBoth(other, two.accessToken);
    const changesOnB = b.app.responseCache.stats.changes;
    const all = await other(a, `mutation { sessionRevokeAll { revoked } }`, two.accessToken);
    expect(all.data.sessionRevokeAll.revoked).toBe(1);
    await heard(b, changesOnB);
    expect((await other(b, HOME, two.accessToken)).data.viewer).toBeNull();
    expect((await other(a, HOME, two.accessToken)).data.viewer).toBeNull();
  });
});
