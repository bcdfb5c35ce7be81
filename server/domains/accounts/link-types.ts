import type { Account, User } from "../../db/generated/prisma/client.js";
import { builder } from "../../graphql/builder.js";
import { requireUser } from "../../graphql/require-user.js";
import { mutationPayload, payloadType } from "../../graphql/user-errors.js";
import { ViewerRef } from "../identity/types.js";
import { linkAccount, unlinkAccount } from "./links.js";
import { AccountRef } from "./types.js";


builder.mutationField("accountLink", (t) =>
  t.field({
    type: payloadType<{ account: Account }>("AccountLinkPayload", (p) => ({
      account: p.field({ type: AccountRef, nullable: true, resolve: (r) => r.account }),
    })),
    description: "«Привязать к Личному кабинету»: adds an account by its number and the owner's surname",
    args: {
      input: t.arg({
        type: builder.inputType("AccountLinkInput", { fields: (f) => ({ accountNumber: f.string(), ownerLastName: f.string() }) }),
        required: true,
      }),
    },
    resolve: (_r, { input }, ctx) => mutationPayload(async () => ({ account: await linkAccount(ctx, requireUser(ctx).userId, input) })),
  }),
);

builder.mutationField("accountUnlink", (t) =>
  t.field({
    type: payloadType<{ viewer: User; deletionScheduled: boolean }>("AccountUnlinkPayload", (p) => ({
      viewer: p.field({ type: ViewerRef, nullable: true, resolve: (r) => r.viewer }),
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
            accountId: f.globalID({ for: [AccountRef] }),
            confirmDeletion: f.boolean({ required: false, defaultValue: false }),
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
