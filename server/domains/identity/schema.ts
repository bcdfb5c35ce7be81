// GraphQL surface of identity: `viewer`, sign-in and session mutations. Thin: rules live in
// sessions.ts and the account services.
import { encodeGlobalID } from "@pothos/plugin-relay";
import { builder } from "../../graphql/builder.js";
import { mutationPayload, payloadType } from "../../graphql/user-errors.js";
import type { User } from "../../db/generated/prisma/client.js";
import { notSignedIn } from "../../shared/errors.js";
import type { Context } from "../../context.js";
import { signIn, type SessionDeps } from "./sessions.js";
import { passwordChangeRequired } from "./password-change-gate.js";
import { identityErrors } from "./errors.js";
import { deliverSession, refreshFromRequest, revokeFromRequest, type SessionAnswer } from "./refresh-cookie.js";
import { purposeKey } from "../../shared/keys.js";
import { deviceCookies } from "./device-cookie.js";
import { setActiveAccount } from "../accounts/active-account.js";
import { AccountRef } from "../accounts/schema.js";
import { linkedAccountIds } from "../accounts/access.js";
import { unreadCount } from "../notifications/read.js";
import { activeAccountParts, viewerHome, viewerHomeOf } from "../accounts/home-loader.js";
import { isPlainQuery } from "../../graphql/plain-query.js";

export function sessionDeps(ctx: Context): SessionDeps {
  return {
    db: ctx.db,
    clock: ctx.clock,
    tokens: ctx.tokens,
    refreshTtlSec: ctx.config.refreshTokenTtlSec,
    successorKey: purposeKey(ctx.config.jwtSecret, "refresh-successor"),
    pubsub: ctx.pubsub,
  };
}

export const clientInfo = (ctx: Context) => ({ clientAddress: ctx.clientAddress, userAgent: ctx.userAgent });

export const ViewerRef = builder.prismaObject("User", {
  name: "Viewer",
  description: "The signed-in customer: the root of everything they own",
  fields: (t) => ({
    id: t.id({ description: "The viewer's global ID", resolve: (u) => encodeGlobalID("Viewer", u.id) }),
    login: t.exposeString("login", { description: "The login for signing in" }),
    email: t.exposeString("email", { description: "The e-mail; null when none. Appeals and e-mail subscriptions need it confirmed", nullable: true }),
    emailConfirmed: t.boolean({ description: "The e-mail was confirmed by its link", resolve: (u) => !!u.email && !!u.emailConfirmedAt }),
    phone: t.exposeString("phone", { description: "The phone, 11 digits (7XXXXXXXXXX); null when none", nullable: true }),
    phoneConfirmed: t.boolean({ description: "The phone was confirmed by an SMS code", resolve: (u) => !!u.phone && !!u.phoneConfirmedAt }),
    // The header's and the home page's fields read home-loader.ts's statement (once per request,
    // with the viewer's row when the viewer came from it); a selection that loads relations
    // through Prisma (`query` not plain) takes the ORM path as before.
    accounts: t.prismaField({
      type: ["Account"],
      description: "Linked accounts (ЛС), by number",
      resolve: async (query, u, _a, ctx) =>
        isPlainQuery(query, "Account")
          ? ((viewerHomeOf(u) ?? (await viewerHome(ctx, u.id)))?.accounts ?? [])
          : ctx.db.account.findMany({ ...query, where: { id: { in: await linkedAccountIds(ctx.db, u.id) } }, orderBy: { number: "asc" } }),
    }),
    activeAccount: t.prismaField({
      type: "Account",
      nullable: true,
      description: "The account chosen in the header (remembered); the first linked one until chosen",
      resolve: async (query, u, _a, ctx) => {
        if (isPlainQuery(query, "Account")) return (viewerHomeOf(u) ?? (await viewerHome(ctx, u.id)))?.activeAccount ?? null;
        return (
          (u.activeAccountId ? await ctx.db.account.findFirst({ ...query, where: { id: u.activeAccountId, users: { some: { userId: u.id } } } }) : null) ??
          ctx.db.account.findFirst({ ...query, where: { id: { in: await linkedAccountIds(ctx.db, u.id) } }, orderBy: { number: "asc" } })
        );
      },
    }),
    unreadNotificationCount: t.int({
      description: "Unread notifications: the number on the envelope in the header",
      resolve: (u, _a, ctx) => viewerHomeOf(u)?.unread ?? unreadCount(ctx.sql, u.id),
    }),
  }),
});

builder.queryField("viewer", (t) =>
  t.prismaField({
    type: "User",
    nullable: true,
    description: "The signed-in customer (or the owner of the personal API token sent); null without a valid access token",
    resolve: (query, _r, _a, ctx, info) => {
      if (ctx.auth.kind === "passwordChange") throw passwordChangeRequired(ctx.auth.rule);
      if (ctx.auth.kind !== "user" && ctx.auth.kind !== "token") return null;
      return isPlainQuery(query, "User")
        ? viewerHome(ctx, ctx.auth.userId, activeAccountParts(info)).then((home) => home?.user ?? null)
        : ctx.db.user.findUnique({ ...query, where: { id: ctx.auth.userId } });
    },
  }),
);

export const SessionTokensRef = builder.objectRef<SessionAnswer>("SessionTokens").implement({
  description:
    "Send accessToken as `Authorization: Bearer …`. The refresh token is an HttpOnly cookie for browsers; apps that sign in with `refreshTokenDelivery: BODY` get it here and trade it for a new pair before it expires",
  fields: (t) => ({
    accessToken: t.exposeString("accessToken", { description: "Send as `Authorization: Bearer <accessToken>`; short-lived" }),
    accessTokenExpiresAt: t.expose("accessTokenExpiresAt", { description: "When the access token expires: refresh before (sessionRefresh)", type: "DateTime" }),
    refreshToken: t.exposeString("refreshToken", { nullable: true, description: "Null when it was set as a cookie" }),
    refreshTokenExpiresAt: t.expose("refreshTokenExpiresAt", {
      description: "When the refresh token expires; each refresh issues a new one",
      type: "DateTime",
    }),
  }),
});

export const RefreshTokenDelivery = builder.enumType("RefreshTokenDelivery", {
  description: "How a new session's refresh token is handed over",
  values: {
    COOKIE: { description: "An HttpOnly cookie (web browsers): script never sees the token" },
    BODY: { description: "In the answer's `session.refreshToken` (apps that are not browsers)" },
  } as const,
});

const SessionCreateInput = builder.inputType("SessionCreateInput", {
  fields: (t) => ({
    login: t.string({ description: "Login, e-mail or 10-digit account number" }),
    password: t.string({ description: "The password" }),
    refreshTokenDelivery: t.field({
      description: "How the refresh token comes back: COOKIE (default) for browsers, BODY for apps",
      type: RefreshTokenDelivery,
      required: false,
      defaultValue: "COOKIE",
    }),
  }),
});

builder.mutationField("sessionCreate", (t) =>
  t.field({
    description:
      "«Вход» (4): signs a customer in by login, e-mail or account number and password; a wrong pair is INVALID_CREDENTIALS, too many failures TOO_MANY_ATTEMPTS (the message says how many minutes to wait). A password that breaks the rules of 3.1 (e.g. a previous portal's) signs in with `passwordChangeRequired`: that session may only run `viewerPasswordChange`",
    type: payloadType<{ session: SessionAnswer; viewer: User | null; passwordChangeRequired: string | null }>("SessionCreatePayload", (p) => ({
      session: p.field({ description: "The new session's tokens", type: SessionTokensRef, nullable: true, resolve: (r) => r.session }),
      viewer: p.field({
        description: "The signed-in customer; null while the password must be changed",
        type: ViewerRef,
        nullable: true,
        resolve: (r) => r.viewer,
      }),
      passwordChangeRequired: p.string({
        nullable: true,
        description:
          "Null normally. Otherwise the password breaks the rules of 3.1 and this text says which: the session may only change it (`viewerPasswordChange`); every other operation answers with the top-level error PASSWORD_CHANGE_REQUIRED until then",
        resolve: (r) => r.passwordChangeRequired ?? null,
      }),
    })),
    args: { input: t.arg({ type: SessionCreateInput, required: true }) },
    resolve: (_r, { input }, ctx) =>
      mutationPayload(async () => {
        const { user, session, passwordChangeRule } = await signIn(
          sessionDeps(ctx),
          input.login,
          input.password,
          clientInfo(ctx),
          deviceCookies(ctx, "customer"),
        );
        return {
          session: await deliverSession(ctx, "customer", session, input.refreshTokenDelivery === "BODY"),
          viewer: passwordChangeRule ? null : user,
          passwordChangeRequired: passwordChangeRule ? identityErrors.message("PASSWORD_CHANGE_REQUIRED", passwordChangeRule) : null,
        };
      }),
  }),
);

const RefreshInput = builder.inputType("SessionRefreshInput", {
  fields: (t) => ({ refreshToken: t.string({ required: false, description: "Only for BODY delivery; browsers send the cookie" }) }),
});

builder.mutationField("sessionRefresh", (t) =>
  t.field({
    type: payloadType<{ session: SessionAnswer }>("SessionRefreshPayload", (p) => ({
      session: p.field({
        description: "The new tokens; the old refresh token stops working (reusing it ends the whole session family)",
        type: SessionTokensRef,
        nullable: true,
        resolve: (r) => r.session,
      }),
    })),
    description:
      "Rotates the refresh token given (answered in the body) or else the customer's cookie (answered with a cookie). Presented again within seconds it returns the same successor; later, it signs the device out.",
    args: { input: t.arg({ type: RefreshInput, required: false }) },
    resolve: (_r, { input }, ctx) =>
      mutationPayload(async () => ({ session: await refreshFromRequest(ctx, sessionDeps(ctx), "customer", input?.refreshToken) })),
  }),
);

const RevokeInput = builder.inputType("SessionRevokeInput", {
  fields: (t) => ({ refreshToken: t.string({ required: false, description: "Only for BODY delivery; browsers send the cookie" }) }),
});

builder.mutationField("sessionRevoke", (t) =>
  t.field({
    type: payloadType<{ revoked: boolean }>("SessionRevokePayload", (p) => ({
      revoked: p.boolean({ description: "A session was ended", resolve: (r) => r.revoked ?? false }),
    })),
    description: "Signs this device out (the refresh token given, or else the customer's cookie, which is cleared)",
    args: { input: t.arg({ type: RevokeInput, required: false }) },
    resolve: (_r, { input }, ctx) =>
      mutationPayload(async () => ({ revoked: await revokeFromRequest(ctx, sessionDeps(ctx), "customer", input?.refreshToken) })),
  }),
);

const ActiveAccountInput = builder.inputType("ViewerActiveAccountSetInput", {
  fields: (t) => ({ accountId: t.globalID({ for: [AccountRef], required: true, description: "A linked account (`Account.id`)" }) }),
});

builder.mutationField("viewerActiveAccountSet", (t) =>
  t.field({
    type: payloadType<{ viewer: User }>("ViewerActiveAccountSetPayload", (p) => ({
      viewer: p.field({ description: "The viewer with the new active account", type: ViewerRef, nullable: true, resolve: (r) => r.viewer }),
    })),
    description: "Chooses the account shown in the header; remembered for the next sign-in",
    authScopes: { user: true },
    args: { input: t.arg({ type: ActiveAccountInput, required: true }) },
    resolve: (_r, { input }, ctx) =>
      mutationPayload(async () => {
        if (ctx.auth.kind !== "user") throw notSignedIn();
        const id = Number(input.accountId.id);
        return { viewer: await setActiveAccount(ctx, ctx.auth.userId, id) };
      }),
  }),
);
