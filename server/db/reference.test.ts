// Reference data (catalog, appeal catalog of manual 6.5, working-days calendar) is added at
// every start, production included, without any demo person, account, key or news; it is
// idempotent, completes a partial set and costs a few counts once present.
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

import { describe, expect, it } from "vitest";
import { testDatabases, withTestDatabase } from "../test/db.js";
import { startMain } from "../test/main-process.js";
import { openDatabase, type Database } from "./client.js";
import { APPEAL_TOPICS } from "./seed/appeal-catalog.js";
import { calendarRows } from "./seed/calendar.js";
import { STAFF } from "./seed/staff.js";
import { SERVICES, SUPPLIERS } from "./seed/catalog.js";
import { hasReference, seedDemo, seedReference } from "./seed/index.js";

const TYPES = APPEAL_TOPICS.flatMap((t) => t.types).length;

/** What a production database must hold to be usable, and the demo rows it must not. */
async function contents(db: Database) {
  const p = db.prisma;
  const [suppliers, services, tariffs, norms, offices, topics, types, fields, calendar] = await Promise.all([
    p.supplier.count(),
    p.service.count(),
    p.tariff.count(),
    p.consumptionNorm.count(),
    p.clientOffice.count(),
    p.appealTopic.count(),
    p.appealType.count(),
    p.appealField.count(),
    p.calendarDay.count(),
  ]);
  const [users, staff, apiKeys, accounts, news, appeals] = await Promise.all([
    p.user.count(),
    p.staffUser.count(),
    p.apiKey.count(),
    p.account.count(),
    p.news.count(),
    p.appeal.count(),
  ]);
  return {
    reference: { suppliers, services, tariffs, norms, offices, topics, types, fields, calendar },
    demo: { users, staff, apiKeys, accounts, news, appeals },
  };
}

const NO_DEMO = { users: 0, staff: 0, apiKeys: 0, accounts: 0, news: 0, appeals: 0 };

function expectReference(r: Awaited<ReturnType<typeof contents>>["reference"]) {
  expect(r.suppliers).toBe(SUPPLIERS.length);
  expect(r.services).toBe(SERVICES.length);
  expect(r.tariffs).toBeGreaterThan(0);
  expect(r.norms).toBeGreaterThan(0);
  expect(r.offices).toBe(1);
  expect(r.topics).toBe(APPEAL_TOPICS.length);
  expect(r.types).toBe(TYPES);
  expect(r.fields).toBeGreaterThan(0);
  expect(r.calendar).toBe(calendarRows().length);
}

describe.each(testDatabases())("reference seed on $name", (backend) => {
  const { open } = backend;
  const db = withTestDatabase({ backend, timeout: 60_000 });

  it("adds the catalog, appeal types and calendar only; a second run changes nothing and is a quick check", async () => {
    expect(await hasReference(db.prisma)).toBe(false);
    const first = await seedReference(db.prisma);
    expect(first.created).toBe(true);
    const after = await contents(db);
    expectReference(after.reference);
    expect(after.demo).toEqual(NO_DEMO);
    expect(await hasReference(db.prisma)).toBe(true);

    const started = performance.now();
    const second = await seedReference(db.prisma);
    const ms = performance.now() - started;
    expect(second).toEqual({ created: false, inserted: { catalog: 0, calendar: 0, appealCatalog: 0, faq: 0 } });
    expect(await contents(db)).toEqual(after);
    expect(ms).toBeLessThan(1000); // a few counts (measured 30–290 ms on the loaded 2-core machine)
  }, 60_000);

  it("completes a partial set and keeps rows the admins edited", async () => {
    const before = await contents(db);
    await db.prisma.calendarDay.delete({ where: { date: new Date("2026-05-11T00:00:00.000Z") } });
    await db.prisma.appealFileSlot.deleteMany({ where: { type: { code: "OWNER_NAME_CHANGED" } } });
    await db.prisma.tariff.deleteMany({ where: { service: { code: "COLD_WATER" } } });
    const edited = await db.prisma.appealType.update({ where: { code: "OWNER_NAME_CHANGED" }, data: { title: "Смена собственника (правка)" } });
    expect(await hasReference(db.prisma)).toBe(false);

    const again = await seedReference(db.prisma);
    expect(again.created).toBe(true);
    expect(await contents(db)).toEqual(before);
    expect((await db.prisma.appealType.findUniqueOrThrow({ where: { id: edited.id } })).title).toBe("Смена собственника (правка)");
  }, 60_000);

  it("gives an existing installation a reason added by a newer release: «Несогласие с принятыми показаниями»", async () => {
    await db.prisma.appealTopic.delete({ where: { code: "METER_READINGS" } }); // with its reason, fields and slot
    expect(await hasReference(db.prisma)).toBe(false);
    expect((await seedReference(db.prisma)).inserted.appealCatalog).toBeGreaterThan(0);
    const type = await db.prisma.appealType.findUniqueOrThrow({ where: { code: "READINGS_DISPUTE" }, include: { topic: true, fileSlots: true } });
    expect([type.title, type.listed, type.topic.title]).toEqual(["Несогласие с принятыми показаниями", false, "Показания приборов учета"]);
    expect(type.fileSlots.map((s) => [s.label, s.required])).toEqual([["Фото табло прибора учета", true]]);
    expect(await hasReference(db.prisma)).toBe(true);
  }, 60_000);

  it("seeds once when two processes start together, and the demo goes on top of it", async () => {
    const fresh = await open();
    try {
      const results = await Promise.all([seedReference(fresh.prisma), seedReference(fresh.prisma)]);
      expect(results.map((r) => r.created).sort()).toEqual([false, true]);
      expect((await contents(fresh)).reference).toEqual((await contents(db)).reference);

      const demo = await seedDemo(fresh.prisma, { now: new Date("2026-11-24T07:00:00.000Z") });
      expect([demo.inserted.catalog, demo.inserted.calendar, demo.inserted.appealCatalog, demo.inserted.faq]).toEqual([0, 0, 0, 0]);
      expect(demo.inserted.users).toBeGreaterThan(0);
      expect(demo.inserted.staff).toBe(STAFF.length); // operator, admin, contact centre
    } finally {
      await fresh.close();
    }
  }, 120_000);
});

// ───────────── a real production start ─────────────

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

/** `npm start` in production until it listens and answers, then SIGTERM; resolves at exit. */
function startProduction(dataDir: string, port: number) {
  const env = {
    NODE_ENV: "production",
    JWT_SECRET: "j".repeat(40),
    BANK_WEBHOOK_SECRET: "w".repeat(40),
    SMTP_URL: "smtp://127.0.0.1:1",
    SMS_GATEWAY_URL: "http://127.0.0.1:1/sms",
    SMS_GATEWAY_TOKEN: "sms-token",
    BANK_PROVIDER: "sandbox",
    JOBS: "false",
    PORT: String(port),
    DATA_DIR: dataDir,
  };
  // Once it answers, its signal handlers are in place: SIGTERM is a clean shutdown.
  return startMain(env, {
    untilListening: (url) =>
      fetch(`${url}/graphql?query=%7B__typename%7D`).then(
        () => undefined,
        () => undefined,
      ),
  });
}

describe("a production start on an empty PGlite database", () => {
  it("adds the catalog, appeal types and calendar but no demo users, staff, keys or news; a restart adds nothing", async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "kabinet-prod-reference-"));
    try {
      const first = await startProduction(dataDir, await freePort());
      expect(first.code, first.stderr).toBe(0);
      expect(first.stdout).toContain("reference data added");
      expect(first.stdout).not.toContain("seeding demo data");

      let db = await openDatabase({ dataDir });
      let seeded;
      try {
        seeded = await contents(db);
        expectReference(seeded.reference);
        expect(seeded.demo).toEqual(NO_DEMO);
      } finally {
        await db.close();
      }

      const second = await startProduction(dataDir, await freePort());
      expect(second.code, second.stderr).toBe(0);
      expect(second.stdout).not.toContain("reference data added");
      db = await openDatabase({ dataDir });
      try {
        expect(await contents(db)).toEqual(seeded);
      } finally {
        await db.close();
      }
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  }, 240_000);
});
