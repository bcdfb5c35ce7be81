// The error boundary every request and WebSocket upgrade runs in: a malformed request gets 400,
// a failure 500 with its request id (logged with it), and the process keeps serving.
import { randomUUID } from "node:crypto";
import { STATUS_CODES, type IncomingMessage, type ServerResponse } from "node:http";
import type { Duplex } from "node:stream";
import { log } from "../shared/log.js";

/** An id for the logs and the answer's X-Request-Id: the balancer's, when it looks like one. */
export function requestIdOf(req: IncomingMessage): string {
  const given = req.headers["x-request-id"];
  return typeof given === "string" && /^[\w.:-]{1,128}$/.test(given) ? given : randomUUID();
}

/** The request's path when its target is a well-formed origin-form URL ("/…" with valid escapes), else null. */
export function requestPath(rawUrl: string | undefined): string | null {
  if (!rawUrl?.startsWith("/")) return null;
  try {
    const { pathname } = new URL(`http://x${rawUrl}`);
    decodeURIComponent(pathname);
    return pathname;
  } catch {
    return null;
  }
}

/** A thrown error that is the request's fault (a malformed escape or URL deeper in a route). */
function isMalformed(err: unknown): boolean {
  return err instanceof URIError || (err as { code?: string } | null)?.code === "ERR_INVALID_URL";
}

// Headers a route may have set for the answer it did not finish; the boundary's own answer drops them.
const ROUTE_HEADERS = ["content-type", "content-length", "content-encoding", "content-disposition", "etag", "last-modified", "location", "set-cookie"];

export function answerPlain(res: ServerResponse, status: number, text: string): void {
  for (const name of ROUTE_HEADERS) res.removeHeader(name);
  res.writeHead(status, { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" }).end(res.req.method === "HEAD" ? undefined : text);
}

export const BAD_REQUEST_TEXT = "Неверный запрос";

/** Answers a request whose handler threw; a half-sent answer can only be cut. */
export function answerFailure(res: ServerResponse, requestId: string, err: unknown): void {
  const malformed = isMalformed(err);
  if (!malformed) log.error({ err, method: res.req.method, path: requestPath(res.req.url) ?? "(bad url)" }, "request failed");
  if (res.headersSent || res.writableEnded) return void res.destroy();
  if (malformed) answerPlain(res, 400, BAD_REQUEST_TEXT);
  else answerPlain(res, 500, `Внутренняя ошибка сервера. Код запроса: ${requestId}`);
}

/** An HTTP answer written straight onto a socket (refused upgrades, unparsable requests), then closed. */
export function answerSocket(socket: Duplex, status: number, requestId?: string): void {
  if (!socket.writable) return void socket.destroy();
  const head = [`HTTP/1.1 ${status} ${STATUS_CODES[status]}`, "Connection: close", "Content-Length: 0", ...(requestId ? [`X-Request-Id: ${requestId}`] : [])];
  socket.end(`${head.join("\r\n")}\r\n\r\n`, () => socket.destroy());
}

/**
 * Node's parser refused the request (bad method, oversized headers, broken chunked body, …):
 * 431 for headers over maxHeaderSize, 408 for a request that timed out, 400 otherwise.
 */
export function answerClientError(err: NodeJS.ErrnoException, socket: Duplex & { bytesWritten?: number }): void {
  // The peer is gone, or an answer is already under way on this connection: nothing to add.
  if (err.code === "ECONNRESET" || !socket.writable || (socket.bytesWritten ?? 0) > 0) return void socket.destroy();
  answerSocket(socket, err.code === "HPE_HEADER_OVERFLOW" ? 431 : err.code === "ERR_HTTP_REQUEST_TIMEOUT" ? 408 : 400);
}
