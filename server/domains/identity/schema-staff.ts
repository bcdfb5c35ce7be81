// GraphQL surface of staff sign-in: `staffSessionCreate`, `staffSessionRefresh`,
// `staffSessionRevoke` and `staffViewer`. The console's refresh token is its own cookie
// (refresh-cookie.ts); a token delivered in the body refreshes through `sessionRefresh`.
import { encodeGlobalID } from "@pothos/plugin-relay";
import { builder } from "../../graphql/builder.js";
import { mutationPayload, payloadType } from "../../graphql/user-errors.js";
import type { StaffUser } from "../../db/generated/prisma/client.js";
import { deliverSession, refreshFromRequest, revokeFromRequest, type SessionAnswer } from "./refresh-cookie.js";
import { deviceCookies } from "./device-cookie.js";
import { signInStaff } from "./staff-sessions.js";
import { RefreshTokenDelivery, SessionTokensRef, clientInfo, sessionDeps } from "./schema.js";

const StaffRoleEnum = builder.enumType("StaffRole", {
  description: "What an employee may do in the operators' console",
  values: {
    OPERATOR: { description: "Answers appeals, keeps news and meter blocks" },
    ADMIN: { description: "Also closes billing periods and edits catalogs" },
    CONTACT_CENTRE: { description: "The contact centre (7.2): finds users, signs them out, resets their credentials" },
  } as const,
});

export const StaffRef = builder.prismaObject("StaffUser", {
  name: "Staff",
  description: "A retailer's employee signed in to the operators' console",
  fields: (t) => ({
    id: t.id({ description: "The employee's global ID", resolve: (s) => encodeGlobalID("Staff", s.id) }),
    login: t.exposeString("login", { description: "The console login" }),
    fullName: t.exposeString("fullName", { description: "«ФИО» of the employee" }),
    role: t.field({ type: StaffRoleEnum, description: "Operator or administrator", resolve: (s) => s.role }),
  }),
});

builder.queryField("staffViewer", (t) =>
  t.prismaField({
    type: "StaffUser",
    nullable: true,
    description: "The signed-in employee; null without a valid staff access token",
    resolve: (query, _r, _a, ctx) =>
      ctx.auth.kind === "staff" ? ctx.db.staffUser.findFirst({ ...query, where: { id: ctx.auth.staffId, active: true } }) : null,
  }),
);

const StaffSessionCreateInput = builder.inputType("StaffSessionCreateInput", {
  fields: (t) => ({
    login: t.string({ description: "The console login" }),
    password: t.string({ description: "The employee's password" }),
    refreshTokenDelivery: t.field({
      type: RefreshTokenDelivery,
      required: false,
      defaultValue: "COOKIE",
      description: "How the refresh token comes back: COOKIE for browsers",
    }),
  }),
});

builder.mutationField("staffSessionCreate", (t) =>
  t.field({
    type: payloadType<{ session: SessionAnswer; staff: StaffUser }>("StaffSessionCreatePayload", (p) => ({
      session: p.field({ type: SessionTokensRef, nullable: true, description: "The new session's tokens", resolve: (r) => r.session }),
      staff: p.field({ type: StaffRef, nullable: true, description: "The employee signed in", resolve: (r) => r.staff }),
    })),
    description: "Signs an operator or administrator in to the operators' console",
    args: { input: t.arg({ type: StaffSessionCreateInput, required: true }) },
    resolve: (_r, { input }, ctx) =>
      mutationPayload(async () => {
        const { staff, session } = await signInStaff(sessionDeps(ctx), input.login, input.password, clientInfo(ctx), deviceCookies(ctx, "staff"));
        return { staff, session: await deliverSession(ctx, "staff", session, input.refreshTokenDelivery === "BODY") };
      }),
  }),
);

builder.mutationField("staffSessionRefresh", (t) =>
  t.field({
    type: payloadType<{ session: SessionAnswer }>("StaffSessionRefreshPayload", (p) => ({
      session: p.field({
        type: SessionTokensRef,
        nullable: true,
        description: "The new tokens; the old refresh token stops working",
        resolve: (r) => r.session,
      }),
    })),
    description: "Rotates the operators' console cookie (as sessionRefresh does the customer's)",
    resolve: (_r, _a, ctx) => mutationPayload(async () => ({ session: await refreshFromRequest(ctx, sessionDeps(ctx), "staff") })),
  }),
);

builder.mutationField("staffSessionRevoke", (t) =>
  t.field({
    type: payloadType<{ revoked: boolean }>("StaffSessionRevokePayload", (p) => ({
      revoked: p.boolean({ description: "A session was ended", resolve: (r) => r.revoked ?? false }),
    })),
    description: "Signs the operators' console of this browser out and clears its cookie",
    resolve: (_r, _a, ctx) => mutationPayload(async () => ({ revoked: await revokeFromRequest(ctx, sessionDeps(ctx), "staff") })),
  }),
);
