// Photos of the displays sent with readings (meterReadingsSubmit `photos`) on a real database and
// through the real HTTP server: kept as a clean JPEG with the saved readings and downloaded by a
// signed link by the account's customer and staff only; a refused submission, a warning still to
// confirm or a bad photo leave no file and no row behind.
import fs from "node:fs";
import exifr from "exifr";
import sharp from "sharp";
import { afterAll, describe, expect, it } from "vitest";
import { appealFilesHandler } from "../../http/appeal-files-route.js";
import { startHttpServer, type RunningServer } from "../../http/server.js";
import { createLocalStorage } from "../../integrations/storage/index.js";
import { withTestApp } from "../../test/app.js";
import { testDatabases } from "../../test/db.js";
import { signInAs, signInAsStaff } from "../../test/session.js";
import { filesUnder, tempDir } from "../appeals/test-support.js";

const METERS = `{ viewer { activeAccount { id meters { id number lastAccepted { zone value } } } } }`;
const SUBMIT = `mutation($input: MeterReadingsSubmitInput!) { meterReadingsSubmit(input: $input) {
  readings { zone value photo { id width height fileName } } warnings { zone } userErrors { field message code } } }`;
const LINK = `mutation($id: ID!) { readingPhotoLinkCreate(input: { photoId: $id }) { link { url } userErrors { code message } } }`;

describe.each(testDatabases())("photos of the displays with readings on $name", (backend) => {
  let server: RunningServer;
  let token: string;
  let otherToken: string;
  let staff: string;
  let accountId: string;
  let meters: any[];
  const storageDir = tempDir("kabinet-reading-photos-");

  const t = withTestApp({
    backend,
    demo: true,
    now: "2026-11-24T07:00:00.000Z",
    storage: createLocalStorage(storageDir),
    seed: async () => {
      server = await startHttpServer(t.app, { port: 0, host: "127.0.0.1", clientDir: "/nonexistent", health: {}, files: appealFilesHandler(t.deps) });
      token = (await signInAs(t, "0710000000", "demo2026")).accessToken;
      otherToken = (await signInAs(t, "debtor", "debtor2026")).accessToken;
      staff = (await signInAsStaff(t, "operator", "operator2026")).accessToken;
      const a = (await t.gql(METERS, {}, { token })).data.viewer.activeAccount;
      accountId = a.id;
      meters = a.meters;
    },
  });
  const { database } = t;
  afterAll(async () => {
    await server?.close();
    fs.rmSync(storageDir, { recursive: true, force: true });
  });

  const last = (number: string, zone: string) => Number(meters.find((m) => m.number === number).lastAccepted.find((r: any) => r.zone === zone).value);
  const meterId = (number: string) => meters.find((m) => m.number === number).id;
  const both = (number: string, day: number, night: number) => [
    { meterId: meterId(number), zone: "DAY", value: String(day) },
    { meterId: meterId(number), zone: "NIGHT", value: String(night) },
  ];

  async function photo(name = "IMG_1.HEIC.jpg"): Promise<File> {
    const jpeg = await sharp({ create: { width: 200, height: 100, channels: 3, background: { r: 200, g: 200, b: 200 } } })
      .jpeg()
      .withMetadata({ orientation: 8 })
      .withExifMerge({ IFD3: { GPSLatitudeRef: "N", GPSLatitude: "61/1 5/1 0/1", GPSLongitudeRef: "E", GPSLongitude: "72/1 36/1 0/1" } })
      .toBuffer();
    return new File([jpeg], name, { type: "image/jpeg" });
  }

  const submit = (readings: unknown[], photos: { meter: string; file: File }[], extra: Record<string, unknown> = {}) =>
    t.upload(
      SUBMIT,
      { input: { accountId, readings, photos: photos.map((p) => ({ meterId: meterId(p.meter), photo: null })), ...extra } },
      Object.fromEntries(photos.map((p, i) => [`variables.input.photos.${i}.photo`, p.file])),
      { token },
    );

  const state = async () => ({
    rows: await database.prisma.readingPhoto.count(),
    files: filesUnder(storageDir).length,
    readings: await database.prisma.meterReading.count(),
  });

  it("leaves nothing behind for a refused submission, a bad photo or a warning to confirm", async () => {
    const before = await state();
    const below = await submit(both("6158001", last("6158001", "DAY") - 1, last("6158001", "NIGHT")), [{ meter: "6158001", file: await photo() }]);
    expect(below.data.meterReadingsSubmit.userErrors.map((e: any) => e.code)).toEqual(["BELOW_ACCEPTED"]);
    const pdf = new File([Buffer.from("%PDF-1.7\n%тест")], "display.jpg", { type: "image/jpeg" });
    const bad = await submit(both("6158001", last("6158001", "DAY") + 1, last("6158001", "NIGHT") + 1), [{ meter: "6158001", file: pdf }]);
    expect(bad.data.meterReadingsSubmit.userErrors.map((e: any) => [e.code, e.field])).toEqual([["PHOTO_TYPE", ["input", "photos", "0", "photo"]]]);
    expect(bad.data.meterReadingsSubmit.userErrors[0].message).toBe("Файл «display.jpg» не принят: приложите фото в формате JPEG, PNG или HEIC");
    const elsewhere = await submit(both("6158001", last("6158001", "DAY") + 1, last("6158001", "NIGHT") + 1), [{ meter: "6158008", file: await photo() }]);
    expect(elsewhere.data.meterReadingsSubmit.userErrors.map((e: any) => [e.code, e.field])).toEqual([["UNKNOWN_METER", ["input", "photos", "0", "meterId"]]]);
    const warned = await submit(both("6158001", last("6158001", "DAY") + 50_000, last("6158001", "NIGHT") + 1), [{ meter: "6158001", file: await photo() }]);
    expect(warned.data.meterReadingsSubmit.warnings.length).toBeGreaterThan(0);
    expect(await state()).toEqual(before);
  });

  it("keeps the photo with the saved readings, cleaned, for the account's customer and staff only", async () => {
    const r = await submit(both("6158001", last("6158001", "DAY") + 10, last("6158001", "NIGHT") + 5), [{ meter: "6158001", file: await photo() }]);
    expect(r.data.meterReadingsSubmit.userErrors).toEqual([]);
    const [day, night] = r.data.meterReadingsSubmit.readings;
    expect(day.photo).toEqual(night.photo);
    // Orientation 8 applied: the 200×100 picture stands upright as 100×200.
    expect([day.photo.width, day.photo.height, day.photo.fileName]).toEqual([100, 200, "Фото табло.jpg"]);

    const link = new URL((await t.gql(LINK, { id: day.photo.id }, { token })).data.readingPhotoLinkCreate.link.url, server.url);
    const res = await fetch(link);
    expect([res.status, res.headers.get("content-type")]).toEqual([200, "image/jpeg"]);
    const jpeg = Buffer.from(await res.arrayBuffer());
    const meta = await sharp(jpeg).metadata();
    expect([meta.width, meta.height, meta.exif]).toEqual([100, 200, undefined]);
    expect(await exifr.gps(jpeg)).toBeUndefined();

    expect((await t.gql(LINK, { id: day.photo.id }, { token: staff })).data.readingPhotoLinkCreate.link.url).toContain("/files/readings/");
    expect((await t.gql(LINK, { id: day.photo.id }, { token: otherToken })).data.readingPhotoLinkCreate.userErrors.map((e: any) => e.code)).toEqual([
      "PHOTO_NOT_FOUND",
    ]);
    // An appeal file's link does not open a photo, nor the other way round.
    const wrong = await fetch(`${server.url}/files/appeals/${link.pathname.split("/")[3]}/x.jpg?token=${link.searchParams.get("token")}`);
    expect(wrong.status).toBe(403);
  });

  it("takes an iPhone's HEIC and keeps it as a JPEG", async () => {
    const heic = new File([fs.readFileSync(new URL("./fixtures/display.heic", import.meta.url))], "IMG_0001.HEIC", { type: "" });
    const r = await submit(both("6158008", last("6158008", "DAY") + 3, last("6158008", "NIGHT") + 2), [{ meter: "6158008", file: heic }]);
    expect(r.data.meterReadingsSubmit.userErrors).toEqual([]);
    const photo = r.data.meterReadingsSubmit.readings[0].photo;
    expect([photo.width, photo.height]).toEqual([64, 48]);
    const row = await database.prisma.readingPhoto.findFirstOrThrow({ where: { id: Number(Buffer.from(photo.id, "base64").toString().split(":")[1]) } });
    const stored = fs.readFileSync(`${storageDir}/${row.storageKey}`);
    expect((await sharp(stored).metadata()).format).toBe("jpeg");
  });
});
