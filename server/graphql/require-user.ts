// The one auth check for customer operations: a signed-in customer, or the top-level
// UNAUTHENTICATED error the client answers by refreshing the session. A personal API token is
// not a session: FORBIDDEN (what a token may do is opened in domains/tokens/reach.ts instead).
import type { Context } from "../context.js";
import { forbidden, notSignedIn } from "../shared/errors.js";

export function requireUser(ctx: Context): { userId: number; sessionId: number } {
  if (ctx.auth.kind === "token") throw forbidden();
  if (ctx.auth.kind !== "user") throw notSignedIn();
  return ctx.auth;
}
