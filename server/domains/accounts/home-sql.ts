// The statements behind the header and the home page (6.1), read per request by home-loader.ts:
// one for the viewer (the user, the linked accounts, the unread count, and the blocks of the
// active account the query asks for) and one for the blocks of any other account («К оплате»,
// «Объект»'s office, «Тарифы», «Ваши документы», «Уведомления») — only the blocks asked for,
// all of them at once. Each is a
// prepared statement that builds its answer as JSON in PostgreSQL: one round trip and one row per
// request instead of a query per field through the ORM (`npm run bench:home`).
import { jsonRowSql } from "../../db/json-rows.js";
import { AMOUNT_DUE_SQL } from "./amount-due.js";
import { tariffRowsSql } from "./tariffs.js";

/**
 * The user's linked accounts as `(number, row)`: each looked up by its key (OFFSET 0 keeps the
 * lookup a nested loop — joined, a generic plan may walk the accounts' primary key in order).
 * `user` is a SQL expression.
 */
export function linkedAccountsSql(user: string, columns: string): string {
  return `SELECT x.* FROM "UserAccount" l,
           LATERAL (SELECT ${columns} FROM "Account" a WHERE a.id = l."accountId" OFFSET 0) x
     WHERE l."userId" = ${user}`;
}

const VIEWER_COLUMNS = `${jsonRowSql("User", "u")} AS "user",
    (SELECT count(*)::int FROM "Notification" n WHERE n."userId" = u.id AND n."readAt" IS NULL) AS unread,
    (SELECT coalesce(json_agg(x.row ORDER BY x.number), '[]'::json)
       FROM (${linkedAccountsSql("u.id", `a.number, ${jsonRowSql("Account", "a")} AS row`)}) x) AS accounts`;

// The active account as home-loader.ts picks it: the one chosen in the header while still
// linked, else the first linked one by number.
const ACTIVE_ACCOUNT = `LEFT JOIN LATERAL (
    SELECT x.id FROM (${linkedAccountsSql("u.id", "a.id, a.number")}) x
     ORDER BY (x.id = u."activeAccountId") IS TRUE DESC, x.number LIMIT 1) act ON true`;

/**
 * $1: the user; $2: «today» (YYYY-MM-DD), only when `tariffs` is among the parts. No row when
 * there is no such user. With parts, the row also has `activeId` and each part of that account:
 * the home page's query is one round trip.
 */
export function viewerHomeSql(parts: readonly AccountPart[]): PartsStatement {
  if (parts.length === 0) return { text: `SELECT ${VIEWER_COLUMNS} FROM "User" u WHERE u.id = $1`, name: "viewer_home", needsDay: false };
  const p = partColumns(parts, "act.id");
  return {
    text: `SELECT ${VIEWER_COLUMNS}, act.id AS "activeId",\n       ${p.columns}\n  FROM "User" u ${ACTIVE_ACCOUNT} WHERE u.id = $1`,
    name: `viewer_home_${p.suffix}`,
    needsDay: p.needsDay,
  };
}

export const ACCOUNT_PARTS = ["amountDue", "office", "tariffs", "documents", "notices"] as const;
export type AccountPart = (typeof ACCOUNT_PARTS)[number];

/**
 * Each block as a JSON column of the account whose id is the SQL expression `account`; `day` is
 * «today» (a SQL date expression), for the tariffs in force.
 */
export const ACCOUNT_PART_SQL: Record<AccountPart, (account: string, day: string) => string> = {
  // AMOUNT_DUE_SQL's one row (amount-due.ts holds the rule), for this account.
  amountDue: (account) => `(SELECT row_to_json(d) FROM (${AMOUNT_DUE_SQL.replaceAll("$1", account)}) d) AS "amountDue"`,
  office: (account) =>
    `(SELECT json_build_object('address', o.address, 'url', o.url) FROM "Account" x JOIN "ClientOffice" o ON o.id = x."clientOfficeId" WHERE x.id = ${account}) AS office`,
  tariffs: (account, day) => `(SELECT coalesce(json_agg(t), '[]'::json) FROM (${tariffRowsSql(account, day)}) t) AS tariffs`,
  documents: (account) =>
    `(SELECT coalesce(json_agg(json_build_object('title', d.title, 'status', d.status, 'statusText', d."statusText") ORDER BY d."sortOrder", d.id), '[]'::json)
       FROM "AccountDocument" d WHERE d."accountId" = ${account}) AS documents`,
  // timestamp(3) holds UTC (Prisma's convention): sent with its zone, whatever the session's.
  notices: (account) =>
    `(SELECT coalesce(json_agg(json_build_object('kind', n.kind, 'text', n.text, 'createdAt', n."createdAt" AT TIME ZONE 'UTC') ORDER BY n."createdAt" DESC, n.id DESC), '[]'::json)
       FROM "AccountNotice" n WHERE n."accountId" = ${account} AND n."resolvedAt" IS NULL) AS notices`,
};

/**
 * $1: the account; $2: «today» (YYYY-MM-DD), only when `tariffs` is among the parts. One row.
 * One account a statement, not an array: with a scalar parameter PostgreSQL settles on a generic
 * plan after a few runs, where an array's unknown length keeps it planning every run again
 * (about 0.7 ms, more than running it).
 */
export function accountPartsSql(parts: readonly AccountPart[]): PartsStatement {
  const p = partColumns(parts, "acc.id");
  return { text: `SELECT ${p.columns} FROM (SELECT $1::int AS id) acc`, name: `account_home_${p.suffix}`, needsDay: p.needsDay };
}

export interface PartsStatement {
  text: string;
  /** The prepared statement's name: one per set of parts. */
  name: string;
  needsDay: boolean;
}

/** The parts' columns of the account `account` in their fixed order ($2 is «today»), and the name suffix of that set. */
function partColumns(parts: readonly AccountPart[], account: string): { columns: string; suffix: string; needsDay: boolean } {
  const ordered = ACCOUNT_PARTS.filter((p) => parts.includes(p));
  return {
    columns: ordered.map((p) => ACCOUNT_PART_SQL[p](account, "$2::date")).join(",\n       "),
    suffix: ordered.map((p) => ACCOUNT_PARTS.indexOf(p)).join(""),
    needsDay: ordered.includes("tariffs"),
  };
}
