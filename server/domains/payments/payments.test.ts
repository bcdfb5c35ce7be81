// «Оплата» through the API with the sandbox bank in process (its webhooks go through the same
// signature check as POST /bank/webhook/sandbox): paymentCreate and its idempotency key, the
// webhook rules (bad signature, repeats, late events), declines, receipts, saved cards and the
// building blocks autopay uses (card verification, charging a saved card).
import { describe, expect, it } from "vitest";
import { receiveWebhook } from "../../integrations/bank/http.js";
import { hmacHex } from "../../integrations/bank/signature.js";
import { money } from "../../shared/money.js";
import { createTestApp, withTestApp } from "../../test/app.js";
import { testDatabases } from "../../test/db.js";
import { signInAs } from "../../test/session.js";
import { chargeSavedCard } from "./charge.js";
import { paymentErrors } from "./errors.js";
import { applyBankEvent } from "./settle.js";
import { paymentFixture, type PaymentFixture } from "./test-support.js";
import { startCardVerification } from "./verification.js";

const CREATE = `mutation($input: PaymentCreateInput!) { paymentCreate(input: $input) {
  confirmationUrl
  payment { id amount status purpose channelText items { supplier { name inn } supplierName amount } }
  userErrors { field message code }
} }`;

const PAYMENT = `query($id: ID!) { node(id: $id) { ... on Payment {
  status statusText amount paidAt failureReason channelText
  card { maskedPan brand expiry }
  receipt { number shiftNumber operation taxation total fnNumber fiscalDocumentNumber fiscalSign kktRegNumber buyerContact siteUrl qrText
    seller { name inn } lines { name price quantity amount vat paymentMethod paymentObject supplierInn } }
} } }`;

const SUPPLIERS = `{ viewer { activeAccount { id amountDueBySupplier { supplierId supplierKind total } } } }`;

describe.each(testDatabases())("payments API on $name", (backend) => {
  let f: PaymentFixture;
  let token: string;
  let accountId: string;
  let supplier: Record<string, string>;
  let keys = 0;
  const key = () => `test-key-${Date.now()}-${++keys}`;

  const t = withTestApp({
    backend,
    seed: async () => {
      f = await paymentFixture(database.prisma, { email: "payer@kabinet.local" });
      token = (await signInAs(t, f.user.login, f.password)).accessToken;
      const r = await t.gql(SUPPLIERS, {}, { token });
      accountId = r.data.viewer.activeAccount.id;
      supplier = Object.fromEntries(
        r.data.viewer.activeAccount.amountDueBySupplier.map((s: { supplierKind: string; supplierId: string }) => [s.supplierKind, s.supplierId]),
      );
    },
  });
  const { database } = t;

  const create = (items: [kind: string, amount: string][], extra: Record<string, unknown> = {}, tok = token) =>
    t.gql(
      CREATE,
      { input: { accountId, items: items.map(([k, amount]) => ({ supplierId: supplier[k], amount })), idempotencyKey: key(), ...extra } },
      { token: tok },
    );
  const orderOf = (url: string) => new URL(url).pathname.split("/").pop()!;
  const payment = async (id: string) => (await t.gql(PAYMENT, { id }, { token })).data.node;

  it("opens a payment of several suppliers with exact lines and answers the bank's page", async () => {
    const before = await database.prisma.payment.count();
    const r = await create([
      ["RETAILER", "1000.01"],
      ["WASTE_OPERATOR", "0.10"],
      ["CAPITAL_REPAIR", "0.20"],
      ["SEPARATE", "0"],
    ]);
    const p = r.data.paymentCreate;
    expect(p.userErrors).toEqual([]);
    expect(p.confirmationUrl).toMatch(/^http:\/\/localhost:\d+\/sandbox-bank\/pay\/sbx_ord_/);
    expect(p.payment).toMatchObject({ amount: "1000.31", status: "PENDING", purpose: "BILL", channelText: "Газпромбанк ЛКК" });
    expect(p.payment.items.map((i: any) => [i.supplier.name, i.supplierName, i.amount])).toEqual([
      ["АО «Газпром энергосбыт Тюмень»", "АО «Газпром энергосбыт Тюмень»", "1000.01"],
      ["АО «Югра-Экология»", "АО «Югра-Экология»", "0.10"],
      ["Югорский фонд капитального ремонта", "Югорский фонд капитального ремонта", "0.20"],
    ]);
    expect(p.payment.items[0].supplier.inn).toBe("8602067215");
    expect(await database.prisma.payment.count()).toBe(before + 1);
    const order = (await t.sandbox!.order(orderOf(p.confirmationUrl)))!;
    expect(order).toMatchObject({ kopecks: 100031, bindCard: "ask", description: `Оплата ЖКУ по ЛС ${f.account.number}` });
  });

  it("returns the same payment for the same idempotency key, also when requests race", async () => {
    const k = key();
    const input = { accountId, items: [{ supplierId: supplier.RETAILER, amount: "10.00" }], idempotencyKey: k };
    const [a, b, c] = await Promise.all([1, 2, 3].map(() => t.gql(CREATE, { input }, { token })));
    const ids = [a, b, c].map((r) => r.data.paymentCreate.payment?.id);
    expect(new Set(ids).size).toBe(1);
    expect(ids[0]).toBeTruthy();
    expect(new Set([a, b, c].map((r) => r.data.paymentCreate.confirmationUrl)).size).toBe(1);
    const again = await t.gql(CREATE, { input }, { token });
    expect(again.data.paymentCreate.payment.id).toBe(ids[0]);
    expect(await database.prisma.payment.count({ where: { idempotencyKey: k } })).toBe(1);
    // the key of one payment cannot open another
    const other = await t.gql(CREATE, { input: { ...input, items: [{ supplierId: supplier.RETAILER, amount: "11.00" }] } }, { token });
    expect(other.data.paymentCreate.userErrors).toEqual([
      { code: "IDEMPOTENCY_KEY_REUSED", message: paymentErrors.message("IDEMPOTENCY_KEY_REUSED"), field: ["input", "idempotencyKey"] },
    ]);
  });

  it("refuses bad requests with the user's message and writes nothing", async () => {
    const before = await database.prisma.payment.count();
    const combined = await create([
      ["RETAILER", "10.00"],
      ["SEPARATE", "99.99"],
    ]);
    expect(combined.data.paymentCreate.userErrors[0]).toMatchObject({ code: "SEPARATE_PAYMENT", message: paymentErrors.message("SEPARATE_PAYMENT") });
    const zero = await create([["RETAILER", "0"]]);
    expect(zero.data.paymentCreate.userErrors[0]).toMatchObject({ code: "NO_AMOUNT", message: paymentErrors.message("NO_AMOUNT") });
    const huge = await create([["RETAILER", "600000.01"]]);
    expect(huge.data.paymentCreate.userErrors[0]).toMatchObject({ code: "AMOUNT_TOO_LARGE" });
    const fraction = await create([["RETAILER", "1.001"]]);
    expect(fraction.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT"); // Money takes kopecks only
    // someone else's account reads like a missing one
    const stranger = await paymentFixture(database.prisma);
    const strangerToken = (await signInAs(t, stranger.user.login, stranger.password)).accessToken;
    const foreign = await create([["RETAILER", "10.00"]], {}, strangerToken);
    expect(foreign.data.paymentCreate.userErrors[0]).toMatchObject({ code: "ACCOUNT_NOT_FOUND" });
    expect(await database.prisma.payment.count()).toBe(before);
  });

  it("pays by card and saves it: SUCCEEDED, receipt with the 54-ФЗ fields, masked card, notification and e-mail", async () => {
    const r = await create([
      ["RETAILER", "1000.01"],
      ["WASTE_OPERATOR", "150.05"],
    ]);
    const id = r.data.paymentCreate.payment.id;
    const order = orderOf(r.data.paymentCreate.confirmationUrl);
    expect((await t.sandbox!.submitCard(order, { pan: "2200000000000004", expiry: "12/28", cvc: "123", save: true })).kind).toBe("done");
    await t.sandbox!.idle();
    const p = await payment(id);
    expect(p).toMatchObject({
      status: "SUCCEEDED",
      statusText: "Оплачен",
      amount: "1150.06",
      failureReason: null,
      card: { maskedPan: "220000******0004", brand: "MIR", expiry: "12/28" },
    });
    expect(p.paidAt).toBe("2026-11-24T07:00:00.000Z");
    expect(p.receipt).toMatchObject({
      operation: "Приход",
      taxation: "ОСН",
      total: "1150.06",
      fnNumber: "7380440700183941",
      kktRegNumber: "0005963214047512",
      buyerContact: "payer@kabinet.local",
      siteUrl: "www.nalog.gov.ru",
      seller: { name: "АО «Газпром энергосбыт Тюмень»", inn: "8602067215" },
    });
    expect(p.receipt.lines).toEqual([
      {
        name: `Оплата ЖКУ по ЛС ${f.account.number} (АО «Газпром энергосбыт Тюмень»)`,
        price: "1000.01",
        quantity: 1,
        amount: "1000.01",
        vat: "НДС 22%",
        paymentMethod: "Полный расчет",
        paymentObject: "Платеж",
        supplierInn: "8602067215",
      },
      {
        name: `Оплата ЖКУ по ЛС ${f.account.number} (АО «Югра-Экология»)`,
        price: "150.05",
        quantity: 1,
        amount: "150.05",
        vat: "НДС 22%",
        paymentMethod: "Полный расчет",
        paymentObject: "Платеж",
        supplierInn: "8601067011",
      },
    ]);
    expect(p.receipt.qrText).toMatch(new RegExp(`^t=20261124T1200&s=1150\\.06&fn=7380440700183941&i=${p.receipt.fiscalDocumentNumber}&fp=\\d+&n=1$`));
    const cards = await database.prisma.savedCard.findMany({ where: { userId: f.user.id } });
    expect(cards).toHaveLength(1);
    expect(cards[0]).toMatchObject({ maskedPan: "220000******0004", expiryMonth: 12, expiryYear: 2028, brand: "MIR", deletedAt: null });
    expect(await database.prisma.notification.count({ where: { userId: f.user.id, kind: "PAYMENT" } })).toBe(1);
    await expect
      .poll(() => database.prisma.outboundMessage.findFirst({ where: { userId: f.user.id, subject: { startsWith: "Кассовый чек" } } }).then((m) => m?.status))
      .toBe("SENT");
    // the amount due follows
    const due = (await t.gql(SUPPLIERS, {}, { token })).data.viewer.activeAccount.amountDueBySupplier;
    expect(due.find((d: { supplierKind: string }) => d.supplierKind === "RETAILER").total).toBe("200.29");
    expect(due.find((d: { supplierKind: string }) => d.supplierKind === "WASTE_OPERATOR").total).toBe("0.00");
    // «История платежей» and the receipt PDF link
    const history = await t.gql(
      `{ viewer { activeAccount { paymentHistory(first: 10) { totalCount nodes { id amount channelText receipt { number } } } } } }`,
      {},
      { token },
    );
    expect(history.data.viewer.activeAccount.paymentHistory.nodes[0]).toMatchObject({ id, amount: "1150.06", channelText: "Газпромбанк ЛКК" });
    const link = await t.gql(
      `mutation($id: ID!) { paymentReceiptPdfCreate(input: { paymentId: $id }) { document { url } userErrors { code } } }`,
      { id },
      { token },
    );
    expect(link.data.paymentReceiptPdfCreate.document.url).toMatch(/\/documents\/payment-receipt\.pdf\?token=/);
  });

  it("leaves a declined payment FAILED with the bank's reason, no receipt and no card", async () => {
    for (const [pan, reason] of [
      ["5555555555554444", "Операция отклонена банком-эмитентом"],
      ["2200000000000012", "Недостаточно средств на карте"],
    ] as const) {
      const r = await create([["RETAILER", "15.00"]]);
      await t.sandbox!.submitCard(orderOf(r.data.paymentCreate.confirmationUrl), { pan, expiry: "12/28", cvc: "123", save: true });
      await t.sandbox!.idle();
      const p = await payment(r.data.paymentCreate.payment.id);
      expect(p).toMatchObject({ status: "FAILED", failureReason: reason, receipt: null, card: null, paidAt: null });
    }
    expect(await database.prisma.savedCard.count({ where: { userId: f.user.id, maskedPan: { in: ["555555******4444", "220000******0012"] } } })).toBe(0);
  });

  it("pays with a saved card (CVC only), keeps one card row, and after a refund-free repeat of the key returns the settled payment", async () => {
    const card = await database.prisma.savedCard.findFirstOrThrow({ where: { userId: f.user.id, deletedAt: null } });
    const cardId = (await t.gql(`{ viewer { savedCards { id maskedPan expired } } }`, {}, { token })).data.viewer.savedCards[0];
    expect(cardId).toMatchObject({ maskedPan: card.maskedPan, expired: false });
    const k = key();
    const input = { accountId, items: [{ supplierId: supplier.RETAILER, amount: "50.00" }], savedCardId: cardId.id, idempotencyKey: k };
    const r = await t.gql(CREATE, { input }, { token });
    const order = (await t.sandbox!.order(orderOf(r.data.paymentCreate.confirmationUrl)))!;
    expect(order.savedCard?.maskedPan).toBe("220000******0004");
    expect((await t.sandbox!.submitCard(order.id, { cvc: "321" })).kind).toBe("done");
    await t.sandbox!.idle();
    expect(await payment(r.data.paymentCreate.payment.id)).toMatchObject({ status: "SUCCEEDED", card: { maskedPan: "220000******0004" } });
    expect(await database.prisma.savedCard.count({ where: { userId: f.user.id, deletedAt: null } })).toBe(1);
    const again = await t.gql(CREATE, { input }, { token });
    expect(again.data.paymentCreate).toMatchObject({ confirmationUrl: null, payment: { status: "SUCCEEDED" }, userErrors: [] });
  });

  describe("webhooks", () => {
    const secret = () => t.config.bank.webhookSecret;
    const deliver = (body: string, signature = `sha256=${hmacHex(secret(), body)}`) =>
      receiveWebhook(t.deps.bank!, (e) => applyBankEvent(t.deps, e), "sandbox", Buffer.from(body), { "x-sandbox-signature": signature }, null);

    async function pendingPayment() {
      const r = await create([["RETAILER", "20.00"]]);
      const row = await database.prisma.payment.findFirstOrThrow({ where: { bankPageUrl: r.data.paymentCreate.confirmationUrl } });
      return row;
    }
    const eventBody = (p: { id: number; bankOrderId: string | null }, status: string, eventId: string, extra: Record<string, unknown> = {}) =>
      JSON.stringify({
        id: eventId,
        orderId: p.bankOrderId,
        merchantOrderId: `kab-${p.id}`,
        status,
        amountKopecks: 2000,
        currency: "RUB",
        failureReason: null,
        card: null,
        createdAt: "2026-11-24T07:00:00.000Z",
        ...extra,
      });

    it("refuses a bad signature with 401 and records nothing", async () => {
      const p = await pendingPayment();
      const body = eventBody(p, "SUCCEEDED", "evt-forged");
      const before = await database.prisma.bankEvent.count();
      expect((await deliver(body, `sha256=${hmacHex("not-the-secret-0123456789", body)}`)).status).toBe(401);
      expect((await deliver(body, "")).status).toBe(401);
      expect((await deliver(body.replace("2000", "1"), `sha256=${hmacHex(secret(), body)}`)).status).toBe(401);
      expect(await database.prisma.bankEvent.count()).toBe(before);
      expect((await database.prisma.payment.findUniqueOrThrow({ where: { id: p.id } })).status).toBe("PENDING");
    });

    it("applies a repeated delivery once", async () => {
      const p = await pendingPayment();
      const body = eventBody(p, "SUCCEEDED", "evt-repeat");
      expect((await deliver(body)).status).toBe(200);
      expect((await deliver(body)).status).toBe(200);
      await Promise.all([deliver(body), deliver(body)]);
      expect(await database.prisma.bankEvent.count({ where: { eventId: "evt-repeat" } })).toBe(1);
      expect(await database.prisma.receipt.count({ where: { paymentId: p.id } })).toBe(1);
      expect(await database.prisma.notification.count({ where: { userId: f.user.id, dedupeKey: `payment:${p.id}:succeeded` } })).toBe(1);
      expect((await database.prisma.payment.findUniqueOrThrow({ where: { id: p.id } })).status).toBe("SUCCEEDED");
    });

    it("ignores a late pending or failed after success, and a success after failure", async () => {
      const p = await pendingPayment();
      await deliver(eventBody(p, "SUCCEEDED", "evt-ok-1"));
      await deliver(eventBody(p, "PENDING", "evt-late-1"));
      await deliver(eventBody(p, "FAILED", "evt-late-2", { failureReason: "Операция отклонена банком-эмитентом" }));
      expect(await database.prisma.payment.findUniqueOrThrow({ where: { id: p.id } })).toMatchObject({ status: "SUCCEEDED", failureReason: null });
      const q = await pendingPayment();
      await deliver(eventBody(q, "FAILED", "evt-fail-1", { failureReason: "Недостаточно средств на карте" }));
      await deliver(eventBody(q, "SUCCEEDED", "evt-late-3"));
      expect(await database.prisma.payment.findUniqueOrThrow({ where: { id: q.id } })).toMatchObject({
        status: "FAILED",
        failureReason: "Недостаточно средств на карте",
        paidAt: null,
      });
      expect(await database.prisma.receipt.count({ where: { paymentId: q.id } })).toBe(0);
      // every delivery is on record, whether or not it changed anything
      expect(await database.prisma.bankEvent.count({ where: { eventId: { in: ["evt-late-1", "evt-late-2", "evt-late-3"] } } })).toBe(3);
    });

    it("does not settle a success for another amount", async () => {
      const p = await pendingPayment();
      await deliver(eventBody(p, "SUCCEEDED", "evt-amount", { amountKopecks: 1999 }));
      expect((await database.prisma.payment.findUniqueOrThrow({ where: { id: p.id } })).status).toBe("PENDING");
    });

    it("stays idempotent when the sandbox itself delivers every webhook twice", async () => {
      const twice = createTestApp(database, { sandbox: { duplicateRate: 1, random: () => 0 } });
      const tok = (await signInAs(twice, f.user.login, f.password)).accessToken;
      const r = await twice.gql(
        CREATE,
        { input: { accountId, items: [{ supplierId: supplier.RETAILER, amount: "7.00" }], idempotencyKey: key() } },
        { token: tok },
      );
      const events = await database.prisma.bankEvent.count();
      await twice.sandbox!.submitCard(orderOf(r.data.paymentCreate.confirmationUrl), { pan: "2200000000000004", expiry: "12/28", cvc: "123" });
      await twice.sandbox!.idle();
      const row = await database.prisma.payment.findFirstOrThrow({ where: { bankPageUrl: r.data.paymentCreate.confirmationUrl } });
      expect(row.status).toBe("SUCCEEDED");
      expect(await database.prisma.receipt.count({ where: { paymentId: row.id } })).toBe(1);
      expect(await database.prisma.bankEvent.count()).toBe(events + 1);
      twice.sandbox!.close();
    });
  });

  it("announces status changes to the payer's subscription topic only", async () => {
    const seen: number[] = [];
    const events = t.deps.pubsub.subscribe("payment:status-changed", f.user.id)[Symbol.asyncIterator]();
    const reading = (async () => {
      for (;;) {
        const n = await events.next();
        if (n.done) return;
        seen.push(n.value.paymentId);
        if (seen.length === 1) return;
      }
    })();
    const r = await create([["RETAILER", "3.00"]]);
    await t.sandbox!.cancel(orderOf(r.data.paymentCreate.confirmationUrl));
    await t.sandbox!.idle();
    await reading;
    await events.return?.();
    const row = await database.prisma.payment.findFirstOrThrow({ where: { bankPageUrl: r.data.paymentCreate.confirmationUrl } });
    expect(seen).toEqual([row.id]);
    expect(row).toMatchObject({ status: "CANCELLED", failureReason: "Оплата отменена покупателем" });
  });

  it("takes an advance payment with «Аванс» on the receipt", async () => {
    const r = await create([["RETAILER", "1821.84"]], { purpose: "ADVANCE" });
    await t.sandbox!.submitCard(orderOf(r.data.paymentCreate.confirmationUrl), { pan: "2200000000000004", expiry: "12/28", cvc: "123" });
    await t.sandbox!.idle();
    const p = await payment(r.data.paymentCreate.payment.id);
    expect(p.receipt.lines[0]).toMatchObject({
      name: `Аванс за ЖКУ по ЛС ${f.account.number} (АО «Газпром энергосбыт Тюмень»)`,
      paymentMethod: "Аванс",
      amount: "1821.84",
    });
  });

  describe("saved cards and what autopay builds on", () => {
    it("binds a card by the 1 ₽ verification, returns the rouble, then charges the card without the customer", async () => {
      const v = await startCardVerification(t.deps, {
        userId: f.user.id,
        accountId: f.account.id,
        idempotencyKey: key(),
        returnUrl: (id) => `http://localhost/profile/autopay?verification=${id}`,
      });
      expect(v.payment).toMatchObject({ purpose: "CARD_VERIFICATION", status: "PENDING" });
      expect(v.payment.amount.toFixed(2)).toBe("1.00");
      const order = (await t.sandbox!.order(orderOf(v.pageUrl!)))!;
      expect(order.bindCard).toBe("always");
      await t.sandbox!.submitCard(order.id, { pan: "4111111111111111", expiry: "01/30", cvc: "555" });
      await t.sandbox!.submit3ds(order.id, "12345");
      await t.sandbox!.idle();
      await expect.poll(async () => (await database.prisma.payment.findUniqueOrThrow({ where: { id: v.payment.id } })).status).toBe("REFUNDED");
      const verified = await database.prisma.payment.findUniqueOrThrow({ where: { id: v.payment.id }, include: { savedCard: true, receipt: true } });
      expect(verified.savedCard).toMatchObject({ maskedPan: "411111******1111", expiryMonth: 1, expiryYear: 2030 });
      expect(verified.receipt).toBeNull();
      expect((await t.sandbox!.order(order.id))?.status).toBe("REFUNDED");

      const charged = await chargeSavedCard(t.deps, {
        userId: f.user.id,
        accountId: f.account.id,
        cardId: verified.savedCardId!,
        items: [{ supplierId: f.suppliers.retailer, amount: money("200.29") }],
        idempotencyKey: "autopay:test:2026-11",
      });
      expect(charged).toMatchObject({ status: "SUCCEEDED", purpose: "AUTOPAY", channel: "AUTOPAY", savedCardId: verified.savedCardId });
      expect(await database.prisma.receipt.count({ where: { paymentId: charged.id } })).toBe(1);
      const repeat = await chargeSavedCard(t.deps, {
        userId: f.user.id,
        accountId: f.account.id,
        cardId: verified.savedCardId!,
        items: [{ supplierId: f.suppliers.retailer, amount: money("200.29") }],
        idempotencyKey: "autopay:test:2026-11",
      });
      expect(repeat.id).toBe(charged.id);
      await t.sandbox!.idle(); // the bank's webhook for the charge changes nothing more
      expect(await database.prisma.receipt.count({ where: { paymentId: charged.id } })).toBe(1);
    });

    it("reports a declined charge without the customer as FAILED with the reason", async () => {
      const v = await startCardVerification(t.deps, {
        userId: f.user.id,
        accountId: f.account.id,
        idempotencyKey: key(),
        returnUrl: () => "http://localhost/x",
      });
      await t.sandbox!.submitCard(orderOf(v.pageUrl!), { pan: "2200000000000012", expiry: "01/30", cvc: "555" });
      await t.sandbox!.idle();
      const cardId = (await database.prisma.payment.findUniqueOrThrow({ where: { id: v.payment.id } })).savedCardId!;
      const charged = await chargeSavedCard(t.deps, {
        userId: f.user.id,
        accountId: f.account.id,
        cardId,
        items: [{ supplierId: f.suppliers.retailer, amount: money("99.00") }],
        idempotencyKey: key(),
      });
      expect(charged).toMatchObject({ status: "FAILED", failureReason: "Недостаточно средств на карте" });
    });

    it("deletes a card softly, switches off the autopay that charged it, and refuses other people's cards", async () => {
      const card = await database.prisma.savedCard.findFirstOrThrow({ where: { userId: f.user.id, deletedAt: null, maskedPan: "411111******1111" } });
      await database.prisma.autopay.create({
        data: { accountId: f.account.id, userId: f.user.id, cardId: card.id, mode: "LAST_DAY", maxAmount: money("5000"), status: "ACTIVE" },
      });
      const viewer = (await t.gql(`{ viewer { savedCards { id maskedPan } cards { totalCount nodes { id maskedPan } } } }`, {}, { token })).data.viewer;
      const cards = viewer.savedCards;
      expect(viewer.cards).toEqual({ totalCount: cards.length, nodes: cards });
      const gid = cards.find((c: { maskedPan: string }) => c.maskedPan === "411111******1111").id;

      const stranger = await paymentFixture(database.prisma);
      const strangerToken = (await signInAs(t, stranger.user.login, stranger.password)).accessToken;
      const DELETE = `mutation($id: ID!) { savedCardDelete(input: { cardId: $id }) { deletedCardId disabledAutopays viewer { savedCards { maskedPan } cards { nodes { maskedPan } } } userErrors { code message } } }`;
      expect((await t.gql(DELETE, { id: gid }, { token: strangerToken })).data.savedCardDelete.userErrors).toEqual([
        { code: "CARD_NOT_FOUND", message: paymentErrors.message("CARD_NOT_FOUND") },
      ]);

      const r = (await t.gql(DELETE, { id: gid }, { token })).data.savedCardDelete;
      expect(r).toMatchObject({ deletedCardId: gid, disabledAutopays: 1, userErrors: [] });
      expect(r.viewer.savedCards.map((c: { maskedPan: string }) => c.maskedPan)).not.toContain("411111******1111");
      expect(r.viewer.cards.nodes).toEqual(r.viewer.savedCards);
      expect(await database.prisma.savedCard.findUniqueOrThrow({ where: { id: card.id } })).toMatchObject({ deletedAt: expect.any(Date) });
      expect(await database.prisma.autopay.findUniqueOrThrow({ where: { accountId: f.account.id } })).toMatchObject({ status: "DISABLED", cardId: null });
      // the bank forgot the binding too
      await expect(t.sandbox!.chargeToken({ merchantOrderId: "kab-999999", amount: money(1), description: "", cardToken: card.bankToken })).rejects.toThrow(
        "Карта не найдена",
      );
      // a deleted card cannot pay
      const pay = await create([["RETAILER", "5.00"]], { savedCardId: gid });
      expect(pay.data.paymentCreate.userErrors[0]).toMatchObject({ code: "CARD_NOT_FOUND" });
    });
  });
});
