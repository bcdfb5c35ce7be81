// GET /metrics: the registry in Prometheus text. Behind METRICS_TOKEN (Authorization: Bearer) when
// set; on its own port (METRICS_PORT) for a network only Prometheus reaches. Production never
// serves it on the main port without a token (main.ts decides where it is mounted).
import http from "node:http";
import { timingSafeEqual } from "node:crypto";
import type { AddressInfo } from "node:net";
import type { Registry } from "prom-client";

export const METRICS_PATH = "/metrics";

function tokenMatches(header: string | undefined, token: string): boolean {
  const given = /^Bearer\s+(.+)$/i.exec(header?.trim() ?? "")?.[1] ?? "";
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function metricsHandler(registry: Registry, token?: string) {
  return async (req: http.IncomingMessage, res: http.ServerResponse): Promise<void> => {
    if (req.method !== "GET" && req.method !== "HEAD") return void res.writeHead(405, { allow: "GET, HEAD" }).end();
    if (token && !tokenMatches(req.headers.authorization, token)) {
      return void res.writeHead(401, { "www-authenticate": 'Bearer realm="metrics"', "content-type": "text/plain; charset=utf-8" }).end("Unauthorized");
    }
    const body = await registry.metrics();
    res.writeHead(200, { "content-type": registry.contentType, "cache-control": "no-store" }).end(req.method === "HEAD" ? undefined : body);
  };
}

/** A second listener that serves /metrics only (METRICS_PORT). */
export async function startMetricsServer(port: number, handler: ReturnType<typeof metricsHandler>, host = "0.0.0.0") {
  const server = http.createServer((req, res) => {
    if (new URL(req.url ?? "/", "http://x").pathname !== METRICS_PATH) return void res.writeHead(404).end();
    handler(req, res).catch(() => res.writeHead(500).end());
  });
  await new Promise<void>((resolve) => server.listen(port, host, resolve));
  return {
    port: (server.address() as AddressInfo).port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
