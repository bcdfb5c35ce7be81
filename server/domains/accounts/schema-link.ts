// «Мои лицевые счета» (6.6.1): linking and unlinking, and the notice to an account's other users
// when someone gets access to it, with «Это не я» (newcomer-notice.ts).
import { encodeGlobalID } from "@pothos/plugin-relay";
import type { AccountAccessNotice, Account, Appeal, User } from "../../db/generated/prisma/client.js";
import { builder } from "../../graphql/builder.js";
import { requireUser } from "../../graphql/require-user.js";
import { mutationPayload, payloadType } from "../../graphql/user-errors.js";
import { ViewerRef } from "../identity/schema.js";
import { AppealRef } from "../appeals/schema.js";
import { NotificationRef } from "../notifications/schema.js";
import { linkAccount, unlinkAccount } from "./links.js";
import { reportNotMe } from "./newcomer-notice.js";
import { AccountRef } from "./schema.js";

const AccessNoticeRef = builder.prismaObject("AccountAccessNotice", {
  description: "Someone registered on or linked an account the viewer has (6.6.1): when, and their masked contact",
  fields: (t) => ({
    id: t.id({ description: "The notice's global ID, for `accountAccessReport`", resolve: (n) => encodeGlobalID("AccountAccessNotice", n.id) }),
    via: t.exposeString("via", { description: "REGISTRATION or LINK" }),
    linkedAt: t.expose("linkedAt", { description: "When the newcomer got access", type: "DateTime" }),
    newcomerContact: t.exposeString("newcomerContact", { description: "i***@mail.ru, +7 *** ***-**-12" }),
    account: t.relation("account", { description: "The account they got access to" }),
    reported: t.boolean({ description: "«Это не я» was pressed", resolve: (n) => !!n.reportedAt }),
    reportedAt: t.expose("reportedAt", { description: "When «Это не я» was pressed; null until then", type: "DateTime", nullable: true }),
    appeal: t.relation("appeal", { nullable: true, description: "The appeal «Это не я» filed" }),
  }),
});

builder.prismaObjectField(NotificationRef, "accessNotice", (t) =>
  t.field({
    type: AccessNoticeRef,
    nullable: true,
    description: "For ACCOUNT_ACCESS notifications: who got access, and whether «Это не я» was pressed",
    // Other kinds (and every live broadcast of them) need no read.
    resolve: (n, _a, ctx) => (n.kind === "ACCOUNT_ACCESS" ? ctx.db.accountAccessNotice.findFirst({ where: { notificationId: n.id, userId: n.userId } }) : null),
  }),
);

builder.mutationField("accountAccessReport", (t) =>
  t.field({
    type: payloadType<{ notice: AccountAccessNotice; appeal: Appeal; newcomerRemoved: boolean }>("AccountAccessReportPayload", (p) => ({
      notice: p.field({ description: "The notice, now reported", type: AccessNoticeRef, nullable: true, resolve: (r) => r.notice ?? null }),
      appeal: p.field({ description: "The appeal filed for the operators", type: AppealRef, nullable: true, resolve: (r) => r.appeal ?? null }),
      newcomerRemoved: p.boolean({ description: "The newcomer's access was removed pending review", resolve: (r) => r.newcomerRemoved ?? false }),
    })),
    description: "«Это не я»: files an appeal for the operators and removes the newcomer's access to the account until it is reviewed",
    args: {
      input: t.arg({
        type: builder.inputType("AccountAccessReportInput", {
          fields: (f) => ({ noticeId: f.globalID({ for: AccessNoticeRef, description: "AccountAccessNotice.id" }) }),
        }),
        required: true,
      }),
    },
    resolve: (_r, { input }, ctx) =>
      mutationPayload(async () => {
        const { userId } = requireUser(ctx);
        const id = input.noticeId.typename === "AccountAccessNotice" && /^\d+$/.test(input.noticeId.id) ? Number(input.noticeId.id) : -1;
        return reportNotMe({ ...ctx, publicUrl: ctx.config.publicUrl, timezone: ctx.config.timezone }, userId, id, ctx.clientAddress);
      }),
  }),
);

builder.mutationField("accountLink", (t) =>
  t.field({
    type: payloadType<{ account: Account }>("AccountLinkPayload", (p) => ({
      account: p.field({ description: "The account now linked to the viewer", type: AccountRef, nullable: true, resolve: (r) => r.account }),
    })),
    description: "«Привязать к Личному кабинету»: adds an account by its number and the owner's surname",
    args: {
      input: t.arg({
        type: builder.inputType("AccountLinkInput", {
          fields: (f) => ({
            accountNumber: f.string({ description: "«Номер лицевого счета»: 10 digits" }),
            ownerLastName: f.string({ description: "«Фамилия» of the account's owner, as on the account (letter case and ё/е do not matter)" }),
          }),
        }),
        required: true,
      }),
    },
    resolve: (_r, { input }, ctx) => mutationPayload(async () => ({ account: await linkAccount(ctx, requireUser(ctx).userId, input, ctx.clientAddress) })),
  }),
);

builder.mutationField("accountUnlink", (t) =>
  t.field({
    type: payloadType<{ viewer: User; deletionScheduled: boolean }>("AccountUnlinkPayload", (p) => ({
      viewer: p.field({
        description: "The viewer with the account removed (null once deletion is scheduled)",
        type: ViewerRef,
        nullable: true,
        resolve: (r) => r.viewer,
      }),
      deletionScheduled: p.boolean({
        description: "The last account was removed: the user is deleted within 24 hours and signed out",
        resolve: (r) => r.deletionScheduled ?? false,
      }),
    })),
    description: "Removes a linked account; the last one needs confirmDeletion (manual 7.2)",
    args: {
      input: t.arg({
        type: builder.inputType("AccountUnlinkInput", {
          fields: (f) => ({
            accountId: f.globalID({ description: "The linked account to remove (`Account.id`)", for: [AccountRef] }),
            confirmDeletion: f.boolean({
              description: "True to confirm removing the last account, which deletes the user (else CONFIRMATION_REQUIRED)",
              required: false,
              defaultValue: false,
            }),
          }),
        }),
        required: true,
      }),
    },
    resolve: (_r, { input }, ctx) =>
      mutationPayload(async () => {
        const r = await unlinkAccount(ctx, requireUser(ctx).userId, Number(input.accountId.id), !!input.confirmDeletion);
        return { viewer: r.user, deletionScheduled: r.deletionScheduled };
      }),
  }),
);
