// GraphQL surface of staff sign-in: `staffSessionCreate` and `staffViewer`. Staff tokens
// refresh and revoke through the same session mutations as customers'.
import { encodeGlobalID } from "@pothos/plugin-relay";
import { builder } from "../../graphql/builder.js";
import { mutationPayload, payloadType } from "../../graphql/user-errors.js";
import type { StaffUser } from "../../db/generated/prisma/client.js";
import type { IssuedSession } from "./sessions.js";
import { deviceCookies } from "./device-cookie.js";
import { signInStaff } from "./staff-sessions.js";
import { SessionTokensRef, clientInfo, sessionDeps } from "./types.js";

const StaffRoleEnum = builder.enumType("StaffRole", {
  values: { OPERATOR: { description: "Answers appeals, keeps news and meter blocks" }, ADMIN: { description: "Also closes billing periods and edits catalogs" } } as const,
});

export const StaffRef = builder.prismaObject("StaffUser", {
  name: "Staff",
  description: "A retailer's employee signed in to the operators' console",
  fields: (t) => ({
    id: t.id({ resolve: (s) => encodeGlobalID("Staff", s.id) }),
    login: t.exposeString("login"),
    fullName: t.exposeString("fullName"),
    role: t.field({ type: StaffRoleEnum, resolve: (s) => s.role }),
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
  fields: (t) => ({ login: t.string(), password: t.string() }),
});

builder.mutationField("staffSessionCreate", (t) =>
  t.field({
    type: payloadType<{ session: IssuedSession; staff: StaffUser }>("StaffSessionCreatePayload", (p) => ({
      session: p.field({ type: SessionTokensRef, nullable: true, resolve: (r) => r.session }),
      staff: p.field({ type: StaffRef, nullable: true, resolve: (r) => r.staff }),
    })),
    description: "Signs an operator or administrator in to the operators' console",
    args: { input: t.arg({ type: StaffSessionCreateInput, required: true }) },
    resolve: (_r, { input }, ctx) =>
      mutationPayload(() => signInStaff(sessionDeps(ctx), input.login, input.password, clientInfo(ctx), deviceCookies(ctx, "staff"))),
  }),
);
