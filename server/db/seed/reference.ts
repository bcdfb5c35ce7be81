// Reference data every installation needs, production included: suppliers, services, tariffs,
// norms and the client office (catalog.ts), the appeal topics and reasons of manual 6.5
// (appeal-catalog.ts), the working-days calendar (calendar.ts) and «Часто задаваемые вопросы»
// (faq.ts). Run at every start: a few
// counts by natural key tell whether it is all there; only then is the lock taken and the
// missing rows added (existing rows, maybe edited by admins, stay as they are).
import type { Prisma, PrismaClient } from "../generated/prisma/client.js";
import { APPEAL_TOPICS, seedAppealCatalog } from "./appeal-catalog.js";
import { calendarRows, seedCalendar } from "./calendar.js";
import { CLIENT_OFFICE, SERVICES, SUPPLIERS, seedCatalog, type Catalog } from "./catalog.js";
import { FAQ_ENTRIES, seedFaq } from "./faq.js";
import { LOCKS } from "../locks.js";

type Tx = Prisma.TransactionClient | PrismaClient;

/** Shared with seedDemo: reference and demo seeding never run side by side. */

export async function lockSeed(tx: Prisma.TransactionClient): Promise<void> {
  await tx.$queryRawUnsafe(`SELECT 1 AS locked FROM (SELECT pg_advisory_xact_lock(${LOCKS.referenceSeed})) AS l`);
}

export interface ReferenceResult {
  created: boolean;
  inserted: { catalog: number; calendar: number; appealCatalog: number; faq: number };
}

/** Adds whatever reference rows are missing (inside the caller's transaction). */
export async function seedReferenceRows(tx: Tx): Promise<ReferenceResult & { catalog: Catalog }> {
  const catalog = await seedCatalog(tx);
  const inserted = { catalog: catalog.inserted, calendar: await seedCalendar(tx), appealCatalog: await seedAppealCatalog(tx), faq: await seedFaq(tx) };
  return { created: Object.values(inserted).some((n) => n > 0), inserted, catalog };
}

/** True when every reference row of this release is present (admins only edit, never delete, them; FAQ entries are unpublished, not deleted). */
export async function hasReference(prisma: Tx): Promise<boolean> {
  const types = APPEAL_TOPICS.flatMap((t) => t.types);
  const typeCodes = { in: types.map((t) => t.code) };
  const days = calendarRows().map((d) => d.date as Date);
  const [suppliers, services, offices, topics, appealTypes, fields, slots, calendar, faq] = await Promise.all([
    prisma.supplier.count({ where: { code: { in: SUPPLIERS.map((s) => s.code) } } }),
    prisma.service.count({ where: { code: { in: SERVICES.map((s) => s.code) }, tariffs: { some: {} }, norms: { some: {} } } }),
    prisma.clientOffice.count({ where: { address: CLIENT_OFFICE.address } }),
    prisma.appealTopic.count({ where: { code: { in: APPEAL_TOPICS.map((t) => t.code) } } }),
    prisma.appealType.count({ where: { code: typeCodes } }),
    prisma.appealField.count({ where: { type: { code: typeCodes } } }),
    prisma.appealFileSlot.count({ where: { type: { code: typeCodes } } }),
    prisma.calendarDay.count({ where: { date: { in: days } } }),
    prisma.faqEntry.count({ where: { code: { in: FAQ_ENTRIES.map((e) => e.code) } } }),
  ]);
  return (
    suppliers === SUPPLIERS.length &&
    services === SERVICES.length &&
    offices > 0 &&
    topics === APPEAL_TOPICS.length &&
    appealTypes === types.length &&
    fields >= types.reduce((n, t) => n + t.fields.length, 0) &&
    slots >= types.reduce((n, t) => n + t.slots.length, 0) &&
    calendar === days.length &&
    faq === FAQ_ENTRIES.length
  );
}

/** At every start (production too): cheap when the reference data is there, else adds the rest. */
export async function seedReference(prisma: PrismaClient): Promise<ReferenceResult> {
  if (await hasReference(prisma)) return { created: false, inserted: { catalog: 0, calendar: 0, appealCatalog: 0, faq: 0 } };
  return prisma.$transaction(
    async (tx) => {
      await lockSeed(tx);
      const { created, inserted } = await seedReferenceRows(tx);
      return { created, inserted };
    },
    { timeout: 300_000, maxWait: 300_000 },
  );
}
