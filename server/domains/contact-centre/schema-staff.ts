// GraphQL surface of the contact centre (7.2) for the operators' console: find a user (masked),
// open their card (audited), sign them out everywhere, reset their credentials, resend a
// confirmation. Contact-centre employees and administrators only.
import { decodeGlobalID, encodeGlobalID } from "@pothos/plugin-relay";
import type { Context } from "../../context.js";
import { builder } from "../../graphql/builder.js";
import { mutationPayload, payloadType } from "../../graphql/user-errors.js";
import { forbidden } from "../../shared/errors.js";
import { ContactChannel, contactDeps } from "../identity/schema-registration.js";
import { resendConfirmation, resetUser, signOutEverywhere } from "./actions.js";
import { openUserCard, type UserCard } from "./card.js";
import { userError } from "./errors.js";
import { findUsers, type UserMatch } from "./find.js";
import type { Actor } from "./reason.js";

const actor = (ctx: Context): Actor => {
  if (ctx.auth.kind !== "staff") throw forbidden();
  return { staffId: ctx.auth.staffId, clientAddress: ctx.clientAddress };
};
const userIdOf = (id: string): number => {
  const decoded = (() => {
    try {
      return decodeGlobalID(id);
    } catch {
      return null;
    }
  })();
  if (decoded?.typename !== "User" || !/^\d+$/.test(decoded.id)) throw userError("NOT_FOUND", ["input", "userId"]);
  return Number(decoded.id);
};

const UserMatchRef = builder.objectRef<UserMatch>("ContactCentreUserMatch").implement({
  description: "A user found by the contact centre, masked until the card is opened (`contactCentreUserOpen`)",
  fields: (t) => ({
    userId: t.id({ description: "The user's ID, to open the card or act on", resolve: (u) => encodeGlobalID("User", u.userId) }),
    login: t.exposeString("login", { description: "The login, masked (e-mail logins as the e-mail)" }),
    email: t.exposeString("email", { nullable: true, description: "The e-mail, masked (i***@mail.ru)" }),
    phone: t.exposeString("phone", { nullable: true, description: "The phone, masked (+7 *** ***-**-12)" }),
    accountNumbers: t.exposeStringList("accountNumbers", { description: "Numbers of the linked personal accounts (ЛС)" }),
    deletionRequested: t.exposeBoolean("deletionRequested", { description: "The user asked to delete the account (7.2); it goes within 24 hours" }),
  }),
});

type CardAccount = UserCard["accounts"][number];
type CardSession = UserCard["sessions"][number];
const CardAccountRef = builder.objectRef<CardAccount>("ContactCentreLinkedAccount").implement({
  description: "A personal account linked to the user",
  fields: (t) => ({
    number: t.string({ description: "The account's number (ЛС)", resolve: (a) => a.account.number }),
    address: t.string({ description: "The object's address", resolve: (a) => a.account.address }),
    linkedAt: t.field({ type: "DateTime", description: "When the user linked it (or registered with it)", resolve: (a) => a.linkedAt }),
  }),
});
const CardSessionRef = builder.objectRef<CardSession>("ContactCentreSession").implement({
  description: "One sign-in of the user: a session on a device",
  fields: (t) => ({
    startedAt: t.field({ type: "DateTime", description: "When the user signed in", resolve: (s) => s.createdAt }),
    lastUsedAt: t.field({ type: "DateTime", description: "Last refresh of the session", resolve: (s) => s.lastUsedAt }),
    clientAddress: t.string({ nullable: true, description: "The IP address it was started from", resolve: (s) => s.clientAddress }),
    userAgent: t.string({ nullable: true, description: "The browser or app (User-Agent)", resolve: (s) => s.userAgent }),
    endedAt: t.field({
      type: "DateTime",
      nullable: true,
      description: "When it was ended (signed out, revoked); null while active",
      resolve: (s) => s.revokedAt,
    }),
    endReason: t.string({ nullable: true, description: "Why it was ended", resolve: (s) => s.revokeReason }),
  }),
});
const UserCardRef = builder.objectRef<UserCard>("ContactCentreUserCard").implement({
  description: "A user's card as the contact centre sees it once opened (each opening is audited)",
  fields: (t) => ({
    userId: t.id({ description: "The user's ID", resolve: (u) => encodeGlobalID("User", u.id) }),
    login: t.exposeString("login", { description: "The login" }),
    email: t.exposeString("email", { nullable: true, description: "The e-mail" }),
    emailConfirmedAt: t.field({
      type: "DateTime",
      nullable: true,
      description: "When the e-mail was confirmed; null if not",
      resolve: (u) => u.emailConfirmedAt,
    }),
    phone: t.exposeString("phone", { nullable: true, description: "The phone, 11 digits 7XXXXXXXXXX" }),
    phoneConfirmedAt: t.field({
      type: "DateTime",
      nullable: true,
      description: "When the phone was confirmed; null if not",
      resolve: (u) => u.phoneConfirmedAt,
    }),
    registeredAt: t.field({ type: "DateTime", description: "When the user registered", resolve: (u) => u.createdAt }),
    deletionRequestedAt: t.field({
      type: "DateTime",
      nullable: true,
      description: "When the user asked to delete the account; null if not",
      resolve: (u) => u.deletionRequestedAt,
    }),
    accounts: t.field({ type: [CardAccountRef], description: "Linked personal accounts", resolve: (u) => u.accounts }),
    sessions: t.field({ type: [CardSessionRef], description: "The 10 latest sign-ins, newest first", resolve: (u) => u.sessions }),
  }),
});

builder.queryField("contactCentreUserSearch", (t) =>
  t.field({
    type: [UserMatchRef],
    authScopes: { contactCentre: true },
    description: "Contact centre: users whose account number, login, e-mail or phone is exactly `query` (at most 20, masked)",
    args: { query: t.arg.string({ required: true, description: "An account number (10 digits), a login, an e-mail or a phone in any usual notation" }) },
    resolve: (_r, args, ctx) => findUsers(ctx.db, args.query),
  }),
);

const reasonField = "Why, for the audit log (3–500 characters)";
const userInput = (name: string, more: Record<string, unknown> = {}) =>
  builder.inputType(name, {
    fields: (f) => ({
      userId: f.id({ description: "The user (`ContactCentreUserMatch.userId`)" }),
      reason: f.string({ description: reasonField }),
      ...(more as object),
    }),
  });

builder.mutationField("contactCentreUserOpen", (t) =>
  t.field({
    type: payloadType<{ user: UserCard }>("ContactCentreUserOpenPayload", (p) => ({
      user: p.field({ type: UserCardRef, nullable: true, description: "The card, unmasked", resolve: (r) => r.user ?? null }),
    })),
    authScopes: { contactCentre: true },
    description: "Contact centre: opens a user's card (contacts, accounts, sign-ins); the opening is audited with the reason",
    args: { input: t.arg({ type: userInput("ContactCentreUserOpenInput"), required: true }) },
    resolve: (_r, { input }, ctx) => mutationPayload(async () => ({ user: await openUserCard(ctx, actor(ctx), userIdOf(String(input.userId)), input.reason) })),
  }),
);

builder.mutationField("contactCentreUserSignOut", (t) =>
  t.field({
    type: payloadType<{ sessionsEnded: number }>("ContactCentreUserSignOutPayload", (p) => ({
      sessionsEnded: p.int({ nullable: true, description: "How many sessions were open and are ended now", resolve: (r) => r.sessionsEnded ?? null }),
    })),
    authScopes: { contactCentre: true },
    description: "Contact centre: signs the user out on every device (audited)",
    args: { input: t.arg({ type: userInput("ContactCentreUserSignOutInput"), required: true }) },
    resolve: (_r, { input }, ctx) =>
      mutationPayload(async () => ({ sessionsEnded: await signOutEverywhere(ctx, actor(ctx), userIdOf(String(input.userId)), input.reason) })),
  }),
);

builder.mutationField("contactCentreUserReset", (t) =>
  t.field({
    type: payloadType<{ login: string; accountNumbers: string[] }>("ContactCentreUserResetPayload", (p) => ({
      login: p.string({ nullable: true, description: "The login that was deleted (free to register again)", resolve: (r) => r.login ?? null }),
      accountNumbers: p.stringList({
        nullable: true,
        description: "The accounts that were linked: their owner can register again",
        resolve: (r) => r.accountNumbers ?? null,
      }),
    })),
    authScopes: { contactCentre: true },
    description: "Contact centre: «сброс учетных данных» (7.2) — deletes the user now, so the owner can register again; audited",
    args: { input: t.arg({ type: userInput("ContactCentreUserResetInput"), required: true }) },
    resolve: (_r, { input }, ctx) => mutationPayload(async () => resetUser(ctx, actor(ctx), userIdOf(String(input.userId)), input.reason)),
  }),
);

builder.mutationField("contactCentreConfirmationResend", (t) =>
  t.field({
    type: payloadType<{ sent: boolean }>("ContactCentreConfirmationResendPayload", (p) => ({
      sent: p.boolean({ description: "The link or code was sent", resolve: (r) => r.sent ?? false }),
    })),
    authScopes: { contactCentre: true },
    description: "Contact centre: sends the e-mail confirmation link or the phone's SMS code again (hourly limits apply; audited)",
    args: {
      input: t.arg({
        type: builder.inputType("ContactCentreConfirmationResendInput", {
          fields: (f) => ({
            userId: f.id({ description: "The user (`ContactCentreUserMatch.userId`)" }),
            channel: f.field({ type: ContactChannel, description: "EMAIL for the link, PHONE for the SMS code" }),
            reason: f.string({ description: reasonField }),
          }),
        }),
        required: true,
      }),
    },
    resolve: (_r, { input }, ctx) =>
      mutationPayload(async () => {
        await resendConfirmation(contactDeps(ctx), actor(ctx), userIdOf(String(input.userId)), input.channel, input.reason);
        return { sent: true };
      }),
  }),
);
