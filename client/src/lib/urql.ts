// The app's GraphQL client: HTTP for queries/mutations, graphql-ws for subscriptions, each
// document sent by its persisted hash (./persisted.ts),
// both authorised with the in-memory access token; every HTTP request carries the CSRF header. Variables holding File objects (appeal
// attachments) are sent by fetchExchange as a GraphQL multipart request; the auth exchange
// only adds a header, so the browser still sets the multipart boundary itself.
// One client per session store: the customer's (default) and the operators' console's.
import { Client, cacheExchange, fetchExchange, subscriptionExchange } from "@urql/core";
import { createClient as createWsClient } from "graphql-ws";
import { authExchange, createAuthExchange } from "./authExchange";
import { customerSession } from "./auth";
import type { SessionStore } from "./session";
import { CSRF_HEADERS } from "./csrf";
import { persistedDocuments } from "./persisted";

function wsUrl(): string {
  const { protocol, host } = window.location;
  return `${protocol === "https:" ? "wss:" : "ws:"}//${host}/graphql`;
}

export function createApiClient(auth?: { session: SessionStore; viewerField: string }): Client {
  const session = auth?.session ?? customerSession;
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
      auth ? createAuthExchange(auth.session, auth.viewerField) : authExchange,
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
