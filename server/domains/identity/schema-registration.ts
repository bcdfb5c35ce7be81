// GraphQL surface of registration and contact confirmation.
import type { User } from "../../db/generated/prisma/client.js";
import { builder } from "../../graphql/builder.js";
import { requireUser } from "../../graphql/require-user.js";
import { mutationPayload, payloadType } from "../../graphql/user-errors.js";
import type { Context } from "../../context.js";
import { userError } from "./errors.js";
import { confirmEmailByLink, confirmPhoneByCode, sendEmailConfirmation, sendPhoneCode, type ContactDeps } from "./contacts.js";
import { register } from "./registration.js";
import { verifyPassword } from "./password.js";
import { idempotencyDeps, idempotent, withoutKey } from "../../shared/idempotency.js";
import { openSession } from "./sessions.js";
import { deliverSession, type SessionAnswer } from "./refresh-cookie.js";
import { SessionTokensRef, ViewerRef, sessionDeps } from "./schema.js";

export function contactDeps(ctx: Context): ContactDeps {
  return {
    db: ctx.db,
    clock: ctx.clock,
    messenger: ctx.messenger,
    publicUrl: ctx.config.publicUrl,
    pubsub: ctx.pubsub,
    rateLimits: ctx.rateLimits,
    clientAddress: ctx.clientAddress,
  };
}

export const ContactChannel = builder.enumType("ContactChannel", {
  description: "A contact of the user: where links and codes go",
  values: { EMAIL: { description: "The e-mail: a link" }, PHONE: { description: "The phone: an SMS code" } } as const,
});

const UserRegisterInput = builder.inputType("UserRegisterInput", {
  fields: (t) => ({
    accountNumber: t.string({ description: "Лицевой счет: 10 digits" }),
    ownerLastName: t.string({ description: "Фамилия собственника" }),
    email: t.string({ required: false, description: "Latin letters only; .рф is not supported" }),
    phone: t.string({ required: false, description: "11-digit federal number: +7 (999) 999-99-99, 89999999999 …" }),
    password: t.string({
      description:
        "The new password: at least 6 characters with a digit and a lowercase Latin letter (a-z); upper-case Latin, space and !@#$%^&*() allowed, no Cyrillic; common passwords are refused",
    }),
    passwordConfirmation: t.string({ description: "The same password again («Подтверждение пароля»)" }),
    consentPersonalData: t.boolean({ description: "Согласие на обработку персональных данных (152-ФЗ)" }),
    idempotencyKey: t.string({
      required: false,
      description:
        "A key the app makes per registration (a UUID): sent again within 24 hours with the same input it answers the same user with a new session instead of «already registered»; another input with the key is IDEMPOTENCY_KEY_REUSED",
    }),
  }),
});

builder.mutationField("userRegister", (t) =>
  t.field({
    type: payloadType<{ viewer: User; session: SessionAnswer; emailConfirmationSent: boolean; phoneConfirmationRequired: boolean }>(
      "UserRegisterPayload",
      (p) => ({
        viewer: p.field({ type: ViewerRef, nullable: true, description: "The new user", resolve: (r) => r.viewer }),
        session: p.field({ type: SessionTokensRef, nullable: true, description: "The new user is signed in", resolve: (r) => r.session }),
        emailConfirmationSent: p.boolean({ description: "A confirmation link went to the e-mail", resolve: (r) => r.emailConfirmationSent ?? false }),
        phoneConfirmationRequired: p.boolean({
          description: "Offer «Отправить sms с кодом» (contactCodeSend) and then contactConfirm",
          resolve: (r) => r.phoneConfirmationRequired ?? false,
        }),
      }),
    ),
    description: "Registers a customer by account number and owner surname (manual, section 2)",
    args: { input: t.arg({ type: UserRegisterInput, required: true }) },
    resolve: (_r, { input }, ctx) =>
      mutationPayload(async () => {
        // Anonymous callers share one key scope; a replay needs the very same input, password included.
        const r = await idempotent(idempotencyDeps(ctx), {
          auth: ctx.auth,
          operation: "userRegister",
          key: input.idempotencyKey,
          input: withoutKey(input),
          run: () => register({ ...contactDeps(ctx), timezone: ctx.config.timezone }, input, { clientAddress: ctx.clientAddress }),
          save: (r) => ({ userId: r.user.id, emailConfirmationSent: r.emailConfirmationSent, phoneConfirmationRequired: r.phoneConfirmationRequired }),
          load: async (saved) => {
            const first = saved as { userId: number; emailConfirmationSent: boolean; phoneConfirmationRequired: boolean };
            const user = await ctx.db.user.findUnique({ where: { id: first.userId } });
            // The replay signs in like the password would: not once the user changed it or left.
            if (!user || user.deletionRequestedAt || !(await verifyPassword(input.password, user.passwordHash)))
              throw userError("IDEMPOTENCY_KEY_REUSED", ["input", "idempotencyKey"]);
            return { ...first, user };
          },
        });
        const session = await openSession(sessionDeps(ctx), { kind: "user", id: r.user.id }, { clientAddress: ctx.clientAddress, userAgent: ctx.userAgent });
        return {
          viewer: r.user,
          session: await deliverSession(ctx, "customer", session, false),
          emailConfirmationSent: r.emailConfirmationSent,
          phoneConfirmationRequired: r.phoneConfirmationRequired,
        };
      }),
  }),
);

builder.mutationField("contactCodeSend", (t) =>
  t.field({
    type: payloadType<{ sent: boolean }>("ContactCodeSendPayload", (p) => ({
      sent: p.boolean({ description: "The code or link was sent", resolve: (r) => r.sent ?? false }),
    })),
    description: "Sends an SMS code to the viewer's phone (6 digits, 10 minutes) or a new confirmation link to the e-mail",
    args: {
      input: t.arg({
        type: builder.inputType("ContactCodeSendInput", {
          fields: (f) => ({ channel: f.field({ type: ContactChannel, description: "PHONE for an SMS code, EMAIL for a new link" }) }),
        }),
        required: true,
      }),
    },
    resolve: (_r, { input }, ctx) =>
      mutationPayload(async () => {
        const user = await ctx.db.user.findUniqueOrThrow({ where: { id: requireUser(ctx).userId } });
        if (input.channel === "PHONE") await sendPhoneCode(contactDeps(ctx), user);
        else await sendEmailConfirmation(contactDeps(ctx), user);
        return { sent: true };
      }),
  }),
);

builder.mutationField("contactConfirm", (t) =>
  t.field({
    type: payloadType<{ viewer: User }>("ContactConfirmPayload", (p) => ({
      viewer: p.field({
        type: ViewerRef,
        nullable: true,
        description: "The viewer with the contact confirmed (null when confirmed by link without signing in)",
        resolve: (r) => r.viewer,
      }),
    })),
    description: "Confirms the e-mail by the link's token (no sign-in needed) or the phone by the SMS code (signed in)",
    args: {
      input: t.arg({
        type: builder.inputType("ContactConfirmInput", {
          fields: (f) => ({
            token: f.string({ required: false, description: "The token of the e-mail link" }),
            code: f.string({ required: false, description: "The SMS code" }),
          }),
        }),
        required: true,
      }),
    },
    resolve: (_r, { input }, ctx) =>
      mutationPayload(async () => {
        if (input.token) return { viewer: await confirmEmailByLink(contactDeps(ctx), input.token) };
        if (input.code) return { viewer: await confirmPhoneByCode(contactDeps(ctx), requireUser(ctx).userId, input.code) };
        throw userError("REQUIRED", "code", "code");
      }),
  }),
);
