// Hourly limits on SMS codes, e-mail links, registrations and recovery requests, attacked in
// parallel through the API: beyond the limit the answer is the Russian RATE_LIMITED user error and
// nothing is sent (OutboundMessage rows). On PGlite the counters are in memory, on PostgreSQL in
// the shared "RateLimit" table (two app instances share them), on Redis when REDIS_URL_TEST is set.
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../db/client.js";
import { buildApp } from "../app.js";
import { createTestApp, type TestApp, withTestApp } from "../test/app.js";
import { testDatabases } from "../test/db.js";
import { createCustomer } from "../test/fixtures.js";
import { MULTI_INSTANCE_ENV, sharedPostgres, type SharedDatabase } from "../test/instances.js";
import { signInAs } from "../test/session.js";
import { createRateLimits, DEFAULT_LIMITS, type RateLimits } from "./rate-limits.js";
import { describeNeeding } from "../test/needs.js";

const RATE_LIMITED = "RATE_LIMITED";

const SEND = `mutation($c: ContactChannel!) { contactCodeSend(input: { channel: $c }) { sent userErrors { field message code } } }`;
const RECOVER = `mutation($login: String!, $channel: ContactChannel!) { passwordResetRequest(input: { login: $login, channel: $channel }) { sentTo userErrors { field message code } } }`;
const REGISTER = `mutation($input: UserRegisterInput!) { userRegister(input: $input) { viewer { login } emailConfirmationSent userErrors { field message code } } }`;
const CONTACTS = `mutation($phone: String!) { viewerContactsUpdate(input: { phone: $phone }) { userErrors { message } } }`;
const LIMITED = /^Превышено число (отправок|попыток регистрации|запросов на восстановление пароля)\. Повторите попытку через \d+ мин\.$/;

let seq = 0;
const uniquePhone = () => `79${String(Date.now() % 1e5).padStart(5, "0")}${String((seq += 1) % 10_000).padStart(4, "0")}`;

/** A GraphQL call as the HTTP server makes it: the client's address comes with the request. */
async function call(t: TestApp, query: string, variables: Record<string, unknown>, o: { token?: string; address?: string | null } = {}) {
  const res = await t.app.yoga.fetch(
    "http://kabinet.test/graphql",
    {
      method: "POST",
      headers: { "content-type": "application/json", ...(o.token ? { authorization: `Bearer ${o.token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    },
    { clientAddress: o.address ?? null },
  );
  return ((await res.json()) as { data: any }).data;
}

const errorsOf = (payloads: any[]) => payloads.flatMap((p) => p.userErrors);
const sentTo = (db: Database, recipient: string) => db.prisma.outboundMessage.count({ where: { recipient } });

async function customerWithPhone(t: TestApp, db: Database, phone: string) {
  const c = await createCustomer(db.prisma);
  await db.prisma.user.update({ where: { id: c.user.id }, data: { phone } });
  return { ...c, phone, token: (await signInAs(t, c.user.login, c.password)).accessToken };
}

describe.each(testDatabases())("rate limits on $name", (backend) => {
  const t = withTestApp({ backend });
  const { database } = t;

  it("keeps the counters where the app runs: memory on PGlite, the database on PostgreSQL", () => {
    expect(createRateLimits({ sql: database.sql }).store).toBe(backend.name === "pglite" ? "memory" : "postgres");
  });

  it("sends at most 5 SMS codes an hour to one number, whoever asks (N+5 in parallel → exactly N)", async () => {
    const phone = uniquePhone();
    const N = DEFAULT_LIMITS.smsPerDestination.points;
    const users = [];
    for (let i = 0; i < N + 5; i++) users.push(await customerWithPhone(t, database, phone));
    const answers = await Promise.all(users.map((u, i) => call(t, SEND, { c: "PHONE" }, { token: u.token, address: `198.51.100.${i + 1}` })));
    const payloads = answers.map((a) => a.contactCodeSend);
    expect(payloads.filter((p) => p.sent)).toHaveLength(N);
    const refused = errorsOf(payloads);
    expect(refused).toHaveLength(5);
    for (const e of refused) {
      expect(e.code).toBe(RATE_LIMITED);
      expect(e.field).toEqual(["channel"]);
      expect(e.message).toMatch(LIMITED);
    }
    expect(refused[0].message).toBe("Превышено число отправок. Повторите попытку через 60 мин.");
    expect(await sentTo(database, phone)).toBe(N);
    // A refused request wrote no code either: the codes sent still work.
    expect(await database.prisma.verification.count({ where: { target: phone } })).toBe(N);
  });

  it("sends one code, not several, when a user's resends arrive in parallel (once a minute)", async () => {
    const u = await customerWithPhone(t, database, uniquePhone());
    const email = `resend-${randomBytes(4).toString("hex")}@kabinet.test`;
    await database.prisma.user.update({ where: { id: u.user.id }, data: { email } });
    for (const [channel, recipient] of [
      ["PHONE", u.phone],
      ["EMAIL", email],
    ] as const) {
      const answers = await Promise.all(Array.from({ length: 6 }, (_, i) => call(t, SEND, { c: channel }, { token: u.token, address: `203.0.113.${i + 1}` })));
      const payloads = answers.map((a) => a.contactCodeSend);
      expect(payloads.filter((p) => p.sent)).toHaveLength(1);
      expect(errorsOf(payloads).map((e) => e.code)).toEqual(Array(5).fill("RESEND_TOO_SOON"));
      expect(await sentTo(database, recipient)).toBe(1);
      expect(await database.prisma.verification.count({ where: { userId: u.user.id, channel } })).toBe(1);
    }
  });

  it("sends at most 20 SMS an hour on requests from one address", async () => {
    const N = DEFAULT_LIMITS.smsPerAddress.points;
    const users = [];
    for (let i = 0; i < N + 5; i++) users.push(await customerWithPhone(t, database, uniquePhone()));
    const payloads = (await Promise.all(users.map((u) => call(t, SEND, { c: "PHONE" }, { token: u.token, address: "203.0.113.7" })))).map(
      (a) => a.contactCodeSend,
    );
    expect(payloads.filter((p) => p.sent)).toHaveLength(N);
    expect(errorsOf(payloads).map((e) => e.code)).toEqual(Array(5).fill(RATE_LIMITED));
    const phones = users.map((u) => u.phone);
    expect(await database.prisma.outboundMessage.count({ where: { recipient: { in: phones } } })).toBe(N);
  });

  it("sends one user at most 10 SMS an hour, even to ever new numbers", async () => {
    const u = await customerWithPhone(t, database, uniquePhone());
    const N = DEFAULT_LIMITS.smsPerUser.points;
    const outcomes: string[] = [];
    for (let i = 0; i < N + 2; i++) {
      expect((await call(t, CONTACTS, { phone: `+${uniquePhone()}` }, { token: u.token })).viewerContactsUpdate.userErrors).toEqual([]);
      const p = (await call(t, SEND, { c: "PHONE" }, { token: u.token })).contactCodeSend;
      outcomes.push(p.sent ? "sent" : p.userErrors[0].code);
    }
    expect(outcomes).toEqual([...Array(N).fill("sent"), RATE_LIMITED, RATE_LIMITED]);
    expect(await database.prisma.outboundMessage.count({ where: { userId: u.user.id, channel: "SMS" } })).toBe(N);
  });

  it("sends at most 5 password-reset e-mails an hour to one address (a minute apart, two requests at a time)", async () => {
    const c = await createCustomer(database.prisma);
    const email = `rl${randomBytes(4).toString("hex")}@mail.ru`;
    await database.prisma.user.update({ where: { id: c.user.id }, data: { email, emailConfirmedAt: new Date() } });
    const N = DEFAULT_LIMITS.emailPerDestination.points;
    const rounds: any[][] = [];
    for (let r = 0; r < N + 3; r++) {
      t.clock.advance(61_000); // past the once-a-minute rule; the hourly counters run on real time
      rounds.push(
        (await Promise.all([1, 2].map((i) => call(t, RECOVER, { login: c.user.login, channel: "EMAIL" }, { address: `192.0.2.${r * 2 + i}` })))).map(
          (a) => a.passwordResetRequest,
        ),
      );
    }
    // Within the hour: one of each pair is sent, the other is the once-a-minute refusal.
    for (const pair of rounds.slice(0, N)) {
      expect(pair.filter((p) => p.sentTo)).toHaveLength(1);
      expect(errorsOf(pair).map((e) => e.code)).toEqual(["RESEND_TOO_SOON"]);
    }
    // Beyond it nothing is sent, and the hourly refusal names the wait.
    for (const pair of rounds.slice(N)) {
      expect(pair.filter((p) => p.sentTo)).toEqual([]);
      const refused = errorsOf(pair);
      expect(refused).toContainEqual({ field: ["input", "channel"], code: RATE_LIMITED, message: "Превышено число отправок. Повторите попытку через 60 мин." });
      for (const e of refused) expect([RATE_LIMITED, "RESEND_TOO_SOON"]).toContain(e.code);
    }
    expect(await sentTo(database, email)).toBe(N);
  });

  it("answers at most 10 password-reset requests an hour from one address, found or not", async () => {
    const N = DEFAULT_LIMITS.recoveryPerAddress.points;
    const payloads = (
      await Promise.all(Array.from({ length: N + 5 }, (_, i) => call(t, RECOVER, { login: `nobody${i}`, channel: "EMAIL" }, { address: "192.0.2.200" })))
    ).map((a) => a.passwordResetRequest);
    const codes = errorsOf(payloads).map((e) => e.code);
    expect(codes.filter((c) => c === "USER_NOT_FOUND")).toHaveLength(N);
    expect(codes.filter((c) => c === RATE_LIMITED)).toHaveLength(5);
    expect(errorsOf(payloads).find((e) => e.code === RATE_LIMITED).message).toMatch(LIMITED);
  });

  it("registers at most 10 customers an hour from one address (parallel attempts)", async () => {
    const N = DEFAULT_LIMITS.registrationPerAddress.points;
    const numbers: string[] = [];
    for (let i = 0; i < N + 5; i++) {
      const number = `77${randomBytes(4).readUInt32BE() % 1e8}`.padEnd(10, "0");
      await database.prisma.account.create({ data: { number, ownerLastName: "Иванов", ownerFirstName: "Пётр", address: "Сургут", objectType: "Квартира" } });
      numbers.push(number);
    }
    const before = await database.prisma.user.count();
    const payloads = (
      await Promise.all(
        numbers.map((number, i) =>
          call(
            t,
            REGISTER,
            {
              input: {
                accountNumber: number,
                ownerLastName: "Иванов",
                email: `reg${i}.${number}@mail.ru`,
                password: "secret12",
                passwordConfirmation: "secret12",
                consentPersonalData: true,
              },
            },
            { address: "198.18.0.1" },
          ),
        ),
      )
    ).map((a) => a.userRegister);
    expect(payloads.filter((p) => p.viewer)).toHaveLength(N);
    expect(errorsOf(payloads)).toEqual(
      Array(5).fill({ field: ["input"], code: RATE_LIMITED, message: "Превышено число попыток регистрации. Повторите попытку через 60 мин." }),
    );
    expect((await database.prisma.user.count()) - before).toBe(N);
    // Each registered customer got the confirmation link (20 e-mails an hour per address).
    expect(payloads.filter((p) => p.emailConfirmationSent)).toHaveLength(N);
  });

  it("still registers when the confirmation e-mail is over its limit, saying it was not sent", async () => {
    const limits = createRateLimits({ sql: database.sql, limits: { emailPerAddress: { points: 0, durationSec: 3600 } } });
    const app = buildApp({ ...t.deps, rateLimits: limits });
    const number = `78${randomBytes(4).readUInt32BE() % 1e8}`.padEnd(10, "0");
    await database.prisma.account.create({ data: { number, ownerLastName: "Иванов", ownerFirstName: "Пётр", address: "Сургут", objectType: "Квартира" } });
    const email = `late.${number}@mail.ru`;
    const r = (
      await call(
        { ...t, app },
        REGISTER,
        { input: { accountNumber: number, ownerLastName: "Иванов", email, password: "secret12", passwordConfirmation: "secret12", consentPersonalData: true } },
        { address: "198.18.0.99" },
      )
    ).userRegister;
    expect(r).toEqual({ viewer: { login: email }, emailConfirmationSent: false, userErrors: [] });
    expect(await sentTo(database, email)).toBe(0);
  });
});

describe("limiter stores", () => {
  it("takes all points or none: a refused check gives the others back", async () => {
    const limits = createRateLimits({ limits: { smsPerDestination: { points: 1, durationSec: 60 } } });
    expect(await limits.consume([["smsPerDestination", "79990000001"]])).toBeNull();
    const wait = await limits.consume([
      ["smsPerUser", 1],
      ["smsPerDestination", "79990000001"],
    ]);
    expect(wait).toBeGreaterThan(59_000);
    // The user's point was returned: ten more fit under smsPerUser (limit 10).
    for (let i = 0; i < 10; i++) expect(await limits.consume([["smsPerUser", 1]])).toBeNull();
    expect(await limits.consume([["smsPerUser", 1]])).not.toBeNull();
    // No address, no address limit.
    expect(await limits.consume([["smsPerAddress", null]])).toBeNull();
  });

  async function shareOneCount(a: RateLimits, b: RateLimits) {
    const key = `share-${randomBytes(4).toString("hex")}`;
    const answers = await Promise.all(Array.from({ length: 15 }, (_, i) => (i % 2 ? a : b).consume([["smsPerDestination", key]])));
    return answers.filter((w) => w === null).length;
  }

  describeNeeding(["postgres"], "on PostgreSQL", () => {
    let shared: SharedDatabase;
    const open: Database[] = [];
    beforeAll(async () => void (shared = await sharedPostgres(MULTI_INSTANCE_ENV.databaseUrl!)));
    afterAll(async () => {
      await Promise.all(open.map((d) => d.close()));
      await shared?.drop();
    });

    it("two app instances on one database share the count (SMS to one number)", async () => {
      const [da, db] = await Promise.all([shared.open(), shared.open()]);
      open.push(da, db);
      const a = createTestApp(da);
      const b = createTestApp(db);
      const phone = uniquePhone();
      const users = [];
      for (let i = 0; i < 10; i++) users.push(await customerWithPhone(a, da, phone));
      const payloads = (await Promise.all(users.map((u, i) => call(i % 2 ? a : b, SEND, { c: "PHONE" }, { token: u.token, address: `100.64.0.${i}` })))).map(
        (r) => r.contactCodeSend,
      );
      expect(payloads.filter((p) => p.sent)).toHaveLength(5);
      expect(await sentTo(da, phone)).toBe(5);
    });

    it("two limiters on separate pools count together", async () => {
      const [da, db] = await Promise.all([shared.open(), shared.open()]);
      open.push(da, db);
      expect(await shareOneCount(createRateLimits({ sql: da.sql }), createRateLimits({ sql: db.sql }))).toBe(5);
    });
  });

  describeNeeding(["redis"], "on Redis", () => {
    const prefix = `kabinet-test-${randomBytes(4).toString("hex")}:`;
    const made: RateLimits[] = [];
    const redisLimits = () => {
      const l = createRateLimits({ redisUrl: MULTI_INSTANCE_ENV.redisUrl, keyPrefix: prefix });
      made.push(l);
      return l;
    };
    // biome-ignore lint/suspicious/noDuplicateTestHooks: describeNeeding is a describe block of its own
    afterAll(async () => void (await Promise.all(made.map((l) => l.close()))));

    it("two processes' limiters count together", async () => {
      const [a, b] = [redisLimits(), redisLimits()];
      expect(a.store).toBe("redis");
      await Promise.all([a.ready, b.ready]);
      expect(await shareOneCount(a, b)).toBe(5);
    });

    it("limits the API's sends through Redis", async () => {
      const database = await testDatabases()[0]!.open();
      try {
        const base = createTestApp(database);
        const rateLimits = redisLimits();
        await rateLimits.ready;
        const t = { ...base, app: buildApp({ ...base.deps, rateLimits }) };
        const phone = uniquePhone();
        const users = [];
        for (let i = 0; i < 8; i++) users.push(await customerWithPhone(t, database, phone));
        const payloads = (await Promise.all(users.map((u) => call(t, SEND, { c: "PHONE" }, { token: u.token })))).map((r) => r.contactCodeSend);
        expect(payloads.filter((p) => p.sent)).toHaveLength(5);
        expect(await sentTo(database, phone)).toBe(5);
      } finally {
        await database.close();
      }
    });
  });
});
