// The sandbox bank keeps its orders in the database: a payment started on one server process
// is completed on another — after a restart, or on a second replica behind the balancer.
import net from "node:net";
import { afterAll, describe, expect, it } from "vitest";
import { buildApp } from "../../../app.js";
import { loadConfig } from "../../../config.js";
import type { Deps } from "../../../context.js";
import { applyBankEvent } from "../../../domains/payments/settle.js";
import { paymentFixture, type PaymentFixture } from "../../../domains/payments/test-support.js";
import { startHttpServer } from "../../../http/server.js";
import { devMessenger } from "../../messaging/index.js";
import { createAppPubSub } from "../../pubsub.js";
import { fixedClock } from "../../../shared/clock.js";
import { testDatabases, withTestDatabase } from "../../../test/db.js";
import { bankRoutes, createBank } from "../index.js";

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

describe.each(testDatabases())("sandbox bank orders across processes on $name", (backend) => {
  let f: PaymentFixture;
  const running: { close(): Promise<void> }[] = [];

  const database = withTestDatabase({
    backend,
    seed: async () => {
      f = await paymentFixture(database.prisma, { email: "restart@kabinet.local" });
    },
  });
  afterAll(async () => {
    for (const r of running) await r.close();
  });

  /** One server process: its own app, bank object, pub/sub and port, on the shared database. */
  async function instance() {
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const config = loadConfig({ NODE_ENV: "test", PORT: String(port), PUBLIC_URL: base });
    const clock = fixedClock("2026-11-24T07:00:00.000Z");
    const bank = createBank(config, clock, database.prisma, { webhookDelayMs: 10, webhookRetryMs: 50, duplicateRate: 0, log: null });
    const messenger = devMessenger({ db: database.prisma, clock, log: null, retry: { baseDelayMs: 1 } });
    const deps: Deps = { db: database.prisma, sql: database.sql, config, clock, pubsub: createAppPubSub(), messenger, bank: bank.port };
    const server = await startHttpServer(buildApp(deps), {
      port,
      host: "127.0.0.1",
      clientDir: "/nonexistent",
      health: {},
      bank: bankRoutes({ bank: bank.port, sandbox: bank.sandbox, onEvent: (e) => applyBankEvent(deps, e), log: null }),
    });
    let closed = false;
    const close = async () => {
      if (closed) return;
      closed = true;
      bank.sandbox!.close();
      await server.close();
    };
    running.push({ close });
    const gql = async (query: string, variables: Record<string, unknown> = {}, token?: string) => {
      const res = await fetch(`${base}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await res.json()) as { data: any; errors?: unknown };
      if (body.errors) throw new Error(JSON.stringify(body.errors));
      return body.data;
    };
    const post = (path: string, form: Record<string, string>) =>
      fetch(`${base}${path}`, {
        method: "POST",
        redirect: "manual",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams(form).toString(),
      });
    return { base, bank, gql, post, close };
  }
  type Instance = Awaited<ReturnType<typeof instance>>;

  async function startPayment(on: Instance) {
    const token = (
      await on.gql(`mutation($l: String!, $p: String!) { sessionCreate(input: { login: $l, password: $p }) { session { accessToken } } }`, {
        l: f.user.login,
        p: f.password,
      })
    ).sessionCreate.session.accessToken;
    const account = (await on.gql(`{ viewer { activeAccount { id amountDueBySupplier { supplierId supplierKind } } } }`, {}, token)).viewer.activeAccount;
    const retailer = account.amountDueBySupplier.find((s: { supplierKind: string }) => s.supplierKind === "RETAILER").supplierId;
    const r = (
      await on.gql(
        `mutation($input: PaymentCreateInput!) { paymentCreate(input: $input) { confirmationUrl payment { id } userErrors { message } } }`,
        { input: { accountId: account.id, items: [{ supplierId: retailer, amount: "321.00" }], idempotencyKey: `restart-${Math.random()}` } },
        token,
      )
    ).paymentCreate;
    expect(r.userErrors).toEqual([]);
    return { token, id: r.payment.id as string, pagePath: new URL(r.confirmationUrl).pathname };
  }
  const statusOf = async (on: Instance, token: string, id: string) =>
    (await on.gql(`query($id: ID!) { node(id: $id) { ... on Payment { status } } }`, { id }, token)).node.status;
  const until = async (ok: () => Promise<boolean>) => {
    for (let i = 0; i < 200 && !(await ok()); i++) await new Promise((r) => setTimeout(r, 25));
  };

  it("a payment started before a restart is paid on the restarted process's card page", async () => {
    const before = await instance();
    const p = await startPayment(before);
    expect((await fetch(`${before.base}${p.pagePath}`)).status).toBe(200);
    await before.close();

    const after = await instance(); // a new process on the same database
    const page = await fetch(`${after.base}${p.pagePath}`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("321,00");
    const paid = await after.post(p.pagePath, { pan: "2200 0000 0000 0004", expiry: "12/28", cvc: "123", action: "pay" });
    expect(paid.status).toBe(303);
    expect(new URL(paid.headers.get("location")!).pathname).toBe("/payment/result");
    await after.bank.sandbox!.idle();
    await until(async () => (await statusOf(after, p.token, p.id)) === "SUCCEEDED");
    expect(await statusOf(after, p.token, p.id)).toBe("SUCCEEDED");
    await after.close();
  });

  it("two replicas: the card on one, the 3-D Secure code on the other; a double submit settles once", async () => {
    const [a, b] = [await instance(), await instance()];
    const p = await startPayment(a);
    const card = await b.post(p.pagePath, { pan: "4111 1111 1111 1111", expiry: "12/28", cvc: "123", action: "pay" });
    expect(card.status).toBe(303);
    const threeDs = card.headers.get("location")!;
    expect(threeDs).toMatch(/\/sandbox-bank\/3ds\//);
    // The customer's double click reaches both replicas at once: one pays, the other sees it done.
    const [ra, rb] = await Promise.all([a.post(threeDs, { code: "12345", action: "confirm" }), b.post(threeDs, { code: "12345", action: "confirm" })]);
    expect([ra.status, rb.status].sort()).toEqual([200, 303]);
    await Promise.all([a.bank.sandbox!.idle(), b.bank.sandbox!.idle()]);
    await until(async () => (await statusOf(a, p.token, p.id)) === "SUCCEEDED");
    expect(await statusOf(b, p.token, p.id)).toBe("SUCCEEDED");
    const orderId = threeDs.split("/").pop()!;
    expect(await database.prisma.sandboxBankOrder.findUniqueOrThrow({ where: { id: orderId } })).toMatchObject({ status: "SUCCEEDED", kopecks: 32100 });
    // One SUCCEEDED event from the bank (plus the PENDING of the 3-D Secure step).
    expect(await database.prisma.bankEvent.count({ where: { payload: { path: ["orderId"], equals: orderId } } })).toBe(2);
  });
});
