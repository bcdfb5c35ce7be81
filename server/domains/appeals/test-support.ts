// Shared setup for the appeals tests: the catalog and calendar, customers with a confirmed
// e-mail, sample files whose first bytes are real signatures, and the GraphQL documents.
import { encodeGlobalID } from "@pothos/plugin-relay";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { PrismaClient } from "../../db/generated/prisma/client.js";
import { seedAppealCatalog } from "../../db/seed/appeal-catalog.js";
import { seedCalendar } from "../../db/seed/calendar.js";
import { seedStaff } from "../../db/seed/staff.js";
import { createCustomer } from "../../test/fixtures.js";

export async function seedAppealsData(db: PrismaClient): Promise<void> {
  await seedCalendar(db);
  await seedAppealCatalog(db);
  await seedStaff(db);
}

let seq = 0;

/** A customer with a confirmed e-mail (the section is open) unless `confirmed` is false. */
export async function appealsCustomer(db: PrismaClient, opts: { confirmed?: boolean; password?: string } = {}) {
  seq += 1;
  const c = await createCustomer(db, { password: opts.password });
  const email = `customer${c.user.id}-${seq}@example.ru`;
  const user = await db.user.update({
    where: { id: c.user.id },
    data: { email, emailConfirmedAt: opts.confirmed === false ? null : new Date("2026-01-01T00:00:00Z"), phone: "79220000000" },
  });
  return { ...c, user, accountGid: encodeGlobalID("Account", c.account.id) };
}

export const bytes = (head: number[], size = 2048) => {
  const b = Buffer.alloc(size, 0x20);
  Buffer.from(head).copy(b);
  return b;
};

export const PDF_HEAD = [...Buffer.from("%PDF-1.7\n")];
export const PNG_HEAD = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
export const JPEG_HEAD = [0xff, 0xd8, 0xff, 0xe0];
export const EXE_HEAD = [0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00]; // "MZ": a Windows program

export const pdf = (name = "scan.pdf", size = 2048) => new File([bytes(PDF_HEAD, size)], name, { type: "application/pdf" });
export const png = (name = "photo.png", size = 2048) => new File([bytes(PNG_HEAD, size)], name, { type: "image/png" });
export const exe = (name = "scan.pdf") => new File([bytes(EXE_HEAD)], name, { type: "application/pdf" });

export function tempDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** Every file under `dir` (recursively), relative paths. */
export function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)));
}

export async function typeGid(db: PrismaClient, code: string): Promise<string> {
  const t = await db.appealType.findUniqueOrThrow({ where: { code } });
  return encodeGlobalID("AppealType", t.id);
}

export const APPEAL_FIELDS = `id number createdAt title topicTitle status statusText dueDate processingTimeText overdue isQuestion
  text fields { code label kind value } applicant { name address email phone }
  attachments { id fileName size kind mimeType slotCode slotLabel }
  answer answeredAt answerFiles { id fileName kind } rating ratingText canRate
  statusHistory { fromStatus toStatus toStatusText byStaff staffName comment }
  attachedFiles { totalCount nodes { id fileName } pageInfo { hasNextPage } }
  statusChanges { totalCount nodes { fromStatus toStatus toStatusText byStaff staffName comment } pageInfo { hasNextPage } }`;

export const SUBMIT = `mutation($input: AppealSubmitInput!) { appealSubmit(input: $input) { appeal { ${APPEAL_FIELDS} } userErrors { field message code } } }`;
export const QUESTION = `mutation($input: AppealQuestionSubmitInput!) { appealQuestionSubmit(input: $input) { appeal { ${APPEAL_FIELDS} } userErrors { field message code } } }`;
export const RATE = `mutation($input: AppealRateInput!) { appealRate(input: $input) { appeal { rating ratingText canRate ratedAt } userErrors { field message code } } }`;
export const FILE_LINK = `mutation($input: AppealFileLinkCreateInput!) { appealFileLinkCreate(input: $input) { link { url expiresAt } userErrors { field message code } } }`;
export const JOURNAL = `query($first: Int, $after: String) { viewer { appeals(first: $first, after: $after) { totalCount edges { cursor node { id number title statusText createdAt } } pageInfo { hasNextPage endCursor } } } }`;

/** The valid form of «Смена фамилии или изменение имени собственника (пользователя)» (figure 32). */
export const NAME_CHANGE_FIELDS = [
  { code: "passport", value: "11 11 111111" },
  { code: "passportIssuedAt", value: "2021-10-04" },
  { code: "passportIssuedBy", value: "УМВД России по ХМАО-Югре" },
  { code: "birthPlace", value: "г. Сургут" },
  { code: "registrationAddress", value: "Ханты-Мансийский Автономный округ - Югра, г Сургут, Пролетарский пр-кт, д 1" },
  { code: "registrationDate", value: "27.09.2021" },
  { code: "lastNameNew", value: "Петрова" },
  { code: "firstNameNew", value: "Анна" },
  { code: "comment", value: "Смена фамилии после заключения брака" },
];

export function nameChangeInput(accountId: string, typeId: string, files: { slot: string; file: null }[], consents = true) {
  return { accountId, typeId, fields: NAME_CHANGE_FIELDS, files, consentPersonalData: consents, consentSimpleSignature: consents };
}
