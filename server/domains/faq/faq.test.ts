// «Часто задаваемые вопросы» through the API: everyone (signed in or not) reads and searches the
// published entries; operators edit them in the console, every change audited; empty texts are
// refused with a Russian message and change nothing; the reference seed never overwrites an edit.
import { describe, expect, it } from "vitest";
import { FAQ_ENTRIES } from "../../db/seed/faq.js";
import { hasReference, seedReference } from "../../db/seed/index.js";
import { seedStaff } from "../../db/seed/staff.js";
import { rowIdOf } from "../../graphql/global-id.js";
import { withTestApp } from "../../test/app.js";
import { testDatabases } from "../../test/db.js";
import { signInAsStaff } from "../../test/session.js";

const FAQ = `query($search: String) { faq(search: $search) { id topic question answer } }`;
const STAFF_FAQ = `query($search: String) { staffFaq(search: $search) { id question answer published position } }`;
const CREATE = `mutation($input: FaqEntryCreateInput!) { faqEntryCreate(input: $input) { entry { id topic question answer position published } userErrors { field message code } } }`;
const UPDATE = `mutation($input: FaqEntryUpdateInput!) { faqEntryUpdate(input: $input) { entry { id question answer published } userErrors { field message code } } }`;

const question = (code: string) => FAQ_ENTRIES.find((e) => e.code === code)!.question;

describe.each(testDatabases())("FAQ on $name", (backend) => {
  let staff: string;
  let operatorId: number;

  /** The global id of a seeded entry, as customers see it. */
  async function idOf(code: string): Promise<string> {
    const all = (await t.gql(FAQ)).data.faq as { id: string; question: string }[];
    return all.find((e) => e.question === question(code))!.id;
  }

  const t = withTestApp({
    backend,
    timeout: 60_000,
    seed: async () => {
      await seedReference(database.prisma);
      const { ids } = await seedStaff(database.prisma);
      operatorId = ids.get("operator")!;
      staff = (await signInAsStaff(t, "operator", "operator2026")).accessToken;
    },
  });
  const { database } = t;

  it("shows every shipped entry in order to visitors who are not signed in", async () => {
    const r = await t.gql(FAQ);
    expect(r.errors).toBeUndefined();
    expect(r.data.faq.map((e: { question: string }) => e.question)).toEqual(FAQ_ENTRIES.map((e) => e.question));
    expect(r.data.faq[0]).toMatchObject({ topic: "Регистрация и вход", answer: expect.stringContaining("Зарегистрироваться") });
  });

  it("searches questions, answers and topics: any case, every word in any order, ё as е", async () => {
    const found = async (search: string) => ((await t.gql(FAQ, { search })).data.faq as { question: string }[]).map((e) => e.question);
    expect(await found("ПАРОЛЬ забыл")).toEqual([question("recover")]);
    // «25 МБ» is only in the answer; «автоплатеж» in the question and answer.
    expect(await found("25 мб")).toEqual([question("appeals-files")]);
    expect(await found("Автоплатёж")).toEqual([question("autopay")]);
    // The topic counts too: every entry of «Показания».
    expect(await found("показания")).toEqual(expect.arrayContaining([question("readings-when"), question("readings-mistake"), question("readings-blocked")]));
    expect(await found("квартплата марсоход")).toEqual([]);
    expect(await found("  ")).toHaveLength(FAQ_ENTRIES.length);
    const long = await t.gql(FAQ, { search: "я".repeat(201) });
    expect(long.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("lets only staff edit", async () => {
    const id = await idOf("readings-when");
    const anonymous = await t.gql(UPDATE, { input: { entryId: id, answer: "Взлом" } });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect((await t.gql(STAFF_FAQ)).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect(await database.prisma.faqEntry.findUniqueOrThrow({ where: { code: "readings-when" }, select: { answer: true } })).toEqual({
      answer: FAQ_ENTRIES.find((e) => e.code === "readings-when")!.answer,
    });
  });

  it("an operator's edit reaches customers at once and is audited with the text before and after", async () => {
    const id = await idOf("readings-when");
    const before = FAQ_ENTRIES.find((e) => e.code === "readings-when")!.answer;
    const answer = "Показания принимаются с 1 по 25 число. В декабре 2026 года — до 23 декабря включительно.";
    const r = await t.gql(UPDATE, { input: { entryId: id, answer } }, { token: staff });
    expect(r.data.faqEntryUpdate).toEqual({ entry: { id, question: question("readings-when"), answer, published: true }, userErrors: [] });

    const seen = (await t.gql(FAQ, { search: "декабре" })).data.faq;
    expect(seen).toEqual([{ id, topic: "Показания", question: question("readings-when"), answer }]);

    const logs = await database.prisma.auditLog.findMany({ where: { action: "faq.updated" } });
    expect(logs).toHaveLength(1);
    expect(logs[0]).toMatchObject({ actorType: "STAFF", actorId: operatorId, entity: "FaqEntry", data: { before: { answer: before }, after: { answer } } });
    const row = await database.prisma.faqEntry.findUniqueOrThrow({ where: { code: "readings-when" } });
    expect(row.updatedById).toBe(operatorId);
  });

  it("adds an entry after the last one, and an unpublished entry is hidden from customers only", async () => {
    const r = await t.gql(
      CREATE,
      {
        input: {
          topic: "Показания",
          question: "Как передать показания двухтарифного счётчика?",
          answer: "Введите показания дневной и ночной зон в их строках.",
        },
      },
      { token: staff },
    );
    expect(r.data.faqEntryCreate.userErrors).toEqual([]);
    const created = r.data.faqEntryCreate.entry;
    expect(created).toMatchObject({ published: true, position: (FAQ_ENTRIES.length + 1) * 10 });
    expect((await t.gql(FAQ)).data.faq.at(-1).id).toBe(created.id);
    expect((await t.gql(FAQ, { search: "двухтарифного счетчика" })).data.faq.map((e: { id: string }) => e.id)).toEqual([created.id]);

    const hide = await t.gql(UPDATE, { input: { entryId: created.id, published: false } }, { token: staff });
    expect(hide.data.faqEntryUpdate.entry.published).toBe(false);
    expect((await t.gql(FAQ, { search: "двухтарифного" })).data.faq).toEqual([]);
    expect((await t.gql(`query($id: ID!) { node(id: $id) { id } }`, { id: created.id })).data.node).toBeNull();
    const inConsole = (await t.gql(STAFF_FAQ, { search: "двухтарифного" }, { token: staff })).data.staffFaq;
    expect(inConsole).toEqual([expect.objectContaining({ id: created.id, published: false })]);

    const actions = (
      await database.prisma.auditLog.findMany({ where: { entity: "FaqEntry", entityId: String(rowIdOf(created.id, "FaqEntry")) }, orderBy: { id: "asc" } })
    ).map((l) => [l.action, l.data]);
    expect(actions).toEqual([
      ["faq.created", { after: expect.objectContaining({ question: "Как передать показания двухтарифного счётчика?" }) }],
      ["faq.updated", { before: { published: true }, after: { published: false } }],
    ]);
  });

  it("refuses an empty question or answer with a Russian message and changes nothing", async () => {
    const id = await idOf("receipt");
    const row = await database.prisma.faqEntry.findUniqueOrThrow({ where: { code: "receipt" } });
    const audits = await database.prisma.auditLog.count();
    const count = await database.prisma.faqEntry.count();

    const blank = await t.gql(UPDATE, { input: { entryId: id, question: "   ", answer: "Новый ответ" } }, { token: staff });
    expect(blank.data.faqEntryUpdate).toEqual({ entry: null, userErrors: [{ field: ["input", "question"], message: "Введите вопрос", code: "REQUIRED" }] });
    const noAnswer = await t.gql(UPDATE, { input: { entryId: id, answer: "" } }, { token: staff });
    expect(noAnswer.data.faqEntryUpdate.userErrors).toEqual([{ field: ["input", "answer"], message: "Введите ответ на вопрос", code: "REQUIRED" }]);
    const create = await t.gql(CREATE, { input: { topic: "Оплата", question: "Вопрос без ответа?", answer: " " } }, { token: staff });
    expect(create.data.faqEntryCreate.userErrors).toEqual([{ field: ["input", "answer"], message: "Введите ответ на вопрос", code: "REQUIRED" }]);
    const missing = await t.gql(UPDATE, { input: { entryId: Buffer.from("FaqEntry:999999").toString("base64"), answer: "Ответ" } }, { token: staff });
    expect(missing.data.faqEntryUpdate.userErrors).toEqual([{ field: ["input", "entryId"], message: "Вопрос не найден", code: "FAQ_NOT_FOUND" }]);

    expect(await database.prisma.faqEntry.findUniqueOrThrow({ where: { code: "receipt" } })).toEqual(row);
    expect(await database.prisma.faqEntry.count()).toBe(count);
    expect(await database.prisma.auditLog.count()).toBe(audits);
  });

  it("the reference seed at the next start keeps the operators' edits and restores a missing shipped entry", async () => {
    const edited = await database.prisma.faqEntry.findUniqueOrThrow({ where: { code: "readings-when" } });
    expect(edited.answer).toContain("23 декабря");
    await database.prisma.faqEntry.update({ where: { code: "receipt" }, data: { published: false } });
    expect(await hasReference(database.prisma)).toBe(true);
    expect((await seedReference(database.prisma)).inserted.faq).toBe(0);

    await database.prisma.faqEntry.delete({ where: { code: "delete-account" } });
    expect(await hasReference(database.prisma)).toBe(false);
    const again = await seedReference(database.prisma);
    expect(again.inserted.faq).toBe(1);
    expect(await database.prisma.faqEntry.findUniqueOrThrow({ where: { code: "readings-when" } })).toEqual(edited);
    expect((await database.prisma.faqEntry.findUniqueOrThrow({ where: { code: "receipt" } })).published).toBe(false);
    expect((await database.prisma.faqEntry.findUniqueOrThrow({ where: { code: "delete-account" } })).question).toBe(question("delete-account"));
  }, 60_000);
});
