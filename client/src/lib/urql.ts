// The app's GraphQL client: HTTP for queries/mutations, graphql-ws for subscriptions, each
// document sent by its persisted hash (./persisted.ts),
// both authorised with the in-memory access token; every HTTP request carries the CSRF header. Variables holding File objects (appeal
// attachments) are sent by fetchExchange as a GraphQL multipart request; the auth exchange
// only adds a header, so the browser still sets the multipart boundary itself.
// One client per session store: the customer's (default) and the operators' console's.
import { Client, CombinedError, cacheExchange, fetchExchange, makeOperation, subscriptionExchange, type Exchange, type Operation } from "@urql/core";
import { authExchange } from "@urql/exchange-auth";
import { createClient as createWsClient } from "graphql-ws";
import { map, pipe } from "wonka";
import { customerSession } from "./auth";
import type { SessionStore } from "./session";
import { CSRF_HEADERS } from "./csrf";
import { persistedDocuments } from "./persisted";

function wsUrl(): string {
  const { protocol, host } = window.location;
  return `${protocol === "https:" ? "wss:" : "ws:"}//${host}/graphql`;
}

// The server's one answer to a missing or expired token, in queries and mutations alike: a
// top-level error with extensions.code UNAUTHENTICATED, raised before anything is changed, so
// the operation is refreshed and re-run (once: a second failure is delivered as it is).
const isUnauthenticated = (error: CombinedError) => error.graphQLErrors.some((e) => e.extensions?.code === "UNAUTHENTICATED");

/**
 * The bearer token on every operation; on UNAUTHENTICATED the session is refreshed (the rotating
 * refresh token is the HttpOnly cookie; concurrent refreshes share one, SessionStore.refreshSession)
 * and the operation re-run once, by @urql/exchange-auth.
 */
function sessionAuth(session: SessionStore): Exchange {
  return authExchange(async (utils) => ({
    addAuthToOperation(operation: Operation) {
      const token = session.accessToken();
      if (!token) return makeOperation(operation.kind, operation, { ...operation.context, sentToken: false });
      const withHeader = utils.appendHeaders(operation, { authorization: `Bearer ${token}` });
      return makeOperation(withHeader.kind, withHeader, { ...withHeader.context, sentToken: true });
    },
    didAuthError: (error) => session.mayRefresh() && isUnauthenticated(error),
    refreshAuth: async () => void (await session.refreshSession()),
  }));
}

/**
 * The viewer (`viewer`, `staffViewer`) is null, not an error, for an expired token: a first answer
 * like that to an operation that carried a token is handed to the auth exchange as UNAUTHENTICATED,
 * so it refreshes and re-runs it; the re-run's answer (authAttempt) goes through as it is.
 */
const expiredViewerAsUnauthenticated =
  (session: SessionStore, viewerField: string): Exchange =>
  ({ forward }) =>
  (operations$) =>
    pipe(
      forward(operations$),
      map((result) => {
        const { context } = result.operation;
        const data = result.data as Record<string, unknown> | undefined;
        if (result.error || context.authAttempt || context.sentToken !== true || data?.[viewerField] !== null || !session.mayRefresh()) return result;
        return {
          ...result,
          error: new CombinedError({ graphQLErrors: [{ message: "The access token has expired", extensions: { code: "UNAUTHENTICATED" } }] }),
        };
      }),
    );

export function createApiClient(auth?: { session: SessionStore; viewerField: string }): Client {
  const session = auth?.session ?? customerSession;
  const viewerField = auth?.viewerField ?? "viewer";
  // The server closes the socket with 4403 when the connection's access token expires (or is
  // refused at connect, server/http/ws-operations.ts); graphql-ws retries 4403 and resubscribes
  // every subscription: the next connect refreshes the token first, whatever this tab's clock says.
  let refreshBeforeConnect = false;
  const ws = createWsClient({
    url: wsUrl(),
    lazy: true, // connects with the first subscription, i.e. only once signed in
    connectionParams: async () => {
      if (refreshBeforeConnect) {
        refreshBeforeConnect = false;
        await session.refreshSession();
      }
      const token = await session.ensureFreshAccessToken();
      return token ? { authorization: `Bearer ${token}` } : {};
    },
    on: {
      closed: (event) => {
        if ((event as { code?: number } | null)?.code === 4403) refreshBeforeConnect = true;
      },
    },
  });

  return new Client({
    url: "/graphql",
    preferGetMethod: false,
    fetchOptions: { credentials: "same-origin", headers: { ...CSRF_HEADERS } },
    exchanges: [
      cacheExchange,
      sessionAuth(session),
      expiredViewerAsUnauthenticated(session, viewerField),
      persistedDocuments, // by hash, over HTTP and WebSocket alike (./persisted.ts)
      fetchExchange,
      subscriptionExchange({
        forwardSubscription: (request) => ({
          subscribe: (sink) => ({ unsubscribe: ws.subscribe({ ...request, query: request.query ?? "" }, sink) }),
        }),
      }),
    ],
  });
}
