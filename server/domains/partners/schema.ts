import { builder } from "../../graphql/builder.js";
import { PARTNER_SCOPES, isPartnerScope, type PartnerScope } from "./scopes.js";

const PartnerScopeEnum = builder.enumType("PartnerScope", {
  description: "What a partner key may do; a key holds one or more.",
  values: Object.fromEntries(
    Object.entries(PARTNER_SCOPES).map(([scope, s]) => [s.name, { value: scope as PartnerScope, description: s.description }]),
  ) as Record<(typeof PARTNER_SCOPES)[PartnerScope]["name"], { value: PartnerScope; description: string }>,
});

const PartnerKeyRef = builder.prismaObject("ApiKey", {
  name: "PartnerKey",
  description: "The partner system behind the X-Api-Key header",
  fields: (f) => ({
    name: f.exposeString("name", { description: "The key's name, e.g. «АСКУЭ (демо)»" }),
    partner: f.exposeString("partner", { description: "The partner company the key was issued to" }),
    // A scope no code knows grants nothing, so it is not shown either.
    scopes: f.field({
      type: [PartnerScopeEnum],
      description: "What the key may do",
      select: { scopes: true },
      resolve: (k) => k.scopes.filter(isPartnerScope),
    }),
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
