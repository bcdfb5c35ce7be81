// The per-request (and per-WebSocket-operation) context, built the same way for HTTP and WS.
import type { PrismaClient, StaffRole } from "./db/generated/prisma/client.js";
import type { SqlRunner } from "./db/client.js";
import type { Config } from "./config.js";
import type { Clock } from "./shared/clock.js";
import type { PubSub } from "./integrations/pubsub.js";
import type { Messenger } from "./integrations/messaging/delivery.js";
import type { FileStorage } from "./integrations/storage/port.js";
import type { TokenService } from "./domains/identity/tokens.js";
import type { BankPort } from "./integrations/bank/port.js";
import type { RateLimits } from "./shared/rate-limits.js";
import type { Metrics } from "./ops/metrics.js";

export type Auth =
  | { kind: "anonymous" }
  | { kind: "user"; userId: number; sessionId: number }
  /**
   * A customer's session opened with a password that breaks the rules of 3.1 (`rule`): it may only
   * change the password; everything else sees no customer (identity/password-change-gate.ts).
   */
  | { kind: "passwordChange"; userId: number; sessionId: number; rule: string }
  | { kind: "staff"; staffId: number; role: StaffRole; sessionId: number }
  | { kind: "partner"; apiKeyId: number; scopes: string[] }
  /** A customer's personal API token («Доступ для приложений»): that customer, within its scopes only. */
  | { kind: "token"; userId: number; tokenId: number; scopes: ApiTokenScope[] };

/** The scopes a personal API token can hold (domains/tokens/scopes.ts describes each). */
export type ApiTokenScope = "account:read" | "readings:read" | "readings:write";

/**
 * How the request reached us, for rules that depend on the kind of client rather than on who it
 * is (persisted operations: the web client may run only persisted documents, API callers any).
 * "web": no credential or a web session (customer or staff, the browser's access token);
 * "partnerKey": a valid `X-Api-Key`; "apiToken": a valid personal token `Bearer kab_pat_…`.
 */
export interface Caller {
  kind: "web" | "partnerKey" | "apiToken";
}

export function callerOf(auth: Auth): Caller {
  return { kind: auth.kind === "partner" ? "partnerKey" : auth.kind === "token" ? "apiToken" : "web" };
}

/** What the app is built from; tests pass their own. */
export interface Deps {
  db: PrismaClient;
  /** Raw SQL on the same database, for set-based jobs and hot paths. */
  sql: SqlRunner;
  config: Config;
  clock: Clock;
  pubsub: PubSub;
  messenger: Messenger;
  /** Uploaded files; when absent, the adapter STORAGE_DRIVER names (integrations/storage storageOf). */
  storage?: FileStorage;
  /** The acquiring bank (card payments, integrations/bank); without it paying is unavailable. */
  bank?: BankPort;
  /** Limits on sends, registrations and partner keys (shared/rate-limits.ts); default: built from `sql`. */
  rateLimits?: RateLimits;
  /** Prometheus series (ops/metrics.ts); main.ts passes the process's, an app without one makes its own. */
  metrics?: Metrics;
}

export interface Context extends Deps {
  tokens: TokenService;
  rateLimits: RateLimits;
  auth: Auth;
  /** The kind of client (web session, partner key, personal API token): `ctx.caller.kind`. */
  caller: Caller;
  clientAddress: string | null;
  userAgent: string | null;
  /** The HTTP request (null over WebSocket): `request.cookieStore` reads and sets cookies (useCookies). */
  request: Request | null;
}
