// Response cache for the pages every customer opens most: the header (AppViewer), Главная
// (HomeAccount, HomeNews) or all of it in one request. A repeated query of a signed-in customer
// is answered from memory — no parse, validation, execution or database read — as long as nothing
// it shows has changed. Only queries whose every field is on the list below are cached, and each
// field there has its writers invalidating it (shared/invalidation.ts `invalidate`):
//
//   Viewer.login, accounts, activeAccount      users: login change, link/unlink, active account set
//   Viewer.unreadNotificationCount             users: notification added (announce), read marks
//   Account.amountDue                          users linked (invalidateAccounts): payment status
//                                                applied or refunded; all: period close
//   Account.notices, activeNotices             all: debt-notice job (court claims: no writer yet)
//   Account.documents, objectParameters,       no writer in the app (data loads); the TTL bounds a
//     tariffs, number, address, ownerFullName    change made outside it; tariffs «today» by the day key
//   AmountDue.asOf, tariffs in force           the retailer's local date is part of the key
//   Query.news, companyNews                    news: created, edited, published, unpublished
//
// Entries are per customer (user id) — never shared between customers — and checked against
// generations (global, per customer, news) taken before the query ran, so a change committed
// while an answer was being computed keeps that answer out. The session itself
// is checked before the cache (app.ts authenticate: revoked sessions are anonymous and never reach
// an entry). A TTL backstops changes made outside the app and invalidations lost between replicas.
//
// Another replica learns of a change through the pub/sub, a moment after it is committed. So that
// a customer's own change is never answered from an older entry by a replica the message has not
// reached yet (or never will: Redis away), the answer to a mutation during which something cached
// changed carries a cookie with its time; an entry computed before that time (plus a clock-skew
// allowance) is not used for that browser.
import { BREAK, Kind, TypeInfo, parse, visit, visitWithTypeInfo, type DocumentNode, type GraphQLSchema } from "graphql";
import type { Plugin } from "graphql-yoga";
import type { Auth } from "../context.js";
import type { PubSub } from "../integrations/pubsub.js";
import { localDate } from "../shared/calendar.js";
import type { Clock } from "../shared/clock.js";
import { onChange, type Change } from "../shared/invalidation.js";

/** The fields a cached query may select (plus __typename anywhere), by GraphQL type. */
const CACHEABLE: Record<string, ReadonlySet<string>> = {
  Query: new Set(["viewer", "news", "companyNews"]),
  Viewer: new Set(["id", "login", "unreadNotificationCount", "accounts", "activeAccount"]),
  Account: new Set(["id", "number", "ownerFullName", "address", "amountDue", "objectParameters", "tariffs", "documents", "notices", "activeNotices"]),
  AmountDue: new Set(["asOf", "total", "penalty"]),
  ObjectParameter: new Set(["label", "value", "url"]),
  TariffLine: new Set(["service", "zone", "rate", "unit"]),
  AccountDocument: new Set(["title", "status", "statusText"]),
  AccountNotice: new Set(["kind", "text", "createdAt"]),
  NewsItem: new Set(["id", "title", "body", "url", "publishedAt"]),
  // The pages of the two connections above: made of the same rows, so invalidated with them.
  QueryCompanyNewsConnection: new Set(["nodes", "edges", "pageInfo", "totalCount"]),
  QueryCompanyNewsConnectionEdge: new Set(["cursor", "node"]),
  AccountActiveNoticesConnection: new Set(["nodes", "edges", "pageInfo"]),
  AccountActiveNoticesConnectionEdge: new Set(["cursor", "node"]),
  PageInfo: new Set(["hasNextPage", "hasPreviousPage", "startCursor", "endCursor"]),
};

export interface ResponseCacheOptions {
  schema: GraphQLSchema;
  clock: Clock;
  timezone: string;
  pubsub: PubSub;
  /** The request's authentication (memoised per request: the context reuses it on a miss). */
  authOf(request: Request): Promise<Auth>;
  /** Backstop lifetime of an entry. */
  ttlMs?: number;
  /** Entries kept at most (whole customers are dropped, oldest first). */
  maxEntries?: number;
}

export interface ResponseCacheStats {
  hits: number;
  misses: number;
  stored: number;
  /** Changes applied (this replica's and the others'). */
  changes: number;
}

export interface ResponseCache {
  plugin: Plugin;
  stats: ResponseCacheStats;
  /** Stops listening to invalidations. */
  stop(): void;
}

interface Entry {
  /** The serialised response (yoga writes what `stringify` returns). */
  result: { stringify(): string };
  /** When it began to be computed (this replica's clock). */
  started: number;
  expires: number;
  day: string;
  all: number;
  user: number;
  news: number;
}

const MASK = 65535;
/** Set on the answer to a mutation during which something cached changed: when (ms). */
const WROTE_COOKIE = "kabinet_wrote";
const WROTE_RE = new RegExp(`(?:^|;\\s*)${WROTE_COOKIE}=(\\d{1,15})(?:;|$)`);
/** How far apart the replicas' clocks may be. */
const SKEW_MS = 1_000;
/** Longer texts are never classified (nor remembered): pages' queries are far shorter. */
const MAX_QUERY_CHARS = 8_000;
const NOT_CACHEABLE = 0;
const MUTATION = -1;

export function createResponseCache(o: ResponseCacheOptions): ResponseCache {
  const ttlMs = o.ttlMs ?? 60_000;
  const maxEntries = o.maxEntries ?? 20_000;
  const stats: ResponseCacheStats = { hits: 0, misses: 0, stored: 0, changes: 0 };
  // Generations: bumped by invalidations, compared with an entry's. Per id by hash (fixed memory);
  // a collision only costs a needless miss.
  let allGen = 0;
  let newsGen = 0;
  const userGen = new Uint32Array(MASK + 1);
  const byUser = new Map<number, Map<string, Entry>>();
  let size = 0;
  // Query text → document id, NOT_CACHEABLE or MUTATION; parsed once per distinct text.
  const documents = new Map<string, number>();
  let nextDocument = 1;
  // A mutation's request → the count of changes when it began (any change since, even another
  // request's, stamps its answer: an extra stamp only costs that browser a second of misses).
  const mutations = new WeakMap<Request, number>();

  const dropUser = (userId: number) => {
    const entries = byUser.get(userId);
    if (!entries) return;
    size -= entries.size;
    byUser.delete(userId);
  };

  const stop = onChange(o.pubsub, (c: Change) => {
    stats.changes += 1;
    if (c.all) {
      allGen += 1;
      byUser.clear();
      size = 0;
    }
    if (c.news) newsGen += 1;
    for (const id of c.users ?? []) {
      userGen[id & MASK]! += 1;
      dropUser(id);
    }
  });

  function documentId(query: string): number {
    if (query.length > MAX_QUERY_CHARS) return NOT_CACHEABLE;
    let id = documents.get(query);
    if (id === undefined) {
      const kind = classify(o.schema, query);
      id = kind === "cacheable" ? nextDocument++ : kind === "mutation" ? MUTATION : NOT_CACHEABLE;
      if (documents.size >= 1000) documents.clear(); // many distinct texts: not a page's fixed query
      documents.set(query, id);
    }
    return id;
  }

  function fresh(e: Entry, now: number, day: string, userId: number): boolean {
    return e.expires > now && e.day === day && e.all === allGen && e.news === newsGen && e.user === userGen[userId & MASK];
  }

  function store(userId: number, key: string, e: Entry) {
    let entries = byUser.get(userId);
    if (!entries) byUser.set(userId, (entries = new Map()));
    if (!entries.has(key)) size += 1;
    entries.set(key, e);
    stats.stored += 1;
    for (const oldest of byUser.keys()) {
      if (size <= maxEntries) break;
      dropUser(oldest);
    }
  }

  const plugin: Plugin = {
    onParams({ params, request, setResult, paramsHandler, setParamsHandler }) {
      const query = params.query;
      if (typeof query !== "string" || (params.extensions && Object.keys(params.extensions).length)) return; // persisted queries
      const doc = documentId(query);
      if (doc === MUTATION) mutations.set(request, stats.changes);
      if (doc <= 0) return;
      return o.authOf(request).then((auth) => {
        if (auth.kind !== "user") return;
        const userId = auth.userId;
        const now = o.clock.now();
        const at = now.getTime();
        const day = localDate(now, o.timezone);
        const key = `${doc}\n${params.operationName ?? ""}\n${params.variables ? JSON.stringify(params.variables) : ""}`;
        const hit = byUser.get(userId)?.get(key);
        const wrote = WROTE_RE.exec(request.headers.get("cookie") ?? "")?.[1];
        if (hit && fresh(hit, at, day, userId) && !(wrote && hit.started <= Number(wrote) + SKEW_MS)) {
          stats.hits += 1;
          setResult(hit.result as never);
          return;
        }
        stats.misses += 1;
        // Generations before anything is read: a change committed from here on shows as a bump.
        const seen = { all: allGen, news: newsGen, user: userGen[userId & MASK]! };
        setParamsHandler(async (payload) => {
          const result = await paramsHandler(payload);
          const r = result as { data?: unknown; errors?: unknown[]; extensions?: unknown };
          const plain = !!r && typeof r === "object" && !Array.isArray(r) && !(Symbol.asyncIterator in r);
          if (plain && r.data && !r.errors?.length && !r.extensions) {
            const entry: Entry = { result: { stringify: () => "" }, started: at, expires: at + ttlMs, day, ...seen };
            if (fresh(entry, at, day, userId)) {
              const json = JSON.stringify({ data: r.data });
              entry.result = { stringify: () => json };
              store(userId, key, entry);
              // This answer is the same text: serialised once (yoga writes what `stringify` returns).
              Object.defineProperty(r, "stringify", { value: () => json });
            }
          }
          return result;
        });
      });
    },
    onResponse({ request, response }) {
      const before = mutations.get(request);
      if (before === undefined || before === stats.changes) return;
      const maxAge = Math.ceil((ttlMs + SKEW_MS) / 1000);
      response.headers.append("set-cookie", `${WROTE_COOKIE}=${o.clock.now().getTime()}; Path=/graphql; Max-Age=${maxAge}; HttpOnly; SameSite=Strict`);
    },
  };
  return { plugin, stats, stop };
}

/** True when the text is one query operation selecting only CACHEABLE fields, without directives. */
export function isCacheable(schema: GraphQLSchema, query: string): boolean {
  return classify(schema, query) === "cacheable";
}

function classify(schema: GraphQLSchema, query: string): "cacheable" | "mutation" | "other" {
  // Parsed before the token limit (graphql-armor) is applied: a huge text is left to yoga whole.
  if (query.length > MAX_QUERY_CHARS) return "other";
  let doc: DocumentNode;
  try {
    doc = parse(query, { noLocation: true, maxTokens: 2_000 });
  } catch {
    return "other";
  }
  const operations = doc.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
  if (operations.some((op) => op.operation === "mutation")) return "mutation";
  if (operations.length !== 1 || operations[0]!.operation !== "query") return "other";
  const typeInfo = new TypeInfo(schema);
  let ok = true;
  visit(
    doc,
    visitWithTypeInfo(typeInfo, {
      Directive() {
        ok = false;
        return BREAK;
      },
      Field(node) {
        if (node.name.value === "__typename") return;
        const parent = typeInfo.getParentType();
        if (!parent || !CACHEABLE[parent.name]?.has(node.name.value)) {
          ok = false;
          return BREAK;
        }
      },
    }),
  );
  return ok ? "cacheable" : "other";
}
