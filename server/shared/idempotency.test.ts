// Idempotency keys on meterReadingsSubmit, appealSubmit, appealQuestionSubmit and userRegister,
// through the API: a repeat with the same key and input returns the first result and writes
// nothing more; another input with the key is IDEMPOTENCY_KEY_REUSED and writes nothing; parallel
// requests with one key make one reading / appeal / user; keys are per caller and last 24 hours.
import { beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "../db/seed/index.js";
import { withTestApp } from "../test/app.js";
import { testDatabases } from "../test/db.js";
import { signInAs } from "../test/session.js";
import { QUESTION, SUBMIT, appealsCustomer, nameChangeInput, pdf, png, seedAppealsData, typeGid } from "../domains/appeals/test-support.js";
import { runJobNow } from "../jobs/schedule.js";

const NOW = "2026-11-24T07:00:00.000Z";
const METERS = `{ viewer { activeAccount { id meters { id number lastAccepted { zone value } } } } }`;
const READINGS = `mutation($input: MeterReadingsSubmitInput!) { meterReadingsSubmit(input: $input) {
  readings { zone value status } warnings { zone } userErrors { field message code } } }`;
const READING_IDS = `mutation($input: MeterReadingsSubmitInput!) { meterReadingsSubmit(input: $input) { readings { zone value } userErrors { code field } } }`;
const REGISTER = `mutation($input: UserRegisterInput!) { userRegister(input: $input) {
  viewer { id login } session { accessToken } emailConfirmationSent userErrors { field message code } } }`;

const key = () => `k-${crypto.randomUUID()}`;

describe.each(testDatabases())("idempotency keys on $name", (backend) => {
  let token: string;
  let accountId: string;
  let meter: { id: string; lastAccepted: { zone: string; value: string }[] };

  const t = withTestApp({
    backend,
    now: NOW,
    seed: async () => {
      await seedDemo(database.prisma, { now: new Date(NOW) });
      await seedAppealsData(database.prisma);
      token = (await signInAs(t, "0710000000", "demo2026")).accessToken;
      const a = (await t.gql(METERS, {}, { token })).data.viewer.activeAccount;
      accountId = a.id;
      meter = a.meters[0];
    },
  });
  const { database } = t;

  let bump = 0;
  const readingsInput = (k: string | null, extra = 0) => {
    bump += 1;
    const at = (zone: string) => String(Number(meter.lastAccepted.find((r) => r.zone === zone)!.value) + 10 * bump + extra);
    return { accountId, idempotencyKey: k, readings: ["DAY", "NIGHT"].map((zone) => ({ meterId: meter.id, zone, value: at(zone) })) };
  };
  const readingCount = () => database.prisma.meterReading.count();
  const keyRows = () => database.prisma.idempotencyKey.count();

  describe("meterReadingsSubmit", () => {
    it("returns the first result for the same key and input and saves nothing more", async () => {
      const input = readingsInput(key());
      const before = await readingCount();
      const first = (await t.gql(READINGS, { input }, { token })).data.meterReadingsSubmit;
      expect(first.userErrors).toEqual([]);
      expect(first.readings).toHaveLength(2);
      expect(await readingCount()).toBe(before + 2);
      const again = (await t.gql(READINGS, { input }, { token })).data.meterReadingsSubmit;
      expect(again).toEqual(first);
      expect(await readingCount()).toBe(before + 2);
      // Still SUBMITTED: the repeat did not supersede the first submission with a copy.
      const rows = await database.prisma.meterReading.findMany({ where: { submissionId: { not: null } }, orderBy: { id: "desc" }, take: 2 });
      expect(rows.map((r) => r.status)).toEqual(["SUBMITTED", "SUBMITTED"]);
    });

    it("refuses the key with another input: IDEMPOTENCY_KEY_REUSED, nothing saved", async () => {
      const k = key();
      await t.gql(READINGS, { input: readingsInput(k) }, { token });
      const before = await readingCount();
      const other = (await t.gql(READINGS, { input: readingsInput(k) }, { token })).data.meterReadingsSubmit;
      expect(other.readings).toEqual([]);
      expect(other.userErrors).toEqual([
        { field: ["input", "idempotencyKey"], code: "IDEMPOTENCY_KEY_REUSED", message: "Этот ключ идемпотентности уже использован для другого запроса" },
      ]);
      expect(await readingCount()).toBe(before);
    });

    it("saves once when the same key arrives five times at once; every answer is the first result", async () => {
      const input = readingsInput(key());
      const before = await readingCount();
      const answers = await Promise.all(Array.from({ length: 5 }, () => t.gql(READING_IDS, { input }, { token })));
      const payloads = answers.map((a) => a.data.meterReadingsSubmit);
      expect(payloads[0].userErrors).toEqual([]);
      for (const p of payloads) expect(p).toEqual(payloads[0]);
      expect(await readingCount()).toBe(before + 2);
    });

    it("runs again without a key, and keeps a malformed key out", async () => {
      const before = await readingCount();
      const input = readingsInput(null);
      await t.gql(READINGS, { input }, { token });
      await t.gql(READINGS, { input }, { token });
      expect(await readingCount()).toBe(before + 4);
      const bad = (await t.gql(READINGS, { input: { ...readingsInput("short") } }, { token })).data.meterReadingsSubmit;
      expect(bad.userErrors[0].code).toBe("INVALID_IDEMPOTENCY_KEY");
      expect(await readingCount()).toBe(before + 4);
    });

    it("forgets a key whose first request failed, so a corrected retry runs", async () => {
      const k = key();
      const broken = { ...readingsInput(k), readings: [{ meterId: meter.id, zone: "DAY", value: "1" }] };
      expect((await t.gql(READINGS, { input: broken }, { token })).data.meterReadingsSubmit.userErrors[0].code).not.toBe("IDEMPOTENCY_KEY_REUSED");
      const fixed = (await t.gql(READINGS, { input: readingsInput(k) }, { token })).data.meterReadingsSubmit;
      expect(fixed.userErrors).toEqual([]);
      expect(fixed.readings).toHaveLength(2);
    });
  });

  describe("appealSubmit and appealQuestionSubmit", () => {
    let alice: Awaited<ReturnType<typeof appealsCustomer>>;
    let bob: Awaited<ReturnType<typeof appealsCustomer>>;
    let aliceToken: string;
    let bobToken: string;
    let nameChangeType: string;
    const counts = async () => ({ appeals: await database.prisma.appeal.count(), files: await database.prisma.appealFile.count() });
    const slots = [
      { slot: "passportScan", file: null },
      { slot: "nameChangeCertificate", file: null },
    ];
    const files = () => ({ "variables.input.files.0.file": pdf("паспорт.pdf"), "variables.input.files.1.file": png("свидетельство.png") });
    const question = (k: string, text = "Когда придет квитанция?") => ({
      input: { accountId: alice.accountGid, text, files: [null], consentPersonalData: true, consentSimpleSignature: true, idempotencyKey: k },
    });

    beforeAll(async () => {
      alice = await appealsCustomer(database.prisma);
      bob = await appealsCustomer(database.prisma);
      aliceToken = (await signInAs(t, alice.user.login, alice.password)).accessToken;
      bobToken = (await signInAs(t, bob.user.login, bob.password)).accessToken;
      nameChangeType = await typeGid(database.prisma, "OWNER_NAME_CHANGED");
    });

    it("appealSubmit: a retried upload with the key returns the appeal already filed, with no second appeal or file", async () => {
      const input = { ...nameChangeInput(alice.accountGid, nameChangeType, slots), idempotencyKey: key() };
      const before = await counts();
      const first = await t.upload(SUBMIT, { input }, files(), { token: aliceToken });
      expect(first.data.appealSubmit.userErrors).toEqual([]);
      expect(await counts()).toEqual({ appeals: before.appeals + 1, files: before.files + 2 });
      const again = await t.upload(SUBMIT, { input }, files(), { token: aliceToken });
      expect(again.data.appealSubmit).toEqual(first.data.appealSubmit);
      expect(await counts()).toEqual({ appeals: before.appeals + 1, files: before.files + 2 });

      const changed = { ...input, fields: input.fields.map((f) => (f.code === "passport" ? { ...f, value: "22 22 222222" } : f)) };
      const reused = await t.upload(SUBMIT, { input: changed }, files(), { token: aliceToken });
      expect(reused.data.appealSubmit).toEqual({
        appeal: null,
        userErrors: [
          { field: ["input", "idempotencyKey"], code: "IDEMPOTENCY_KEY_REUSED", message: "Этот ключ идемпотентности уже использован для другого запроса" },
        ],
      });
      expect(await counts()).toEqual({ appeals: before.appeals + 1, files: before.files + 2 });
    });

    it("appealSubmit: five uploads at once with one key file one appeal", async () => {
      const input = { ...nameChangeInput(alice.accountGid, nameChangeType, slots), idempotencyKey: key() };
      const before = await counts();
      const answers = await Promise.all(Array.from({ length: 5 }, () => t.upload(SUBMIT, { input }, files(), { token: aliceToken })));
      const ids = answers.map((a) => a.data.appealSubmit.appeal?.id);
      expect(ids[0]).toBeTruthy();
      expect(new Set(ids)).toEqual(new Set([ids[0]]));
      expect(await counts()).toEqual({ appeals: before.appeals + 1, files: before.files + 2 });
    });

    it("appealQuestionSubmit: the same key and files return the first question; another file under the key is refused", async () => {
      const k = key();
      const before = await counts();
      const first = await t.upload(QUESTION, question(k), { "variables.input.files.0": pdf("счет.pdf") }, { token: aliceToken });
      expect(first.data.appealQuestionSubmit.userErrors).toEqual([]);
      const again = await t.upload(QUESTION, question(k), { "variables.input.files.0": pdf("счет.pdf") }, { token: aliceToken });
      expect(again.data.appealQuestionSubmit.appeal.id).toBe(first.data.appealQuestionSubmit.appeal.id);
      expect(await counts()).toEqual({ appeals: before.appeals + 1, files: before.files + 1 });
      // Same name and size, other content: not the same request.
      const otherFile = new File([Buffer.concat([Buffer.from("%PDF-1.7\n"), Buffer.alloc(2048 - 9, 7)])], "счет.pdf", { type: "application/pdf" });
      const reused = await t.upload(QUESTION, question(k), { "variables.input.files.0": otherFile }, { token: aliceToken });
      expect(reused.data.appealQuestionSubmit.userErrors.map((e: { code: string }) => e.code)).toEqual(["IDEMPOTENCY_KEY_REUSED"]);
      expect(await counts()).toEqual({ appeals: before.appeals + 1, files: before.files + 1 });
    });

    it("appealQuestionSubmit: parallel requests make one question; keys are per caller", async () => {
      const k = key();
      const before = await counts();
      const answers = await Promise.all(
        Array.from({ length: 4 }, () => t.upload(QUESTION, question(k), { "variables.input.files.0": pdf() }, { token: aliceToken })),
      );
      const ids = new Set(answers.map((a) => a.data.appealQuestionSubmit.appeal?.id));
      expect(ids.size).toBe(1);
      expect([...ids][0]).toBeTruthy();
      // Bob's request with Alice's key is his own: it files his question.
      const bobs = await t.upload(
        QUESTION,
        { input: { ...question(k).input, accountId: bob.accountGid } },
        { "variables.input.files.0": pdf() },
        { token: bobToken },
      );
      expect(bobs.data.appealQuestionSubmit.userErrors).toEqual([]);
      expect(ids.has(bobs.data.appealQuestionSubmit.appeal.id)).toBe(false);
      expect(await counts()).toEqual({ appeals: before.appeals + 2, files: before.files + 2 });
    });

    it("keeps a key 24 hours: later the same request files a new question, and the hourly job deletes the old key", async () => {
      const k = key();
      const first = await t.upload(QUESTION, question(k, "Вопрос на сутки"), { "variables.input.files.0": pdf() }, { token: aliceToken });
      expect(first.data.appealQuestionSubmit.userErrors).toEqual([]);
      const start = t.clock.now();
      try {
        t.clock.set(new Date(start.getTime() + 24 * 3600_000 + 1000));
        const fresh = (await signInAs(t, alice.user.login, alice.password)).accessToken;
        const later = await t.upload(QUESTION, question(k, "Вопрос на сутки"), { "variables.input.files.0": pdf() }, { token: fresh });
        expect(later.data.appealQuestionSubmit.userErrors).toEqual([]);
        expect(later.data.appealQuestionSubmit.appeal.id).not.toBe(first.data.appealQuestionSubmit.appeal.id);
        t.clock.set(new Date(start.getTime() + 49 * 3600_000));
        const rowsBefore = await keyRows();
        expect(await runJobNow(t.deps, "expired-idempotency-keys")).toBeGreaterThan(0);
        expect(await keyRows()).toBeLessThan(rowsBefore);
        expect(await database.prisma.idempotencyKey.count({ where: { expiresAt: { lte: t.clock.now() } } })).toBe(0);
      } finally {
        t.clock.set(start);
      }
    });
  });

  describe("userRegister (anonymous: the key and the whole input)", () => {
    const input = (k: string, over: Record<string, unknown> = {}) => ({
      accountNumber: "5081111111",
      ownerLastName: "Иванов",
      email: "idem-register@example.ru",
      phone: null,
      password: "secret12",
      passwordConfirmation: "secret12",
      consentPersonalData: true,
      idempotencyKey: k,
      ...over,
    });
    const counts = async () => ({
      users: await database.prisma.user.count(),
      consents: await database.prisma.consent.count(),
      links: await database.prisma.userAccount.count(),
      messages: await database.prisma.outboundMessage.count(),
    });

    it("registers once when sent five times at once; a repeat answers the same user signed in; another input is refused", async () => {
      const k = key();
      const before = await counts();
      const answers = await Promise.all(Array.from({ length: 5 }, () => t.gql(REGISTER, { input: input(k) }, { clientAddress: "10.9.9.9" })));
      const payloads = answers.map((a) => a.data.userRegister);
      expect(payloads[0].userErrors).toEqual([]);
      for (const p of payloads) {
        expect(p.viewer).toEqual(payloads[0].viewer);
        expect(p.session.accessToken).toBeTruthy();
        expect(p.emailConfirmationSent).toBe(true);
      }
      expect(await counts()).toEqual({ users: before.users + 1, consents: before.consents + 1, links: before.links + 1, messages: before.messages + 1 });

      const again = (await t.gql(REGISTER, { input: input(k) })).data.userRegister;
      expect(again.viewer).toEqual(payloads[0].viewer);
      const me = await t.gql(`{ viewer { id } }`, {}, { token: again.session.accessToken });
      expect(me.data.viewer.id).toBe(payloads[0].viewer.id);

      const other = (await t.gql(REGISTER, { input: input(k, { password: "other123", passwordConfirmation: "other123" }) })).data.userRegister;
      expect(other).toMatchObject({ viewer: null, session: null, userErrors: [{ field: ["input", "idempotencyKey"], code: "IDEMPOTENCY_KEY_REUSED" }] });
      expect(await counts()).toEqual({ users: before.users + 1, consents: before.consents + 1, links: before.links + 1, messages: before.messages + 1 });
    });
  });
});
