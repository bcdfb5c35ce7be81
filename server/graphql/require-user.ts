// The one auth check for customer operations: a signed-in customer, or the top-level
// UNAUTHENTICATED error the client answers by refreshing the session.
import type { Context } from "../context.js";
import { notSignedIn } from "../shared/errors.js";

export function requireUser(ctx: Context): { userId: number; sessionId: number } {
  if (ctx.auth.kind !== "user") throw notSignedIn();
  return ctx.auth;
}
