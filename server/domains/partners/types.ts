import { builder } from "../../graphql/builder.js";

const PartnerKeyRef = builder.prismaObject("ApiKey", {
  name: "PartnerKey",
  description: "The partner system behind the X-Api-Key header",
  fields: (f) => ({
    name: f.exposeString("name"),
    partner: f.exposeString("partner"),
    scopes: f.exposeStringList("scopes"),
  }),
});

builder.queryField("partner", (t) =>
  t.prismaField({
    type: PartnerKeyRef,
    nullable: true,
    description: "The calling partner system (X-Api-Key), or null for other callers: lets a partner check its key",
    resolve: (query, _r, _a, ctx) => (ctx.auth.kind === "partner" ? ctx.db.apiKey.findUnique({ ...query, where: { id: ctx.auth.apiKeyId } }) : null),
  }),
);
