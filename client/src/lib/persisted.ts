// The web client sends its documents by hash: graphql-codegen lists them in
// client/src/gql/persisted-documents.json and stamps each with `__meta__.hash`; the server runs
// the listed document (in production browsers may run nothing else, server/graphql/persisted-operations.ts).
// Outside production a hash the server does not know (its list older than this build) is
// answered «PersistedQueryNotFound» and the exchange resends the full document.
import { persistedExchange } from "@urql/exchange-persisted";

export const persistedDocuments = persistedExchange({
  enableForMutation: true,
  enableForSubscriptions: true,
  preferGetForPersistedQueries: false, // POST as before: the CSRF header, uploads and the response cache are unchanged
  generateHash: async (_query, document) => (document as { __meta__?: { hash?: string } }).__meta__?.hash ?? null,
});
