// Persisted operations: the web client's documents are listed at build time by graphql-codegen
// (client preset `persistedDocuments`, client/src/gql/persisted-documents.json: hash → document),
// and the client sends only the hash (`extensions.persistedQuery.sha256Hash`, @urql/exchange-persisted).
// With PERSISTED_OPERATIONS_ONLY (default on in production) a browser may run nothing else; API
// clients — a partner key or a personal API token — may send any document, within the same
// limits (graphql-armor, work cost). Over HTTP through yoga's plugin; over graphql-ws by
// resolveWsDocument (http/server.ts), same rule and same errors.
import fs from "node:fs";
import path from "node:path";
import { usePersistedOperations } from "@graphql-yoga/plugin-persisted-operations";
import { GraphQLError } from "graphql";
import type { Plugin } from "graphql-yoga";
import { callerOf, type Auth } from "../context.js";
import { PROJECT_ROOT } from "../shared/project-root.js";

export const PERSISTED_DOCUMENTS_FILE = path.join(PROJECT_ROOT, "client/src/gql/persisted-documents.json");

/** Callers that may send their own documents: API clients (partner key, personal token), not the browser's sessions. */
export const isApiClient = (auth: Auth): boolean => callerOf(auth).kind !== "web";

export const PERSISTED_ONLY_CODE = "PERSISTED_OPERATION_REQUIRED";
export const PERSISTED_ONLY_MESSAGE =
  "Здесь выполняются только операции веб-клиента (persisted operations). Only the web client's persisted operations run here: " +
  "API clients send any document with X-Api-Key or Authorization: Bearer <personal API token> — see /docs.";
// The message is the APQ protocol's: @urql/exchange-persisted retries with the full document on it.
const NOT_FOUND = { message: "PersistedQueryNotFound", extensions: { code: "PERSISTED_QUERY_NOT_FOUND" } };

/** (`http` is yoga's: the answer's status, not shown; over WebSocket there is none.) */
const persistedOnlyError = (http = true) =>
  new GraphQLError(PERSISTED_ONLY_MESSAGE, { extensions: { code: PERSISTED_ONLY_CODE, ...(http ? { http: { status: 400 } } : {}) } });
const notFoundError = () => new GraphQLError(NOT_FOUND.message, { extensions: NOT_FOUND.extensions });

/** hash → document text; an absent file (a checkout before `npm run codegen`) is an empty list. */
export function loadPersistedDocuments(file = PERSISTED_DOCUMENTS_FILE): ReadonlyMap<string, string> {
  if (!fs.existsSync(file)) return new Map();
  return new Map(Object.entries(JSON.parse(fs.readFileSync(file, "utf8")) as Record<string, string>));
}

export interface PersistedOperationsOptions {
  documents: ReadonlyMap<string, string>;
  /** PERSISTED_OPERATIONS_ONLY: documents that are not persisted run only for API clients. */
  persistedOnly: boolean;
  /** The request's caller (memoised per request in app.ts, shared with the context). */
  authOf: (request: Request) => Promise<Auth>;
}

export function persistedOperationsPlugins(o: PersistedOperationsOptions): Plugin[] {
  return [
    usePersistedOperations({
      // A string, not a parsed document: the response cache and the operation log read the text.
      getPersistedOperation: (hash) => o.documents.get(hash) ?? null,
      allowArbitraryOperations: o.persistedOnly ? async (request) => isApiClient(await o.authOf(request)) : true,
      customErrors: { notFound: NOT_FOUND, persistedQueryOnly: () => persistedOnlyError() },
    }) as Plugin,
    {
      // Once resolved, the request is a plain one: the response cache skips requests carrying
      // extensions (http/response-cache.ts), and the web client's home query must stay cached.
      onParams({ params, setParams }) {
        const ext = params.extensions as Record<string, unknown> | undefined;
        if (!ext?.persistedQuery || typeof params.query !== "string") return;
        const { persistedQuery: _, ...rest } = ext;
        setParams({ ...params, extensions: Object.keys(rest).length ? rest : undefined });
      },
    },
  ];
}

/** The APQ hash a request names, if any (`extensions.persistedQuery.sha256Hash`, version 1). */
function hashOf(extensions: unknown): string | null {
  const pq = (extensions as { persistedQuery?: { version?: unknown; sha256Hash?: unknown } } | null | undefined)?.persistedQuery;
  return pq && pq.version === 1 && typeof pq.sha256Hash === "string" ? pq.sha256Hash : null;
}

/**
 * A graphql-ws `subscribe` message's document, by the same rule as HTTP: a known hash gives its
 * document; a document of its own runs unless persisted-only applies to this caller.
 */
export async function resolveWsDocument(
  payload: { query?: string | null; extensions?: unknown },
  o: { documents: ReadonlyMap<string, string>; persistedOnly: boolean; auth: () => Promise<Auth> },
): Promise<{ query: string } | { error: GraphQLError }> {
  const hash = hashOf(payload.extensions);
  if (!payload.query) {
    if (hash === null) return { query: "" }; // graphql-js answers the empty document as it does today
    const query = o.documents.get(hash);
    return query === undefined ? { error: notFoundError() } : { query };
  }
  if (o.persistedOnly && !isApiClient(await o.auth())) return { error: persistedOnlyError(false) };
  return { query: payload.query };
}
