// The one Pothos builder: plugins, scalars, auth scopes. Domains add their types to it.
import SchemaBuilder from "@pothos/core";
import { GraphQLError } from "graphql";
import PrismaPlugin from "@pothos/plugin-prisma";
import RelayPlugin from "@pothos/plugin-relay";
import ScopeAuthPlugin from "@pothos/plugin-scope-auth";
import ZodPlugin from "@pothos/plugin-zod";
import type PrismaTypes from "../db/generated/pothos-types.js";
import { getDatamodel } from "../db/generated/pothos-types.js";
import type { Context } from "../context.js";
import type { Money } from "../shared/money.js";
import { decodeGlobalIdStrict } from "./global-id.js";
import InputGuardPlugin from "./input-guard.js";

export const builder = new SchemaBuilder<{
  Context: Context;
  PrismaTypes: PrismaTypes;
  DefaultFieldNullability: false;
  DefaultInputFieldRequiredness: true;
  AuthScopes: { user: boolean; staff: boolean; admin: boolean; partner: string };
  Scalars: {
    DateTime: { Input: Date; Output: Date };
    Date: { Input: Date; Output: Date };
    Period: { Input: Date; Output: Date };
    Money: { Input: Money; Output: Money | string | number };
    Decimal: { Input: Money; Output: Money | string | number };
    Upload: { Input: File; Output: never };
    ID: { Input: string; Output: string | number };
  };
}>({
  // inputGuard first: it checks the raw arguments (ids, text) before any other plugin maps them.
  plugins: [InputGuardPlugin, ScopeAuthPlugin, PrismaPlugin, RelayPlugin, ZodPlugin],
  defaultFieldNullability: false,
  defaultInputFieldRequiredness: true,
  prisma: {
    client: (ctx) => ctx.db,
    dmmf: getDatamodel(),
    exposeDescriptions: false,
    filterConnectionTotalCount: true,
    onUnusedQuery: null,
  },
  relay: {
    clientMutationId: "omit",
    cursorType: "String",
    nodesOnConnection: true,
    decodeGlobalID: decodeGlobalIdStrict,
  },
  scopeAuth: {
    authorizeOnSubscribe: true,
    unauthorizedError: (_parent, ctx) =>
      ctx.auth.kind === "anonymous"
        ? new GraphQLError("Войдите в личный кабинет", { extensions: { code: "UNAUTHENTICATED" } })
        : new GraphQLError("Недостаточно прав", { extensions: { code: "FORBIDDEN" } }),
    authScopes: (ctx) => ({
      user: ctx.auth.kind === "user",
      staff: ctx.auth.kind === "staff",
      admin: ctx.auth.kind === "staff" && ctx.auth.role === "ADMIN",
      partner: (scope) => ctx.auth.kind === "partner" && ctx.auth.scopes.includes(scope),
    }),
  },
  zod: {
    // Argument bounds (page sizes, ranges) fail as a client error with a stable code; mutation
    // inputs are validated by the domain services and come back as userErrors instead.
    validationError: (zodError) =>
      new GraphQLError(zodError.issues.map((i) => `${i.path.join(".") || "argument"}: ${i.message}`).join("; "), {
        extensions: { code: "BAD_USER_INPUT" },
      }),
  },
});

builder.queryType({});
builder.mutationType({});
builder.subscriptionType({});
