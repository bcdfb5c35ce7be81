// Filing appeals through the API with real multipart requests: the e-mail gate, the catalog's
// forms, required fields and files per reason, file types by content, the 25 MB total, numbers,
// working-day due dates, the journal, and that nobody sees another customer's appeal or file.
import { encodeGlobalID } from "@pothos/plugin-relay";
import fs from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { createLocalStorage } from "../../integrations/storage/index.js";
import { withTestApp } from "../../test/app.js";
import { testDatabases } from "../../test/db.js";
import { signInAs } from "../../test/session.js";
import {
  FILE_LINK,
  JOURNAL,
  QUESTION,
  RATE,
  SUBMIT,
  appealsCustomer,
  exe,
  filesUnder,
  nameChangeInput,
  pdf,
  png,
  seedAppealsData,
  tempDir,
  typeGid,
} from "./test-support.js";

// Friday 6 March 2026, 15:00 in Нефтеюганск (UTC+5): 8 March is a Sunday, Monday the 9th is off.
const NOW = "2026-03-06T10:00:00.000Z";

describe.each(testDatabases())("appeals: filing on $name", (backend) => {
  let alice: Awaited<ReturnType<typeof appealsCustomer>>;
  let bob: Awaited<ReturnType<typeof appealsCustomer>>;
  let carol: Awaited<ReturnType<typeof appealsCustomer>>;
  let aliceToken: string;
  let bobToken: string;
  let carolToken: string;
  let nameChangeType: string;

  const storageDir = tempDir("kabinet-appeals-files-");
  const t = withTestApp({
    backend,
    now: NOW,
    storage: createLocalStorage(storageDir),
    seed: async () => {
      await seedAppealsData(database.prisma);
      alice = await appealsCustomer(database.prisma);
      bob = await appealsCustomer(database.prisma);
      carol = await appealsCustomer(database.prisma, { confirmed: false });
      aliceToken = (await signInAs(t, alice.user.login, alice.password)).accessToken;
      bobToken = (await signInAs(t, bob.user.login, bob.password)).accessToken;
      carolToken = (await signInAs(t, carol.user.login, carol.password)).accessToken;
      nameChangeType = await typeGid(database.prisma, "OWNER_NAME_CHANGED");
    },
  });
  const { database } = t;
  afterAll(async () => {
    fs.rmSync(storageDir, { recursive: true, force: true });
  });

  const countAppeals = () => database.prisma.appeal.count();
  const nameChangeFiles = (passportScan: File = pdf("паспорт.pdf"), certificate: File = png("свидетельство.png")) => ({
    files: { "variables.input.files.0.file": passportScan, "variables.input.files.1.file": certificate },
    slots: [
      { slot: "passportScan", file: null },
      { slot: "nameChangeCertificate", file: null },
    ],
  });

  it("is closed without a confirmed e-mail, and says why", async () => {
    const access = `{ viewer { appealsAccess { allowed code reason } } }`;
    const closed = (await t.gql(access, {}, { token: carolToken })).data.viewer.appealsAccess;
    expect(closed).toEqual({
      allowed: false,
      code: "EMAIL_NOT_CONFIRMED",
      reason: expect.stringMatching(/^Раздел «Заявления» доступен только в случае указания и подтверждения адреса электронной почты/),
    });
    expect((await t.gql(access, {}, { token: aliceToken })).data.viewer.appealsAccess).toEqual({ allowed: true, code: null, reason: null });

    const r = await t.upload(
      QUESTION,
      { input: { accountId: carol.accountGid, text: "Вопрос", files: [], consentPersonalData: true, consentSimpleSignature: true } },
      {},
      { token: carolToken },
    );
    expect(r.data.appealQuestionSubmit.userErrors).toEqual([{ field: null, message: closed.reason, code: "EMAIL_NOT_CONFIRMED" }]);
    const journal = await t.gql(JOURNAL, {}, { token: carolToken });
    expect(journal.errors?.[0]?.message).toBe(closed.reason);
    expect(await countAppeals()).toBe(0);
  });

  it("offers topics → reasons → forms from the catalog, with the applicant's data to prefill", async () => {
    const r = await t.gql(
      `query($acc: ID!) {
        appealTopics { code title types { id code title processingTimeText isQuestion
          fields { code label kind required section prefillKey } fileSlots { code label required multiple } } }
        node(id: $acc) { ... on Account { appealApplicant { accountNumber name address email phone prefill { key value } } } } }`,
      { acc: alice.accountGid },
      { token: aliceToken },
    );
    const topics = r.data.appealTopics;
    expect(topics.map((x: any) => x.code)).not.toContain("QUESTION");
    const change = topics.find((x: any) => x.title === "Внесение изменений в данные лицевого счета");
    expect(change.types.map((x: any) => x.title)).toEqual([
      "Некорректная фамилия или имя и (или) отчество собственника (пользователя)",
      "Смена фамилии или изменение имени собственника (пользователя)",
      "Изменение площади жилого помещения",
      "Изменение почтового адреса доставки платежных документов",
      "Изменение количества проживающих",
      "Некорректная модель и (или) номер прибора учета",
    ]);
    const form = change.types[1];
    expect(form.processingTimeText).toBe("до 11 рабочих дней");
    const required = form.fields.filter((f: any) => f.required).map((f: any) => f.label);
    expect(required).toEqual([
      "Серия, Номер",
      "Дата выдачи",
      "Кем выдан",
      "Место рождения",
      "Адрес регистрации",
      "Дата регистрации",
      "Фамилия новая",
      "Имя новое",
    ]);
    expect(form.fields.find((f: any) => f.code === "passport")).toMatchObject({ kind: "PASSPORT", section: "Паспорт владельца объекта недвижимости" });
    expect(form.fields.find((f: any) => f.code === "lastNameOld")).toMatchObject({ label: "Фамилия была", prefillKey: "ownerLastName" });
    // Figure 32: the new name opens as the current one («Имя новое *: Иван1»).
    expect(form.fields.filter((f: any) => f.code.endsWith("NameNew")).map((f: any) => [f.label, f.prefillKey])).toEqual([
      ["Фамилия новая", "ownerLastName"],
      ["Имя новое", "ownerFirstName"],
      ["Отчество новое", "ownerMiddleName"],
    ]);
    expect(form.fileSlots.filter((s: any) => s.required).map((s: any) => s.label)).toEqual([
      "Скан паспорта",
      "Свидетельство о перемене имени / о заключении брака",
    ]);

    const applicant = r.data.node.appealApplicant;
    expect(applicant).toMatchObject({ accountNumber: alice.account.number, name: "Сидоров Пётр Ильич", email: alice.user.email, phone: "79220000000" });
    expect(applicant.prefill).toContainEqual({ key: "ownerLastName", value: "Сидоров" });

    const rules = (await t.gql(`{ appealUploadRules { maxTotalBytes allowedExtensions hint } appealRatingOptions { value label } }`)).data;
    expect(rules.appealUploadRules).toEqual({
      maxTotalBytes: 25 * 1024 * 1024,
      allowedExtensions: ["pdf", "jpg", "jpeg", "png", "tif", "tiff", "zip", "rar"],
      hint: "Внимание! Общий лимит вложений: 25 МБ. Возможные типы файлов: PDF, JPG, JPEG, PNG, TIF, ZIP, RAR",
    });
    expect(rules.appealRatingOptions[0]).toEqual({ value: 5, label: "Отлично" });
  });

  it("refuses a form without its required fields, scans and consents, storing nothing", async () => {
    const input = {
      accountId: alice.accountGid,
      typeId: nameChangeType,
      fields: [
        { code: "passport", value: "11 11" },
        { code: "passportIssuedAt", value: "31.02.2021" },
      ],
      files: [],
      consentPersonalData: false,
      consentSimpleSignature: false,
    };
    const r = await t.upload(SUBMIT, { input }, {}, { token: aliceToken });
    const errors = r.data.appealSubmit.userErrors;
    expect(r.data.appealSubmit.appeal).toBeNull();
    expect(errors).toEqual(
      expect.arrayContaining([
        { field: ["input", "fields", "passport"], code: "INVALID_VALUE", message: "Поле «Серия, Номер»: укажите серию (4 цифры) и номер (6 цифр) паспорта" },
        { field: ["input", "fields", "passportIssuedAt"], code: "INVALID_VALUE", message: "Поле «Дата выдачи»: укажите дату в формате ДД.ММ.ГГГГ" },
        { field: ["input", "fields", "passportIssuedBy"], code: "REQUIRED", message: "Заполните поле «Кем выдан»" },
        { field: ["input", "fields", "lastNameNew"], code: "REQUIRED", message: "Заполните поле «Фамилия новая»" },
        { field: ["input", "files", "passportScan"], code: "FILE_REQUIRED", message: "Приложите файл «Скан паспорта»" },
        {
          field: ["input", "files", "nameChangeCertificate"],
          code: "FILE_REQUIRED",
          message: "Приложите файл «Свидетельство о перемене имени / о заключении брака»",
        },
        { field: ["input", "consentPersonalData"], code: "CONSENT_REQUIRED", message: expect.stringContaining("согласие на обработку персональных данных") },
        { field: ["input", "consentSimpleSignature"], code: "CONSENT_REQUIRED", message: expect.stringContaining("простой электронной подписи") },
      ]),
    );
    // Prefilled «Фамилия была» is not required and not reported.
    expect(errors.map((e: any) => e.field.join("."))).not.toContain("input.fields.lastNameOld");
    expect(errors).toHaveLength(12); // also «Место рождения», «Адрес регистрации», «Дата регистрации», «Имя новое»

    // Everything valid but one consent: still nothing, though the files were sent.
    const { files, slots } = nameChangeFiles();
    const one = await t.upload(SUBMIT, { input: { ...nameChangeInput(alice.accountGid, nameChangeType, slots), consentSimpleSignature: false } }, files, {
      token: aliceToken,
    });
    expect(one.data.appealSubmit.userErrors.map((e: any) => e.code)).toEqual(["CONSENT_REQUIRED"]);
    expect(await countAppeals()).toBe(0);
    expect(filesUnder(storageDir)).toEqual([]);
  });

  it("refuses a renamed program as a PDF: the content decides, not the name", async () => {
    const { files, slots } = nameChangeFiles(exe("паспорт.pdf"));
    const r = await t.upload(SUBMIT, { input: nameChangeInput(alice.accountGid, nameChangeType, slots) }, files, { token: aliceToken });
    expect(r.data.appealSubmit.userErrors).toEqual([
      {
        field: ["input", "files", "passportScan"],
        code: "FILE_TYPE",
        message: "Файл «паспорт.pdf» не принят: допустимы файлы PDF, JPG, JPEG, PNG, TIF, TIFF, ZIP, RAR, и содержимое файла должно соответствовать его типу",
      },
    ]);
    // A real PNG named .pdf, and an .exe name, are refused too.
    const mismatch = nameChangeFiles(png("scan.pdf"), new File([Buffer.from("MZ")], "setup.exe"));
    const r2 = await t.upload(SUBMIT, { input: nameChangeInput(alice.accountGid, nameChangeType, mismatch.slots) }, mismatch.files, { token: aliceToken });
    expect(r2.data.appealSubmit.userErrors.map((e: any) => [e.field.at(-1), e.code])).toEqual([
      ["passportScan", "FILE_TYPE"],
      ["nameChangeCertificate", "FILE_TYPE"],
    ]);
    expect(await countAppeals()).toBe(0);
    expect(filesUnder(storageDir)).toEqual([]);
  });

  it("refuses more than 25 MB of files in total (413, in Russian), storing nothing", async () => {
    const half = 13 * 1024 * 1024; // each file is under the limit, the two together are not
    const { slots } = nameChangeFiles();
    const r = await t.upload(
      SUBMIT,
      { input: nameChangeInput(alice.accountGid, nameChangeType, slots) },
      { "variables.input.files.0.file": pdf("a.pdf", half), "variables.input.files.1.file": pdf("b.pdf", half) },
      { token: aliceToken },
    );
    expect(r.status).toBe(413);
    expect(r.errors).toEqual([
      expect.objectContaining({
        message: "Общий размер вложений превышает 25 МБ. Уменьшите размер или количество файлов.",
        extensions: expect.objectContaining({ code: "FILES_TOO_LARGE" }),
      }),
    ]);
    expect(await countAppeals()).toBe(0);
    expect(filesUnder(storageDir)).toEqual([]);
  });

  let filed: any;

  it("files a complete application: numbered by its type, «Принят», due in working days, files stored under clean names", async () => {
    const { files, slots } = nameChangeFiles(pdf("../../etc/паспорт\u0000 стр.1.PDF"), png("свидетельство.png"));
    const r = await t.upload(SUBMIT, { input: nameChangeInput(alice.accountGid, nameChangeType, slots) }, files, { token: aliceToken });
    expect(r.data.appealSubmit.userErrors).toEqual([]);
    filed = r.data.appealSubmit.appeal;
    expect(filed).toMatchObject({
      number: "08-000000001",
      title: "Смена фамилии или изменение имени собственника (пользователя)",
      topicTitle: "Внесение изменений в данные лицевого счета",
      status: "ACCEPTED",
      statusText: "Принят",
      processingTimeText: "до 11 рабочих дней",
      // From Friday 6 March: 9 March is off → 10, 11, 12, 13, 16 … 20, 23, 24 → 11th working day is 24 March.
      dueDate: "2026-03-24",
      overdue: false,
      text: "Смена фамилии после заключения брака",
      applicant: { name: "Сидоров Пётр Ильич", address: alice.account.address, email: alice.user.email, phone: "79220000000" },
      statusHistory: [{ fromStatus: null, toStatus: "ACCEPTED", toStatusText: "Принят", byStaff: false, staffName: null, comment: null }],
      canRate: false,
    });
    expect(filed.fields).toContainEqual({ code: "passport", label: "Серия, Номер", kind: "PASSPORT", value: "11 11 111111" });
    expect(filed.fields).toContainEqual({ code: "registrationDate", label: "Дата регистрации", kind: "DATE", value: "2021-09-27" });
    expect(filed.fields).toContainEqual({ code: "lastNameOld", label: "Фамилия была", kind: "TEXT", value: "Сидоров" }); // prefilled
    expect(filed.attachments).toEqual([
      expect.objectContaining({
        fileName: "паспорт стр.1.PDF",
        kind: "PDF",
        mimeType: "application/pdf",
        slotCode: "passportScan",
        slotLabel: "Скан паспорта",
        size: 2048,
      }),
      expect.objectContaining({ fileName: "свидетельство.png", kind: "PNG", mimeType: "image/png", slotCode: "nameChangeCertificate" }),
    ]);
    // The connections hold the same rows as the deprecated lists.
    expect(filed.attachedFiles).toEqual({
      totalCount: 2,
      nodes: filed.attachments.map((f: any) => ({ id: f.id, fileName: f.fileName })),
      pageInfo: { hasNextPage: false },
    });
    expect(filed.statusChanges).toEqual({ totalCount: 1, nodes: filed.statusHistory, pageInfo: { hasNextPage: false } });
    const rows = await database.prisma.appealFile.findMany({ orderBy: { id: "asc" } });
    expect(rows.map((f) => f.sha256)).toEqual([expect.stringMatching(/^[0-9a-f]{64}$/), expect.stringMatching(/^[0-9a-f]{64}$/)]);
    expect(filesUnder(storageDir)).toHaveLength(2);
    const consents = await database.prisma.consent.findMany({ where: { userId: alice.user.id } });
    expect(consents.map((c) => [c.kind, c.textVersion])).toEqual([
      ["PERSONAL_DATA", "appeal-form-2026-11:08-000000001"],
      ["SIMPLE_E_SIGNATURE", "appeal-form-2026-11:08-000000001"],
    ]);
    const auditRow = await database.prisma.auditLog.findFirstOrThrow({ where: { action: "appeal.submitted" } });
    expect(auditRow).toMatchObject({ actorType: "USER", actorId: alice.user.id, entity: "Appeal" });
  });

  it("asks a question with text and several files: a plain number, 3 working days extendable to 30", async () => {
    const r = await t.upload(
      QUESTION,
      {
        input: {
          accountId: alice.accountGid,
          text: "  Я хочу задать вопрос о личном кабинете  ",
          files: [null, null, null],
          consentPersonalData: true,
          consentSimpleSignature: true,
        },
      },
      {
        "variables.input.files.0": pdf("счет.pdf"),
        "variables.input.files.1": png("фото.png"),
        "variables.input.files.2": new File([Buffer.from([0xff, 0xd8, 0xff, 0xdb, 1, 2, 3])], "IMG_0001"),
      },
      { token: aliceToken },
    );
    expect(r.data.appealQuestionSubmit.userErrors).toEqual([]);
    const q = r.data.appealQuestionSubmit.appeal;
    expect(q).toMatchObject({
      number: "1",
      title: "Задать вопрос",
      isQuestion: true,
      text: "Я хочу задать вопрос о личном кабинете",
      processingTimeText: "3 рабочих дня. При необходимости срок может быть увеличен до 30 рабочих дней.",
      dueDate: "2026-03-12", // Fri 6 → (Sat, Sun, Mon 9 March off) Tue 10, Wed 11, Thu 12
      fields: [],
    });
    expect(q.attachments.map((f: any) => [f.fileName, f.kind, f.slotLabel])).toEqual([
      ["счет.pdf", "PDF", "Прочие документы"],
      ["фото.png", "PNG", "Прочие документы"],
      ["IMG_0001.jpg", "JPEG", "Прочие документы"], // no extension: the content's one is added
    ]);

    const empty = await t.upload(
      QUESTION,
      { input: { accountId: alice.accountGid, text: " ", consentPersonalData: true, consentSimpleSignature: true } },
      {},
      { token: aliceToken },
    );
    expect(empty.data.appealQuestionSubmit.userErrors).toEqual([{ field: ["input", "text"], code: "REQUIRED", message: "Заполните поле «Текст сообщения»" }]);
  });

  it("lists the journal newest first, with a cursor", async () => {
    const page = (await t.gql(JOURNAL, { first: 1 }, { token: aliceToken })).data.viewer.appeals;
    expect(page.totalCount).toBe(2);
    expect(page.edges.map((e: any) => e.node.number)).toEqual(["1"]);
    expect(page.pageInfo.hasNextPage).toBe(true);
    const next = (await t.gql(JOURNAL, { first: 5, after: page.pageInfo.endCursor }, { token: aliceToken })).data.viewer.appeals;
    expect(next.edges.map((e: any) => [e.node.number, e.node.statusText])).toEqual([["08-000000001", "Принят"]]);
  });

  it("never shows a customer another customer's appeal or file, by ID guessing too", async () => {
    const bobJournal = (await t.gql(JOURNAL, {}, { token: bobToken })).data.viewer.appeals;
    expect(bobJournal.totalCount).toBe(0);
    const ids = await database.prisma.appeal.findMany({ select: { id: true } });
    const fileIds = await database.prisma.appealFile.findMany({ select: { id: true } });
    for (const { id } of ids) {
      const r = await t.gql(`query($id: ID!) { node(id: $id) { id } }`, { id: encodeGlobalID("Appeal", id) }, { token: bobToken });
      expect(r.data.node).toBeNull();
      const rate = await t.gql(RATE, { input: { appealId: encodeGlobalID("Appeal", id), rating: 5 } }, { token: bobToken });
      expect(rate.data.appealRate.userErrors[0].code).toBe("APPEAL_NOT_FOUND");
    }
    for (const { id } of fileIds) {
      const gid = encodeGlobalID("AppealFile", id);
      expect((await t.gql(`query($id: ID!) { node(id: $id) { id } }`, { id: gid }, { token: bobToken })).data.node).toBeNull();
      const link = await t.gql(FILE_LINK, { input: { fileId: gid } }, { token: bobToken });
      expect(link.data.appealFileLinkCreate).toEqual({
        link: null,
        userErrors: [{ field: ["input", "fileId"], code: "FILE_NOT_FOUND", message: "Файл не найден" }],
      });
      // Anonymous callers get nothing either.
      expect((await t.gql(FILE_LINK, { input: { fileId: gid } })).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    }
    // The owner can.
    const own = await t.gql(FILE_LINK, { input: { fileId: filed.attachments[0].id } }, { token: aliceToken });
    expect(own.data.appealFileLinkCreate.link.url).toMatch(/^\/files\/appeals\/\d+\/.+\?token=/);
    // Bob cannot file on Alice's account either.
    const onAlice = await t.upload(
      QUESTION,
      { input: { accountId: alice.accountGid, text: "?", consentPersonalData: true, consentSimpleSignature: true } },
      {},
      { token: bobToken },
    );
    expect(onAlice.data.appealQuestionSubmit.userErrors).toEqual([
      { field: ["input", "accountId"], code: "ACCOUNT_NOT_FOUND", message: "Лицевой счет не найден" },
    ]);
  });
});
