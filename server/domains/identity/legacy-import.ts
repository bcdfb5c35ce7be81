// Customers of the previous portal (manual, section 3): their logins, contacts, account links and
// password hashes, read from the CSV described in docs/legacy-users.md. Each row is checked whole
// and applied whole, or skipped with the reasons; a re-run finds its users by `legacyLogin` and
// changes only what the file changed, so running a file twice leaves the database as once. A user
// who has signed in since (the hash is the new portal's now) belongs to the new portal: the file
// no longer touches them. Contacts come in unconfirmed: the previous portal's confirmations cannot
// be checked, so they are confirmed as any new contact (link, SMS code) once signed in.
import { parse } from "csv-parse/sync";
import type { PrismaClient } from "../../db/generated/prisma/client.js";
import { audit } from "../../shared/audit.js";
import { isUniqueViolation } from "../../shared/db-errors.js";
import { FIELD_TEXT } from "./errors.js";
import { isLegacyHash, legacyHashFormat } from "./legacy-hashes.js";
import { checkEmail, checkPhone } from "./validation.js";

export const LEGACY_COLUMNS = ["login", "password_hash", "email", "phone", "accounts"] as const;
const REQUIRED_COLUMNS = ["login", "password_hash", "accounts"] as const;
/** The rule of logins in the profile (profile.ts changeLogin). */
const LOGIN = /^[A-Za-z0-9@._-]{3,64}$/;

export type LegacyOutcome = "imported" | "updated" | "unchanged" | "skipped";

export interface LegacyRowReport {
  /** The row's line in the file (the header is line 1). */
  line: number;
  login: string;
  outcome: LegacyOutcome;
  /** Why it was skipped, what was updated, or why an existing user was left as is. */
  reasons: string[];
}

export interface LegacyImportReport {
  rows: LegacyRowReport[];
  counts: Record<LegacyOutcome, number>;
}

/** A file that cannot be read as the documented CSV at all: nothing is imported. */
export class LegacyFileError extends Error {}

interface Row {
  line: number;
  login: string;
  passwordHash: string;
  email: string | null;
  phone: string | null;
  accounts: string[];
}

export async function importLegacyUsers(db: PrismaClient, csv: string | Buffer, now: Date): Promise<LegacyImportReport> {
  const rows = readRows(csv);
  const report: LegacyRowReport[] = [];
  const firstLine = new Map<string, number>();
  for (const row of rows) {
    const key = row.login.toLowerCase();
    const earlier = firstLine.get(key);
    if (earlier === undefined && row.login) firstLine.set(key, row.line);
    const problems = checkRow(row);
    if (earlier !== undefined) problems.unshift(`логин повторяется в файле (впервые в строке ${earlier})`);
    report.push(problems.length ? skipped(row, problems) : await applyRow(db, row, now));
  }
  const counts = { imported: 0, updated: 0, unchanged: 0, skipped: 0 };
  for (const r of report) counts[r.outcome] += 1;
  await audit(db, { actorType: "SYSTEM", action: "legacy.users_imported", data: { ...counts, via: "legacy:import" } }, now);
  return { rows: report, counts };
}

function readRows(csv: string | Buffer): Row[] {
  let records: { record: Record<string, string>; info: { lines: number } }[];
  try {
    records = parse(csv, {
      columns: (header: string[]) => header.map((h) => h.trim().toLowerCase()),
      bom: true,
      trim: true,
      skip_empty_lines: true,
      info: true,
      relax_column_count: false,
    });
  } catch (err) {
    throw new LegacyFileError(`файл не читается как CSV: ${(err as Error).message}`);
  }
  const header = records.length ? Object.keys(records[0]!.record) : [];
  const missing = REQUIRED_COLUMNS.filter((c) => !header.includes(c));
  if (records.length && missing.length) throw new LegacyFileError(`нет столбцов: ${missing.join(", ")} (ожидаются ${LEGACY_COLUMNS.join(",")})`);
  const unknown = header.filter((c) => !(LEGACY_COLUMNS as readonly string[]).includes(c));
  if (unknown.length) throw new LegacyFileError(`неизвестные столбцы: ${unknown.join(", ")} (ожидаются ${LEGACY_COLUMNS.join(",")})`);
  return records.map(({ record: r, info }) => ({
    line: info.lines,
    login: r.login ?? "",
    passwordHash: r.password_hash ?? "",
    email: r.email || null,
    phone: r.phone || null,
    accounts: (r.accounts ?? "").split(/[;\s]+/).filter(Boolean),
  }));
}

/** Everything wrong with a row that the row alone shows. */
function checkRow(row: Row): string[] {
  const problems: string[] = [];
  if (!LOGIN.test(row.login)) problems.push("логин: от 3 до 64 символов — латинские буквы, цифры и @ . _ -");
  const hash = legacyHashFormat(row.passwordHash);
  if (!hash.ok) problems.push(`формат хеша пароля не поддерживается: ${hash.reason}`);
  if (row.email) {
    const e = checkEmail(row.email);
    if (e.ok) row.email = e.value;
    else problems.push(`e-mail «${row.email}»: ${FIELD_TEXT[e.rule]}`);
  }
  if (row.phone) {
    const p = checkPhone(row.phone);
    if (p.ok) row.phone = p.value;
    else problems.push(`телефон «${row.phone}»: нужен 11-значный федеральный номер`);
  }
  if (!row.accounts.length) problems.push("не указан ни один лицевой счет");
  for (const a of row.accounts) if (!/^\d{10}$/.test(a)) problems.push(`лицевой счет «${a}»: нужно 10 цифр`);
  return problems;
}

const skipped = (row: Row, reasons: string[]): LegacyRowReport => ({ line: row.line, login: row.login, outcome: "skipped", reasons });

async function applyRow(db: PrismaClient, row: Row, now: Date): Promise<LegacyRowReport> {
  const accounts = await db.account.findMany({ where: { number: { in: row.accounts } }, select: { id: true, number: true } });
  const unknown = row.accounts.filter((n) => !accounts.some((a) => a.number === n));
  const problems = unknown.map((n) => `лицевой счет ${n} не найден в базе`);
  const existing = await db.user.findUnique({ where: { legacyLogin: row.login }, include: { accounts: { select: { accountId: true } } } });
  const sameLogin = await db.user.findFirst({
    where: { login: { equals: row.login, mode: "insensitive" }, id: { not: existing?.id ?? -1 } },
    select: { id: true },
  });
  if (sameLogin) problems.push("логин занят пользователем нового личного кабинета");
  if (row.email) {
    const owner = await db.user.findFirst({ where: { email: row.email, id: { not: existing?.id ?? -1 } }, select: { id: true } });
    if (owner) problems.push("e-mail принадлежит другому пользователю");
  }
  if (problems.length) return skipped(row, problems);

  const done = (outcome: LegacyOutcome, reasons: string[] = []): LegacyRowReport => ({ line: row.line, login: row.login, outcome, reasons });
  const accountIds = accounts.map((a) => a.id);
  try {
    if (!existing) {
      const user = await db.user.create({
        data: {
          login: row.login,
          legacyLogin: row.login,
          passwordHash: row.passwordHash,
          email: row.email,
          phone: row.phone,
          createdAt: now,
          accounts: { create: accountIds.map((accountId) => ({ accountId, linkedAt: now })) },
        },
      });
      await audit(db, { actorType: "SYSTEM", action: "legacy.user_imported", entity: "User", entityId: user.id, data: { accounts: row.accounts } }, now);
      return done("imported");
    }
    // Signed in since (or recovered the password, or is being deleted): the new portal's user now.
    if (!isLegacyHash(existing.passwordHash) || existing.deletionRequestedAt)
      return done("unchanged", ["пользователь уже работает в новом личном кабинете: пароль и контакты из файла не применяются"]);
    const linked = new Set(existing.accounts.map((l) => l.accountId));
    const newLinks = accountIds.filter((id) => !linked.has(id));
    const changed = [
      existing.passwordHash !== row.passwordHash && "хеш пароля",
      existing.email !== row.email && "e-mail",
      existing.phone !== row.phone && "телефон",
      newLinks.length > 0 && "лицевые счета",
    ].filter((c): c is string => !!c);
    if (!changed.length) return done("unchanged");
    await db.user.update({
      where: { id: existing.id },
      data: {
        passwordHash: row.passwordHash,
        email: row.email,
        phone: row.phone,
        ...(existing.email !== row.email ? { emailConfirmedAt: null, subscribeEInvoice: false, subscribeInfo: false } : {}),
        ...(existing.phone !== row.phone ? { phoneConfirmedAt: null } : {}),
        accounts: { create: newLinks.map((accountId) => ({ accountId, linkedAt: now })) },
      },
    });
    await audit(db, { actorType: "SYSTEM", action: "legacy.user_updated", entity: "User", entityId: existing.id, data: { changed } }, now);
    return done("updated", [`изменено: ${changed.join(", ")}`]);
  } catch (err) {
    // Registered or imported by someone else between the checks and the write.
    if (isUniqueViolation(err)) return skipped(row, ["логин или e-mail занят другим пользователем"]);
    throw err;
  }
}
