// GraphQL surface of recovery and the profile: thin wrappers over recovery.ts and profile.ts.
import type { User } from "../../db/generated/prisma/client.js";
import { builder } from "../../graphql/builder.js";
import { requireUser } from "../../graphql/require-user.js";
import { mutationPayload, payloadType } from "../../graphql/user-errors.js";
import { changeLogin, changePassword, profileCompleteness, updateContacts, updateSubscriptions } from "./profile.js";
import { requestPasswordReset, resetPassword } from "./recovery.js";
import { contactDeps } from "./schema-registration.js";
import { revokeAllSessions } from "./sessions.js";
import { ViewerRef } from "./schema.js";

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
  t.field({
    description: "«Подписки»: which e-mails the viewer gets",
    type: SubscriptionsRef,
    select: { subscribeEInvoice: true, subscribeInfo: true },
    resolve: (u) => u,
  }),
);

const viewerPayload = (name: string) =>
  payloadType<{ viewer: User }>(name, (p) => ({
    viewer: p.field({ type: ViewerRef, nullable: true, description: "The viewer as it is now", resolve: (r) => r.viewer }),
  }));

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
            channel: f.field({ type: "ContactChannel" as never, description: "EMAIL for a link, PHONE for an SMS code; only to a confirmed contact" }),
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
            token: f.string({ required: false, description: "The token from the e-mailed link (e-mail recovery)" }),
            login: f.string({ required: false, description: "Login, e-mail or account number, with `code` (SMS recovery)" }),
            code: f.string({ required: false, description: "The 6-digit SMS code (SMS recovery)" }),
            password: f.string({
              description:
                "The new password: at least 6 characters with a digit and a lowercase Latin letter (a-z); upper-case Latin, space and !@#$%^&*() allowed, no Cyrillic; common passwords are refused",
            }),
            passwordConfirmation: f.string({ description: "The same password again («Подтверждение пароля»)" }),
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
    description: "«Изменить логин» (6.6.4): a new login for signing in",
    args: {
      input: t.arg({
        type: builder.inputType("ViewerLoginChangeInput", {
          fields: (f) => ({
            login: f.string({ description: "The new login: 3 to 64 Latin letters, digits and @ . _ -; not taken by another user (else LOGIN_TAKEN)" }),
          }),
        }),
        required: true,
      }),
    },
    resolve: (_r, { input }, ctx) => mutationPayload(async () => ({ viewer: await changeLogin(contactDeps(ctx), requireUser(ctx).userId, input.login) })),
  }),
);

builder.mutationField("viewerPasswordChange", (t) =>
  t.field({
    type: viewerPayload("ViewerPasswordChangePayload"),
    description:
      "Needs the current password; signs out the other devices. The one operation of a session that must change its password (`SessionCreatePayload.passwordChangeRequired`): once changed, the session works as any other",
    args: {
      input: t.arg({
        type: builder.inputType("ViewerPasswordChangeInput", {
          fields: (f) => ({
            currentPassword: f.string({ description: "The current password" }),
            password: f.string({
              description:
                "The new password: at least 6 characters with a digit and a lowercase Latin letter (a-z); upper-case Latin, space and !@#$%^&*() allowed, no Cyrillic; common passwords are refused",
            }),
            passwordConfirmation: f.string({ description: "The same password again («Подтверждение пароля»)" }),
          }),
        }),
        required: true,
      }),
    },
    resolve: (_r, { input }, ctx) =>
      mutationPayload(async () => {
        const a = ctx.auth.kind === "passwordChange" ? ctx.auth : requireUser(ctx);
        return { viewer: await changePassword(contactDeps(ctx), a.userId, a.sessionId, input) };
      }),
  }),
);

builder.mutationField("viewerContactsUpdate", (t) =>
  t.field({
    type: payloadType<{ viewer: User; emailConfirmationSent: boolean; phoneConfirmationRequired: boolean }>("ViewerContactsUpdatePayload", (p) => ({
      viewer: p.field({ type: ViewerRef, nullable: true, description: "The viewer as it is now", resolve: (r) => r.viewer }),
      emailConfirmationSent: p.boolean({ description: "A confirmation link went to the new e-mail", resolve: (r) => r.emailConfirmationSent ?? false }),
      phoneConfirmationRequired: p.boolean({
        description: "The new phone must be confirmed: contactCodeSend, then contactConfirm",
        resolve: (r) => r.phoneConfirmationRequired ?? false,
      }),
    })),
    description: "Changes e-mail and phone (at least one); a changed contact is confirmed like at registration",
    args: {
      input: t.arg({
        type: builder.inputType("ViewerContactsUpdateInput", {
          fields: (f) => ({
            email: f.string({ required: false, description: "New e-mail (Latin letters only; .рф is not supported); omit to keep" }),
            phone: f.string({ required: false, description: "New phone, an 11-digit federal number; omit to keep" }),
          }),
        }),
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
    description: "«Подписки» (6.6.2): switches the e-mail subscriptions; switching one on needs a confirmed e-mail",
    args: {
      input: t.arg({
        type: builder.inputType("ViewerSubscriptionsUpdateInput", {
          fields: (f) => ({
            eInvoice: f.boolean({ description: "«Квитанция в электронном виде»" }),
            info: f.boolean({ description: "«Другая информация от Общества»" }),
          }),
        }),
        required: true,
      }),
    },
    resolve: (_r, { input }, ctx) => mutationPayload(async () => ({ viewer: await updateSubscriptions(contactDeps(ctx), requireUser(ctx).userId, input) })),
  }),
);

builder.mutationField("sessionRevokeAll", (t) =>
  t.field({
    type: payloadType<{ revoked: number }>("SessionRevokeAllPayload", (p) => ({
      revoked: p.int({ description: "How many sessions were ended", resolve: (r) => r.revoked ?? 0 }),
    })),
    description: "Signs out every device of the viewer, this one included",
    resolve: (_r, _a, ctx) => mutationPayload(async () => ({ revoked: await revokeAllSessions(ctx, requireUser(ctx).userId, "sign-out everywhere") })),
  }),
);
