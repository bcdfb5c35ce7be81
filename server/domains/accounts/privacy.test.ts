// Privacy between users of one account (issue 12 item 7), through the API as a stranger would try
// it: a stranger who registers on the owner's account with the number and surname of the paper
// квитанция sees no card and cannot change or switch off the owner's autopay, gets receipts
// without the owner's e-mail; the owner is told by e-mail and notice, and «Это не я» files an
// appeal for the operators' queue and removes the stranger's access pending review.
import { describe, expect, it } from "vitest";
import { seedStaff } from "../../db/seed/staff.js";
import { verifyDocumentLink } from "../documents/links.js";
import { receiptDocumentKind } from "../payments/receipt-kind.js";
import { paymentFixture, type PaymentFixture } from "../payments/test-support.js";
import { createCustomer } from "../../test/fixtures.js";
import { withTestApp } from "../../test/app.js";
import { testDatabases } from "../../test/db.js";
import { signInAs, signInAsStaff } from "../../test/session.js";
import { runAutopays } from "../autopay/job.js";
import { autopayErrors } from "../autopay/errors.js";
import { OTHER_USER_STATUS_TEXT } from "../autopay/rules.js";
import { NMSG } from "./newcomer-notice.js";
import { accountErrors } from "./errors.js";

const OWNER_EMAIL = "owner.privacy@mail.ru";
const AUTOPAY = `id status connected statusText connectedByOtherUser card { id maskedPan brand } cardVerification { id }`;
const ACCOUNT = `query($id: ID!) { node(id: $id) { ... on Account { autopay { ${AUTOPAY} }
  paymentHistory(first: 10) { nodes { id card { maskedPan } receipt { buyerContact } } } } } }`;
const NOTICES = `{ viewer { notifications(first: 10) { nodes { id kind title body accessNotice { id via newcomerContact reported appeal { number } } } } } }`;
const REPORT = `mutation($id: ID!) { accountAccessReport(input: { noticeId: $id }) { newcomerRemoved appeal { number title status } notice { reported } userErrors { field message code } } }`;
const REGISTER = `mutation($input: UserRegisterInput!) { userRegister(input: $input) { session { accessToken } userErrors { field message code } } }`;
const LINK = `mutation($n: String!, $s: String!) { accountLink(input: { accountNumber: $n, ownerLastName: $s }) { account { id } userErrors { field message code } } }`;

describe.each(testDatabases())("privacy between users of one account on $name", (backend) => {
  let f: PaymentFixture;
  let owner: string;
  let accountId: string;
  let stranger: string;

  const t = withTestApp({
    backend,
    seed: async () => {
      await seedStaff(database.prisma);
      f = await paymentFixture(database.prisma, { email: OWNER_EMAIL });
      owner = (await signInAs(t, f.user.login, f.password)).accessToken;
      accountId = (await t.gql(`{ viewer { activeAccount { id } } }`, {}, { token: owner })).data.viewer.activeAccount.id;
      // The owner connects autopay with a new card (the 1 ₽ verification on the sandbox bank's page).
      const set = (
        await t.gql(
          `mutation($input: AutopaySetInput!) { autopaySet(input: $input) { confirmationUrl userErrors { message } } }`,
          { input: { accountId, mode: "LAST_DAY", maxAmount: "5000", newCard: true, idempotencyKey: "privacy-owner-card-1" } },
          { token: owner },
        )
      ).data.autopaySet;
      const order = new URL(set.confirmationUrl).pathname.split("/").pop()!;
      await t.sandbox!.submitCard(order, { pan: "2200000000000004", expiry: "12/30", cvc: "123" });
      await t.sandbox!.idle();
      // A paid bill of the owner's, with its receipt e-mailed to the owner.
      const card = await database.prisma.savedCard.findFirstOrThrow({ where: { userId: f.user.id } });
      const payment = await database.prisma.payment.create({
        data: {
          accountId: f.account.id,
          userId: f.user.id,
          amount: "100.00",
          status: "SUCCEEDED",
          paidAt: new Date("2026-11-20T10:00:00Z"),
          savedCardId: card.id,
        },
      });
      await database.prisma.receipt.create({
        data: {
          paymentId: payment.id,
          number: 1,
          shiftNumber: 1,
          issuedAt: payment.paidAt!,
          taxation: "ОСН",
          total: "100.00",
          items: [],
          fnNumber: "1",
          fiscalDocumentNumber: "1",
          fiscalSign: "1",
          kktRegNumber: "1",
          buyerContact: OWNER_EMAIL,
          siteUrl: "www.nalog.gov.ru",
        },
      });
    },
  });
  const { database } = t;

  const auditOf = (action: string) => database.prisma.auditLog.findMany({ where: { action }, orderBy: { id: "asc" } });

  it("a stranger registers with the number and surname; the owner gets a notice and an e-mail, the link is audited", async () => {
    const r = (
      await t.gql(REGISTER, {
        input: {
          accountNumber: f.account.number,
          ownerLastName: "сидоров",
          email: "ivan.stranger@mail.ru",
          phone: "79123456712",
          password: "stranger1",
          passwordConfirmation: "stranger1",
          consentPersonalData: true,
        },
      })
    ).data.userRegister;
    expect(r.userErrors).toEqual([]);
    stranger = r.session.accessToken;

    const [n] = (await t.gql(NOTICES, {}, { token: owner })).data.viewer.notifications.nodes;
    expect(n).toMatchObject({
      kind: "ACCOUNT_ACCESS",
      title: NMSG.title,
      accessNotice: { via: "REGISTRATION", newcomerContact: "i***@mail.ru, +7 *** ***-**-12", reported: false, appeal: null },
    });
    expect(n.body).toContain("24.11.2026"); // the time, in the retailer's zone
    expect(n.body).toContain(f.account.number);
    expect(n.body).not.toContain("ivan.stranger");

    const mail = t.outbox!.list({ to: OWNER_EMAIL }).find((m) => m.subject?.includes("Новый пользователь"));
    expect(mail?.text).toContain("i***@mail.ru");
    expect(mail?.text).toContain("Это не я");
    expect(t.outbox!.list({ to: "ivan.stranger@mail.ru" }).some((m) => m.subject?.includes("Новый пользователь"))).toBe(false);

    const [granted] = await auditOf("account.access_granted");
    expect(granted).toMatchObject({ entityId: f.account.number, data: { via: "REGISTRATION", notifiedUsers: [f.user.id] } });
  });

  it("the stranger sees that autopay is connected by another user, never the card", async () => {
    expect((await t.gql(`{ viewer { savedCards { id } } }`, {}, { token: stranger })).data.viewer.savedCards).toEqual([]);
    const seen = (await t.gql(ACCOUNT, { id: accountId }, { token: stranger })).data.node;
    expect(seen.autopay).toMatchObject({
      status: "ACTIVE",
      connected: true,
      statusText: OTHER_USER_STATUS_TEXT,
      connectedByOtherUser: true,
      card: null,
      cardVerification: null,
    });
    const raw = JSON.stringify(seen);
    expect(raw).not.toContain("0004");
    expect(raw).not.toContain("SavedCard");
    // the payment history: the owner's payment, without the card and without the owner's e-mail
    expect(seen.paymentHistory.nodes).toEqual([expect.objectContaining({ card: null, receipt: { buyerContact: null } })]);
    // the owner still sees all of it
    const own = (await t.gql(ACCOUNT, { id: accountId }, { token: owner })).data.node;
    expect(own.autopay).toMatchObject({ statusText: "Подключен", connectedByOtherUser: false, card: { maskedPan: "220000******0004" } });
    expect(own.paymentHistory.nodes[0]).toMatchObject({ card: { maskedPan: "220000******0004" }, receipt: { buyerContact: OWNER_EMAIL } });
  });

  it("the stranger can neither switch the owner's autopay off nor change it; nothing changes", async () => {
    const before = {
      autopay: await database.prisma.autopay.findUniqueOrThrow({ where: { accountId: f.account.id } }),
      payments: await database.prisma.payment.count(),
    };
    const off = (
      await t.gql(
        `mutation($id: ID!) { autopayDisable(input: { accountId: $id }) { autopay { id } userErrors { field message code } } }`,
        { id: accountId },
        { token: stranger },
      )
    ).data.autopayDisable;
    expect(off).toEqual({
      autopay: null,
      userErrors: [{ field: ["input", "accountId"], message: autopayErrors.message("AUTOPAY_FORBIDDEN"), code: "AUTOPAY_FORBIDDEN" }],
    });
    const set = (
      await t.gql(
        `mutation($input: AutopaySetInput!) { autopaySet(input: $input) { confirmationUrl userErrors { message code } } }`,
        { input: { accountId, mode: "DAY_OF_MONTH", day: 5, maxAmount: "1", newCard: true, idempotencyKey: "privacy-stranger-1" } },
        { token: stranger },
      )
    ).data.autopaySet;
    expect(set).toEqual({ confirmationUrl: null, userErrors: [{ message: autopayErrors.message("AUTOPAY_FORBIDDEN"), code: "AUTOPAY_FORBIDDEN" }] });
    expect(await database.prisma.autopay.findUniqueOrThrow({ where: { accountId: f.account.id } })).toEqual(before.autopay);
    expect(await database.prisma.payment.count()).toBe(before.payments); // no bank page was opened
  });

  it("the autopay job still charges the owner's card, with another user on the account", async () => {
    const autopay = await database.prisma.autopay.findUniqueOrThrow({ where: { accountId: f.account.id } });
    // Due today (the 24th), set up before it.
    await database.prisma.autopay.update({ where: { id: autopay.id }, data: { mode: "DAY_OF_MONTH", day: 24, updatedAt: new Date("2026-11-01T00:00:00Z") } });
    const r = await runAutopays(t.deps);
    expect(r.succeeded + r.pending).toBe(1);
    const charge = await database.prisma.payment.findFirstOrThrow({ where: { accountId: f.account.id, purpose: "AUTOPAY" } });
    expect(charge).toMatchObject({ userId: f.user.id, savedCardId: autopay.cardId });
  });

  it("the stranger's receipt link prints no buyer e-mail; the payer's does", async () => {
    const pdf = `mutation($id: ID!) { paymentReceiptPdfCreate(input: { paymentId: $id }) { document { url } userErrors { message } } }`;
    const paymentId = (await t.gql(ACCOUNT, { id: accountId }, { token: owner })).data.node.paymentHistory.nodes[0].id;
    const page = async (token: string) => {
      const url = new URL((await t.gql(pdf, { id: paymentId }, { token })).data.paymentReceiptPdfCreate.document.url, t.config.publicUrl);
      const claims = (await verifyDocumentLink(t.config.jwtSecret, url.searchParams.get("token")!, t.clock.now()))!;
      return receiptDocumentKind.view(t.deps, claims.params, "x.pdf");
    };
    expect(await page(stranger)).not.toContain(OWNER_EMAIL);
    expect(await page(owner)).toContain(OWNER_EMAIL);
  });

  it("linking an account that has users tells each of them", async () => {
    const third = await createCustomer(database.prisma);
    await database.prisma.user.update({ where: { id: third.user.id }, data: { phone: "79990000034" } });
    const token = (await signInAs(t, third.user.login, third.password)).accessToken;
    const r = (await t.gql(LINK, { n: f.account.number, s: "Сидоров" }, { token })).data.accountLink;
    expect(r.userErrors).toEqual([]);
    for (const tok of [owner, stranger]) {
      const [n] = (await t.gql(NOTICES, {}, { token: tok })).data.viewer.notifications.nodes;
      expect(n.accessNotice).toMatchObject({ via: "LINK", newcomerContact: "+7 *** ***-**-34" });
    }
    expect(t.outbox!.list({ to: OWNER_EMAIL }).filter((m) => m.subject?.includes("Новый пользователь"))).toHaveLength(2);
    expect(await auditOf("account.linked")).toEqual([expect.objectContaining({ actorId: third.user.id, entityId: f.account.number })]);
    expect((await auditOf("account.access_granted")).at(-1)).toMatchObject({ data: { via: "LINK", notifiedUsers: expect.arrayContaining([f.user.id]) } });
  });

  it("«Это не я» files an appeal in the operators' queue and removes the stranger's access pending review", async () => {
    const strangerId = (await database.prisma.user.findUniqueOrThrow({ where: { login: "ivan.stranger@mail.ru" } })).id;
    const nodes = (await t.gql(NOTICES, {}, { token: owner })).data.viewer.notifications.nodes;
    const notice = nodes.find((n: { accessNotice?: { via: string } }) => n.accessNotice?.via === "REGISTRATION").accessNotice;
    // someone else's notice is not theirs to report
    const foreign = (await t.gql(REPORT, { id: notice.id }, { token: stranger })).data.accountAccessReport;
    expect(foreign.userErrors).toEqual([{ field: ["input", "noticeId"], message: accountErrors.message("NOTICE_NOT_FOUND"), code: "NOTICE_NOT_FOUND" }]);

    const r = (await t.gql(REPORT, { id: notice.id }, { token: owner })).data.accountAccessReport;
    expect(r).toMatchObject({ newcomerRemoved: true, notice: { reported: true }, appeal: { status: "ACCEPTED" }, userErrors: [] });
    expect(await database.prisma.userAccount.findMany({ where: { userId: strangerId } })).toEqual([]);
    expect(await database.prisma.user.findUnique({ where: { id: strangerId } })).not.toBeNull(); // they keep their user
    expect((await t.gql(ACCOUNT, { id: accountId }, { token: stranger })).data.node).toBeNull();

    const staff = (await signInAsStaff(t, "operator", "operator2026")).accessToken;
    const queue = (await t.gql(`{ staffAppeals(first: 20) { nodes { number title account { number } fields { label value } } } }`, {}, { token: staff })).data
      .staffAppeals.nodes;
    const filed = queue.find((a: { number: string }) => a.number === r.appeal.number);
    expect(filed).toMatchObject({ account: { number: f.account.number } });
    expect(filed.fields).toEqual(expect.arrayContaining([{ label: "Новый пользователь (ID)", value: String(strangerId) }]));

    // pending review the stranger cannot link it again; a second press says it was reported
    const again = (await t.gql(LINK, { n: f.account.number, s: "Сидоров" }, { token: stranger })).data.accountLink;
    expect(again.userErrors).toEqual([expect.objectContaining({ code: "ACCESS_SUSPENDED", message: accountErrors.message("ACCESS_SUSPENDED") })]);
    const twice = (await t.gql(REPORT, { id: notice.id }, { token: owner })).data.accountAccessReport;
    expect(twice.userErrors).toEqual([
      expect.objectContaining({ code: "ALREADY_REPORTED", message: accountErrors.message("ALREADY_REPORTED", r.appeal.number) }),
    ]);
    expect(await auditOf("account.access_suspended")).toEqual([
      expect.objectContaining({ actorId: f.user.id, data: { userId: strangerId, appeal: r.appeal.number } }),
    ]);
    expect(await auditOf("account.access_reported")).toHaveLength(1);
  });
});
