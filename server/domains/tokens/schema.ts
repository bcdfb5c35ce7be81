// GraphQL surface of personal API tokens («Доступ для приложений» in «Профиль»). Thin: the rules
// are in service.ts; what a token may reach is in reach.ts.
import { encodeGlobalID } from "@pothos/plugin-relay";
import { builder } from "../../graphql/builder.js";
import { requireUser } from "../../graphql/require-user.js";
import { mutationPayload, payloadType } from "../../graphql/user-errors.js";
import type { ApiToken } from "../../db/generated/prisma/client.js";
import type { ApiTokenScope } from "../../context.js";
import { ViewerRef } from "../identity/schema.js";
import { createToken, listTokens, revokeToken, stateOf, type TokenState } from "./service.js";
import { ApiTokenScopeEnum } from "./scopes.js";

const STATE_TEXT: Record<TokenState, string> = {
  ACTIVE: "Действует",
  EXPIRED: "Срок действия истек",
  REVOKED: "Отозван",
  PASSWORD_CHANGED: "Не действует: пароль изменен",
};

const ApiTokenStateEnum = builder.enumType("ApiTokenState", {
  description: "Whether a personal API token («токен доступа») works",
  values: {
    ACTIVE: { description: "Works until it expires or is revoked («Действует»)" },
    EXPIRED: { description: "Its expiry («Срок действия») has passed" },
    REVOKED: { description: "The customer revoked it («Отозван»)" },
    PASSWORD_CHANGED: { description: "The customer's password changed after it was made: it no longer works" },
  } as const,
});

export const ApiTokenRef = builder.prismaObject("ApiToken", {
  description:
    "A personal API token («токен доступа») the customer made for their own app in «Профиль» → «Доступ для приложений». The secret itself is shown once, when it is made",
  fields: (t) => ({
    id: t.id({ description: "Global ID of the token", resolve: (x) => encodeGlobalID("ApiToken", x.id) }),
    name: t.exposeString("name", { description: "The customer's name for it («Название»), e.g. «Home Assistant»" }),
    prefix: t.exposeString("prefix", { description: "The first characters of the secret (`kab_pat_` and four more), to tell tokens apart" }),
    scopes: t.field({ type: [ApiTokenScopeEnum], description: "What it may do («Права доступа»)", resolve: (x) => x.scopes as ApiTokenScope[] }),
    createdAt: t.expose("createdAt", { type: "DateTime", description: "When it was made («Создан»)" }),
    expiresAt: t.expose("expiresAt", { type: "DateTime", description: "When it stops working («Действует до»)" }),
    lastUsedAt: t.expose("lastUsedAt", {
      type: "DateTime",
      nullable: true,
      description: "Its last request, to the minute («Последнее использование»); null if never used",
    }),
    revokedAt: t.expose("revokedAt", { type: "DateTime", nullable: true, description: "When the customer revoked it («Отозван»); null while not revoked" }),
    state: t.field({
      type: ApiTokenStateEnum,
      description: "Whether it works now",
      select: { user: { select: { passwordHash: true } } },
      resolve: (x, _a, ctx) => stateOf(x, x.user, ctx.clock.now()),
    }),
    stateText: t.string({
      description: "The state as the list shows it, in Russian",
      select: { user: { select: { passwordHash: true } } },
      resolve: (x, _a, ctx) => STATE_TEXT[stateOf(x, x.user, ctx.clock.now())],
    }),
  }),
});

builder.prismaObjectField(ViewerRef, "apiTokens", (t) =>
  t.field({
    type: [ApiTokenRef],
    description: "«Доступ для приложений»: the customer's personal API tokens, newest first, revoked and expired ones included. Web sessions only",
    resolve: (u, _a, ctx) => listTokens(ctx, u.id),
  }),
);

const CreateInput = builder.inputType("ApiTokenCreateInput", {
  description: "A new personal API token: its name, scopes and expiry",
  fields: (t) => ({
    name: t.string({ description: "«Название»: up to 60 characters, e.g. «Home Assistant»" }),
    scopes: t.field({ type: [ApiTokenScopeEnum], description: "«Права доступа»: at least one" }),
    expiresAt: t.field({ type: "DateTime", description: "«Действует до»: in the future, at most a year from now" }),
  }),
});

builder.mutationField("apiTokenCreate", (t) =>
  t.field({
    type: payloadType<{ token: ApiToken; secret: string }>("ApiTokenCreatePayload", (p) => ({
      token: p.field({ type: ApiTokenRef, nullable: true, description: "The token made", resolve: (r) => r.token }),
      secret: p.string({
        nullable: true,
        description: "The secret (`kab_pat_…`), shown this once: send it as `Authorization: Bearer <secret>`. Only its hash is stored",
        resolve: (r) => r.secret,
      }),
    })),
    description:
      "«Создать токен» in «Профиль» → «Доступ для приложений»: a personal API token acting as the customer on their accounts within its scopes. An e-mail tells the customer. Web sessions only (a token cannot make tokens: FORBIDDEN)",
    args: { input: t.arg({ type: CreateInput, required: true, description: "Name, scopes and expiry" }) },
    resolve: (_r, { input }, ctx) => mutationPayload(() => createToken(ctx, requireUser(ctx).userId, input)),
  }),
);

const RevokeInput = builder.inputType("ApiTokenRevokeInput", {
  description: "The personal API token to revoke",
  fields: (t) => ({ tokenId: t.globalID({ for: [ApiTokenRef], description: "ApiToken.id" }) }),
});

builder.mutationField("apiTokenRevoke", (t) =>
  t.field({
    type: payloadType<{ token: ApiToken }>("ApiTokenRevokePayload", (p) => ({
      token: p.field({ type: ApiTokenRef, nullable: true, description: "The token, now revoked", resolve: (r) => r.token }),
    })),
    description: "«Отозвать»: the token stops working with its next request. Web sessions only",
    args: { input: t.arg({ type: RevokeInput, required: true, description: "Which token" }) },
    resolve: (_r, { input }, ctx) => mutationPayload(async () => ({ token: await revokeToken(ctx, requireUser(ctx).userId, Number(input.tokenId.id)) })),
  }),
);
