import { builder } from "../../graphql/builder.js";

builder.prismaNode("Notification", {
  description: "A short in-app notification (the envelope in the header)",
  id: { field: "id" },
  nullable: true, // a node that is missing or not yours resolves to null, not an error
  findUnique: (id, ctx) => ({ id: Number(id), userId: ctx.auth.kind === "user" ? ctx.auth.userId : -1 }),
  fields: (t) => ({
    title: t.exposeString("title"),
    body: t.exposeString("body"),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    read: t.boolean({ select: { readAt: true }, resolve: (n) => !!n.readAt }),
  }),
});

builder.subscriptionField("notificationAdded", (t) =>
  t.prismaField({
    type: "Notification",
    description: "New notifications of the signed-in customer, as they are created",
    authScopes: { user: true },
    subscribe: (_r, _a, ctx) => ctx.pubsub.subscribe("notification:added", ctx.auth.kind === "user" ? ctx.auth.userId : -1),
    resolve: (query, payload, _a, ctx) =>
      ctx.db.notification.findUniqueOrThrow({ ...query, where: { id: (payload as unknown as { notificationId: number }).notificationId } }),
  }),
);
