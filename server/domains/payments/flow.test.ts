// The whole card payment through the real HTTP server, as a browser and a bank would do it:
// paymentCreate → the sandbox bank's card page (a form POST) → the 3-D Secure step → the redirect
// back to /payment/result → the bank's signed webhook over HTTP (POST /bank/webhook/sandbox,
// delivered twice here) → SUCCEEDED with a receipt and the card saved masked, announced on the
// payer's paymentStatusChanged subscription. Then: no card number anywhere in the database.
import net from "node:net";
import { createClient } from "graphql-ws";
import { afterAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { buildApp } from "../../app.js";
import { loadConfig } from "../../config.js";
import type { Deps } from "../../context.js";
import { documentsHandler } from "../../http/documents-route.js";
import { startHttpServer, type RunningServer } from "../../http/server.js";
import { createPdfRenderer } from "../../integrations/pdf/chromium.js";
import { bankRoutes, createBank, type Bank } from "../../integrations/bank/index.js";
import { devMessenger } from "../../integrations/messaging/index.js";
import { createAppPubSub } from "../../integrations/pubsub.js";
import { fixedClock } from "../../shared/clock.js";
import { testDatabases, withTestDatabase } from "../../test/db.js";
import { pdfText } from "../../test/pdf-text.js";
import { applyBankEvent } from "./settle.js";
import { paymentFixture, type PaymentFixture } from "./test-support.js";

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

const PAN_3DS = "4111111111111111";

describe.each(testDatabases())("card payment over HTTP with the sandbox bank on $name", (backend) => {
  let server: RunningServer;
  let bank: Bank;
  let f: PaymentFixture;
  let base: string;
  let token: string;
  let paidId: string;
  const pdf = createPdfRenderer();

  const database = withTestDatabase({
    backend,
    seed: async () => {
      const port = await freePort();
      base = `http://127.0.0.1:${port}`;
      const config = loadConfig({ NODE_ENV: "test", PORT: String(port), PUBLIC_URL: base });
      const clock = fixedClock("2026-11-24T07:00:00.000Z");
      // Every webhook is delivered twice (random always under the rate): repeats must not matter.
      bank = createBank(config, clock, database.prisma, { webhookDelayMs: 10, webhookRetryMs: 50, duplicateRate: 0.5, random: () => 0, log: null });
      const messenger = devMessenger({ db: database.prisma, clock, log: null, retry: { baseDelayMs: 1 } });
      const deps: Deps = { db: database.prisma, sql: database.sql, config, clock, pubsub: createAppPubSub(), messenger, bank: bank.port };
      server = await startHttpServer(buildApp(deps), {
        port,
        host: "127.0.0.1",
        clientDir: "/nonexistent",
        health: {},
        documents: documentsHandler(deps, pdf),
        bank: bankRoutes({ bank: bank.port, sandbox: bank.sandbox, onEvent: (e) => applyBankEvent(deps, e), log: null }),
      });
      f = await paymentFixture(database.prisma, { email: "flow@kabinet.local" });
      token = (
        await gql(`mutation($l: String!, $p: String!) { sessionCreate(input: { login: $l, password: $p }) { session { accessToken } } }`, {
          l: f.user.login,
          p: f.password,
        })
      ).sessionCreate.session.accessToken;
    },
  });
  afterAll(async () => {
    bank?.sandbox?.close();
    await server?.close();
    await pdf.close();
  });

  async function gql(query: string, variables: Record<string, unknown> = {}, auth?: string) {
    const res = await fetch(`${base}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", ...(auth ? { authorization: `Bearer ${auth}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data: any; errors?: unknown };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data;
  }

  async function pay(amount: string) {
    const account = (await gql(`{ viewer { activeAccount { id amountDueBySupplier { supplierId supplierKind } } } }`, {}, token)).viewer.activeAccount;
    const retailer = account.amountDueBySupplier.find((s: { supplierKind: string }) => s.supplierKind === "RETAILER").supplierId;
    const r = (
      await gql(
        `mutation($input: PaymentCreateInput!) { paymentCreate(input: $input) { confirmationUrl payment { id } userErrors { message } } }`,
        { input: { accountId: account.id, items: [{ supplierId: retailer, amount }], idempotencyKey: `flow-${Date.now()}-${Math.random()}` } },
        token,
      )
    ).paymentCreate;
    expect(r.userErrors).toEqual([]);
    return { id: r.payment.id as string, page: r.confirmationUrl as string };
  }

  const post = (url: string, form: Record<string, string>) =>
    fetch(url, {
      method: "POST",
      redirect: "manual",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams(form).toString(),
    });

  const status = async (id: string) => (await gql(`query($id: ID!) { node(id: $id) { ... on Payment { status failureReason } } }`, { id }, token)).node;

  it("pays with a 3-D Secure card, saves it masked, and reports SUCCEEDED live with a receipt", async () => {
    const { id, page } = await pay("1000.01");
    paidId = id;
    expect(page.startsWith(`${base}/sandbox-bank/pay/`)).toBe(true);

    // The payer watches the result page's subscription.
    const ws = createClient({
      url: `${base.replace("http", "ws")}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${token}` },
      retryAttempts: 0,
    });
    const updates = ws.iterate<{ paymentStatusChanged: { id: string; status: string } }>({
      query: `subscription($id: ID) { paymentStatusChanged(paymentId: $id) { id status } }`,
      variables: { id },
    });
    const firstUpdate = updates.next();

    const html = await (await fetch(page)).text();
    expect(html).toContain("Запомнить мою карту");
    expect(html).toContain("1\u00a0000,01\u00a0₽");
    expect(html).toContain("4111 1111 1111 1111"); // the test cards are documented on the page

    const wrong = await post(page, { pan: "4111 1111 1111 1112", expiry: "12/28", cvc: "123", save: "1", action: "pay" });
    expect(wrong.status).toBe(422);
    expect(await wrong.text()).toContain("Неверный номер карты");

    const card = await post(page, { pan: "4111 1111 1111 1111", expiry: "12/28", cvc: "123", save: "1", action: "pay" });
    expect(card.status).toBe(303);
    const threeDs = new URL(card.headers.get("location")!, base).toString();
    expect(threeDs).toMatch(/\/sandbox-bank\/3ds\/sbx_ord_/);
    expect(await (await fetch(threeDs)).text()).toContain("Подтверждение платежа — 3-D Secure");
    const badCode = await post(threeDs, { code: "11111", action: "confirm" });
    expect(badCode.status).toBe(422);
    const done = await post(threeDs, { code: "12345", action: "confirm" });
    expect(done.status).toBe(303);
    const back = new URL(done.headers.get("location")!);
    expect(`${back.origin}${back.pathname}`).toBe(`${base}/payment/result`);
    expect(back.searchParams.get("payment")).toBe(id);

    const update = await firstUpdate;
    expect(update.value.data?.paymentStatusChanged).toMatchObject({ id });
    await bank.sandbox!.idle();
    await updates.return?.();
    await ws.dispose();

    const p = (
      await gql(
        `query($id: ID!) { node(id: $id) { ... on Payment { status paidAt card { maskedPan brand expiry } receipt { total lines { supplierInn amount } fiscalDocumentNumber } } } }`,
        { id },
        token,
      )
    ).node;
    expect(p).toMatchObject({
      status: "SUCCEEDED",
      card: { maskedPan: "411111******1111", brand: "VISA", expiry: "12/28" },
      receipt: { total: "1000.01", lines: [{ supplierInn: "8602067215", amount: "1000.01" }] },
    });
    // The bank told us twice per event (pending, succeeded): each was recorded once.
    expect(await database.prisma.bankEvent.count()).toBe(2);
    expect(await database.prisma.receipt.count()).toBe(1);
  });

  it("shows the receipt (чек) as a printable page and a PDF behind a signed link", async () => {
    const r = (
      await gql(`mutation($id: ID!) { paymentReceiptPdfCreate(input: { paymentId: $id }) { document { url } userErrors { code } } }`, { id: paidId }, token)
    ).paymentReceiptPdfCreate;
    const res = await fetch(new URL(r.document.url, server.url));
    expect(res.headers.get("content-type")).toBe("application/pdf");
    const text = (await pdfText(new Uint8Array(await res.arrayBuffer()))).replace(/\s+/g, " ");
    for (const part of [
      "Кассовый чек",
      "Приход",
      "АО «Газпром энергосбыт Тюмень»",
      "ИНН 8602067215",
      "ИТОГ",
      "1 000,01 р.",
      "ФН № 7380440700183941",
      "РН ККТ",
      "www.nalog.gov.ru",
      "flow@kabinet.local",
    ]) {
      expect(text).toContain(part);
    }
    const page = await fetch(new URL(r.document.url.replace("payment-receipt.pdf", "payment-receipt.html"), server.url));
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain("Скачать чек в PDF");
    expect(html).toContain("<svg"); // the receipt's QR code
  });

  it("leaves declined and insufficient-funds payments FAILED with the bank's reason", async () => {
    for (const [pan, reason] of [
      ["5555 5555 5555 4444", "Операция отклонена банком-эмитентом"],
      ["2200 0000 0000 0012", "Недостаточно средств на карте"],
    ]) {
      const { id, page } = await pay("250.00");
      const r = await post(page!, { pan: pan!, expiry: "12/28", cvc: "123", save: "1", action: "pay" });
      expect(r.status).toBe(303);
      await bank.sandbox!.idle();
      expect(await status(id)).toEqual({ status: "FAILED", failureReason: reason });
    }
  });

  it("cancels on «Отмена» and refuses webhooks it did not sign", async () => {
    const { id, page } = await pay("10.00");
    expect((await post(page, { action: "cancel" })).status).toBe(303);
    await bank.sandbox!.idle();
    expect(await status(id)).toEqual({ status: "CANCELLED", failureReason: "Оплата отменена покупателем" });
    const forged = await fetch(`${base}/bank/webhook/sandbox`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-sandbox-signature": `sha256=${"0".repeat(64)}` },
      body: JSON.stringify({
        id: "evt_forged",
        orderId: "x",
        merchantOrderId: "kab-1",
        status: "SUCCEEDED",
        amountKopecks: 1000,
        currency: "RUB",
        card: null,
        createdAt: new Date().toISOString(),
      }),
    });
    expect(forged.status).toBe(401);
    expect((await fetch(`${base}/bank/webhook/other`, { method: "POST", body: "{}" })).status).toBe(404);
  });

  it("keeps card numbers out of the database: no text or JSON column of any table holds one", async () => {
    const columns = await database.sql.query<{ table_name: string; column_name: string }>(
      `SELECT table_name, column_name FROM information_schema.columns
       WHERE table_schema = current_schema() AND data_type IN ('text', 'character varying', 'character', 'json', 'jsonb', 'ARRAY')`,
    );
    expect(columns.length).toBeGreaterThan(50);
    const scan = async (pans: string[]) => {
      const patterns = pans.flatMap((pan) => [pan, pan.replace(/(\d{4})(?=\d)/g, "$1 ")]);
      const hits: string[] = [];
      for (const c of columns) {
        for (const pattern of patterns) {
          const rows = await database.sql.query<{ n: number | string }>(`SELECT count(*) AS n FROM "${c.table_name}" WHERE "${c.column_name}"::text LIKE $1`, [
            `%${pattern}%`,
          ]);
          if (Number(rows[0]!.n) > 0) hits.push(`${c.table_name}.${c.column_name}`);
        }
      }
      return hits;
    };
    // The scan finds a number where one is (a control row, removed again)…
    const control = await database.prisma.auditLog.create({
      data: { actorType: "SYSTEM", action: "test.control", data: { note: "card 4000 0000 0000 0002" } },
    });
    expect(await scan(["4000000000000002"])).toEqual(["AuditLog.data"]);
    await database.prisma.auditLog.delete({ where: { id: control.id } });
    // …and none of the numbers typed on the bank's page is anywhere.
    expect(await scan([PAN_3DS, "5555555555554444", "2200000000000012"])).toEqual([]);
    // …while the masked card and its token are there — the token only on the card, not in the webhook record
    const card = await database.prisma.savedCard.findFirstOrThrow({ where: { maskedPan: "411111******1111" } });
    expect(card.bankToken).toMatch(/^sbx_tok_/);
    const events = await database.prisma.bankEvent.findMany();
    expect(events.length).toBeGreaterThan(0);
    expect(JSON.stringify(events.map((e) => e.payload))).not.toContain(card.bankToken);
  });
});
