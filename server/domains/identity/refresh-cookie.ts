// Where a refresh token travels. Browsers get it as an HttpOnly cookie that script cannot read
// (an XSS can then use the session while the page is open, but cannot carry it away for 30 days);
// the JSON answer's `refreshToken` is null for them. Apps that are not browsers (the mobile app)
// ask for `refreshTokenDelivery: BODY` at sign-in and then present the token in
// `sessionRefresh(input: { refreshToken })`; a token presented in the body is answered in the
// body, a cookie is answered with a cookie, so a page script can never turn one into the other.
// Partner apps use X-Api-Key and have no session at all.
import type { Context } from "../../context.js";
import { UserFacingError } from "../../shared/errors.js";
import { userError } from "./errors.js";
import { refreshSession, revokeByRefreshToken, type IssuedSession, type SessionDeps } from "./sessions.js";

export type Console = "customer" | "staff";

/** Different names, so a customer tab and an operator tab of one browser keep their own sessions. */
export const REFRESH_COOKIE: Record<Console, string> = { customer: "kabinet_refresh", staff: "kabinet_staff_refresh" };
/** Only the GraphQL endpoint needs it (refresh and sign-out); pages and documents never carry it. */
export const REFRESH_COOKIE_PATH = "/graphql";

/** What a session answer carries: the refresh token only when it was delivered in the body. */
export type SessionAnswer = Omit<IssuedSession, "refreshToken"> & { refreshToken: string | null };

export async function readRefreshCookie(ctx: Context, console: Console): Promise<string | null> {
  return (await ctx.request?.cookieStore?.get(REFRESH_COOKIE[console]))?.value || null;
}

async function writeCookie(ctx: Context, console: Console, value: string, expires: number): Promise<void> {
  await ctx.request?.cookieStore?.set({
    name: REFRESH_COOKIE[console],
    value,
    path: REFRESH_COOKIE_PATH,
    expires,
    domain: null,
    httpOnly: true,
    secure: ctx.config.publicUrl.startsWith("https:"),
    sameSite: "strict",
  });
}

export async function clearRefreshCookie(ctx: Context, console: Console): Promise<void> {
  await writeCookie(ctx, console, "", 0);
}

/**
 * Hands a new or rotated session to the caller: into the console's cookie, or in the answer when
 * the caller asked for the body. Over WebSocket there is no cookie to set: the answer carries it.
 */
export async function deliverSession(ctx: Context, console: Console, session: IssuedSession, inBody: boolean): Promise<SessionAnswer> {
  if (inBody || !ctx.request?.cookieStore) return session;
  await writeCookie(ctx, console, session.refreshToken, session.refreshTokenExpiresAt.getTime());
  return { ...session, refreshToken: null };
}

/**
 * sessionRefresh / staffSessionRefresh: rotates the token given in the body (answered in the
 * body, any kind of session, as API callers always did) or else the console's cookie (only that
 * console's kind of session). A cookie that no longer works is cleared.
 */
export async function refreshFromRequest(ctx: Context, deps: SessionDeps, console: Console, bodyToken?: string | null): Promise<SessionAnswer> {
  if (bodyToken) return refreshSession(deps, bodyToken);
  const cookie = await readRefreshCookie(ctx, console);
  if (!cookie) throw userError("SESSION_EXPIRED", "refreshToken");
  try {
    return await deliverSession(ctx, console, await refreshSession(deps, cookie, KIND[console]), false);
  } catch (e) {
    if (e instanceof UserFacingError) await clearRefreshCookie(ctx, console); // dead for good, not a hiccup
    throw e;
  }
}

/** sessionRevoke / staffSessionRevoke: signs out the body's token or the console's cookie, and clears the cookie. */
export async function revokeFromRequest(ctx: Context, deps: SessionDeps, console: Console, bodyToken?: string | null): Promise<boolean> {
  if (bodyToken) return revokeByRefreshToken(deps, bodyToken);
  const cookie = await readRefreshCookie(ctx, console);
  if (!cookie) return false;
  await clearRefreshCookie(ctx, console);
  return revokeByRefreshToken(deps, cookie, KIND[console]);
}

const KIND = { customer: "user", staff: "staff" } as const;
