// The one auth check for customer mutations: a signed-in customer, or a userError the client
// answers by refreshing the session (UNAUTHENTICATED).
import type { Context } from "../context.js";
import { userError } from "../shared/errors.js";

export function requireUser(ctx: Context): { userId: number; sessionId: number } {
  if (ctx.auth.kind !== "user") throw userError("UNAUTHENTICATED", "Войдите в личный кабинет");
  return ctx.auth;
}
