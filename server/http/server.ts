// One HTTP server on one port: GraphQL over HTTP and WebSocket (graphql-ws, same path, same
// context and auth), /health, and the built web client.
import http from "node:http";
import fs from "node:fs";
import type { AddressInfo } from "node:net";
import nodePath from "node:path";
import type { Duplex } from "node:stream";
import type { ExecutionArgs, ExecutionResult } from "graphql";
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
  /** Served at GET /dev/outbox; pass `devOutboxToMount(config.env, messenger)` (none in production). */
  devOutbox?: DevOutbox;
  /**
   * The acquiring bank: POST /bank/webhook/<provider> and the sandbox bank's pages under
   * /sandbox-bank/ (integrations/bank/http.ts bankRoutes); answers false for a path it does not own.
   */
  bank?: (req: http.IncomingMessage, res: http.ServerResponse) => Promise<boolean>;
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
    if (opts.documents && url.startsWith("/documents/")) return await opts.documents(req, res);
    if (opts.files && url.startsWith("/files/")) return await opts.files(req, res);
    if (opts.bank && (url.startsWith("/bank/") || url.startsWith("/sandbox-bank")) && (await opts.bank(req, res))) return;
    if (serveOutbox && path === DEV_OUTBOX_PATH) return serveOutbox(req, res);
    serveClient(req, res);
  }

  // Every request runs inside this boundary: whatever a route throws answers that request only.
  const server = http.createServer(async (req, res) => {
    const requestId = requestIdOf(req);
    res.setHeader("x-request-id", requestId);
    security.apply(req, res);
    // While stopping, a kept-alive connection is let go as soon as its answer is out.
    if (draining) res.setHeader("connection", "close");
    res.on("finish", () => {
      if (draining) setImmediate(() => server.closeIdleConnections());
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
  });
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

  // noServer: in development, other upgrade requests (Vite's HMR socket) are left alone.
  // Subscription messages are small: a frame over 1 MiB closes the socket (ws answers 1009).
  const wss = new WebSocketServer({ noServer: true, maxPayload: 1024 * 1024 });
  server.on("upgrade", (req: http.IncomingMessage, socket: Duplex, head: Buffer) => {
    socket.on("error", () => socket.destroy());
    const requestId = requestIdOf(req);
    try {
      const path = requestPath(req.url);
      if (path !== "/graphql") return opts.clientMiddleware && path !== null ? undefined : answerSocket(socket, path === null ? 400 : 404, requestId);
      // Only graphql-ws speaks here: any other subprotocol is refused before the upgrade.
      const protocols = String(req.headers["sec-websocket-protocol"] ?? "").split(",").map((p) => p.trim());
      if (!protocols.includes(GRAPHQL_TRANSPORT_WS_PROTOCOL)) return answerSocket(socket, 400, requestId);
      // (ws itself answers 400 to a malformed handshake; a bad frame later closes with 1002.)
      wss.handleUpgrade(req, socket, head, (ws) => {
        ws.on("error", () => ws.terminate());
        wss.emit("connection", ws, req);
      });
    } catch (err) {
      console.error(`upgrade ${requestId} failed:`, err);
      answerSocket(socket, 500, requestId);
    }
  });
  // Subscription results go straight onto the socket (ws-push.ts) when yoga's masking can be
  // applied there; otherwise through graphql-ws's and yoga's iterators.
  const masking = yogaMasking(app.yoga);
  const tokenWatch = tokenExpiryWatch(app.clock);
  const wsCleanup = useServer(
    {
      execute: (args) => (args.rootValue as WsRoot).execute(args),
      subscribe: async (args) => {
        const root = args.rootValue as WsRoot;
        let result: OperationResult;
        try {
          result = await root.subscribe(args);
        } catch (err) {
          return { errors: operationErrors(err, "validate", masking) }; // that operation fails, not the socket
        }
        const stream = takeEventStream(args);
        if (!stream || masking === undefined) return result;
        // A plugin answered in the stream's stead: it is not going to be read.
        if (!isAsyncIterator(result)) {
          await stream.return();
          return result;
        }
        return pushedSubscription(stream, result, root.socket, root.id, masking) as AsyncGenerator<ExecutionResult>;
      },
      onConnect: async (ctx) => {
        const authorization = ctx.connectionParams?.authorization;
        if (typeof authorization !== "string" || !authorization) return true;
        // A token that does not sign in (expired, revoked) is refused with 4403: the client retries with a fresh one.
        if ((await app.authenticate(authorization)).kind === "anonymous") return false;
        const exp = bearerExpiry(authorization);
        if (exp !== null) tokenWatch.watch(ctx.extra.socket, exp);
        return true;
      },
      // A bad operation gets an `error` message for its id; only a throw here would close the socket.
      onSubscribe: async (ctx, id, payload) => {
        const { schema, execute, subscribe, contextFactory, parse, validate } = app.yoga.getEnveloped({
          ...ctx,
          req: ctx.extra.request,
          socket: ctx.extra.socket,
          params: payload,
          connectionParams: ctx.connectionParams ?? {},
          clientAddress: app.clientAddress(ctx.extra.request),
        });
        const tooBig = variablesProblem(payload.variables); // as variablesLimit does over HTTP
        if (tooBig) return [variablesError(tooBig)];
        let document: ReturnType<typeof parse>;
        try {
          document = parse(payload.query);
        } catch (err) {
          return operationErrors(err, "parse", masking);
        }
        try {
          const errors = validate(schema, document);
          if (errors.length) return operationErrors(errors, "validate", masking);
        } catch (err) {
          return operationErrors(err, "validate", masking); // graphql-armor's limits throw
        }
        try {
          return {
            schema,
            operationName: payload.operationName,
            document,
            variableValues: payload.variables,
            contextValue: await contextFactory(),
            rootValue: { execute, subscribe, socket: ctx.extra.socket, id } satisfies WsRoot,
          };
        } catch (err) {
          return operationErrors(err, "validate", masking);
        }
      },
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
