// Adds the bearer token to every operation and, when the server answers that the
// token is missing or expired, refreshes the session once and re-runs the operation.
import { makeOperation, type CombinedError, type Exchange, type Operation, type OperationResult } from "@urql/core";
import { filter, map, pipe } from "wonka";
import { getAccessToken, hasRefreshToken, refreshSession } from "./auth";

function withToken(operation: Operation): Operation {
  if (operation.kind === "teardown") return operation;
  const token = getAccessToken();
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

function isUnauthenticated(error: CombinedError | undefined): boolean {
  return !!error?.graphQLErrors.some((e) => e.extensions?.code === "UNAUTHENTICATED");
}

// Some mutations report a missing or expired token as a payload user error rather than a
// GraphQL error; nothing was changed, so they are refreshed and re-run the same way.
function payloadUnauthenticated(result: OperationResult): boolean {
  if (result.operation.kind !== "mutation" || !result.data) return false;
  return Object.values(result.data as Record<string, unknown>).some((payload) => {
    const errors = (payload as { userErrors?: { code?: string }[] } | null)?.userErrors;
    return !!errors?.some((e) => e.code === "UNAUTHENTICATED");
  });
}

function needsRefresh(result: OperationResult): boolean {
  const { context } = result.operation;
  if (!hasRefreshToken()) return false;
  if (isUnauthenticated(result.error) || payloadUnauthenticated(result)) return true;
  // `viewer` is null (not an error) for an expired token.
  const data = result.data as { viewer?: unknown } | undefined;
  return context.sentToken === true && data?.viewer === null;
}

export const authExchange: Exchange = ({ client, forward }) => (operations$) => {
  // Keys of operations re-run after a refresh; a second failure is delivered as is.
  const retried = new Set<number>();
  return pipe(
    forward(pipe(operations$, map(withToken))),
    filter((result) => {
      const { operation } = result;
      if (retried.delete(operation.key) || !needsRefresh(result)) return true;
      retried.add(operation.key);
      void refreshSession().then(() =>
        client.reexecuteOperation(makeOperation(operation.kind, operation, { ...operation.context, requestPolicy: "network-only" })),
      );
      return false;
    }),
  );
};
