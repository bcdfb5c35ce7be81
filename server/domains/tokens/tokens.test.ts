// Personal API tokens («Доступ для приложений») through the API: made, listed and revoked from a
// web session; a token acts as its customer within its scopes only (readings:write submits a
// reading, account:read reads the amount due, nothing pays, edits the profile, links accounts or
// makes tokens: top-level FORBIDDEN); revoked, expired, password-changed and deleting users'
// tokens are refused; only the secret's hash is stored; a token's requests are rate-limited.
import { describe, expect, it } from "vitest";
import { seedDemo } from "../../db/seed/index.js";
import { buildApp } from "../../app.js";
import { createRateLimits } from "../../shared/rate-limits.js";
import { withTestApp } from "../../test/app.js";
import { createCustomer } from "../../test/fixtures.js";
import { testDatabases } from "../../test/db.js";
import { signInAs } from "../../test/session.js";
import { TOKEN_REACH } from "./reach.js";
import { getSchema } from "../../graphql/schema.js";
import { isObjectType } from "graphql";

const NOW = "2026-11-24T07:00:00.000Z";
const CREATE = `mutation($input: ApiTokenCreateInput!) { apiTokenCreate(input: $input) {
  secret token { id name prefix scopes createdAt expiresAt lastUsedAt revokedAt state stateText } userErrors { field message code } } }`;
const REVOKE = `mutation($id: ID!) { apiTokenRevoke(input: { tokenId: $id }) { token { state revokedAt } userErrors { code } } }`;
const LIST = `{ viewer { apiTokens { id name scopes createdAt lastUsedAt state } } }`;
const ACCOUNT = `{ viewer { activeAccount { id number amountDue { total } meters { id number zones lastAccepted { zone value } } } } }`;
const AMOUNT = `{ viewer { accounts { number amountDue { total asOf } paymentHistory(first: 3) { totalCount } } } }`;
const SUBMIT = `mutation($input: MeterReadingsSubmitInput!) { meterReadingsSubmit(input: $input) { readings { zone value source sourceText } userErrors { code field } } }`;
const PAY = `mutation($input: PaymentCreateInput!) { paymentCreate(input: $input) { confirmationUrl userErrors { code } } }`;

const inAYear = (days = 30) => new Date(new Date(NOW).getTime() + days * 86400_000).toISOString();

describe.each(testDatabases())("personal API tokens on $name", (backend) => {
  let web: string;
  let account: { id: string; number: string; meters: { id: string; number: string; zones: string[]; lastAccepted: { zone: string; value: string }[] }[] };

  const t = withTestApp({
    backend,
    now: NOW,
    seed: async () => {
      await seedDemo(database.prisma, { now: new Date(NOW) });
      web = (await signInAs(t, "0710000000", "demo2026")).accessToken;
      account = (await t.gql(ACCOUNT, {}, { token: web })).data.viewer.activeAccount;
    },
  });
  const { database } = t;

  const make = async (scopes: string[], opts: { token?: string; name?: string; expiresAt?: string } = {}) => {
    const r = await t.gql(
      CREATE,
      { input: { name: opts.name ?? "Home Assistant", scopes, expiresAt: opts.expiresAt ?? inAYear() } },
      { token: opts.token ?? web },
    );
    expect(r.errors).toBeUndefined();
    expect(r.data.apiTokenCreate.userErrors).toEqual([]);
    return r.data.apiTokenCreate as { secret: string; token: { id: string; prefix: string; state: string } };
  };
  const readingInput = (bump: number) => {
    const m = account.meters[0]!;
    return {
      accountId: account.id,
      readings: m.zones.map((zone) => ({ meterId: m.id, zone, value: String(Number(m.lastAccepted.find((r) => r.zone === zone)!.value) + bump) })),
    };
  };
  const codeOf = (r: { errors?: { extensions?: { code?: string } }[] }) => r.errors?.[0]?.extensions?.code;

  it("makes a token from a web session: the secret once, the list with scopes and dates, an e-mail, no plaintext stored", async () => {
    const before = await database.prisma.outboundMessage.count();
    const made = await make(["READINGS_WRITE", "ACCOUNT_READ"], { name: "  Умный дом  " });
    expect(made.secret).toMatch(/^kab_pat_[A-Za-z0-9_-]{43}$/);
    expect(made.token).toMatchObject({
      name: "Умный дом",
      scopes: ["ACCOUNT_READ", "READINGS_WRITE"],
      lastUsedAt: null,
      revokedAt: null,
      state: "ACTIVE",
      stateText: "Действует",
      prefix: made.secret.slice(0, 12),
    });

    const list = (await t.gql(LIST, {}, { token: web })).data.viewer.apiTokens;
    expect(list[0]).toMatchObject({
      id: made.token.id,
      name: "Умный дом",
      scopes: ["ACCOUNT_READ", "READINGS_WRITE"],
      createdAt: NOW,
      lastUsedAt: null,
      state: "ACTIVE",
    });

    const mails = await database.prisma.outboundMessage.findMany({
      where: {},
      orderBy: { id: "desc" },
      take: (await database.prisma.outboundMessage.count()) - before,
    });
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({ channel: "EMAIL", recipient: "demo@kabinet.local", subject: "Создан токен доступа для приложений" });
    expect(mails[0]!.body).toContain("«Умный дом»");
    expect(mails[0]!.body).toContain("Передача показаний");

    // Not in any column of any row that could keep it.
    const dump = JSON.stringify(
      [await database.prisma.apiToken.findMany(), await database.prisma.auditLog.findMany(), await database.prisma.outboundMessage.findMany()],
      (_k, v) => (typeof v === "bigint" ? String(v) : v),
    );
    expect(dump).not.toContain(made.secret);
    expect(dump).not.toContain(made.secret.slice(12));
  });

  it("readings:write submits a reading as the customer's app; paying, editing the profile, linking and making tokens are FORBIDDEN", async () => {
    const { secret } = await make(["READINGS_WRITE"]);
    const ok = await t.gql(SUBMIT, { input: readingInput(7) }, { token: secret });
    expect(ok.data.meterReadingsSubmit.userErrors).toEqual([]);
    expect(ok.data.meterReadingsSubmit.readings.map((r: { source: string; sourceText: string }) => [r.source, r.sourceText])).toEqual(
      account.meters[0]!.zones.map(() => ["API_TOKEN", "Приложение клиента"]),
    );
    const user = await database.prisma.user.findUniqueOrThrow({ where: { login: "0710000000" } });
    expect(await database.prisma.meterReading.count({ where: { source: "API_TOKEN", submittedByUserId: user.id } })).toBe(account.meters[0]!.zones.length);

    const payments = await database.prisma.payment.count();
    const pay = await t.gql(
      PAY,
      { input: { accountId: account.id, items: [{ supplierId: "1", amount: "10.00" }], idempotencyKey: "token-pay-0001" } },
      { token: secret },
    );
    expect(pay.data).toBeNull();
    expect(codeOf(pay)).toBe("FORBIDDEN");
    expect(await database.prisma.payment.count()).toBe(payments);

    for (const [query, variables] of [
      [
        `mutation($i: ViewerPasswordChangeInput!) { viewerPasswordChange(input: $i) { userErrors { code } } }`,
        { i: { currentPassword: "demo2026", password: "hacked2026", passwordConfirmation: "hacked2026" } },
      ],
      [`mutation($i: ViewerContactsUpdateInput!) { viewerContactsUpdate(input: $i) { userErrors { code } } }`, { i: { email: "thief@example.ru" } }],
      [`mutation($i: AccountLinkInput!) { accountLink(input: $i) { userErrors { code } } }`, { i: { accountNumber: "5081111111", ownerLastName: "Иванов" } }],
      [CREATE, { input: { name: "ещё", scopes: ["READINGS_WRITE"], expiresAt: inAYear() } }],
      [`mutation { sessionRevoke { revoked } }`, {}],
    ] as const) {
      const r = await t.gql(query, variables, { token: secret });
      expect(codeOf(r), query).toBe("FORBIDDEN");
    }
    expect((await database.prisma.user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash).toBe(user.passwordHash);
    expect(await database.prisma.apiToken.count({ where: { name: "ещё" } })).toBe(0);

    // Without account:read the amount due, contacts and cards are closed to it.
    const amount = await t.gql(`{ viewer { accounts { amountDue { total } } } }`, {}, { token: secret });
    expect(codeOf(amount)).toBe("FORBIDDEN");
    for (const q of [
      `{ viewer { email } }`,
      `{ viewer { savedCards { maskedPan } } }`,
      `{ viewer { apiTokens { name } } }`,
      `{ node(id: "${account.id}") { id } }`,
    ]) {
      expect(codeOf(await t.gql(q, {}, { token: secret })), q).toBe("FORBIDDEN");
    }
  });

  it("account:read reads the amount due and the payment history but cannot submit readings", async () => {
    const { secret } = await make(["ACCOUNT_READ"]);
    const r = await t.gql(AMOUNT, {}, { token: secret });
    expect(r.errors).toBeUndefined();
    const viaWeb = (await t.gql(AMOUNT, {}, { token: web })).data;
    expect(r.data).toEqual(viaWeb);
    expect(r.data.viewer.accounts.map((a: { number: string }) => a.number)).toEqual(["0710000000", "0710000001"]);
    expect(Number(r.data.viewer.accounts[1].amountDue.total)).toBeGreaterThan(0); // 0710000001: last month unpaid

    const before = await database.prisma.meterReading.count();
    const submit = await t.gql(SUBMIT, { input: readingInput(9) }, { token: secret });
    expect(codeOf(submit)).toBe("FORBIDDEN");
    expect(await database.prisma.meterReading.count()).toBe(before);
    expect(codeOf(await t.gql(`{ viewer { accounts { meters { number } } } }`, {}, { token: secret }))).toBe("FORBIDDEN");
    expect(codeOf(await t.gql(`{ viewer { accounts { autopay { statusText } } } }`, {}, { token: secret }))).toBe("FORBIDDEN");
  });

  it("acts only on its customer's accounts", async () => {
    const other = await createCustomer(database.prisma);
    const otherWeb = (await signInAs(t, other.user.login, other.password)).accessToken;
    const { secret } = await make(["READINGS_WRITE"], { token: otherWeb });
    const r = await t.gql(SUBMIT, { input: readingInput(11) }, { token: secret });
    expect(r.data.meterReadingsSubmit.userErrors[0].code).toBe("ACCOUNT_NOT_FOUND");
    const mine = (await t.gql(`{ viewer { accounts { number } } }`, {}, { token: secret })).data.viewer.accounts;
    expect(mine).toEqual([{ number: other.account.number }]);
  });

  it("records the last use; a revoked token is refused on its next request", async () => {
    const made = await make(["READINGS_WRITE", "ACCOUNT_READ"]);
    t.clock.set(new Date(new Date(NOW).getTime() + 5 * 60_000));
    try {
      expect((await t.gql(AMOUNT, {}, { token: made.secret })).errors).toBeUndefined();
      await new Promise((r) => setTimeout(r, 50)); // the touch is off the request path
      const listed = (await t.gql(LIST, {}, { token: (await signInAs(t, "0710000000", "demo2026")).accessToken })).data.viewer.apiTokens;
      expect(listed.find((x: { id: string }) => x.id === made.token.id).lastUsedAt).toBe("2026-11-24T07:05:00.000Z");
    } finally {
      t.clock.set(NOW);
    }
    const revoked = (await t.gql(REVOKE, { id: made.token.id }, { token: web })).data.apiTokenRevoke;
    expect(revoked).toMatchObject({ token: { state: "REVOKED", revokedAt: NOW }, userErrors: [] });
    const after = await t.gql(SUBMIT, { input: readingInput(13) }, { token: made.secret });
    expect(codeOf(after)).toBe("UNAUTHENTICATED");
    expect((await t.gql(`{ viewer { id } }`, {}, { token: made.secret })).data.viewer).toBeNull();
    // Someone else's token cannot be revoked by its id.
    const other = await createCustomer(database.prisma);
    const otherWeb = (await signInAs(t, other.user.login, other.password)).accessToken;
    const mine = await make(["ACCOUNT_READ"]);
    expect((await t.gql(REVOKE, { id: mine.token.id }, { token: otherWeb })).data.apiTokenRevoke.userErrors).toEqual([{ code: "TOKEN_NOT_FOUND" }]);
    expect((await t.gql(AMOUNT, {}, { token: mine.secret })).errors).toBeUndefined();
  });

  it("stops at its expiry, when the password changes and when the user asks to be deleted", async () => {
    const short = await make(["ACCOUNT_READ", "READINGS_WRITE"], { expiresAt: inAYear(1) });
    t.clock.set(new Date(new Date(NOW).getTime() + 86400_000 + 1000));
    try {
      expect(codeOf(await t.gql(SUBMIT, { input: readingInput(15) }, { token: short.secret }))).toBe("UNAUTHENTICATED");
      expect((await t.gql(AMOUNT, {}, { token: short.secret })).data.viewer).toBeNull();
    } finally {
      t.clock.set(NOW);
    }

    const c = await createCustomer(database.prisma, { password: "first2026" });
    const cWeb = (await signInAs(t, c.user.login, "first2026")).accessToken;
    const before = await make(["ACCOUNT_READ"], { token: cWeb });
    expect((await t.gql(AMOUNT, {}, { token: before.secret })).data.viewer.accounts).toHaveLength(1);
    const changed = await t.gql(
      `mutation($i: ViewerPasswordChangeInput!) { viewerPasswordChange(input: $i) { userErrors { code } } }`,
      { i: { currentPassword: "first2026", password: "second2026", passwordConfirmation: "second2026" } },
      { token: cWeb },
    );
    expect(changed.data.viewerPasswordChange.userErrors).toEqual([]);
    expect((await t.gql(AMOUNT, {}, { token: before.secret })).data.viewer).toBeNull();
    const cWeb2 = (await signInAs(t, c.user.login, "second2026")).accessToken;
    expect((await t.gql(LIST, {}, { token: cWeb2 })).data.viewer.apiTokens[0].state).toBe("PASSWORD_CHANGED");
    const after = await make(["ACCOUNT_READ"], { token: cWeb2 });
    expect((await t.gql(AMOUNT, {}, { token: after.secret })).data.viewer.accounts).toHaveLength(1);
    await database.prisma.user.update({ where: { id: c.user.id }, data: { deletionRequestedAt: new Date(NOW) } });
    expect((await t.gql(AMOUNT, {}, { token: after.secret })).data.viewer).toBeNull();
    await database.prisma.user.delete({ where: { id: c.user.id } });
    expect(await database.prisma.apiToken.count({ where: { userId: c.user.id } })).toBe(0);
  });

  it("checks the name, the scopes and the expiry (up to a year), saving nothing", async () => {
    const count = await database.prisma.apiToken.count();
    const bad = async (input: Record<string, unknown>) =>
      (
        await t.gql(CREATE, { input: { name: "x", scopes: ["ACCOUNT_READ"], expiresAt: inAYear(), ...input } }, { token: web })
      ).data.apiTokenCreate.userErrors.map((e: { code: string }) => e.code);
    expect(await bad({ name: "   " })).toEqual(["TOKEN_NAME_REQUIRED"]);
    expect(await bad({ name: "x".repeat(61) })).toEqual(["TOKEN_NAME_TOO_LONG"]);
    expect(await bad({ scopes: [] })).toEqual(["TOKEN_SCOPES_REQUIRED"]);
    expect(await bad({ expiresAt: inAYear(367) })).toEqual(["TOKEN_EXPIRY_INVALID"]);
    expect(await bad({ expiresAt: NOW })).toEqual(["TOKEN_EXPIRY_INVALID"]);
    expect(await database.prisma.apiToken.count()).toBe(count);
    expect((await t.gql(CREATE, { input: { name: "x", scopes: ["ACCOUNT_READ"], expiresAt: inAYear() } })).errors?.[0]?.extensions?.code).toBe(
      "UNAUTHENTICATED",
    );
  });

  it("is rate-limited like a partner key: HTTP 429 with Retry-After past its limit", async () => {
    const { secret } = await make(["ACCOUNT_READ"]);
    const app = buildApp({ ...t.deps, rateLimits: createRateLimits({ sql: database.sql, limits: { apiToken: { points: 3, durationSec: 60 } } }) });
    const ask = () =>
      app.yoga.fetch("http://kabinet.test/graphql", {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${secret}` },
        body: JSON.stringify({ query: "{ viewer { id } }" }),
      });
    const answers = [];
    for (let i = 0; i < 5; i++) answers.push(await ask());
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 429, 429]);
    expect(Number(answers[3]!.headers.get("retry-after"))).toBeGreaterThan(0);
  });

  it("names only fields that exist in the list of what a token may reach", () => {
    const schema = getSchema();
    for (const [type, fields] of Object.entries(TOKEN_REACH)) {
      const gqlType = schema.getType(type);
      expect(gqlType && isObjectType(gqlType), type).toBe(true);
      for (const f of Object.keys(fields)) expect(isObjectType(gqlType) && gqlType.getFields()[f], `${type}.${f}`).toBeTruthy();
    }
  });
});
