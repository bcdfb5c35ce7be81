// GraphQL surface of recovery and the profile: thin wrappers over recovery.ts and profile.ts.
import type { User } from "../../db/generated/prisma/client.js";
import { builder } from "../../graphql/builder.js";
import { requireUser } from "../../graphql/require-user.js";
import { mutationPayload, payloadType } from "../../graphql/user-errors.js";
import { changeLogin, changePassword, profileCompleteness, updateContacts, updateSubscriptions } from "./profile.js";
import { requestPasswordReset, resetPassword } from "./recovery.js";
import { contactDeps } from "./registration-types.js";
import { revokeAllSessions } from "./sessions.js";
import { ViewerRef } from "./types.js";


builder.prismaObjectField(ViewerRef, "profileCompleteness", (t) =>
  t.int({
    description: "«Заполненность профиля», percent",
    select: { email: true, emailConfirmedAt: true, phone: true, phoneConfirmedAt: true, _count: { select: { accounts: true } } },
    resolve: (u) => profileCompleteness(u, u._count.accounts),
  }),
);

const SubscriptionsRef = builder.objectRef<Pick<User, "subscribeEInvoice" | "subscribeInfo">>("ViewerSubscriptions").implement({
  description: "E-mail subscriptions (6.6.2); both need a confirmed e-mail",
  fields: (t) => ({
    eInvoice: t.boolean({ description: "Квитанция в электронном виде", resolve: (u) => u.subscribeEInvoice }),
    info: t.boolean({ description: "Другая информация от Общества", resolve: (u) => u.subscribeInfo }),
  }),
});

builder.prismaObjectField(ViewerRef, "subscriptions", (t) =>
  t.field({ type: SubscriptionsRef, select: { subscribeEInvoice: true, subscribeInfo: true }, resolve: (u) => u }),
);

const viewerPayload = (name: string) =>
  payloadType<{ viewer: User }>(name, (p) => ({ viewer: p.field({ type: ViewerRef, nullable: true, resolve: (r) => r.viewer }) }));

builder.mutationField("passwordResetRequest", (t) =>
  t.field({
    type: payloadType<{ sentTo: string }>("PasswordResetRequestPayload", (p) => ({
      sentTo: p.string({ nullable: true, description: "Masked address or number the link or code went to", resolve: (r) => r.sentTo ?? null }),
    })),
    description: "Sends a reset link to the confirmed e-mail or an SMS code to the confirmed phone (manual 5)",
    args: {
      input: t.arg({
        type: builder.inputType("PasswordResetRequestInput", {
          fields: (f) => ({
            login: f.string({ description: "Login, e-mail or account number" }),
            channel: f.field({ type: "ContactChannel" as never }),
          }),
        }),
        required: true,
      }),
    },
    resolve: (_r, { input }, ctx) =>
      mutationPayload(async () => ({ sentTo: await requestPasswordReset(contactDeps(ctx), input.login, input.channel as "EMAIL" | "PHONE") })),
  }),
);

builder.mutationField("passwordReset", (t) =>
  t.field({
    type: viewerPayload("PasswordResetPayload"),
    description: "Sets a new password by the e-mail link's token, or by login + SMS code; signs out every device",
    args: {
      input: t.arg({
        type: builder.inputType("PasswordResetInput", {
          fields: (f) => ({
            token: f.string({ required: false }),
            login: f.string({ required: false }),
            code: f.string({ required: false }),
            password: f.string(),
            passwordConfirmation: f.string(),
          }),
        }),
        required: true,
      }),
    },
    resolve: (_r, { input }, ctx) => mutationPayload(async () => ({ viewer: await resetPassword(contactDeps(ctx), input, ctx.clientAddress) })),
  }),
);

builder.mutationField("viewerLoginChange", (t) =>
  t.field({
    type: viewerPayload("ViewerLoginChangePayload"),
    args: { input: t.arg({ type: builder.inputType("ViewerLoginChangeInput", { fields: (f) => ({ login: f.string() }) }), required: true }) },
    resolve: (_r, { input }, ctx) => mutationPayload(async () => ({ viewer: await changeLogin(contactDeps(ctx), requireUser(ctx).userId, input.login) })),
  }),
);

builder.mutationField("viewerPasswordChange", (t) =>
  t.field({
    type: viewerPayload("ViewerPasswordChangePayload"),
    description: "Needs the current password; signs out the other devices",
    args: {
      input: t.arg({
        type: builder.inputType("ViewerPasswordChangeInput", {
          fields: (f) => ({ currentPassword: f.string(), password: f.string(), passwordConfirmation: f.string() }),
        }),
        required: true,
      }),
    },
    resolve: (_r, { input }, ctx) =>
      mutationPayload(async () => {
        const a = requireUser(ctx);
        return { viewer: await changePassword(contactDeps(ctx), a.userId, a.sessionId, input) };
      }),
  }),
);

builder.mutationField("viewerContactsUpdate", (t) =>
  t.field({
    type: payloadType<{ viewer: User; emailConfirmationSent: boolean; phoneConfirmationRequired: boolean }>("ViewerContactsUpdatePayload", (p) => ({
      viewer: p.field({ type: ViewerRef, nullable: true, resolve: (r) => r.viewer }),
      emailConfirmationSent: p.boolean({ resolve: (r) => r.emailConfirmationSent ?? false }),
      phoneConfirmationRequired: p.boolean({ resolve: (r) => r.phoneConfirmationRequired ?? false }),
    })),
    description: "Changes e-mail and phone (at least one); a changed contact is confirmed like at registration",
    args: {
      input: t.arg({
        type: builder.inputType("ViewerContactsUpdateInput", { fields: (f) => ({ email: f.string({ required: false }), phone: f.string({ required: false }) }) }),
        required: true,
      }),
    },
    resolve: (_r, { input }, ctx) =>
      mutationPayload(async () => {
        const r = await updateContacts(contactDeps(ctx), requireUser(ctx).userId, input);
        return { viewer: r.user, emailConfirmationSent: r.emailConfirmationSent, phoneConfirmationRequired: r.phoneConfirmationRequired };
      }),
  }),
);

builder.mutationField("viewerSubscriptionsUpdate", (t) =>
  t.field({
    type: viewerPayload("ViewerSubscriptionsUpdatePayload"),
    args: {
      input: t.arg({
        type: builder.inputType("ViewerSubscriptionsUpdateInput", { fields: (f) => ({ eInvoice: f.boolean(), info: f.boolean() }) }),
        required: true,
      }),
    },
    resolve: (_r, { input }, ctx) => mutationPayload(async () => ({ viewer: await updateSubscriptions(contactDeps(ctx), requireUser(ctx).userId, input) })),
  }),
);

builder.mutationField("sessionRevokeAll", (t) =>
  t.field({
    type: payloadType<{ revoked: number }>("SessionRevokeAllPayload", (p) => ({ revoked: p.int({ resolve: (r) => r.revoked ?? 0 }) })),
    description: "Signs out every device of the viewer, this one included",
    resolve: (_r, _a, ctx) => mutationPayload(async () => ({ revoked: await revokeAllSessions(ctx, requireUser(ctx).userId, "sign-out everywhere") })),
  }),
);
