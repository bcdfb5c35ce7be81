// graphql-ws: what one operation or one connection gets when something is wrong with it.
// - A bad operation (syntax error, a limit, invalid) gets an `error` message for its id with the
//   codes HTTP gives (GRAPHQL_PARSE_FAILED, GRAPHQL_VALIDATION_FAILED, masked INTERNAL_SERVER_ERROR):
//   the connection and its other subscriptions stay.
// - A connection's access token (connectionParams.authorization) is checked at connection_init
//   and watched: once it expires the socket is closed with 4403 "Forbidden: access token expired".
//   graphql-ws clients treat 4403 as retryable: they reconnect, ask connectionParams again (the web
//   client refreshes the token there, client/src/lib/urql.ts) and resubscribe every subscription.
//   An invalid or expired token at connection_init gets the same 4403.
import { GraphQLError } from "graphql";
import WebSocket from "ws";
import type { Clock } from "../shared/clock.js";
import type { Masking } from "./ws-push.js";

export const TOKEN_EXPIRED_CLOSE = { code: 4403, reason: "Forbidden: access token expired" } as const;

/** The errors of an operation refused before it ran, shaped as over HTTP. */
export function operationErrors(err: unknown, stage: "parse" | "validate", masking: Masking | null | undefined): GraphQLError[] {
  const errors = Array.isArray(err) ? err : [err];
  return errors.map((e) => {
    if (e instanceof GraphQLError && !e.originalError) {
      const { http: _http, ...extensions } = e.extensions as Record<string, unknown>;
      const code = extensions.code ?? (stage === "parse" ? "GRAPHQL_PARSE_FAILED" : "GRAPHQL_VALIDATION_FAILED");
      return new GraphQLError(e.message, { nodes: e.nodes, source: e.source, positions: e.positions, extensions: { ...extensions, code } });
    }
    if (masking) return masking.maskError(e, masking.errorMessage) as GraphQLError;
    return new GraphQLError("Внутренняя ошибка сервера", { extensions: { code: "INTERNAL_SERVER_ERROR" } });
  });
}

/** `exp` (ms) of a bearer JWT; its signature was verified by the caller. */
export function bearerExpiry(authorization: string): number | null {
  const token = /^Bearer\s+(.+)$/i.exec(authorization.trim())?.[1];
  try {
    const exp = token ? JSON.parse(Buffer.from(token.split(".")[1] ?? "", "base64url").toString()).exp : null;
    return typeof exp === "number" ? exp * 1000 : null;
  } catch {
    return null;
  }
}

/** Closes each watched socket once the clock passes its token's expiry (checked every `everyMs`). */
export function tokenExpiryWatch(clock: Clock, everyMs = 1_000) {
  const expiries = new Map<WebSocket, number>();
  const sweep = () => {
    const now = clock.now().getTime();
    for (const [socket, exp] of expiries) {
      if (now < exp) continue;
      expiries.delete(socket);
      if (socket.readyState === WebSocket.OPEN) socket.close(TOKEN_EXPIRED_CLOSE.code, TOKEN_EXPIRED_CLOSE.reason);
    }
  };
  const timer = setInterval(sweep, everyMs);
  timer.unref();
  return {
    watch(socket: WebSocket, exp: number) {
      expiries.set(socket, exp);
      socket.once("close", () => expiries.delete(socket));
    },
    stop: () => clearInterval(timer),
  };
}
