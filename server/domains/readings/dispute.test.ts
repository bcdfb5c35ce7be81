// «Оспорить показания» through the API on a real database: a value below the accepted one is
// refused, the dispute is filed in one step with the photo (stored cleaned: no GPS), bad input
// files nothing, nobody disputes another customer's meter; an operator sees the photo and the
// meter's history and accepts a corrected value — recorded as «Корректировка по заявлению» even
// though it is below the accepted one, audited — and the customer's history and form show it.
import { once } from "node:events";
import exifr from "exifr";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { withTestApp } from "../../test/app.js";
import { testDatabases } from "../../test/db.js";
import { signInAs, signInAsStaff } from "../../test/session.js";

const NOW = "2026-11-24T07:00:00.000Z"; // inside the readings window

const METERS = `{ viewer { activeAccount { id meters { id number zones lastAccepted { zone value } } } } }`;
const SUBMIT = `mutation($input: MeterReadingsSubmitInput!) { meterReadingsSubmit(input: $input) { readings { zone value } userErrors { field message code } } }`;
const DISPUTE = `mutation($input: ReadingDisputeSubmitInput!) { readingDisputeSubmit(input: $input) {
  appeal { id number title statusText fields { code label value } attachedFiles { nodes { id fileName mimeType slotLabel } }
    readingDispute { meter { number } entered { zone value } accepted { zone value } photo { id fileName } correctedAt } }
  userErrors { field message code } } }`;
const DETAILS = `query($id: ID!) { node(id: $id) { ... on Appeal { status statusText answer readingDispute {
  meter { number } photo { id mimeType } correctedAt correction { zone value source sourceText status }
  meterHistory { zone value sourceText status } } } } }`;
const TAKE = `mutation($id: ID!) { appealTake(input: { appealId: $id }) { userErrors { code } } }`;
const ACCEPT = `mutation($input: ReadingDisputeAcceptInput!) { readingDisputeAccept(input: $input) { appeal { status statusText answer } userErrors { field message code } } }`;
const HISTORY = `{ viewer { activeAccount { readingHistory(from: "2026-11", to: "2026-11") { rows { meterNumber zone value sourceText accepted } } } } }`;
const TOPICS = `{ appealTopics { code types { code } } }`;

describe.each(testDatabases())("readings disputes on $name", (backend) => {
  let token: string;
  let otherToken: string;
  let staff: string;
  let accountId: string;
  let meter: { id: string; number: string; zones: string[]; lastAccepted: { zone: string; value: string }[] };
  let othersMeterId: string;

  const t = withTestApp({
    backend,
    demo: true,
    now: NOW,
    seed: async () => {
      token = (await signInAs(t, "0710000000", "demo2026")).accessToken;
      otherToken = (await signInAs(t, "debtor", "debtor2026")).accessToken;
      staff = (await signInAsStaff(t, "operator", "operator2026")).accessToken;
      const a = (await t.gql(METERS, {}, { token })).data.viewer.activeAccount;
      accountId = a.id;
      meter = a.meters.find((m: any) => m.number === "6158001");
      othersMeterId = (await t.gql(METERS, {}, { token: otherToken })).data.viewer.activeAccount.meters[0].id;
    },
  });
  const { database } = t;

  const accepted = (zone: string) => Number(meter.lastAccepted.find((r) => r.zone === zone)!.value);
  /** The display: day 50 below the accepted value, night 10 above. */
  const display = () => [
    { zone: "DAY", value: String(accepted("DAY") - 50) },
    { zone: "NIGHT", value: String(accepted("NIGHT") + 10) },
  ];

  async function phonePhoto(): Promise<File> {
    const jpeg = await sharp({ create: { width: 120, height: 80, channels: 3, background: { r: 10, g: 120, b: 200 } } })
      .jpeg()
      .withExifMerge({
        IFD0: { Make: "Phone" },
        IFD3: { GPSLatitudeRef: "N", GPSLatitude: "61/1 5/1 0/1", GPSLongitudeRef: "E", GPSLongitude: "72/1 36/1 0/1" },
      })
      .toBuffer();
    expect(await exifr.gps(jpeg)).toBeDefined();
    return new File([jpeg], "IMG_0042.JPG", { type: "image/jpeg" });
  }

  const dispute = (input: Record<string, unknown>, photo: File | null, as = token) =>
    t.upload(
      DISPUTE,
      {
        input: {
          accountId,
          meterId: meter.id,
          readings: display(),
          comment: "На табло меньше: прошлые показания передали с ошибкой",
          consentPersonalData: true,
          consentSimpleSignature: true,
          photo: null,
          ...input,
        },
      },
      photo ? { "variables.input.photo": photo } : {},
      { token: as },
    );

  const counts = async () => ({
    appeals: await database.prisma.appeal.count(),
    files: await database.prisma.appealFile.count(),
    disputes: await database.prisma.readingDispute.count(),
  });

  it("refuses a value below the accepted one with BELOW_ACCEPTED", async () => {
    const r = await t.gql(SUBMIT, { input: { accountId, readings: display().map((x) => ({ ...x, meterId: meter.id })) } }, { token });
    expect(r.data.meterReadingsSubmit.userErrors.map((e: any) => [e.code, e.field])).toEqual([["BELOW_ACCEPTED", ["input", "readings", "0", "value"]]]);
  });

  it("is not offered in «Подать заявление» and cannot be filed through it", async () => {
    const topics = (await t.gql(TOPICS, {}, { token })).data.appealTopics;
    expect(topics.flatMap((x: any) => x.types.map((y: any) => y.code))).not.toContain("READINGS_DISPUTE");
    const type = await database.prisma.appealType.findUniqueOrThrow({ where: { code: "READINGS_DISPUTE" } });
    expect([type.title, type.listed]).toEqual(["Несогласие с принятыми показаниями", false]);
    const { encodeGlobalID } = await import("@pothos/plugin-relay");
    const r = await t.upload(
      `mutation($input: AppealSubmitInput!) { appealSubmit(input: $input) { appeal { id } userErrors { code } } }`,
      { input: { accountId, typeId: encodeGlobalID("AppealType", type.id), consentPersonalData: true, consentSimpleSignature: true } },
      {},
      { token },
    );
    expect(r.data.appealSubmit.userErrors.map((e: any) => e.code)).toEqual(["TYPE_NOT_FOUND"]);
  });

  it("files nothing for bad input, with Russian messages", async () => {
    const before = await counts();
    const cases: [Record<string, unknown>, File | null, string, string[]][] = [
      [{}, null, "PHOTO_REQUIRED", ["input", "photo"]],
      [{}, new File([Buffer.from("%PDF-1.7\n%тест")], "display.jpg", { type: "image/jpeg" }), "PHOTO_TYPE", ["input", "photo"]],
      [
        {},
        new File([Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(11 * 1024 * 1024)])], "big.jpg"),
        "PHOTO_TOO_LARGE",
        ["input", "photo"],
      ],
      [{}, new File([Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 4, 5, 6, 7, 8])], "cut.jpg"), "PHOTO_UNREADABLE", ["input", "photo"]],
      [
        {
          readings: [
            { zone: "DAY", value: String(accepted("DAY") + 1) },
            { zone: "NIGHT", value: String(accepted("NIGHT")) },
          ],
        },
        await phonePhoto(),
        "NOT_BELOW_ACCEPTED",
        ["input", "readings"],
      ],
      [
        {
          readings: [
            { zone: "DAY", value: "12,34567" },
            { zone: "NIGHT", value: "1" },
          ],
        },
        await phonePhoto(),
        "INVALID_VALUE",
        ["input", "readings", "0", "value"],
      ],
      [{ readings: [{ zone: "DAY", value: "1" }] }, await phonePhoto(), "ZONES", ["input", "readings"]],
      [{ consentPersonalData: false }, await phonePhoto(), "CONSENT_REQUIRED", ["input", "consentPersonalData"]],
      [{ meterId: othersMeterId }, await phonePhoto(), "UNKNOWN_METER", ["input", "meterId"]],
    ];
    for (const [input, photo, code, field] of cases) {
      const r = await dispute(input, photo);
      const errors = r.data.readingDisputeSubmit.userErrors;
      expect(
        errors.map((e: any) => [e.code, e.field]),
        code,
      ).toEqual([[code, field]]);
      expect(errors[0].message).toMatch(/[а-яё]/i);
      expect(r.data.readingDisputeSubmit.appeal).toBeNull();
    }
    // Another customer may not dispute on this account either.
    const r = await dispute({}, await phonePhoto(), otherToken);
    expect(r.data.readingDisputeSubmit.userErrors.map((e: any) => e.code)).toEqual(["ACCOUNT_NOT_FOUND"]);
    expect(await counts()).toEqual(before);
  });

  let appeal: any;

  it("files the dispute in one step with the meter, the values and the cleaned photo", async () => {
    const before = await counts();
    const r = await dispute({}, await phonePhoto());
    expect(r.data.readingDisputeSubmit.userErrors).toEqual([]);
    appeal = r.data.readingDisputeSubmit.appeal;
    expect(appeal.number).toMatch(/^13-\d+$/);
    expect([appeal.title, appeal.statusText]).toEqual(["Несогласие с принятыми показаниями", "Принят"]);
    const day = accepted("DAY");
    const night = accepted("NIGHT");
    expect(appeal.readingDispute.meter.number).toBe("6158001");
    expect(appeal.readingDispute.entered.map((v: any) => [v.zone, Number(v.value)])).toEqual([
      ["DAY", day - 50],
      ["NIGHT", night + 10],
    ]);
    expect(appeal.readingDispute.accepted.map((v: any) => [v.zone, Number(v.value)])).toEqual([
      ["DAY", day],
      ["NIGHT", night],
    ]);
    expect(appeal.fields.map((f: any) => f.label)).toEqual(["Номер прибора учета", "Показания на табло", "Ранее принятые показания"]);
    expect(appeal.fields[1].value).toMatch(/^День: \d+; Ночь: \d+ кВт.ч$/);
    expect(appeal.attachedFiles.nodes).toEqual([
      { id: appeal.readingDispute.photo.id, fileName: "Фото табло 6158001.jpg", mimeType: "image/jpeg", slotLabel: "Фото табло прибора учета" },
    ]);
    expect(await counts()).toEqual({ appeals: before.appeals + 1, files: before.files + 1, disputes: before.disputes + 1 });

    // What is stored is the picture, without the position it was taken at.
    const file = await database.prisma.appealFile.findFirstOrThrow({ where: { appeal: { number: appeal.number } } });
    const stored = await t.deps.storage!.get(file.storageKey);
    const chunks: Buffer[] = [];
    stored!.body.on("data", (c: Buffer) => chunks.push(c));
    await once(stored!.body, "end");
    const jpeg = Buffer.concat(chunks);
    expect(jpeg.length).toBe(file.size);
    const meta = await sharp(jpeg).metadata();
    expect([meta.format, meta.width, meta.height, meta.exif]).toEqual(["jpeg", 120, 80, undefined]);
    expect(await exifr.gps(jpeg)).toBeUndefined();
  });

  it("is seen only by its customer and staff", async () => {
    const mine = await t.gql(DETAILS, { id: appeal.id }, { token });
    expect(mine.data.node.readingDispute.photo.mimeType).toBe("image/jpeg");
    expect((await t.gql(DETAILS, { id: appeal.id }, { token: otherToken })).data.node).toBeNull();
    const link = `mutation($id: ID!) { appealFileLinkCreate(input: { fileId: $id }) { link { url } userErrors { code } } }`;
    expect(
      (await t.gql(link, { id: appeal.readingDispute.photo.id }, { token: otherToken })).data.appealFileLinkCreate.userErrors.map((e: any) => e.code),
    ).toEqual(["FILE_NOT_FOUND"]);
    expect((await t.gql(link, { id: appeal.readingDispute.photo.id }, { token: staff })).data.appealFileLinkCreate.link.url).toContain("/files/appeals/");
  });

  it("lets an operator accept a corrected reading below the accepted one, audited", async () => {
    const day = accepted("DAY");
    const night = accepted("NIGHT");
    const input = (readings: { zone: string; value: string }[], answer = "Показания приняты по фото табло") => ({
      input: { appealId: appeal.id, readings, answer },
    });
    const corrected = [
      { zone: "DAY", value: String(day - 50) },
      { zone: "NIGHT", value: String(night + 10) },
    ];
    // Customers may not; an appeal not yet taken cannot be answered; bad values change nothing.
    expect((await t.gql(ACCEPT, input(corrected), { token })).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect((await t.gql(ACCEPT, input(corrected), { token: staff })).data.readingDisputeAccept.userErrors.map((e: any) => e.code)).toEqual([
      "INVALID_TRANSITION",
    ]);
    expect((await t.gql(TAKE, { id: appeal.id }, { token: staff })).data.appealTake.userErrors).toEqual([]);
    const readingsBefore = await database.prisma.meterReading.count();
    for (const [bad, code] of [
      [input([{ zone: "DAY", value: "-5" }, corrected[1]!]), "INVALID_VALUE"],
      [input([corrected[0]!]), "ZONES"],
      [input(corrected, "  "), "REQUIRED"],
    ] as const) {
      const r = (await t.gql(ACCEPT, bad, { token: staff })).data.readingDisputeAccept;
      expect(r.userErrors.map((e: any) => e.code)).toEqual([code]);
      expect(r.appeal).toBeNull();
    }
    expect(await database.prisma.meterReading.count()).toBe(readingsBefore);
    const question = await database.prisma.appeal.findFirst({ where: { type: { code: { not: "READINGS_DISPUTE" } } } });
    if (question) {
      const { encodeGlobalID } = await import("@pothos/plugin-relay");
      const r = await t.gql(ACCEPT, { input: { appealId: encodeGlobalID("Appeal", question.id), readings: corrected, answer: "x" } }, { token: staff });
      expect(r.data.readingDisputeAccept.userErrors.map((e: any) => e.code)).toEqual(["NOT_A_DISPUTE"]);
    }

    const staffView = (await t.gql(DETAILS, { id: appeal.id }, { token: staff })).data.node;
    expect(staffView.readingDispute.meterHistory.length).toBeGreaterThan(0);
    expect(staffView.readingDispute.photo.mimeType).toBe("image/jpeg");

    const r = (await t.gql(ACCEPT, input(corrected), { token: staff })).data.readingDisputeAccept;
    expect(r.userErrors).toEqual([]);
    expect([r.appeal.status, r.appeal.answer]).toEqual(["COMPLETED", "Показания приняты по фото табло"]);
    const after = (await t.gql(DETAILS, { id: appeal.id }, { token })).data.node;
    expect(after.readingDispute.correctedAt).toBe(NOW);
    expect(after.readingDispute.correction.map((c: any) => [c.zone, Number(c.value), c.source, c.sourceText, c.status])).toEqual([
      ["DAY", day - 50, "CONTROL_CORRECTION", "Корректировка по заявлению", "ACCEPTED"],
      ["NIGHT", night + 10, "CONTROL_CORRECTION", "Корректировка по заявлению", "ACCEPTED"],
    ]);
    // Once more: the appeal is completed.
    expect((await t.gql(ACCEPT, input(corrected), { token: staff })).data.readingDisputeAccept.userErrors.map((e: any) => e.code)).toEqual([
      "INVALID_TRANSITION",
    ]);

    const log = await database.prisma.auditLog.findFirstOrThrow({ where: { action: "reading.corrected" }, orderBy: { id: "desc" } });
    const staffUser = await database.prisma.staffUser.findUniqueOrThrow({ where: { login: "operator" } });
    expect([log.actorType, log.actorId, log.entity, log.at.toISOString()]).toEqual(["STAFF", staffUser.id, "Meter", NOW]);
    expect(log.data).toMatchObject({ appeal: appeal.number, reason: "READINGS_DISPUTE", previous: { DAY: String(day) }, corrected: { DAY: String(day - 50) } });
  });

  it("shows the correction in the customer's history and takes it as the accepted value", async () => {
    const rows = (await t.gql(HISTORY, {}, { token })).data.viewer.activeAccount.readingHistory.flatMap((m: any) => m.rows);
    const day = accepted("DAY");
    const row = rows.find((x: any) => x.sourceText === "Корректировка по заявлению" && x.zone === "DAY");
    expect([row?.meterNumber, Number(row?.value), row?.accepted]).toEqual(["6158001", day - 50, true]);
    const now = (await t.gql(METERS, {}, { token })).data.viewer.activeAccount.meters.find((m: any) => m.number === "6158001");
    expect(Number(now.lastAccepted.find((x: any) => x.zone === "DAY").value)).toBe(day - 50);
    // The display's values, refused before, now go through as usual.
    const r = await t.gql(SUBMIT, { input: { accountId, readings: display().map((x) => ({ ...x, meterId: meter.id })) } }, { token });
    expect(r.data.meterReadingsSubmit.userErrors).toEqual([]);
  });
});
