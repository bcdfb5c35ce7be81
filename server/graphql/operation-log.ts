// One log line and one histogram sample per GraphQL operation: name, type, transport, duration,
// outcome and the errors' codes; the subject as an internal id (userId / staffId / apiKeyId), which
// also joins the request's log context so later lines carry it. Over HTTP a yoga plugin sees every
// operation (a response-cache hit and a refused parse included); over WebSocket http/server.ts
// calls recordOperation itself.
import { getOperationAST, type DocumentNode, type GraphQLError } from "graphql";
import type { Plugin } from "graphql-yoga";
import type { Auth, Context } from "../context.js";
import type { Metrics } from "../ops/metrics.js";
import { bindLogContext, log } from "../shared/log.js";

export interface OperationRecord {
  name: string | null | undefined;
  type: string;
  transport: "http" | "ws";
  ms: number;
  errors: readonly { extensions?: Record<string, unknown> }[] | undefined;
}

export function recordOperation(metrics: Metrics, op: OperationRecord): void {
  const operation = metrics.operationLabel(op.name);
  const codes = (op.errors ?? []).map((e) => String(e.extensions?.code ?? "UNKNOWN"));
  const outcome = codes.length ? "error" : "ok";
  metrics.graphqlDuration.observe({ operation, type: op.type, transport: op.transport, outcome }, op.ms / 1000);
  for (const code of codes) metrics.graphqlErrors.inc({ operation, code });
  const line = {
    operation: op.name ?? null,
    type: op.type,
    transport: op.transport,
    ms: Math.round(op.ms * 10) / 10,
    outcome,
    ...(codes.length ? { errors: codes } : {}),
  };
  if (codes.some((c) => c === "INTERNAL_SERVER_ERROR" || c === "SERVICE_UNAVAILABLE")) log.warn(line, "graphql");
  else log.info(line, "graphql");
}

/** The subject as internal ids for the log context. */
export function subjectOf(auth: Auth | undefined): Record<string, number> {
  if (!auth) return {};
  if (auth.kind === "user" || auth.kind === "passwordChange") return { userId: auth.userId };
  if (auth.kind === "staff") return { staffId: auth.staffId };
  if (auth.kind === "partner") return { apiKeyId: auth.apiKeyId };
  if (auth.kind === "token") return { userId: auth.userId, apiTokenId: auth.tokenId };
  return {};
}

/** Name and type of the operation a document runs (null when it has none to run). */
export function operationOf(document: DocumentNode, operationName?: string | null): { name: string | null; type: string } | null {
  const op = getOperationAST(document, operationName ?? undefined);
  return op ? { name: op.name?.value ?? null, type: op.operation } : null;
}

// Before the document is parsed (a response-cache hit never parses it): a cheap look at the text.
const HEAD = /^\s*(?:#[^\n]*\n\s*)*(query|mutation|subscription)\b\s*([_A-Za-z][_0-9A-Za-z]*)?/;
export function operationFromText(query: string | undefined | null, operationName: string | undefined | null): { name: string | null; type: string } {
  const m = query ? HEAD.exec(query) : null;
  return { name: operationName ?? m?.[2] ?? null, type: m?.[1] ?? "query" };
}

interface Seen {
  at: number;
  name: string | null;
  type: string;
}

export function operationLogPlugin(metrics: Metrics): Plugin {
  const seen = new WeakMap<Request, Seen>();
  const fromDocument = (args: { document: DocumentNode; operationName?: string | null; contextValue: unknown }) => {
    const ctx = args.contextValue as Partial<Context>;
    bindLogContext(subjectOf(ctx.auth));
    const s = ctx.request ? seen.get(ctx.request) : undefined;
    const op = operationOf(args.document, args.operationName);
    if (s && op) Object.assign(s, op);
  };
  return {
    onRequest({ request }) {
      seen.set(request, { at: performance.now(), name: null, type: "query" });
    },
    onParams({ params, request }) {
      const s = seen.get(request);
      if (s) Object.assign(s, operationFromText(params.query, params.operationName));
    },
    onExecute: ({ args }) => fromDocument(args),
    onSubscribe: ({ args }) => fromDocument(args),
    onResultProcess({ request, result }) {
      const s = seen.get(request);
      if (!s) return;
      seen.delete(request);
      // A subscription over SSE: its events are not operations of their own.
      const errors = Array.isArray(result) ? result.flatMap((r) => r.errors ?? []) : ((result as { errors?: readonly GraphQLError[] }).errors ?? undefined);
      recordOperation(metrics, { name: s.name, type: s.type, transport: "http", ms: performance.now() - s.at, errors });
    },
  };
}
