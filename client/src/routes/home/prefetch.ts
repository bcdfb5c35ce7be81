// Главная's data asked for the moment the sign-in returns its token. Otherwise the requests
// chain: the layout asks for the header (AppViewer), renders the page once it has it, and only
// then does the page ask for its blocks — one more round trip on a slow link. Sent together, the
// components then read the answers from urql's cache (or share the request still in flight)
// instead of asking again. The documents come straight from the codegen output, so the sign-in
// page does not carry Главная's components to send them.
import { createRequest, type AnyVariables, type Client, type DocumentInput, type RequestPolicy } from "@urql/core";
import { AppViewerDocument, HomeAccountDocument, HomeNewsDocument, QuickLinksWindowDocument } from "../../gql/graphql";

/** When each operation (urql's key) was fetched ahead; its first reader within this time takes that answer. */
const fetchedAhead = new Map<number, number>();
const FRESH_MS = 10_000;

const keyOf = (document: DocumentInput<unknown, AnyVariables>) => createRequest(document, {}).key;

/** After a sign-in: the header's data, and Главная's when the customer goes there. */
export function prefetchSignedIn(client: Client, next: string): void {
  const documents: DocumentInput<unknown, AnyVariables>[] =
    next === "/" ? [AppViewerDocument, HomeAccountDocument, HomeNewsDocument, QuickLinksWindowDocument] : [AppViewerDocument];
  for (const document of documents) {
    fetchedAhead.set(keyOf(document), Date.now());
    void client.query(document, {}, { requestPolicy: "network-only" }).toPromise();
  }
}

/**
 * The request policy of a component's query (without variables) that would otherwise be
 * `policy`: right after the sign-in fetched it ahead, the cache (once); else `policy`.
 */
export function afterPrefetch(document: DocumentInput<unknown, AnyVariables>, policy: RequestPolicy): RequestPolicy {
  const key = keyOf(document);
  const at = fetchedAhead.get(key);
  fetchedAhead.delete(key);
  return at !== undefined && Date.now() - at < FRESH_MS ? "cache-first" : policy;
}
