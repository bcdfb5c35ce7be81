// «Автоплатежи» through the API with the sandbox bank in process: the settings and their
// validation (nothing written on bad input), binding a new card by the 1 ₽ verification that
// activates the autopay, editing, switching off, the card's deletion switching it off, and that
// nobody sets autopay on someone else's account or with someone else's card, nor changes another
// user's connected autopay on a shared account.
import { describe, expect, it } from "vitest";
import { paymentErrors } from "../payments/errors.js";
import { paymentFixture, type PaymentFixture } from "../payments/test-support.js";
import { withTestApp } from "../../test/app.js";
import { testDatabases } from "../../test/db.js";
import { signInAs } from "../../test/session.js";
import { autopayErrors } from "./errors.js";
import { OTHER_USER_STATUS_TEXT } from "./rules.js";

const AUTOPAY_FIELDS = `id status connected statusText mode modeText day maxAmount nextChargeOn
  card { id maskedPan expiry } cardVerification { id status failureReason } lastRun { status }`;

const SETTINGS = `query($id: ID!) { node(id: $id) { ... on Account { number autopay { ${AUTOPAY_FIELDS} } } } }`;

const SET = `mutation($input: AutopaySetInput!) { autopaySet(input: $input) {
  confirmationUrl autopay { ${AUTOPAY_FIELDS} } account { id } userErrors { field message code }
} }`;

const DISABLE = `mutation($input: AutopayDisableInput!) { autopayDisable(input: $input) {
  autopay { ${AUTOPAY_FIELDS} } userErrors { field message code }
} }`;

describe.each(testDatabases())("autopay API on $name", (backend) => {
  let f: PaymentFixture;
  let token: string;
  let accountId: string;
  let keys = 0;
  const key = () => `autopay-test-${Date.now()}-${++keys}`;

  const t = withTestApp({
    backend,
    seed: async () => {
      f = await paymentFixture(database.prisma, { email: "autopay@kabinet.local" });
      token = (await signInAs(t, f.user.login, f.password)).accessToken;
      accountId = (await t.gql(`{ viewer { activeAccount { id } } }`, {}, { token })).data.viewer.activeAccount.id;
    },
  });
  const { database } = t;

  const settings = async (tok = token, id = accountId) => (await t.gql(SETTINGS, { id }, { token: tok })).data.node;
  const set = async (input: Record<string, unknown>, tok = token) => (await t.gql(SET, { input: { accountId, ...input } }, { token: tok })).data.autopaySet;
  const orderOf = (url: string) => new URL(url).pathname.split("/").pop()!;
  const cardIds = async (tok = token) =>
    (await t.gql(`{ viewer { savedCards { id maskedPan } } }`, {}, { token: tok })).data.viewer.savedCards as { id: string; maskedPan: string }[];

  /** «Новая карта» on the bank's page: the 1 ₽ verification, 3-D Secure for the 4111 card. */
  async function bindOnBankPage(url: string, pan: string) {
    const order = orderOf(url);
    const r = await t.sandbox!.submitCard(order, { pan, expiry: "12/30", cvc: "123" });
    if (r.kind === "3ds") await t.sandbox!.submit3ds(order, "12345");
    await t.sandbox!.idle();
  }

  it("shows «Не подключен» (no settings) for an account without autopay", async () => {
    expect(await settings()).toEqual({ number: f.account.number, autopay: null });
  });

  it("refuses bad settings with the form's messages and writes nothing", async () => {
    const stranger = await paymentFixture(database.prisma);
    const strangerToken = (await signInAs(t, stranger.user.login, stranger.password)).accessToken;
    // the stranger has a card of their own
    const v = (
      await t.gql(
        SET,
        {
          input: {
            accountId: (await t.gql(`{ viewer { activeAccount { id } } }`, {}, { token: strangerToken })).data.viewer.activeAccount.id,
            mode: "LAST_DAY",
            maxAmount: "100",
            newCard: true,
            idempotencyKey: key(),
          },
        },
        { token: strangerToken },
      )
    ).data.autopaySet;
    await bindOnBankPage(v.confirmationUrl, "2200000000000004");
    const strangersCard = (await cardIds(strangerToken))[0]!.id;
    const expired = await database.prisma.savedCard.create({
      data: { userId: f.user.id, bankToken: "tok-expired", maskedPan: "220000******0020", expiryMonth: 1, expiryYear: 2024 },
    });
    const expiredId = Buffer.from(`SavedCard:${expired.id}`).toString("base64");

    const before = { autopays: await database.prisma.autopay.count(), payments: await database.prisma.payment.count() };
    const cases: [Record<string, unknown>, { code: string; message: string; field: string[] }[]][] = [
      [
        { mode: "DAY_OF_MONTH", day: 0, maxAmount: "5000", newCard: true, idempotencyKey: key() },
        [{ code: "INVALID_DAY", message: autopayErrors.message("INVALID_DAY"), field: ["input", "day"] }],
      ],
      [
        { mode: "DAY_OF_MONTH", day: 28, maxAmount: "5000", newCard: true, idempotencyKey: key() },
        [{ code: "INVALID_DAY", message: autopayErrors.message("INVALID_DAY"), field: ["input", "day"] }],
      ],
      [
        { mode: "DAY_OF_MONTH", maxAmount: "5000", newCard: true, idempotencyKey: key() },
        [{ code: "INVALID_DAY", message: autopayErrors.message("INVALID_DAY"), field: ["input", "day"] }],
      ],
      [
        { mode: "LAST_DAY", maxAmount: "0", newCard: true, idempotencyKey: key() },
        [{ code: "AMOUNT_NOT_POSITIVE", message: autopayErrors.message("AMOUNT_NOT_POSITIVE"), field: ["input", "maxAmount"] }],
      ],
      [
        { mode: "LAST_DAY", maxAmount: "-10.00", newCard: true, idempotencyKey: key() },
        [{ code: "AMOUNT_NOT_POSITIVE", message: autopayErrors.message("AMOUNT_NOT_POSITIVE"), field: ["input", "maxAmount"] }],
      ],
      [
        { mode: "LAST_DAY", maxAmount: "600000.01", newCard: true, idempotencyKey: key() },
        [{ code: "AMOUNT_TOO_LARGE", message: autopayErrors.message("AMOUNT_TOO_LARGE"), field: ["input", "maxAmount"] }],
      ],
      [{ mode: "LAST_DAY", maxAmount: "5000" }, [{ code: "CARD_REQUIRED", message: autopayErrors.message("CARD_REQUIRED"), field: ["input", "cardId"] }]],
      [
        { mode: "LAST_DAY", maxAmount: "5000", newCard: true, cardId: strangersCard, idempotencyKey: key() },
        [{ code: "CARD_CHOICE", message: autopayErrors.message("CARD_CHOICE"), field: ["input", "cardId"] }],
      ],
      [
        { mode: "LAST_DAY", maxAmount: "5000", cardId: strangersCard },
        [{ code: "CARD_NOT_FOUND", message: paymentErrors.message("CARD_NOT_FOUND"), field: ["input", "cardId"] }],
      ],
      [
        { mode: "LAST_DAY", maxAmount: "5000", cardId: expiredId },
        [{ code: "CARD_EXPIRED", message: paymentErrors.message("CARD_EXPIRED"), field: ["input", "cardId"] }],
      ],
      [
        { mode: "LAST_DAY", maxAmount: "5000", newCard: true },
        [{ code: "INVALID_IDEMPOTENCY_KEY", message: autopayErrors.message("INVALID_IDEMPOTENCY_KEY"), field: ["input", "idempotencyKey"] }],
      ],
      // every problem at once
      [
        { mode: "DAY_OF_MONTH", day: 31, maxAmount: "0" },
        [
          { code: "INVALID_DAY", message: autopayErrors.message("INVALID_DAY"), field: ["input", "day"] },
          { code: "AMOUNT_NOT_POSITIVE", message: autopayErrors.message("AMOUNT_NOT_POSITIVE"), field: ["input", "maxAmount"] },
          { code: "CARD_REQUIRED", message: autopayErrors.message("CARD_REQUIRED"), field: ["input", "cardId"] },
        ],
      ],
    ];
    for (const [input, errors] of cases) {
      const r = await set(input);
      expect(r, JSON.stringify(input)).toMatchObject({ autopay: null, confirmationUrl: null, userErrors: errors });
    }
    // kopecks only: the Money scalar refuses a third decimal before anything runs
    expect(
      (await t.gql(SET, { input: { accountId, mode: "LAST_DAY", maxAmount: "1.001", newCard: true, idempotencyKey: key() } }, { token })).errors?.[0]
        ?.extensions?.code,
    ).toBe("BAD_USER_INPUT");
    expect(await database.prisma.autopay.count()).toBe(before.autopays);
    expect(await database.prisma.payment.count()).toBe(before.payments);
  });

  it("binds a new card by the 1 ₽ verification: PENDING_CARD on the bank's page, then «Подключен» with that card", async () => {
    const k = key();
    const input = { mode: "DAY_OF_MONTH", day: 15, maxAmount: "5000.00", newCard: true, idempotencyKey: k };
    const r = await set(input);
    expect(r.userErrors).toEqual([]);
    expect(r.confirmationUrl).toMatch(/\/sandbox-bank\/pay\//);
    expect(r.autopay).toMatchObject({
      status: "PENDING_CARD",
      connected: false,
      statusText: "Не подключен",
      mode: "DAY_OF_MONTH",
      day: 15,
      maxAmount: "5000.00",
      card: null,
      nextChargeOn: null,
    });
    expect(r.autopay.cardVerification).toMatchObject({ status: "PENDING" });
    // a double click: the same bank page, one verification
    expect((await set(input)).confirmationUrl).toBe(r.confirmationUrl);
    expect(await database.prisma.payment.count({ where: { userId: f.user.id, purpose: "CARD_VERIFICATION" } })).toBe(1);
    const order = (await t.sandbox!.order(orderOf(r.confirmationUrl)))!;
    expect(order).toMatchObject({ kopecks: 100, bindCard: "always" });
    const back = new URL(order.returnUrl);
    expect(`${back.pathname}${back.hash}`).toBe("/payment#autopay");
    expect(back.searchParams.get("autopayCard")).toBe(r.autopay.cardVerification.id);

    await bindOnBankPage(r.confirmationUrl, "4111111111111111");
    await expect.poll(async () => (await settings()).autopay.status).toBe("ACTIVE");
    const after = (await settings()).autopay;
    expect(after).toMatchObject({
      connected: true,
      statusText: "Подключен",
      modeText: "В назначенный день (с 1 по 27 число месяца)",
      day: 15,
      card: { maskedPan: "411111******1111", expiry: "12/30" },
      cardVerification: null,
    });
    expect(after.nextChargeOn).toBe("2026-12-15"); // today is 24.11.2026
    // the rouble went back
    await expect
      .poll(async () => (await database.prisma.payment.findFirstOrThrow({ where: { userId: f.user.id, purpose: "CARD_VERIFICATION" } })).status)
      .toBe("REFUNDED");
  });

  it("keeps the autopay «Не подключен» with the bank's reason when the new card is not confirmed", async () => {
    const other = await paymentFixture(database.prisma);
    const tok = (await signInAs(t, other.user.login, other.password)).accessToken;
    const id = (await t.gql(`{ viewer { activeAccount { id } } }`, {}, { token: tok })).data.viewer.activeAccount.id;
    const r = await set({ accountId: id, mode: "LAST_DAY", maxAmount: "100", newCard: true, idempotencyKey: key(), returnTo: "PROFILE" }, tok);
    expect(new URL((await t.sandbox!.order(orderOf(r.confirmationUrl)))!.returnUrl).pathname).toBe("/profile/autopay");
    await t.sandbox!.cancel(orderOf(r.confirmationUrl));
    await t.sandbox!.idle();
    const a = (await settings(tok, id)).autopay;
    expect(a).toMatchObject({
      status: "PENDING_CARD",
      statusText: "Не подключен",
      card: null,
      cardVerification: { status: "CANCELLED", failureReason: "Оплата отменена покупателем" },
    });
    expect(await database.prisma.savedCard.count({ where: { userId: other.user.id } })).toBe(0);
  });

  const verifiedCard = async () => (await cardIds()).find((c) => c.maskedPan === "411111******1111")!;

  it("edits the settings with a saved card (active at once) and switches off after confirmation", async () => {
    const card = await verifiedCard();
    const r = await set({ mode: "LAST_DAY", day: 10, maxAmount: "1234.56", cardId: card.id });
    expect(r.userErrors).toEqual([]);
    expect(r.confirmationUrl).toBeNull();
    expect(r.autopay).toMatchObject({
      status: "ACTIVE",
      statusText: "Подключен",
      mode: "LAST_DAY",
      modeText: "В последний день месяца",
      day: null,
      maxAmount: "1234.56",
      card: { id: card.id },
      nextChargeOn: "2026-11-30",
    });
    const on = await set({ mode: "ON_INVOICE", maxAmount: "2000", cardId: card.id });
    expect(on.autopay).toMatchObject({ mode: "ON_INVOICE", modeText: "По факту выставления счета", nextChargeOn: null, status: "ACTIVE" });
    expect(await database.prisma.autopay.count({ where: { accountId: f.account.id } })).toBe(1);
    expect(await database.prisma.auditLog.count({ where: { entity: "Autopay", action: "autopay.changed" } })).toBeGreaterThanOrEqual(2);

    const off = (await t.gql(DISABLE, { input: { accountId } }, { token })).data.autopayDisable;
    expect(off).toMatchObject({
      userErrors: [],
      autopay: { status: "DISABLED", connected: false, statusText: "Не подключен", mode: "ON_INVOICE", maxAmount: "2000.00" },
    });
    const again = (await t.gql(DISABLE, { input: { accountId } }, { token })).data.autopayDisable;
    expect(again).toMatchObject({
      autopay: null,
      userErrors: [{ code: "AUTOPAY_NOT_CONNECTED", message: autopayErrors.message("AUTOPAY_NOT_CONNECTED"), field: ["input", "accountId"] }],
    });
    expect((await settings()).autopay).toMatchObject({ status: "DISABLED", statusText: "Не подключен" });
  });

  it("switches autopay off when its card is deleted («Не подключен»)", async () => {
    const card = await verifiedCard();
    expect((await set({ mode: "DAY_OF_MONTH", day: 5, maxAmount: "3000", cardId: card.id })).autopay.status).toBe("ACTIVE");
    const del = await t.gql(
      `mutation($id: ID!) { savedCardDelete(input: { cardId: $id }) { disabledAutopays userErrors { code } } }`,
      { id: card.id },
      { token },
    );
    expect(del.data.savedCardDelete).toEqual({ disabledAutopays: 1, userErrors: [] });
    expect((await settings()).autopay).toMatchObject({ status: "DISABLED", connected: false, statusText: "Не подключен", card: null, nextChargeOn: null });
    // and the deleted card cannot be chosen again
    expect((await set({ mode: "DAY_OF_MONTH", day: 5, maxAmount: "3000", cardId: card.id })).userErrors).toEqual([
      { code: "CARD_NOT_FOUND", message: paymentErrors.message("CARD_NOT_FOUND"), field: ["input", "cardId"] },
    ]);
  });

  it("refuses someone else's account, and shows an account's autopay to its linked customers only", async () => {
    const stranger = await paymentFixture(database.prisma);
    const strangerToken = (await signInAs(t, stranger.user.login, stranger.password)).accessToken;
    const before = await database.prisma.autopay.findUniqueOrThrow({ where: { accountId: f.account.id } });
    const foreign = await set({ mode: "LAST_DAY", maxAmount: "100", newCard: true, idempotencyKey: key() }, strangerToken);
    expect(foreign).toMatchObject({
      autopay: null,
      confirmationUrl: null,
      userErrors: [{ code: "ACCOUNT_NOT_FOUND", message: autopayErrors.message("ACCOUNT_NOT_FOUND"), field: ["input", "accountId"] }],
    });
    const off = (await t.gql(DISABLE, { input: { accountId } }, { token: strangerToken })).data.autopayDisable;
    expect(off.userErrors).toEqual([{ code: "ACCOUNT_NOT_FOUND", message: autopayErrors.message("ACCOUNT_NOT_FOUND"), field: ["input", "accountId"] }]);
    expect(await database.prisma.autopay.findUniqueOrThrow({ where: { accountId: f.account.id } })).toEqual(before);
    expect(await database.prisma.payment.count({ where: { userId: stranger.user.id } })).toBe(0);
    // the account and its autopay read as missing
    expect(await settings(strangerToken)).toBeNull();
    const autopayId = Buffer.from(`Autopay:${before.id}`).toString("base64");
    expect((await t.gql(`query($id: ID!) { node(id: $id) { id } }`, { id: autopayId }, { token: strangerToken })).data.node).toBeNull();
    expect((await t.gql(`query($id: ID!) { node(id: $id) { id } }`, { id: autopayId }, { token })).data.node).toEqual({ id: autopayId });
    // without signing in
    expect(
      (await t.gql(SET, { input: { accountId, mode: "LAST_DAY", maxAmount: "100", newCard: true, idempotencyKey: key() } })).errors?.[0]?.extensions?.code,
    ).toBe("UNAUTHENTICATED");
  });

  it("shows a second customer linked to the account that autopay is connected, never the first one's card, and lets them not change it", async () => {
    const partner = await paymentFixture(database.prisma);
    await database.prisma.userAccount.create({ data: { userId: partner.user.id, accountId: f.account.id } });
    const tok = (await signInAs(t, partner.user.login, partner.password)).accessToken;
    expect((await settings(tok)).autopay).toMatchObject({ status: "DISABLED" });
    const mine = (await set({ mode: "LAST_DAY", maxAmount: "100", newCard: true, idempotencyKey: key() })).confirmationUrl;
    await bindOnBankPage(mine, "2200000000000004");
    await expect.poll(async () => (await settings()).autopay.status).toBe("ACTIVE");
    const firstUsersCard = (await cardIds()).find((c) => c.maskedPan === "220000******0004")!.id;
    const refused = [{ code: "AUTOPAY_FORBIDDEN", message: autopayErrors.message("AUTOPAY_FORBIDDEN"), field: ["input", "accountId"] }];
    expect((await set({ mode: "LAST_DAY", maxAmount: "100", cardId: firstUsersCard }, tok)).userErrors).toEqual(refused);
    expect((await t.gql(DISABLE, { input: { accountId } }, { token: tok })).data.autopayDisable.userErrors).toEqual(refused);
    expect((await settings(tok)).autopay).toMatchObject({ status: "ACTIVE", statusText: OTHER_USER_STATUS_TEXT, card: null, cardVerification: null });
    expect((await settings()).autopay).toMatchObject({ status: "ACTIVE", statusText: "Подключен", card: { maskedPan: "220000******0004" } });
  });
});
