// The app's GraphQL client: HTTP for queries/mutations, graphql-ws for subscriptions,
// both authorised with the in-memory access token.
import { Client, cacheExchange, fetchExchange, subscriptionExchange } from "@urql/core";
import { createClient as createWsClient } from "graphql-ws";
import { authExchange } from "./authExchange";
import { ensureFreshAccessToken } from "./auth";

function wsUrl(): string {
  const { protocol, host } = window.location;
  return `${protocol === "https:" ? "wss:" : "ws:"}//${host}/graphql`;
}

export function createApiClient(): Client {
  const ws = createWsClient({
    url: wsUrl(),
    lazy: true, // connects with the first subscription, i.e. only once signed in
    connectionParams: async () => {
      const token = await ensureFreshAccessToken();
      return token ? { authorization: `Bearer ${token}` } : {};
    },
  });

  return new Client({
    url: "/graphql",
    preferGetMethod: false,
    exchanges: [
      cacheExchange,
      authExchange,
      fetchExchange,
      subscriptionExchange({
        forwardSubscription: (request) => ({
          subscribe: (sink) => ({ unsubscribe: ws.subscribe({ ...request, query: request.query ?? "" }, sink) }),
        }),
      }),
    ],
  });
}
