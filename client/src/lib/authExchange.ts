// Adds the bearer token to every operation and, when the server answers that the
// token is missing or expired, refreshes the session once and re-runs the operation.
import { makeOperation, type CombinedError, type Exchange, type Operation, type OperationResult } from "@urql/core";
import { filter, map, pipe } from "wonka";
import { customerSession } from "./auth";
import type { SessionStore } from "./session";

function withToken(session: SessionStore, operation: Operation): Operation {
  if (operation.kind === "teardown") return operation;
  const token = session.accessToken();
  if (!token) return makeOperation(operation.kind, operation, { ...operation.context, sentToken: false });
  const base = operation.context.fetchOptions;
  const options = (typeof base === "function" ? base() : base) ?? {};
  return makeOperation(operation.kind, operation, {
    ...operation.context,
    sentToken: true,
    fetchOptions: {
      ...options,
      headers: { ...(options.headers as Record<string, string> | undefined), authorization: `Bearer ${token}` },
    },
  });
}

// The server's one answer to a missing or expired token, in queries and mutations alike: a
// top-level error with extensions.code UNAUTHENTICATED, raised before anything is changed, so
// the operation is refreshed and re-run.
function isUnauthenticated(error: CombinedError | undefined): boolean {
  return !!error?.graphQLErrors.some((e) => e.extensions?.code === "UNAUTHENTICATED");
}

function needsRefresh(session: SessionStore, viewerField: string, result: OperationResult): boolean {
  const { context } = result.operation;
  if (!session.mayRefresh()) return false;
  if (isUnauthenticated(result.error)) return true;
  // A live session that must change its password first: a refresh would not change the answer.
  if (result.error?.graphQLErrors.some((e) => e.extensions?.code === "PASSWORD_CHANGE_REQUIRED")) return false;
  // The viewer (`viewer`, `staffViewer`) is null (not an error) for an expired token.
  const data = result.data as Record<string, unknown> | undefined;
  return context.sentToken === true && data?.[viewerField] === null;
}

/** The exchange for one session store; `viewerField` is the root field naming its signed-in principal. */
export const createAuthExchange = (session: SessionStore, viewerField: string): Exchange => ({ client, forward }) => (operations$) => {
  // Keys of operations re-run after a refresh; a second failure is delivered as is.
  const retried = new Set<number>();
  return pipe(
    forward(pipe(operations$, map((operation) => withToken(session, operation)))),
    filter((result) => {
      const { operation } = result;
      if (retried.delete(operation.key) || !needsRefresh(session, viewerField, result)) return true;
      retried.add(operation.key);
      void session.refreshSession().then(() =>
        client.reexecuteOperation(makeOperation(operation.kind, operation, { ...operation.context, requestPolicy: "network-only" })),
      );
      return false;
    }),
  );
};

/** The customer's exchange. */
export const authExchange: Exchange = createAuthExchange(customerSession, "viewer");
