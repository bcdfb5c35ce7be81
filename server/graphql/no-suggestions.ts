// Production answers without graphql-js's «Did you mean "viewer"?»: the hints map the schema for
// anyone, introspection or not. Validation errors are rewritten here (HTTP and WebSocket alike);
// variable errors, which come from execution, pass through `withoutSuggestions` in maskError.
import { GraphQLError } from "graphql";
import type { Plugin } from "graphql-yoga";

// graphql-js ends such messages with ` Did you mean "a", "b" or "c"?` (names only, no "?").
const SUGGESTION = / ?Did you mean [^?]*\?/g;
const hasSuggestion = (message: string) => message.includes("Did you mean ");

export function withoutSuggestions(err: GraphQLError): GraphQLError {
  if (!hasSuggestion(err.message)) return err;
  return new GraphQLError(err.message.replace(SUGGESTION, ""), {
    nodes: err.nodes,
    source: err.source,
    positions: err.positions,
    path: err.path,
    originalError: err.originalError,
    extensions: err.extensions,
  });
}

export const noSuggestions: Plugin = {
  onValidate:
    () =>
    ({ result, setResult }) => {
      if (result.some((e) => hasSuggestion(e.message))) setResult(result.map((e) => (e instanceof GraphQLError ? withoutSuggestions(e) : e)));
    },
};
