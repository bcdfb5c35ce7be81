// GraphQL surface of Web Push (Профиль → Подписки → «Уведомления в браузере»): the server's
// VAPID key to subscribe with, this browser's subscription, and saving or removing it.
import type { PushSubscription } from "../../db/generated/prisma/client.js";
import { builder } from "../../graphql/builder.js";
import { requireUser } from "../../graphql/require-user.js";
import { mutationPayload, payloadType } from "../../graphql/user-errors.js";
import { ViewerRef } from "../identity/schema.js";
import { deletePushSubscription, findPushSubscription, savePushSubscription } from "./subscriptions.js";

const PushSubscriptionRef = builder.objectRef<PushSubscription>("PushSubscription").implement({
  description: "A browser's Web Push subscription of the viewer and what it is told",
  fields: (t) => ({
    endpoint: t.exposeString("endpoint", { description: "The push service URL the browser gave (PushSubscription.endpoint)" }),
    readingReminders: t.exposeBoolean("readingReminders", { description: "Reminders to submit readings" }),
    paymentReminders: t.exposeBoolean("paymentReminders", { description: "Reminders to pay" }),
    appealAnswers: t.exposeBoolean("appealAnswers", { description: "Answers to the viewer's appeals" }),
  }),
});

builder.queryField("webPushPublicKey", (t) =>
  t.string({
    nullable: true,
    description: "The VAPID public key (base64url) to pass as applicationServerKey to PushManager.subscribe(); null when Web Push is off",
    resolve: (_r, _a, ctx) => ctx.messenger.pushPublicKey,
  }),
);

builder.prismaObjectField(ViewerRef, "pushSubscription", (t) =>
  t.field({
    type: PushSubscriptionRef,
    nullable: true,
    description: "This browser's Web Push subscription, by its endpoint; null when it has none with the viewer",
    args: { endpoint: t.arg.string({ required: true, description: "PushSubscription.endpoint of this browser" }) },
    select: { id: true },
    resolve: (u, { endpoint }, ctx) => findPushSubscription(ctx.db, u.id, endpoint),
  }),
);

const PushPayload = payloadType<{ subscription: PushSubscription | null }>("ViewerPushSubscriptionPayload", (p) => ({
  subscription: p.field({
    type: PushSubscriptionRef,
    nullable: true,
    description: "The subscription as saved; null after removing",
    resolve: (r) => r.subscription ?? null,
  }),
}));

builder.mutationField("viewerPushSubscribe", (t) =>
  t.field({
    type: PushPayload,
    description: "Saves this browser's Web Push subscription (from PushManager.subscribe()) with the topics it is to get; repeating updates it",
    args: {
      input: t.arg({
        type: builder.inputType("ViewerPushSubscribeInput", {
          fields: (f) => ({
            endpoint: f.string({ description: "PushSubscription.endpoint (an https URL)" }),
            p256dh: f.string({ description: "PushSubscription.getKey('p256dh'), base64url" }),
            auth: f.string({ description: "PushSubscription.getKey('auth'), base64url" }),
            readingReminders: f.boolean({ description: "Reminders to submit readings" }),
            paymentReminders: f.boolean({ description: "Reminders to pay" }),
            appealAnswers: f.boolean({ description: "Answers to the viewer's appeals" }),
          }),
        }),
        required: true,
      }),
    },
    resolve: (_r, { input }, ctx) =>
      mutationPayload(async () => ({ subscription: await savePushSubscription(ctx.db, requireUser(ctx).userId, input, !!ctx.messenger.pushPublicKey) })),
  }),
);

builder.mutationField("viewerPushUnsubscribe", (t) =>
  t.field({
    type: PushPayload,
    description: "Removes this browser's Web Push subscription (nothing happens when it has none)",
    args: {
      input: t.arg({
        type: builder.inputType("ViewerPushUnsubscribeInput", {
          fields: (f) => ({ endpoint: f.string({ description: "PushSubscription.endpoint of this browser" }) }),
        }),
        required: true,
      }),
    },
    resolve: (_r, { input }, ctx) =>
      mutationPayload(async () => {
        await deletePushSubscription(ctx.db, requireUser(ctx).userId, input.endpoint);
        return { subscription: null };
      }),
  }),
);
