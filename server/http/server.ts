// One HTTP server on one port: GraphQL over HTTP and WebSocket (graphql-ws, same path, same
// context and auth), /health (/live, /ready), /metrics when mounted here, the API reference (/docs/,
// /schema.graphql) and the built web client.
// Every request and WebSocket connection gets a request id (X-Request-Id, the balancer's when
// valid) that its log lines carry (shared/log.ts) and its answer returns.
import http from "node:http";
import fs from "node:fs";
import type { AddressInfo } from "node:net";
import nodePath from "node:path";
import type { Duplex } from "node:stream";
import type { ExecutionArgs, ExecutionResult, GraphQLError } from "graphql";
import { GRAPHQL_TRANSPORT_WS_PROTOCOL } from "graphql-ws";
import { useServer } from "graphql-ws/use/ws";
import sirv from "sirv";
import WebSocket, { WebSocketServer } from "ws";
import type { App } from "../app.js";
import { takeEventStream } from "../graphql/jit-subscribe.js";
import type { DevOutbox } from "../integrations/messaging/dev-outbox.js";
import { DEV_OUTBOX_PATH, devOutboxHandler } from "./dev-outbox-route.js";
import { answerClientError, answerFailure, answerPlain, answerSocket, BAD_REQUEST_TEXT, requestIdOf, requestPath } from "./boundary.js";
import { securityHeaders, type SecurityHeadersOptions } from "./security-headers.js";
import { pushedSubscription, yogaMasking } from "./ws-push.js";
import { variablesError, variablesProblem } from "../graphql/variables-limit.js";
import { bearerExpiry, operationErrors, tokenExpiryWatch } from "./ws-operations.js";
import { resolveWsDocument } from "../graphql/persisted-operations.js";
import { operationFromText, operationOf, recordOperation, subjectOf, type OperationRecord } from "../graphql/operation-log.js";
import type { Context } from "../context.js";
import { METRICS_PATH } from "../ops/metrics-route.js";
import { bindLogContext, currentLogger, withLogContext } from "../shared/log.js";
import { log } from "../shared/log.js";

export interface RunningServer {
  url: string;
  port: number;
  /**
   * Graceful stop: /health turns 503, no new connections, WebSockets are closed with 1001
   * (clients reconnect elsewhere), requests in flight finish; after `graceMs` the rest is cut.
   */
  close(graceMs?: number): Promise<void>;
}

export interface ServerOptions {
  port: number;
  host?: string;
  clientDir: string;
  /** In development: Vite's middleware (HMR) instead of the built client. */
  clientMiddleware?: (req: http.IncomingMessage, res: http.ServerResponse, next: () => void) => void;
  /** GET /documents/<kind>.pdf (signed links). */
  documents?: (req: http.IncomingMessage, res: http.ServerResponse) => Promise<void>;
  /** GET /files/appeals/<id>/<name>?token=… (signed links to appeal files, appeal-files-route.ts). */
  files?: (req: http.IncomingMessage, res: http.ServerResponse) => Promise<void>;
  /** Checks for /health: each returns true when its dependency answers. */
  health: Record<string, () => Promise<boolean>>;
  /** Checks for /health/ready (ops/health.ts readinessChecks: database, migrations, Redis); default `health`. */
  ready?: Record<string, () => Promise<boolean>>;
  /** GET /metrics here (ops/metrics-route.ts metricsHandler); absent: not served on this port. */
  metrics?: (req: http.IncomingMessage, res: http.ServerResponse) => Promise<void>;
  /** Served at GET /dev/outbox; pass `devOutboxToMount(config.env, messenger)` (none in production). */
  devOutbox?: DevOutbox;
  /**
   * The acquiring bank: POST /bank/webhook/<provider> and the sandbox bank's pages under
   * /sandbox-bank/ (integrations/bank/http.ts bankRoutes); answers false for a path it does not own.
   */
  bank?: (req: http.IncomingMessage, res: http.ServerResponse) => Promise<boolean>;
  /** GET /docs/ (the API reference) and /schema.graphql (api-docs-route.ts apiDocsRoutes); answers false for other paths. */
  apiDocs?: (req: http.IncomingMessage, res: http.ServerResponse, path: string) => boolean;
  /** Test-only hooks under /test-hooks/ (see test-hooks-route.ts); never in production. */
  testHooks?: ((req: http.IncomingMessage, res: http.ServerResponse) => Promise<void>) | null;
  /** CSP and the other browser-hardening headers (security-headers.ts). */
  security?: SecurityHeadersOptions;
}

/** /health checks whose failure leaves the replica serving, with less (see health()). */
const DEGRADABLE = new Set(["redis"]);

export async function startHttpServer(app: App, opts: ServerOptions): Promise<RunningServer> {
  const serveStatic = clientFiles(opts.clientDir);
  const serveClient = opts.clientMiddleware
    ? (req: http.IncomingMessage, res: http.ServerResponse) => opts.clientMiddleware!(req, res, () => serveStatic(req, res))
    : serveStatic;
  const serveOutbox = opts.devOutbox ? devOutboxHandler(opts.devOutbox) : null;
  const security = securityHeaders(opts.security ?? { publicUrl: "http://localhost" });
  let draining = false;

  async function route(req: http.IncomingMessage, res: http.ServerResponse, path: string): Promise<void> {
    const url = req.url!;
    if (opts.testHooks && url.startsWith("/test-hooks/")) return await opts.testHooks(req, res);
    if (url.startsWith("/graphql")) return await app.yoga.handle(req, res, { clientAddress: app.clientAddress(req) });
    if (url === "/health") return health(res);
    if (path === "/health/live") return answerJson(res, 200, { status: "live" });
    if (path === "/health/ready") return ready(res);
    // Not mounted here (its own port, or production without a token): not the web client's page either.
    if (path === METRICS_PATH) return opts.metrics ? await opts.metrics(req, res) : answerPlain(res, 404, "Не найдено");
    if (opts.documents && url.startsWith("/documents/")) return await opts.documents(req, res);
    if (opts.files && url.startsWith("/files/")) return await opts.files(req, res);
    if (opts.bank && (url.startsWith("/bank/") || url.startsWith("/sandbox-bank")) && (await opts.bank(req, res))) return;
    if (serveOutbox && path === DEV_OUTBOX_PATH) return serveOutbox(req, res);
    if (opts.apiDocs?.(req, res, path)) return;
    serveClient(req, res);
  }

  const metrics = app.metrics;
  // Every request runs inside this boundary: whatever a route throws answers that request only.
  const server = http.createServer((req, res) => {
    const requestId = requestIdOf(req);
    withLogContext({ reqId: requestId }, () => handle(req, res, requestId));
  });
  async function handle(req: http.IncomingMessage, res: http.ServerResponse, requestId: string) {
    const started = performance.now();
    const reqLog = currentLogger();
    res.setHeader("x-request-id", requestId);
    security.apply(req, res);
    // While stopping, a kept-alive connection is let go as soon as its answer is out.
    if (draining) res.setHeader("connection", "close");
    res.on("finish", () => {
      if (draining) setImmediate(() => server.closeIdleConnections());
      const seconds = (performance.now() - started) / 1000;
      const labels = { route: routeOf(requestPath(req.url)), method: methodOf(req.method), status: String(res.statusCode) };
      metrics.httpDuration.observe(labels, seconds);
      reqLog.debug({ ...labels, ms: Math.round(seconds * 10_000) / 10 }, "http");
    });
    // Stream errors (a client gone mid-body, a file that vanished under a pipe) end this request, not the process.
    req.on("error", () => {});
    res.on("error", () => res.destroy());
    res.on("pipe", (source) => source.on("error", (err) => answerFailure(res, requestId, err)));
    const path = requestPath(req.url);
    if (path === null) return answerPlain(res, 400, BAD_REQUEST_TEXT);
    try {
      await route(req, res, path);
    } catch (err) {
      answerFailure(res, requestId, err);
    }
  }
  // Requests node's parser refuses never reach the handler: answer them here, 4xx and nothing else.
  server.on("clientError", answerClientError);

  async function health(res: http.ServerResponse) {
    const checks = Object.fromEntries(
      // A dependency that hangs counts as down: the balancer must get an answer in time.
      await Promise.all(Object.entries(opts.health).map(async ([name, check]) => [name, await withTimeout(check(), 2_000).catch(() => false)] as const)),
    );
    const ok = !draining && Object.values(checks).every(Boolean);
    // Without Redis the replica still serves (its own subscribers and caches are fed in-process),
    // only other replicas miss its live updates: "degraded". The balancer still gets 503.
    const degraded = !ok && !draining && Object.entries(checks).every(([name, up]) => up || DEGRADABLE.has(name));
    const status = ok ? "ok" : degraded ? "degraded" : "unavailable";
    res.writeHead(ok ? 200 : 503, { "content-type": "application/json" }).end(JSON.stringify({ status, checks }));
  }

  /** Readiness: every check passes and the server is not shutting down; else 503 naming what failed. */
  async function ready(res: http.ServerResponse) {
    const checks: Record<string, boolean> = Object.fromEntries(
      await Promise.all(
        Object.entries(opts.ready ?? opts.health).map(async ([name, check]) => [name, await withTimeout(check(), 2_000).catch(() => false)] as const),
      ),
    );
    checks.notShuttingDown = !draining;
    const failed = Object.keys(checks).filter((name) => !checks[name]);
    answerJson(res, failed.length ? 503 : 200, failed.length ? { status: "not ready", failed, checks } : { status: "ready", checks });
  }

  // noServer: in development, other upgrade requests (Vite's HMR socket) are left alone.
  // Subscription messages are small: a frame over 1 MiB closes the socket (ws answers 1009).
  const wss = new WebSocketServer({ noServer: true, maxPayload: 1024 * 1024 });
  // A connection's id (its upgrade request's X-Request-Id, returned on the 101) and its live subscriptions.
  const connectionIds = new WeakMap<http.IncomingMessage, string>();
  const subscriptions = new Map<WebSocket, Set<string>>();
  wss.on("headers", (headers, req) => void headers.push(`X-Request-Id: ${connectionIds.get(req)}`));
  metrics.sources.wsConnections = () => wss.clients.size;
  metrics.sources.wsSubscriptions = () => [...subscriptions.values()].reduce((n, set) => n + set.size, 0);
  const bindingsOf = (req: http.IncomingMessage) => ({ reqId: connectionIds.get(req) ?? "unknown" });
  server.on("upgrade", (req: http.IncomingMessage, socket: Duplex, head: Buffer) => {
    socket.on("error", () => socket.destroy());
    const requestId = requestIdOf(req);
    connectionIds.set(req, requestId);
    try {
      const path = requestPath(req.url);
      if (path !== "/graphql") return opts.clientMiddleware && path !== null ? undefined : answerSocket(socket, path === null ? 400 : 404, requestId);
      // Only graphql-ws speaks here: any other subprotocol is refused before the upgrade.
      const protocols = String(req.headers["sec-websocket-protocol"] ?? "")
        .split(",")
        .map((p) => p.trim());
      if (!protocols.includes(GRAPHQL_TRANSPORT_WS_PROTOCOL)) return answerSocket(socket, 400, requestId);
      // (ws itself answers 400 to a malformed handshake; a bad frame later closes with 1002.)
      wss.handleUpgrade(req, socket, head, (ws) => {
        ws.on("error", () => ws.terminate());
        const connLog = currentLogger().child({ reqId: requestId });
        connLog.debug("websocket open");
        ws.once("close", (code) => {
          subscriptions.delete(ws);
          connLog.debug({ code }, "websocket closed");
        });
        wss.emit("connection", ws, req);
      });
    } catch (err) {
      withLogContext({ reqId: requestId }, () => log.error({ err }, "upgrade failed"));
      answerSocket(socket, 500, requestId);
    }
  });
  // Subscription results go straight onto the socket (ws-push.ts) when yoga's masking can be
  // applied there; otherwise through graphql-ws's and yoga's iterators.
  const masking = yogaMasking(app.yoga);
  const tokenWatch = tokenExpiryWatch(app.clock);
  const wsCleanup = useServer(
    {
      // Each operation runs under its connection's log context (request id, subject) and is recorded once it has answered.
      execute: (args) => {
        const root = args.rootValue as WsRoot;
        return withLogContext(root.log, async () => {
          const result = await root.execute(args);
          root.done(isAsyncIterator(result) ? undefined : (result as ExecutionResult).errors);
          return result;
        });
      },
      subscribe: (args) => {
        const root = args.rootValue as WsRoot;
        return withLogContext(root.log, async () => {
          let result: OperationResult;
          try {
            result = await root.subscribe(args);
          } catch (err) {
            const errors = operationErrors(err, "validate", masking);
            root.done(errors);
            return { errors }; // that operation fails, not the socket
          }
          root.done(isAsyncIterator(result) ? undefined : (result as ExecutionResult).errors);
          if (isAsyncIterator(result) && root.socket.readyState === WebSocket.OPEN) {
            let set = subscriptions.get(root.socket);
            if (!set) subscriptions.set(root.socket, (set = new Set()));
            set.add(root.id);
          }
          const stream = takeEventStream(args);
          if (!stream || masking === undefined) return result;
          // A plugin answered in the stream's stead: it is not going to be read.
          if (!isAsyncIterator(result)) {
            await stream.return();
            return result;
          }
          return pushedSubscription(stream, result, root.socket, root.id, masking) as AsyncGenerator<ExecutionResult>;
        });
      },
      onComplete: (ctx, id) => void subscriptions.get(ctx.extra.socket)?.delete(id),
      onConnect: (ctx) =>
        withLogContext(bindingsOf(ctx.extra.request), async () => {
          const authorization = ctx.connectionParams?.authorization;
          if (typeof authorization !== "string" || !authorization) return true;
          // A token that does not sign in (expired, revoked) is refused with 4403: the client retries with a fresh one.
          if ((await app.authenticate(authorization)).kind === "anonymous") return false;
          const exp = bearerExpiry(authorization);
          if (exp !== null) tokenWatch.watch(ctx.extra.socket, exp);
          return true;
        }),
      // A bad operation gets an `error` message for its id; only a throw here would close the socket.
      onSubscribe: (ctx, id, payload) =>
        withLogContext(bindingsOf(ctx.extra.request), async () => {
          const started = performance.now();
          let op = operationFromText(payload.query, payload.operationName);
          const done = (errors: OperationRecord["errors"]) => recordOperation(metrics, { ...op, transport: "ws", ms: performance.now() - started, errors });
          const refused = <T extends GraphQLError[]>(errors: T): T => (done(errors), errors);
          const { schema, execute, subscribe, contextFactory, parse, validate } = app.yoga.getEnveloped({
            ...ctx,
            req: ctx.extra.request,
            socket: ctx.extra.socket,
            params: payload,
            connectionParams: ctx.connectionParams ?? {},
            clientAddress: app.clientAddress(ctx.extra.request),
          });
          const tooBig = variablesProblem(payload.variables); // as variablesLimit does over HTTP
          if (tooBig) return refused([variablesError(tooBig)]);
          // The web client subscribes by hash; persisted-only applies here as over HTTP (graphql/persisted-operations.ts).
          const authorization = ctx.connectionParams?.authorization;
          const resolved = await resolveWsDocument(payload, {
            documents: app.persisted.documents,
            persistedOnly: app.persisted.only,
            auth: () => app.authenticate(typeof authorization === "string" ? authorization : null),
          });
          if ("error" in resolved) return refused([resolved.error]);
          payload = { ...payload, query: resolved.query };
          op = operationFromText(payload.query, payload.operationName);
          let document: ReturnType<typeof parse>;
          try {
            document = parse(payload.query);
          } catch (err) {
            return refused(operationErrors(err, "parse", masking));
          }
          op = operationOf(document, payload.operationName) ?? op;
          try {
            const errors = validate(schema, document);
            if (errors.length) return refused(operationErrors(errors, "validate", masking));
          } catch (err) {
            return refused(operationErrors(err, "validate", masking)); // graphql-armor's limits throw
          }
          try {
            const contextValue = (await contextFactory()) as Partial<Context>;
            const log = { ...bindingsOf(ctx.extra.request), ...subjectOf(contextValue.auth) };
            bindLogContext(subjectOf(contextValue.auth));
            return {
              schema,
              operationName: payload.operationName,
              document,
              variableValues: payload.variables,
              contextValue,
              rootValue: { execute, subscribe, socket: ctx.extra.socket, id, log, done } satisfies WsRoot,
            };
          } catch (err) {
            return refused(operationErrors(err, "validate", masking));
          }
        }),
    },
    wss,
  );

  await new Promise<void>((resolve) => server.listen(opts.port, opts.host ?? "0.0.0.0", resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    url: `http://localhost:${port}`,
    close: async (graceMs = 10_000) => {
      draining = true;
      // No new connections; idle kept-alive ones go now, busy ones after their response.
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      // Subscribers get 1001 "Going away" and reconnect (to another replica behind the balancer).
      // (dispose waits for every closing handshake: a peer that never answers is cut at the deadline.)
      const sockets = [...wss.clients];
      const deadline = setTimeout(() => {
        for (const ws of sockets) ws.terminate();
        server.closeAllConnections();
      }, graceMs);
      tokenWatch.stop();
      await Promise.all([Promise.resolve(wsCleanup.dispose()).catch(() => {}), closed]);
      clearTimeout(deadline);
    },
  };
}

/** The operation's enveloped executors and where its results go (passed as graphql-ws's rootValue). */
type OperationResult = ExecutionResult | AsyncIterable<ExecutionResult>;
interface WsRoot {
  execute: (args: ExecutionArgs) => OperationResult | Promise<OperationResult>;
  subscribe: (args: ExecutionArgs) => OperationResult | Promise<OperationResult>;
  socket: WebSocket;
  id: string;
  /** The connection's log bindings (request id, subject). */
  log: Record<string, unknown>;
  /** Records the operation (log line, metrics) once it has answered. */
  done(errors: OperationRecord["errors"]): void;
}

function isAsyncIterator(value: unknown): value is AsyncIterator<ExecutionResult> & AsyncIterable<ExecutionResult> {
  return typeof (value as AsyncIterable<unknown> | null)?.[Symbol.asyncIterator] === "function";
}

/**
 * The built web client (client/dist), brotli or gzip files made at build time when the browser
 * takes them: hashed assets cached for a year, index.html revalidated, unknown paths get
 * index.html so the client's router handles them.
 */
function clientFiles(root: string) {
  if (!fs.existsSync(nodePath.join(root, "index.html"))) {
    return (_req: http.IncomingMessage, res: http.ServerResponse) => answerPlain(res, 503, "Web client is not built: run `npm run build`");
  }
  const serve = sirv(root, {
    single: true,
    brotli: true,
    gzip: true,
    etag: true,
    setHeaders: (res, pathname) => res.setHeader("cache-control", /^\/assets\/[^/]+\.\w+$/.test(pathname) ? "public, max-age=31536000, immutable" : "no-cache"),
  });
  return (req: http.IncomingMessage, res: http.ServerResponse) => {
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.setHeader("allow", "GET, HEAD");
      return answerPlain(res, 405, "Метод не поддерживается");
    }
    // Nothing here needs byte ranges, and sirv trusts a malformed Range header.
    delete req.headers.range;
    serve(req, res, () => answerPlain(res, 404, "Не найдено"));
  };
}

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([p, new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error("timeout")), ms)))]).finally(() => clearTimeout(timer));
}

function answerJson(res: http.ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { "content-type": "application/json", "cache-control": "no-store" }).end(JSON.stringify(body));
}

// Label values for the HTTP histogram: a few routes (never raw paths) and the usual methods.
const ROUTES: [prefix: string, route: string][] = [
  ["/graphql", "graphql"],
  ["/health", "health"],
  ["/metrics", "metrics"],
  ["/documents/", "documents"],
  ["/docs/", "docs"],
  ["/schema.graphql", "docs"],
  ["/files/", "files"],
  ["/bank/", "bank"],
  ["/sandbox-bank", "bank"],
  ["/test-hooks/", "test-hooks"],
  ["/dev/", "dev"],
];
const routeOf = (path: string | null) => (path === null ? "invalid" : (ROUTES.find(([prefix]) => path.startsWith(prefix))?.[1] ?? "client"));
const METHODS = new Set(["GET", "HEAD", "POST", "OPTIONS", "PUT", "PATCH", "DELETE"]);
const methodOf = (method: string | undefined) => (method && METHODS.has(method) ? method : "other");
