// The operators' console through the API: the queue (overdue first), the status workflow with
// allowed and refused transitions, answers with PDF files reaching the customer live, as a
// notification and by e-mail, refusals, the question's extendable term, the one-time rating,
// and the console's news and meter blocking — every staff action in the audit log.
import { afterAll, describe, expect, it } from "vitest";
import { seedCatalog } from "../../db/seed/catalog.js";
import { createLocalStorage } from "../../integrations/storage/index.js";
import { withTestApp } from "../../test/app.js";
import { testDatabases } from "../../test/db.js";
import { signInAs, signInAsStaff } from "../../test/session.js";
import { APPEAL_FIELDS, FILE_LINK, QUESTION, RATE, SUBMIT, appealsCustomer, filesUnder, pdf, png, seedAppealsData, tempDir, typeGid } from "./test-support.js";
import fs from "node:fs";

const NOW = "2026-11-24T07:00:00.000Z"; // Tuesday, 12:00 in Нефтеюганск

const TAKE = `mutation($id: ID!) { appealTake(input: { appealId: $id }) { appeal { status statusText operator { login } } userErrors { field message code } } }`;
const ANSWER = `mutation($input: AppealAnswerInput!) { appealAnswer(input: $input) { appeal { ${APPEAL_FIELDS} } userErrors { field message code } } }`;
const REJECT = `mutation($id: ID!, $reason: String!) { appealReject(input: { appealId: $id, reason: $reason }) { appeal { status statusText answer } userErrors { field message code } } }`;
const EXTEND = `mutation($id: ID!, $days: Int!) { appealDueDateExtend(input: { appealId: $id, processingDays: $days }) { appeal { dueDate } userErrors { field message code } } }`;
const QUEUE = `query($status: [AppealStatus!], $overdueOnly: Boolean, $number: String) { staffAppeals(status: $status, overdueOnly: $overdueOnly, number: $number, first: 20) {
  totalCount edges { node { number statusText dueDate overdue applicant { name } } } } staffAppealCounts { accepted inProgress overdue } }`;

describe.each(testDatabases())("appeals: operators' console on $name", (backend) => {
  let alice: Awaited<ReturnType<typeof appealsCustomer>>;
  let aliceToken: string;
  let bobToken: string;
  let staff: string;
  let question: any; // filed by Alice
  let other: any; // «Прочее», filed by Alice

  const ask = async (text: string) => {
    const r = await t.upload(
      QUESTION,
      { input: { accountId: alice.accountGid, text, consentPersonalData: true, consentSimpleSignature: true } },
      {},
      { token: aliceToken },
    );
    expect(r.data.appealQuestionSubmit.userErrors).toEqual([]);
    return r.data.appealQuestionSubmit.appeal;
  };

  const storageDir = tempDir("kabinet-appeals-console-");
  const t = withTestApp({
    backend,
    now: NOW,
    storage: createLocalStorage(storageDir),
    seed: async () => {
      await seedAppealsData(database.prisma);
      await seedCatalog(database.prisma);
      alice = await appealsCustomer(database.prisma);
      const bob = await appealsCustomer(database.prisma);
      aliceToken = (await signInAs(t, alice.user.login, alice.password)).accessToken;
      bobToken = (await signInAs(t, bob.user.login, bob.password)).accessToken;
      staff = (await signInAsStaff(t, "operator", "operator2026")).accessToken;
      question = await ask("Когда будет перерасчет?");
      const r = await t.upload(
        SUBMIT,
        {
          input: {
            accountId: alice.accountGid,
            typeId: await typeGid(database.prisma, "OTHER"),
            fields: [{ code: "comment", value: "Прошу проверить начисления" }],
            consentPersonalData: true,
            consentSimpleSignature: true,
          },
        },
        {},
        { token: aliceToken },
      );
      other = r.data.appealSubmit.appeal;
    },
  });
  const { database } = t;
  afterAll(async () => {
    fs.rmSync(storageDir, { recursive: true, force: true });
  });

  it("is for staff only", async () => {
    const asCustomer = await t.gql(QUEUE, {}, { token: aliceToken });
    expect(asCustomer.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect((await t.gql(QUEUE, {})).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    const take = await t.gql(TAKE, { id: question.id }, { token: aliceToken });
    expect(take.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(await database.prisma.appeal.findMany({ select: { status: true } })).toEqual([{ status: "ACCEPTED" }, { status: "ACCEPTED" }]);
  });

  it("moves Принят → В обработке → Завершено only in that order", async () => {
    const early = await t.upload(ANSWER, { input: { appealId: question.id, text: "Ответ", files: [] } }, {}, { token: staff });
    expect(early.data.appealAnswer.userErrors).toEqual([
      { field: ["input", "appealId"], code: "INVALID_TRANSITION", message: "Нельзя ответить на заявление: заявление в статусе «Принят»" },
    ]);
    const earlyReject = await t.gql(REJECT, { id: question.id, reason: "Нет" }, { token: staff });
    expect(earlyReject.data.appealReject.userErrors[0].code).toBe("INVALID_TRANSITION");
    const notYet = await t.gql(RATE, { input: { appealId: question.id, rating: 5 } }, { token: aliceToken });
    expect(notYet.data.appealRate.userErrors).toEqual([
      { field: ["input", "appealId"], code: "NOT_COMPLETED", message: "Оценить можно только ответ на заявление в статусе «Завершено»" },
    ]);

    const take = await t.gql(TAKE, { id: question.id }, { token: staff });
    expect(take.data.appealTake).toEqual({ appeal: { status: "IN_PROGRESS", statusText: "В обработке", operator: { login: "operator" } }, userErrors: [] });
    const again = await t.gql(TAKE, { id: question.id }, { token: staff });
    expect(again.data.appealTake.userErrors).toEqual([
      { field: ["input", "appealId"], code: "INVALID_TRANSITION", message: "Нельзя взять заявление в работу: заявление в статусе «В обработке»" },
    ]);

    // The answer: text required, PDF files only, nothing stored when refused.
    const noText = await t.upload(
      ANSWER,
      { input: { appealId: question.id, text: "  ", files: [null] } },
      { "variables.input.files.0": png("ответ.png") },
      { token: staff },
    );
    expect(noText.data.appealAnswer.userErrors).toEqual([
      { field: ["input", "text"], code: "REQUIRED", message: "Введите текст ответа" },
      { field: ["input", "files", "0"], code: "FILE_TYPE", message: "Файл «ответ.png» не принят: к ответу прикладываются только документы PDF" },
    ]);
    expect(filesUnder(storageDir)).toEqual([]);

    const answered = await t.upload(
      ANSWER,
      { input: { appealId: question.id, text: "Перерасчет будет выполнен в декабре.", files: [null] } },
      { "variables.input.files.0": pdf("Ответ на обращение.pdf") },
      { token: staff },
    );
    expect(answered.data.appealAnswer.userErrors).toEqual([]);
    expect(answered.data.appealAnswer.appeal).toMatchObject({
      status: "COMPLETED",
      statusText: "Завершено",
      answer: "Перерасчет будет выполнен в декабре.",
      answeredAt: NOW,
      answerFiles: [{ fileName: "Ответ на обращение.pdf", kind: "PDF" }],
      attachments: [], // the answer's file is not the customer's attachment
      statusHistory: [
        { toStatus: "ACCEPTED", byStaff: false, staffName: null },
        { fromStatus: "ACCEPTED", toStatus: "IN_PROGRESS", byStaff: true, staffName: "Оператор Контактного центра" },
        { fromStatus: "IN_PROGRESS", toStatus: "COMPLETED", toStatusText: "Завершено", byStaff: true, staffName: "Оператор Контактного центра" },
      ],
    });
    expect(filesUnder(storageDir)).toHaveLength(1);

    for (const [query, vars] of [
      [TAKE, { id: question.id }],
      [REJECT, { id: question.id, reason: "Нет" }],
    ] as const) {
      const r = await t.gql(query, vars, { token: staff });
      expect(Object.values(r.data)[0]).toMatchObject({ userErrors: [{ code: "INVALID_TRANSITION", message: expect.stringContaining("«Завершено»") }] });
    }
    const actions = await database.prisma.auditLog.findMany({ where: { actorType: "STAFF", entity: "Appeal" }, orderBy: { id: "asc" } });
    expect(actions.map((a) => a.action)).toEqual(["appeal.taken", "appeal.answered"]);
  });

  it("tells the customer: the answer in the journal, a notification and an e-mail; staff names stay hidden", async () => {
    const seen = (
      await t.gql(`query($id: ID!) { node(id: $id) { ... on Appeal { ${APPEAL_FIELDS} operator { login } } } }`, { id: question.id }, { token: aliceToken })
    ).data.node;
    expect(seen).toMatchObject({ statusText: "Завершено", answer: "Перерасчет будет выполнен в декабре.", canRate: true, operator: null });
    expect(seen.statusHistory.map((s: any) => s.staffName)).toEqual([null, null, null]);
    expect(seen.statusChanges).toEqual({ totalCount: 3, nodes: seen.statusHistory, pageInfo: { hasNextPage: false } });
    const two = (
      await t.gql(
        `query($id: ID!) { node(id: $id) { ... on Appeal { statusChanges(first: 2) { nodes { toStatus } pageInfo { hasNextPage } } } } }`,
        { id: question.id },
        { token: aliceToken },
      )
    ).data.node;
    expect(two.statusChanges).toEqual({ nodes: [{ toStatus: "ACCEPTED" }, { toStatus: "IN_PROGRESS" }], pageInfo: { hasNextPage: true } });
    // The answer's PDF: the customer and any operator may download it, another customer may not.
    const fileId = seen.answerFiles[0].id;
    for (const [token, ok] of [
      [aliceToken, true],
      [staff, true],
      [bobToken, false],
    ] as const) {
      const r = (await t.gql(FILE_LINK, { input: { fileId } }, { token })).data.appealFileLinkCreate;
      expect(r.link !== null).toBe(ok);
    }
    const n = await database.prisma.notification.findMany({ where: { userId: alice.user.id } });
    expect(n.map((x) => [x.kind, x.title, x.body])).toEqual([
      ["APPEAL", "Ответ на заявление № 1", "Ответ на заявление № 1 готов: он доступен в разделе «Заявления»."],
    ]);
    const mail = t.outbox!.list({ to: alice.user.email! }).filter((m) => m.channel === "EMAIL");
    expect(mail).toHaveLength(1);
    expect(mail[0]).toMatchObject({ subject: "Ответ на заявление № 1" });
    expect(mail[0]!.text).toContain("Перерасчет будет выполнен в декабре.");
    expect(mail[0]!.text).toContain("http://localhost:4000/appeals");
  });

  it("takes a rating once, only from the customer who filed a completed appeal", async () => {
    const bad = await t.gql(RATE, { input: { appealId: question.id, rating: 7 } }, { token: aliceToken });
    expect(bad.data.appealRate.userErrors).toEqual([{ field: ["input", "rating"], code: "INVALID_RATING", message: "Выберите оценку из списка" }]);
    const byBob = await t.gql(RATE, { input: { appealId: question.id, rating: 1 } }, { token: bobToken });
    expect(byBob.data.appealRate.userErrors[0].code).toBe("APPEAL_NOT_FOUND");
    const rated = await t.gql(RATE, { input: { appealId: question.id, rating: 4 } }, { token: aliceToken });
    expect(rated.data.appealRate).toEqual({ appeal: { rating: 4, ratingText: "Хорошо", canRate: false, ratedAt: NOW }, userErrors: [] });
    const twice = await t.gql(RATE, { input: { appealId: question.id, rating: 5 } }, { token: aliceToken });
    expect(twice.data.appealRate.userErrors).toEqual([
      { field: ["input", "appealId"], code: "ALREADY_RATED", message: "Ответ уже оценен: оценить ответ можно только 1 раз" },
    ]);
    expect((await database.prisma.appeal.findFirstOrThrow({ where: { number: "1" } })).rating).toBe(4);
  });

  it("streams the customer's status changes live and refuses with a reason (→ Отказано)", async () => {
    const res = await t.app.yoga.fetch("http://kabinet.test/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", accept: "text/event-stream", authorization: `Bearer ${aliceToken}` },
      body: JSON.stringify({ query: "subscription { appealStatusChanged { number status statusText } }" }),
    });
    const reader = res.body!.getReader();
    const events: any[] = [];
    const decoder = new TextDecoder();
    let buffer = "";
    const next = async () => {
      while (!events.length) {
        const { value, done } = await reader.read();
        if (done) throw new Error("stream ended");
        buffer += decoder.decode(value, { stream: true });
        for (const m of buffer.matchAll(/^data: (.+)$/gm)) events.push(JSON.parse(m[1]!));
        buffer = buffer.slice(buffer.lastIndexOf("\n") + 1);
      }
      return events.shift();
    };

    // The first chunk is the stream's opening ping; reading on makes it pull the subscription,
    // which is listening from then on.
    expect(decoder.decode((await reader.read()).value)).toBe(":\n\n");
    const first = next();
    await new Promise((r) => setTimeout(r, 50));
    expect((await t.gql(TAKE, { id: other.id }, { token: staff })).data.appealTake.userErrors).toEqual([]);
    expect((await first).data.appealStatusChanged).toEqual({ number: other.number, status: "IN_PROGRESS", statusText: "В обработке" });

    const empty = await t.gql(REJECT, { id: other.id, reason: " " }, { token: staff });
    expect(empty.data.appealReject.userErrors).toEqual([{ field: ["input", "reason"], code: "REQUIRED", message: "Укажите причину отказа" }]);
    const r = await t.gql(REJECT, { id: other.id, reason: "Не приложены подтверждающие документы" }, { token: staff });
    expect(r.data.appealReject).toEqual({
      appeal: { status: "REJECTED", statusText: "Отказано", answer: "Не приложены подтверждающие документы" },
      userErrors: [],
    });
    expect((await next()).data.appealStatusChanged).toMatchObject({ status: "REJECTED", statusText: "Отказано" });
    await reader.cancel();

    const n = await database.prisma.notification.findFirstOrThrow({ where: { userId: alice.user.id, title: { startsWith: "Отказ" } } });
    expect(n.title).toBe(`Отказ по заявлению № ${other.number}`);
    expect(t.outbox!.list().some((m) => m.subject === `Отказ по заявлению № ${other.number}` && m.text.includes("Не приложены подтверждающие документы"))).toBe(
      true,
    );
    const rate = await t.gql(RATE, { input: { appealId: other.id, rating: 5 } }, { token: aliceToken });
    expect(rate.data.appealRate.userErrors[0].code).toBe("NOT_COMPLETED");
    const rejected = await database.prisma.auditLog.findFirstOrThrow({ where: { action: "appeal.rejected" } });
    expect(rejected.data).toMatchObject({ reason: "Не приложены подтверждающие документы" });
  });

  it("extends a question's term up to 30 working days, and no other type's", async () => {
    const q = await ask("Второй вопрос");
    expect(q.dueDate).toBe("2026-11-27"); // Tue 24 → Wed, Thu, Fri
    const tooLong = await t.gql(EXTEND, { id: q.id, days: 31 }, { token: staff });
    expect(tooLong.data.appealDueDateExtend.userErrors).toEqual([
      { field: ["input", "processingDays"], code: "INVALID_VALUE", message: "Укажите срок больше 3 и не более 30 рабочих дней" },
    ]);
    const ok = await t.gql(EXTEND, { id: q.id, days: 10 }, { token: staff });
    expect(ok.data.appealDueDateExtend).toEqual({ appeal: { dueDate: "2026-12-08" }, userErrors: [] });
    const other2 = await t.upload(
      SUBMIT,
      {
        input: {
          accountId: alice.accountGid,
          typeId: await typeGid(database.prisma, "GRATITUDE"),
          fields: [{ code: "comment", value: "Спасибо" }],
          consentPersonalData: true,
          consentSimpleSignature: true,
        },
      },
      {},
      { token: aliceToken },
    );
    const no = await t.gql(EXTEND, { id: other2.data.appealSubmit.appeal.id, days: 10 }, { token: staff });
    expect(no.data.appealDueDateExtend.userErrors).toEqual([
      { field: ["input", "appealId"], code: "EXTEND_NOT_ALLOWED", message: "Срок обработки этого заявления не продлевается" },
    ]);
    expect(await database.prisma.auditLog.count({ where: { action: "appeal.extended" } })).toBe(1);
  });

  it("queues open appeals by due date, overdue first, with counts", async () => {
    // A question filed on Monday 2 November: 4 November is a holiday → due Friday 6 November.
    t.clock.set("2026-11-02T05:00:00.000Z");
    const old = await ask("Старый вопрос");
    t.clock.set(NOW);
    expect(old.dueDate).toBe("2026-11-06");
    // The customer's journal is ordered by filing time, not by id: the old question comes last.
    const journal = (await t.gql(`{ viewer { appeals(first: 10) { edges { node { number } } } } }`, {}, { token: aliceToken })).data.viewer.appeals.edges;
    expect(journal.at(-1).node.number).toBe(old.number);
    expect(journal).toHaveLength(5);
    const q = (await t.gql(QUEUE, {}, { token: staff })).data;
    expect(q.staffAppeals.edges.map((e: any) => [e.node.dueDate, e.node.overdue, e.node.statusText])).toEqual([
      ["2026-11-06", true, "Принят"],
      ["2026-12-03", false, "Принят"], // «Благодарность»: 7 working days
      ["2026-12-08", false, "Принят"], // the extended question
    ]);
    expect(q.staffAppeals.totalCount).toBe(3);
    expect(q.staffAppealCounts).toEqual({ accepted: 3, inProgress: 0, overdue: 1 });
    const overdue = (await t.gql(QUEUE, { overdueOnly: true }, { token: staff })).data.staffAppeals;
    expect(overdue.edges.map((e: any) => e.node.number)).toEqual([old.number]);
    const closed = (await t.gql(QUEUE, { status: ["COMPLETED", "REJECTED"] }, { token: staff })).data.staffAppeals;
    expect(closed.edges.map((e: any) => e.node.statusText).sort()).toEqual(["Завершено", "Отказано"]);
    const byNumber = (await t.gql(QUEUE, { number: old.number, status: ["ACCEPTED"] }, { token: staff })).data.staffAppeals;
    expect(byNumber.edges.map((e: any) => e.node.applicant.name)).toEqual(["Сидоров Пётр Ильич"]);
  });

  it("publishes and unpublishes company news, audited", async () => {
    const CREATE = `mutation($input: NewsCreateInput!) { newsCreate(input: $input) { news { id title published body } userErrors { field message code } } }`;
    const NEWS = `{ news(first: 10) { title } }`;
    expect((await t.gql(CREATE, { input: { title: "Новость" } }, { token: aliceToken })).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const bad = await t.gql(CREATE, { input: { title: " ", url: "javascript:alert(1)" } }, { token: staff });
    expect(bad.data.newsCreate.userErrors.map((e: any) => [e.field.join("."), e.code])).toEqual([
      ["input.title", "REQUIRED"],
      ["input.url", "INVALID_VALUE"],
    ]);
    const draft = (await t.gql(CREATE, { input: { title: "График работы офисов в праздники", body: "Текст", publish: false } }, { token: staff })).data
      .newsCreate.news;
    expect(draft).toMatchObject({ published: false, body: "Текст" });
    expect((await t.gql(NEWS)).data.news).toEqual([]);
    const PUB = (op: string) => `mutation($id: ID!) { ${op}(input: { newsId: $id }) { news { published } userErrors { code message } } }`;
    expect((await t.gql(PUB("newsPublish"), { id: draft.id }, { token: staff })).data.newsPublish).toEqual({ news: { published: true }, userErrors: [] });
    expect((await t.gql(NEWS)).data.news).toEqual([{ title: "График работы офисов в праздники" }]);
    expect((await t.gql(PUB("newsUnpublish"), { id: draft.id }, { token: staff })).data.newsUnpublish.news.published).toBe(false);
    expect((await t.gql(NEWS)).data.news).toEqual([]);
    const missing = await t.gql(PUB("newsPublish"), { id: Buffer.from("NewsItem:999999").toString("base64") }, { token: staff });
    expect(missing.data.newsPublish.userErrors).toEqual([{ code: "NEWS_NOT_FOUND", message: "Новость не найдена" }]);
    const all = (await t.gql(`{ staffNews(first: 5) { totalCount edges { node { title published } } } }`, {}, { token: staff })).data.staffNews;
    expect(all.totalCount).toBe(1);
    const log = await database.prisma.auditLog.findMany({ where: { entity: "News" }, orderBy: { id: "asc" } });
    expect(log.map((a) => [a.action, a.actorType])).toEqual([
      ["news.created", "STAFF"],
      ["news.published", "STAFF"],
      ["news.unpublished", "STAFF"],
    ]);
  });

  it("blocks a meter with a reason the customer sees, and unblocks it, audited", async () => {
    const service = await database.prisma.service.findUniqueOrThrow({ where: { code: "ELECTRICITY" } });
    await database.prisma.meter.create({
      data: {
        accountId: alice.account.id,
        serviceId: service.id,
        number: "0112233",
        resource: "ELECTRICITY",
        unit: "кВт.ч",
        zones: ["ALL_DAY"],
        installedAt: new Date("2020-01-01"),
      },
    });
    const found = (
      await t.gql(
        `query($n: String!) { staffAccount(number: $n) { number meters { id number operatorBlockReason } } }`,
        { n: alice.account.number },
        { token: staff },
      )
    ).data.staffAccount;
    const meterId = found.meters[0].id;
    expect(found.meters[0].operatorBlockReason).toBeNull();
    const BLOCK = `mutation($id: ID!, $r: String!) { meterBlock(input: { meterId: $id, reason: $r }) { meter { blockedReason operatorBlockReason } userErrors { field code message } } }`;
    const UNBLOCK = `mutation($id: ID!) { meterUnblock(input: { meterId: $id }) { meter { blockedReason } userErrors { code message } } }`;
    expect((await t.gql(BLOCK, { id: meterId, r: " " }, { token: staff })).data.meterBlock.userErrors[0]).toMatchObject({ code: "REQUIRED" });
    expect((await t.gql(BLOCK, { id: meterId, r: "x" }, { token: aliceToken })).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const blocked = (await t.gql(BLOCK, { id: meterId, r: "Истек срок поверки прибора учета" }, { token: staff })).data.meterBlock;
    expect(blocked).toEqual({
      meter: {
        blockedReason: "Прием показаний по прибору учета заблокирован: Истек срок поверки прибора учета",
        operatorBlockReason: "Истек срок поверки прибора учета",
      },
      userErrors: [],
    });

    const SUBMIT_READING = `mutation($input: MeterReadingsSubmitInput!) { meterReadingsSubmit(input: $input) { userErrors { code message } } }`;
    const reading = { input: { accountId: alice.accountGid, readings: [{ meterId, zone: "ALL_DAY", value: "100" }] } };
    const refused = (await t.gql(SUBMIT_READING, reading, { token: aliceToken })).data.meterReadingsSubmit.userErrors;
    expect(refused).toEqual([{ code: "METER_BLOCKED", message: "Прием показаний по прибору учета заблокирован: Истек срок поверки прибора учета" }]);

    expect((await t.gql(UNBLOCK, { id: meterId }, { token: staff })).data.meterUnblock).toEqual({ meter: { blockedReason: null }, userErrors: [] });
    expect((await t.gql(UNBLOCK, { id: meterId }, { token: staff })).data.meterUnblock.userErrors).toEqual([
      { code: "NOT_BLOCKED", message: "Прием показаний по прибору учета не заблокирован" },
    ]);
    expect((await t.gql(SUBMIT_READING, reading, { token: aliceToken })).data.meterReadingsSubmit.userErrors).toEqual([]);
    const log = await database.prisma.auditLog.findMany({ where: { entity: "Meter" }, orderBy: { id: "asc" } });
    expect(log.map((a) => a.action)).toEqual(["meter.blocked", "meter.unblocked"]);
  });

  it("lets an administrator change a reason's processing time or withdraw it; new appeals follow", async () => {
    const UPDATE = `mutation($input: AppealTypeUpdateInput!) { appealTypeUpdate(input: $input) { type { title processingDays maxProcessingDays processingTimeText active } userErrors { field message code } } }`;
    const typeId = await typeGid(database.prisma, "GRATITUDE");
    expect((await t.gql(UPDATE, { input: { typeId, processingDays: 2 } }, { token: staff })).errors?.[0]?.extensions?.code).toBe("FORBIDDEN"); // operators may not
    const admin = (await signInAsStaff(t, "admin", "admin2026")).accessToken;
    const bad = await t.gql(UPDATE, { input: { typeId, processingDays: 0, maxProcessingDays: 99 } }, { token: admin });
    expect(bad.data.appealTypeUpdate.userErrors.map((e: any) => [e.field.join("."), e.code])).toEqual([
      ["input.processingDays", "INVALID_VALUE"],
      ["input.maxProcessingDays", "INVALID_VALUE"],
    ]);
    const ok = await t.gql(UPDATE, { input: { typeId, processingDays: 2 } }, { token: admin });
    expect(ok.data.appealTypeUpdate).toEqual({
      type: { title: "Благодарность", processingDays: 2, maxProcessingDays: null, processingTimeText: "до 2 рабочих дней", active: true },
      userErrors: [],
    });
    const input = {
      accountId: alice.accountGid,
      typeId,
      fields: [{ code: "comment", value: "Спасибо ещё раз" }],
      consentPersonalData: true,
      consentSimpleSignature: true,
    };
    const filed = await t.upload(SUBMIT, { input }, {}, { token: aliceToken });
    expect(filed.data.appealSubmit.appeal.dueDate).toBe("2026-11-26"); // Tue 24 → Wed, Thu

    await t.gql(UPDATE, { input: { typeId, active: false } }, { token: admin });
    const topics = (await t.gql(`{ appealTopics { code } }`)).data.appealTopics.map((x: any) => x.code);
    expect(topics).not.toContain("GRATITUDE");
    const withdrawn = await t.upload(SUBMIT, { input }, {}, { token: aliceToken });
    expect(withdrawn.data.appealSubmit.userErrors).toEqual([
      { field: ["input", "typeId"], code: "TYPE_NOT_FOUND", message: "Выберите тему и причину заявления" },
    ]);
    expect(await database.prisma.auditLog.count({ where: { action: "appeal-type.updated", actorType: "STAFF" } })).toBe(2);
  });
});
