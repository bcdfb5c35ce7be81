// «Ваши документы» and «Уведомления» of the home page (6.1): read with one prepared statement
// each (plain SQL: loading them as Prisma relations of the account tripled the ORM's work for
// the home page).
import type { SqlRunner } from "../../db/client.js";
import type { AccountDocument, AccountNotice } from "../../db/generated/prisma/client.js";

export type DocumentRow = Pick<AccountDocument, "title" | "status" | "statusText">;
export type NoticeRow = Pick<AccountNotice, "kind" | "text" | "createdAt">;

export function accountDocuments(sql: SqlRunner, accountId: number): Promise<DocumentRow[]> {
  return sql.query<DocumentRow>(
    `SELECT title, status::text AS status, "statusText" FROM "AccountDocument" WHERE "accountId" = $1 ORDER BY "sortOrder", id`,
    [accountId],
    { prepareAs: "account_documents" },
  );
}

// timestamp(3) holds UTC (Prisma's convention): read it as such, whatever the process's zone.
const ACTIVE_NOTICES = `SELECT kind::text AS kind, text, "createdAt" AT TIME ZONE 'UTC' AS "createdAt" FROM "AccountNotice"
  WHERE "accountId" = $1 AND "resolvedAt" IS NULL ORDER BY "createdAt" DESC, id DESC`;

/** The account's unresolved notices, newest first: all of them, or one page. */
export function activeNotices(sql: SqlRunner, accountId: number, page?: { limit: number; offset: number }): Promise<NoticeRow[]> {
  if (!page) return sql.query<NoticeRow>(ACTIVE_NOTICES, [accountId], { prepareAs: "account_notices" });
  return sql.query<NoticeRow>(`${ACTIVE_NOTICES} LIMIT $2 OFFSET $3`, [accountId, page.limit, page.offset], { prepareAs: "account_notices_page" });
}
