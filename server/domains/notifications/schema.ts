// GraphQL surface of in-app notifications (manual 7.1): the viewer's list (a cursor connection,
// newest first), marking read, and the live `notificationAdded` subscription.
import type { Notification } from "../../db/generated/prisma/client.js";
import { builder } from "../../graphql/builder.js";
import { requireUser } from "../../graphql/require-user.js";
import { mutationPayload, payloadType } from "../../graphql/user-errors.js";
import type { NotificationEvent } from "../../integrations/pubsub.js";
import { ViewerRef } from "../identity/schema.js";
import { markAllRead, markRead } from "./read.js";
import { fromEvent } from "./service.js";

export const NotificationKindEnum = builder.enumType("NotificationKind", {
  description: "What a notification («Уведомление», 7.1) is about",
  values: {
    READINGS_REMINDER: { description: "Reminder to submit readings (the 10th and the 24th, when a meter has none for the month)" },
    PAYMENT_REMINDER: { description: "Reminder to pay what is due" },
    DEBT: { description: "Debt of two months or more" },
    COURT_CLAIM: { description: "A court claim for the debt, intended or filed" },
    APPEAL: { description: "An appeal was answered or refused" },
    PAYMENT: { description: "A payment's outcome" },
    AUTOPAY: { description: "An autopay charge's outcome, or autopay switched off" },
    INVOICE: { description: "A new invoice (квитанция) is issued" },
    INFO: { description: "Other information from the company" },
    ACCOUNT_ACCESS: { description: "Someone else got access to one of the viewer's accounts (see `accessNotice`)" },
  } as const,
});

export const NotificationRef = builder.prismaNode("Notification", {
  description: "A short in-app notification (the envelope in the header)",
  id: { field: "id" },
  nullable: true, // a node that is missing or not yours resolves to null, not an error
  findUnique: (id, ctx) => ({ id: Number(id), userId: ctx.auth.kind === "user" ? ctx.auth.userId : -1 }),
  fields: (t) => ({
    kind: t.expose("kind", { type: NotificationKindEnum, description: "What it is about" }),
    title: t.exposeString("title", { description: "Short title to show (Russian)" }),
    body: t.exposeString("body", { description: "The text to show (Russian, plain text)" }),
    createdAt: t.expose("createdAt", { type: "DateTime", description: "When it was sent" }),
    // Scalars are always loaded, so live events (built from the published row) resolve without a read.
    read: t.boolean({ description: "The customer opened it", resolve: (n) => !!n.readAt }),
    readAt: t.expose("readAt", { type: "DateTime", nullable: true, description: "When it was opened; null while unread" }),
  }),
});

builder.prismaObjectField(ViewerRef, "notifications", (t) =>
  t.relatedConnection("notifications", {
    description: "Уведомления, newest first",
    cursor: "id",
    totalCount: true,
    args: { unreadOnly: t.arg.boolean({ required: false, defaultValue: false, description: "Only the unread ones" }) },
    query: (args) => ({ where: args.unreadOnly ? { readAt: null } : {}, orderBy: { id: "desc" } }),
  }),
);

const MarkReadInput = builder.inputType("NotificationMarkReadInput", {
  fields: (t) => ({ notificationId: t.globalID({ for: [NotificationRef], description: "The notification (`Notification.id`)" }) }),
});

builder.mutationField("notificationMarkRead", (t) =>
  t.field({
    type: payloadType<{ notification: Notification; userId: number }>("NotificationMarkReadPayload", (p) => ({
      notification: p.field({ type: NotificationRef, nullable: true, description: "The notification, now read", resolve: (r) => r.notification ?? null }),
      viewer: p.field({
        type: ViewerRef,
        nullable: true,
        description: "The viewer, to refresh the unread count",
        resolve: (r, _a, ctx) => (r.userId ? ctx.db.user.findUnique({ where: { id: r.userId } }) : null),
      }),
    })),
    description: "Marks one notification read (the customer opened it)",
    args: { input: t.arg({ type: MarkReadInput, required: true }) },
    resolve: (_r, { input }, ctx) =>
      mutationPayload(async () => {
        const { userId } = requireUser(ctx);
        return { notification: await markRead(ctx, userId, Number(input.notificationId.id)), userId };
      }),
  }),
);

const MarkAllReadInput = builder.inputType("NotificationsMarkAllReadInput", {
  fields: (t) => ({
    upToId: t.globalID({
      for: [NotificationRef],
      required: false,
      description: "The newest notification the customer was shown; newer ones stay unread. All when omitted.",
    }),
  }),
});

builder.mutationField("notificationsMarkAllRead", (t) =>
  t.field({
    type: payloadType<{ markedCount: number; userId: number }>("NotificationsMarkAllReadPayload", (p) => ({
      markedCount: p.int({ description: "How many were unread and are now read", resolve: (r) => r.markedCount ?? 0 }),
      viewer: p.field({
        type: ViewerRef,
        nullable: true,
        description: "The viewer, to refresh the unread count",
        resolve: (r, _a, ctx) => (r.userId ? ctx.db.user.findUnique({ where: { id: r.userId } }) : null),
      }),
    })),
    description: "Marks the notifications read after the customer looked at the list (7.1): the envelope turns grey",
    args: { input: t.arg({ type: MarkAllReadInput, required: true }) },
    resolve: (_r, { input }, ctx) =>
      mutationPayload(async () => {
        const { userId } = requireUser(ctx);
        const upTo = input.upToId ? Number(input.upToId.id) : null;
        return { markedCount: await markAllRead(ctx, userId, upTo), userId };
      }),
  }),
);

builder.subscriptionField("notificationAdded", (t) =>
  t.field({
    type: NotificationRef,
    description: "New notifications of the signed-in customer, as they are created (on any replica)",
    authScopes: { user: true },
    subscribe: (_r, _a, ctx) => ctx.pubsub.subscribe("notification:added", ctx.auth.kind === "user" ? ctx.auth.userId : -1),
    resolve: (payload, _a, ctx) => {
      const p = payload as unknown as { notificationId: number; notification?: NotificationEvent };
      // Events carry the row; an id-only event (older publisher) is read back, for its owner only.
      if (p.notification) return fromEvent(p.notification);
      return ctx.db.notification.findFirstOrThrow({ where: { id: p.notificationId, userId: ctx.auth.kind === "user" ? ctx.auth.userId : -1 } });
    },
  }),
);
