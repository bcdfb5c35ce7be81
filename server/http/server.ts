// One HTTP server on one port: GraphQL over HTTP and WebSocket (graphql-ws, same path, same
// context and auth), /health, and the built web client.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { useServer } from "graphql-ws/use/ws";
import { WebSocketServer } from "ws";
import type { App } from "../app.js";
import type { Deps } from "../context.js";
import { staticHandler } from "./static.js";

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

export interface ServerOptions {
  port: number;
  host?: string;
  clientDir: string;
  /** Checks for /health: each returns true when its dependency answers. */
  health: Record<string, () => Promise<boolean>>;
}

export async function startHttpServer(app: App, deps: Deps, opts: ServerOptions): Promise<RunningServer> {
  const serveClient = staticHandler(opts.clientDir);
  let draining = false;

  const server = http.createServer(async (req, res) => {
    const url = req.url ?? "/";
    if (url.startsWith("/graphql")) return void app.yoga.handle(req, res, { clientAddress: req.socket.remoteAddress ?? null });
    if (url === "/health") return health(res);
    serveClient(req, res);
  });

  async function health(res: http.ServerResponse) {
    const checks = Object.fromEntries(
      await Promise.all(Object.entries(opts.health).map(async ([name, check]) => [name, await check().catch(() => false)] as const)),
    );
    const ok = !draining && Object.values(checks).every(Boolean);
    res.writeHead(ok ? 200 : 503, { "content-type": "application/json" }).end(JSON.stringify({ status: ok ? "ok" : "unavailable", checks }));
  }

  const wss = new WebSocketServer({ server, path: "/graphql" });
  const wsCleanup = useServer(
    {
      execute: (args) => (args.rootValue as { execute: typeof import("graphql").execute }).execute(args),
      subscribe: (args) => (args.rootValue as { subscribe: typeof import("graphql").subscribe }).subscribe(args),
      onSubscribe: async (ctx, _id, payload) => {
        const { schema, execute, subscribe, contextFactory, parse, validate } = app.yoga.getEnveloped({
          ...ctx,
          req: ctx.extra.request,
          socket: ctx.extra.socket,
          params: payload,
          connectionParams: ctx.connectionParams ?? {},
          clientAddress: ctx.extra.request.socket.remoteAddress ?? null,
        });
        const document = parse(payload.query);
        const errors = validate(schema, document);
        if (errors.length) return errors;
        return {
          schema,
          operationName: payload.operationName,
          document,
          variableValues: payload.variables,
          contextValue: await contextFactory(),
          rootValue: { execute, subscribe },
        };
      },
    },
    wss,
  );

  await new Promise<void>((resolve) => server.listen(opts.port, opts.host ?? "0.0.0.0", resolve));
  const port = (server.address() as AddressInfo).port;
  void deps;
  return {
    port,
    url: `http://localhost:${port}`,
    close: async () => {
      // Stop taking work, let in-flight requests finish, then close the sockets.
      draining = true;
      await wsCleanup.dispose();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      });
    },
  };
}
