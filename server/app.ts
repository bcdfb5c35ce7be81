// buildApp(deps) → the GraphQL server (yoga) with auth, limits and error masking. Tests call
// `app.yoga.fetch()` without a port; http/server.ts mounts it on HTTP and WebSocket.
import { costLimitPlugin } from "@escape.tech/graphql-armor-cost-limit";
import { maxAliasesPlugin } from "@escape.tech/graphql-armor-max-aliases";
import { maxDepthPlugin } from "@escape.tech/graphql-armor-max-depth";
import { maxTokensPlugin } from "@escape.tech/graphql-armor-max-tokens";
import { GraphQLError, NoSchemaIntrospectionCustomRule } from "graphql";
import { createYoga, type Plugin, type YogaInitialContext } from "graphql-yoga";
import type { IncomingMessage } from "node:http";
import { clientAddressResolver } from "./http/client-address.js";
import { useCookies } from "@whatwg-node/server-plugin-cookies";
import { useCSRFPrevention } from "@graphql-yoga/plugin-csrf-prevention";
import { callerOf, type Auth, type Context, type Deps } from "./context.js";
import type { Clock } from "./shared/clock.js";
import { apiKeyAuthenticator } from "./domains/partners/api-key-auth.js";
import { sessionAuthenticator } from "./domains/identity/authenticate.js";
import { passwordChangeGate } from "./domains/identity/password-change-gate.js";
import { isPersonalToken, personalTokenAuthenticator } from "./domains/tokens/authenticate.js";
import { TokenService } from "./domains/identity/tokens.js";
import { getSchema } from "./graphql/schema.js";
import { createResponseCache, type ResponseCache } from "./http/response-cache.js";
import { jitSubscribe } from "./graphql/jit-subscribe.js";
import { workCostPlugin } from "./graphql/work-cost.js";
import { ErrorCode, UserFacingError } from "./shared/errors.js";
import { isDatabaseUnavailable } from "./db/client.js";
import { multipartUploads } from "./integrations/storage/multipart.js";
import { onPaymentStatusChanged } from "./domains/payments/hooks.js";
import { onAutopayPayment } from "./domains/autopay/listener.js";
import { multipartLimits } from "./domains/appeals/upload-rules.js";
import { apiRequestLimits, createRateLimits } from "./shared/rate-limits.js";
import { variablesLimit } from "./graphql/variables-limit.js";
import { noSuggestions, withoutSuggestions } from "./graphql/no-suggestions.js";
import { operationLogPlugin } from "./graphql/operation-log.js";
import { loadPersistedDocuments, persistedOperationsPlugins } from "./graphql/persisted-operations.js";
import { createMetrics, type Metrics } from "./ops/metrics.js";
import { log } from "./shared/log.js";

export interface App {
  yoga: ReturnType<typeof createYoga<Record<string, unknown>, Context>>;
  tokens: TokenService;
  /** The app's clock (WebSocket connections end when their access token expires by it). */
  clock: Clock;
  /** The signed-in customers' cache of header and home queries (http/response-cache.ts). */
  responseCache: ResponseCache;
  /** Builds the context for a request or a WebSocket operation. */
  authenticate(authorization: string | null | undefined, apiKey?: string | null): Promise<Auth>;
  /** The client's address of a request (http/client-address.ts). */
  clientAddress(req: IncomingMessage): string | null;
  /** This app's Prometheus registry and series (deps.metrics, else its own). */
  metrics: Metrics;
  /** The web client's persisted documents (hash → text) and whether browsers may run only those (graphql/persisted-operations.ts). */
  persisted: { documents: ReadonlyMap<string, string>; only: boolean };
}

export interface RequestInfo {
  clientAddress?: string | null;
  /** graphql-ws connectionParams (the WS transport's stand-in for headers). */
  connectionParams?: Record<string, unknown>;
}

export function buildApp(deps: Deps): App {
  // What one domain does when another's state changes, wired here rather than on import.
  onPaymentStatusChanged(onAutopayPayment);
  const tokens = new TokenService(deps.config.jwtSecret, deps.config.accessTokenTtlSec);
  const rateLimits = deps.rateLimits ?? createRateLimits({ sql: deps.sql, limits: apiRequestLimits(deps.config.apiRateLimit) });
  const partnerAuth = apiKeyAuthenticator({ ...deps, rateLimits });
  // Verified tokens and live sessions are remembered until expiry or revocation (identity/authenticate.ts).
  const sessionAuth = sessionAuthenticator(deps, tokens);

  const personalTokenAuth = personalTokenAuthenticator({ ...deps, rateLimits });

  async function authenticate(authorization: string | null | undefined, apiKey?: string | null): Promise<Auth> {
    if (apiKey) return partnerAuth(apiKey);
    const m = /^Bearer\s+(.+)$/i.exec(authorization?.trim() ?? "");
    if (!m) return { kind: "anonymous" };
    // A customer's personal API token (kab_pat_…) or a web session's access token (a JWT).
    return isPersonalToken(m[1]!) ? personalTokenAuth(m[1]!) : sessionAuth(m[1]!);
  }
  // Once per HTTP request: the response cache and the context share it.
  const requestAuth = new WeakMap<Request, Promise<Auth>>();
  const authOf = (req: Request) => {
    let auth = requestAuth.get(req);
    if (!auth) requestAuth.set(req, (auth = authenticate(req.headers.get("authorization"), req.headers.get("x-api-key"))));
    return auth;
  };
  const responseCache = createResponseCache({ schema: getSchema(), clock: deps.clock, timezone: deps.config.timezone, pubsub: deps.pubsub, authOf });
  const metrics = deps.metrics ?? createMetrics();
  metrics.sources.responseCache = () => responseCache.stats;

  const production = deps.config.env === "production";
  const persisted = { documents: loadPersistedDocuments(), only: deps.config.persistedOperationsOnly };
  const limits = deps.config.limits;
  // A refused limit carries a stable code like any invalid operation (HTTP and WebSocket alike).
  const onReject = [(_ctx: unknown, err: GraphQLError) => void ((err.extensions as Record<string, unknown>).code ??= "GRAPHQL_VALIDATION_FAILED")];
  const plugins: Plugin[] = [
    operationLogPlugin(metrics), // first: it times the whole request and sees every outcome
    // A request a cross-site form or a "simple" fetch could send (form-urlencoded, multipart,
    // text/plain, GET) must carry a header only a preflighted request can: the web client's
    // CSRF header, or the API callers' Authorization / X-Api-Key. First, so nothing is parsed before.
    useCSRFPrevention({ requestHeaders: ["x-graphql-yoga-csrf", "authorization", "x-api-key"] }) as Plugin,
    variablesLimit(), // before any other plugin (the response cache's key) walks the variables
    // The web client's documents by hash; in production browsers run nothing else. Before the
    // response cache, which then sees the document's text.
    ...persistedOperationsPlugins({ documents: persisted.documents, persistedOnly: persisted.only, authOf }),
    maxDepthPlugin({ n: limits.maxDepth, exposeLimits: true, flattenFragments: true, onReject }) as Plugin,
    maxAliasesPlugin({ n: limits.maxAliases, exposeLimits: true, onReject }) as Plugin,
    maxTokensPlugin({ n: limits.maxTokens, exposeLimits: true, onReject }) as Plugin,
    costLimitPlugin({ maxCost: limits.maxCost, exposeLimits: true, onReject }) as Plugin,
    workCostPlugin(limits.maxCost), // heavy fields (month ranges, pages) by the rows they read
    passwordChangeGate(), // a session with a password of the previous rules: its refusals say «change it»
  ];
  // Subscription events run on a compiled document (graphql-jit, graphql/jit-subscribe.ts): yoga's
  // default executor turns every event into a one-item async stream and flattens it again (for
  // @defer/@stream, which we do not use), and graphql-js walks the AST per event; a broadcast
  // runs one per subscriber (`npm run bench:subscriptions`). Over WebSocket the results are then
  // pushed past the plugins' per-result hooks, masking applied (http/ws-push.ts).
  plugins.push({ onSubscribe: ({ setSubscribeFn }) => setSubscribeFn(jitSubscribe as never) });
  if (production) {
    plugins.push({ onValidate: ({ addValidationRule }) => addValidationRule(NoSchemaIntrospectionCustomRule) });
    plugins.push(noSuggestions); // no «Did you mean …?» in validation errors
  }
  // Multipart uploads are spooled to disk, never collected in memory; the plugin also limits every
  // request's body in place of yoga's guard, which buffers streams (integrations/storage/multipart.ts).
  plugins.push(multipartUploads({ tmpDir: deps.config.storage.tmpDir, limits: multipartLimits(deps.config.uploads), maxOtherBodyBytes: 25_000_000 }));
  plugins.push(responseCache.plugin);
  // `request.cookieStore` in resolvers (HttpOnly refresh and device cookies): set-cookie on the answer.
  plugins.push(useCookies() as Plugin);

  // Browsers may call the API from these origins only (default: the app's own); partner apps call
  // server-to-server with X-Api-Key and need no CORS. Another origin gets no allow-origin header.
  const corsOrigins = new Set(deps.config.corsOrigins.length ? deps.config.corsOrigins : [new URL(deps.config.publicUrl).origin]);
  const yoga = createYoga<Record<string, unknown>, Context>({
    schema: getSchema(),
    cors: (request) => {
      const origin = request.headers.get("origin");
      return origin && corsOrigins.has(origin) ? { origin, credentials: true, maxAge: 600 } : false;
    },
    graphqlEndpoint: "/graphql",
    graphiql: production ? false : { subscriptionsProtocol: "WS", title: "kabinet GraphiQL" },
    landingPage: false,
    batching: false, // one operation per request: batching must not multiply sign-in attempts
    maxRequestBodySize: false, // enforced by multipartUploads (above), with backpressure
    plugins,
    maskedErrors: { maskError: production ? (error, message) => withoutSuggestions(maskError(error, message)) : maskError },
    context: async (initial: YogaInitialContext & RequestInfo & Record<string, unknown>) => {
      const req = initial.request;
      const params = initial.connectionParams;
      const authorization = req?.headers.get("authorization") ?? (typeof params?.authorization === "string" ? params.authorization : null);
      const auth = await (req ? authOf(req) : authenticate(authorization));
      return {
        ...deps,
        tokens,
        rateLimits,
        auth,
        caller: callerOf(auth),
        clientAddress: initial.clientAddress ?? null, // http/client-address.ts (X-Forwarded-For only from TRUST_PROXY)
        userAgent: req?.headers.get("user-agent") ?? null,
        request: req ?? null,
      } satisfies Context;
    },
  });
  return { yoga, tokens, clock: deps.clock, responseCache, authenticate, clientAddress: clientAddressResolver(deps.config.trustProxy), metrics, persisted };
}

/** Errors we raised on purpose keep their message and code; everything else is masked. */
function maskError(error: unknown, message: string): GraphQLError {
  // A bare error (thrown outside execution: the context factory, a plugin's hook) is its own
  // original, so it is masked like any other and never shown as it is.
  const err = error instanceof GraphQLError ? error : new GraphQLError(String(error), { originalError: error instanceof Error ? error : undefined });
  const original = err.originalError;
  // A user-fixable error outside a mutation payload (a query argument): keep its text.
  if (original instanceof UserFacingError) {
    return new GraphQLError(original.message, {
      nodes: err.nodes,
      path: err.path,
      extensions: { code: ErrorCode.BAD_USER_INPUT, userErrors: original.errors },
    });
  }
  if (original?.name === "PothosValidationError") {
    return new GraphQLError(original.message, { nodes: err.nodes, path: err.path, extensions: { code: ErrorCode.BAD_USER_INPUT } });
  }
  if (!original) return err;
  // GraphQL's own errors (bad variables, validation) and ours are about the request: keep them.
  if (original instanceof GraphQLError) {
    return err.extensions?.code
      ? err
      : new GraphQLError(err.message, { nodes: err.nodes, path: err.path, extensions: { ...err.extensions, code: ErrorCode.BAD_USER_INPUT } });
  }
  if (isDatabaseUnavailable(original)) {
    log.warn(`database unavailable: ${original.message.split("\n").filter(Boolean).at(-1)}`);
    return new GraphQLError("Сервис временно недоступен. Повторите попытку через минуту.", {
      nodes: err.nodes,
      path: err.path,
      extensions: { code: ErrorCode.SERVICE_UNAVAILABLE },
    });
  }
  log.error({ err: original }, "unexpected error in a GraphQL operation");
  return new GraphQLError(message === "Unexpected error." ? "Внутренняя ошибка сервера" : message, {
    nodes: err.nodes,
    path: err.path,
    extensions: { code: ErrorCode.INTERNAL },
  });
}
