// The SQL floor of `npm run bench:home`: the least work any implementation of the home query must
// do — read the request, know the customer from the token, read the data the page shows in one
// prepared statement through `pg`, answer it as JSON — on a bare `node:http` server with no
// GraphQL. It answers the bench's HOME query only, in the same shape and with the same figures as
// kabinet (the bench compares the two answers before it measures), reusing the domain's SQL and
// rules (home-sql.ts, tariffs.ts, amount-due.ts, object.ts). The token's signature is not checked:
// kabinet checks a token once and then remembers it, so per request both do a lookup.
import http from "node:http";
import { encodeGlobalID } from "@pothos/plugin-relay";
import pg from "pg";
import { loadConfig } from "../config.js";
import { amountDueOf, type AmountDueRow } from "../domains/accounts/amount-due.js";
import { ACCOUNT_PART_SQL, linkedAccountsSql } from "../domains/accounts/home-sql.js";
import { objectParameters, type OfficeLink } from "../domains/accounts/object.js";
import { tariffLines, type TariffRow } from "../domains/accounts/tariffs.js";
import type { Account } from "../db/generated/prisma/client.js";
import { localDate } from "../shared/calendar.js";
import { formatMoney } from "../shared/money.js";

const config = loadConfig();
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });

// $1: the user, $2: «today». The active account: the one chosen if still linked, else the first by number.
const ACCOUNT = "act.id";
const HOME_SQL = `WITH u AS (SELECT id, login, "activeAccountId" FROM "User" WHERE id = $1),
  linked AS (${linkedAccountsSql("$1", "a.id, a.number, a.address")}),
  act AS (SELECT a.id, a.number, a."ownerLastName", a."ownerFirstName", a."ownerMiddleName", a.address, a."objectType", a."buildingType",
                 a."consumptionObject", a."totalArea"::text AS "totalArea", a."livingArea"::text AS "livingArea", a."heatedArea"::text AS "heatedArea",
                 a.rooms, a.residents, a."stoveType", a."extraParams"
            FROM "Account" a
           WHERE a.id = coalesce((SELECT l.id FROM linked l JOIN u ON l.id = u."activeAccountId"), (SELECT id FROM linked ORDER BY number LIMIT 1)))
SELECT u.id, u.login,
       (SELECT count(*)::int FROM "Notification" n WHERE n."userId" = $1 AND n."readAt" IS NULL) AS unread,
       (SELECT coalesce(json_agg(json_build_object('id', id, 'number', number, 'address', address) ORDER BY number), '[]'::json) FROM linked) AS accounts,
       (SELECT row_to_json(x) FROM (SELECT act.*, ${ACCOUNT_PART_SQL.amountDue(ACCOUNT, "$2::date")}, ${ACCOUNT_PART_SQL.office(ACCOUNT, "$2::date")},
               ${ACCOUNT_PART_SQL.tariffs(ACCOUNT, "$2::date")}, ${ACCOUNT_PART_SQL.documents(ACCOUNT, "$2::date")},
               ${ACCOUNT_PART_SQL.notices(ACCOUNT, "$2::date")} FROM act) x) AS account,
       (SELECT coalesce(json_agg(json_build_object('id', n.id, 'title', n.title, 'url', n.url, 'publishedAt', n."publishedAt" AT TIME ZONE 'UTC')
                                 ORDER BY n."publishedAt" DESC, n.id DESC), '[]'::json)
          FROM (SELECT * FROM "News" WHERE published ORDER BY "publishedAt" DESC, id DESC LIMIT 4) n) AS news
  FROM u`;

interface Row {
  id: number;
  login: string;
  unread: number;
  accounts: { id: number; number: string; address: string }[];
  account:
    | (Account & {
        amountDue: AmountDueRow | null;
        office: OfficeLink | null;
        tariffs: TariffRow[];
        documents: { title: string; status: string; statusText: string }[];
        notices: { kind: string; text: string; createdAt: string }[];
      })
    | null;
  news: { id: number; title: string; url: string | null; publishedAt: string }[];
}

const iso = (t: string) => new Date(t).toISOString();

function answer(r: Row, today: string) {
  const a = r.account;
  const due = a && amountDueOf(a.amountDue);
  return {
    data: {
      viewer: {
        id: encodeGlobalID("Viewer", r.id),
        login: r.login,
        unreadNotificationCount: r.unread,
        accounts: r.accounts.map((x) => ({ id: encodeGlobalID("Account", x.id), number: x.number, address: x.address })),
        activeAccount: a && {
          id: encodeGlobalID("Account", a.id),
          number: a.number,
          ownerFullName: [a.ownerLastName, a.ownerFirstName, a.ownerMiddleName].filter(Boolean).join(" "),
          address: a.address,
          amountDue: { asOf: today, total: formatMoney(due!.total), penalty: formatMoney(due!.penalty) },
          objectParameters: objectParameters(a, a.office, config.siteUrl).map((p) => ({ label: p.label, value: p.value })),
          tariffs: tariffLines(a.tariffs).map((t) => ({ service: t.service, rate: formatMoney(t.rate), unit: t.unit })),
          documents: a.documents,
          activeNotices: { nodes: a.notices.slice(0, 100).map((n) => ({ kind: n.kind, text: n.text, createdAt: iso(n.createdAt) })) },
        },
      },
      companyNews: { nodes: r.news.map((n) => ({ id: encodeGlobalID("NewsItem", n.id), title: n.title, url: n.url, publishedAt: iso(n.publishedAt) })) },
    },
  };
}

// Bearer token → user id, read from the token's claims once (see the header).
const users = new Map<string, number>();
function userOf(authorization: string | undefined): number | null {
  const token = /^Bearer\s+(.+)$/i.exec(authorization ?? "")?.[1];
  if (!token) return null;
  let id = users.get(token);
  if (id === undefined) {
    const sub = String(JSON.parse(Buffer.from(token.split(".")[1] ?? "", "base64url").toString()).sub ?? "");
    id = /^user:\d+$/.test(sub) ? Number(sub.slice(5)) : -1;
    users.set(token, id);
  }
  return id > 0 ? id : null;
}

const server = http.createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on("data", (c: Buffer) => chunks.push(c));
  req.on("end", async () => {
    try {
      JSON.parse(Buffer.concat(chunks).toString()); // what is asked: always the bench's HOME here
      const userId = userOf(req.headers.authorization);
      const today = localDate(new Date(), config.timezone);
      const [row] = userId ? (await pool.query<Row>({ name: "home_floor", text: HOME_SQL, values: [userId, today] })).rows : [];
      const body = JSON.stringify(row ? answer(row, today) : { data: { viewer: null } });
      res.writeHead(200, { "content-type": "application/json; charset=utf-8", "content-length": Buffer.byteLength(body) });
      res.end(body);
    } catch (err) {
      res.writeHead(500).end(String(err));
    }
  });
});
server.listen(Number(process.env.PORT), "127.0.0.1", () => console.log(`home floor listening on ${process.env.PORT}`));
process.on("SIGTERM", () => server.close(() => pool.end().then(() => process.exit(0))));
