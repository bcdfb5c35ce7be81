// A session opened with a password that breaks the rules of 3.1 (sessions.ts `signIn`) may do
// nothing but change the password. Its Auth kind is "passwordChange", which no customer check
// accepts (`kind === "user"`, the `user` scope, requireUser): to every operation it is nobody. This
// plugin only says why: what would be refused as «not signed in» or «forbidden» comes back as
// PASSWORD_CHANGE_REQUIRED with the rule's text, so the client asks for a new password instead
// of refreshing the session. The one operation it may run is `viewerPasswordChange` (schema-profile.ts).
import { GraphQLError } from "graphql";
import { handleStreamOrSingleExecutionResult, type Plugin } from "graphql-yoga";
import type { Auth, Context } from "../../context.js";
import { identityErrors } from "./errors.js";

export function passwordChangeRequired(rule: string): GraphQLError {
  return new GraphQLError(identityErrors.message("PASSWORD_CHANGE_REQUIRED", rule), { extensions: { code: "PASSWORD_CHANGE_REQUIRED" } });
}

const REFUSED = new Set(["UNAUTHENTICATED", "FORBIDDEN"]);

export function passwordChangeGate(): Plugin {
  return {
    onExecute({ args }) {
      const auth = (args.contextValue as Partial<Context>).auth as Auth | undefined;
      if (auth?.kind !== "passwordChange") return;
      return {
        onExecuteDone: (payload) =>
          handleStreamOrSingleExecutionResult(payload, ({ result, setResult }) => {
            if (!result.errors?.some((e) => REFUSED.has(String(e.extensions?.code)))) return;
            const errors = result.errors.map((e) =>
              REFUSED.has(String(e.extensions?.code))
                ? new GraphQLError(passwordChangeRequired(auth.rule).message, {
                    nodes: e.nodes,
                    path: e.path,
                    extensions: { code: "PASSWORD_CHANGE_REQUIRED" },
                  })
                : e,
            );
            setResult({ ...result, errors });
          }),
      };
    },
  };
}
