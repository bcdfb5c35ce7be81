// The one Pothos builder: plugins, scalars, auth scopes. Domains add their types to it.
import SchemaBuilder from "@pothos/core";
import { GraphQLError } from "graphql";
import PrismaPlugin from "@pothos/plugin-prisma";
import RelayPlugin from "@pothos/plugin-relay";
import ScopeAuthPlugin from "@pothos/plugin-scope-auth";
import ZodPlugin from "@pothos/plugin-zod";
import type PrismaTypes from "../db/generated/pothos-types.js";
import { getDatamodel } from "../db/generated/pothos-types.js";
import type { ApiTokenScope, Context } from "../context.js";
import type { Money } from "../shared/money.js";
import { decodeGlobalIdStrict } from "./global-id.js";
import InputGuardPlugin from "./input-guard.js";
import TokenReachPlugin from "./token-reach.js";
import DescribeConventionsPlugin, { PAGE_SIZE_TEXT } from "./describe-conventions.js";
import "./sync-global-id.js"; // Node ids without a promise each (after relay's own)

export const builder = new SchemaBuilder<{
  Context: Context;
  PrismaTypes: PrismaTypes;
  DefaultFieldNullability: false;
  DefaultInputFieldRequiredness: true;
  // user: a customer's web session (never a personal token); partner: an X-Api-Key holding the
  // scope; notPersonalToken: anything but a personal API token; apiToken: a personal token
  // holding one of the scopes (what a token may reach is listed in domains/tokens/reach.ts).
  AuthScopes: { user: boolean; staff: boolean; admin: boolean; contactCentre: boolean; partner: string; notPersonalToken: boolean; apiToken: ApiTokenScope[] };
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
  // tokenReach only edits type and field configs (scope-auth options) before scope-auth reads them;
  // describeConventions last: it sees the types and fields the other plugins generate.
  plugins: [InputGuardPlugin, TokenReachPlugin, ScopeAuthPlugin, PrismaPlugin, RelayPlugin, ZodPlugin, DescribeConventionsPlugin],
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
    decodeGlobalID: decodeGlobalIdStrict,
    nodeTypeOptions: { description: "An object with a global ID: fetch it again with `node(id:)`. IDs are opaque strings; do not parse them." },
    idFieldOptions: { description: "The object's global ID (opaque, stable)" },
    nodeQueryOptions: {
      description: "The object with this global ID, or null when it does not exist or the caller may not see it (another customer's object reads as missing)",
      args: { id: { description: "A global ID from any `id` field" } },
    },
    nodesQueryOptions: {
      description: "The objects with these global IDs, in the same order; null in the slot of one that does not exist or is not visible",
      args: { ids: { description: "Global IDs from `id` fields" } },
    },
    pageInfoTypeOptions: { description: "Where this page sits in the whole list" },
    hasNextPageFieldOptions: { description: "More items follow: ask with `after: endCursor`" },
    hasPreviousPageFieldOptions: { description: "Items come before this page: ask with `before: startCursor` and `last`" },
    startCursorFieldOptions: { description: "Cursor of the page's first item; null for an empty page" },
    endCursorFieldOptions: { description: "Cursor of the page's last item; null for an empty page" },
    cursorFieldOptions: { description: "Opaque cursor of this item, for `after`/`before`" },
    nodeFieldOptions: { description: "The item" },
    edgesFieldOptions: { description: "The page's items with their cursors" },
    nodesOnConnection: { description: "The page's items (the same as `edges.node`)" },
    pageInfoFieldOptions: { description: "Whether more pages follow or precede, and the cursors to ask for them" },
    firstArgOptions: { description: `Page size from the start or after \`after\` (${PAGE_SIZE_TEXT})` },
    afterArgOptions: { description: "Items after this cursor (`pageInfo.endCursor` of the previous page)" },
    lastArgOptions: { description: `Page size from the end or before \`before\` (${PAGE_SIZE_TEXT})` },
    beforeArgOptions: { description: "Items before this cursor (`pageInfo.startCursor` of the next page)" },
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
      contactCentre: ctx.auth.kind === "staff" && (ctx.auth.role === "CONTACT_CENTRE" || ctx.auth.role === "ADMIN"),
      partner: (scope) => ctx.auth.kind === "partner" && ctx.auth.scopes.includes(scope),
      notPersonalToken: ctx.auth.kind !== "token",
      apiToken: (scopes) => ctx.auth.kind === "token" && scopes.some((s) => (ctx.auth as { scopes: ApiTokenScope[] }).scopes.includes(s)),
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

builder.queryType({
  description:
    "Reads. `viewer` is the signed-in customer and everything they own; staff fields start with `staff`. Authenticate with `Authorization: Bearer <access token>` (customers, staff) or `X-Api-Key` (partner systems); a missing or expired credential is a top-level error with `extensions.code` UNAUTHENTICATED.",
});
builder.mutationType({
  description:
    "Changes, named object first (`meterReadingsSubmit`, `paymentCreate`), each with one `input` argument. What the user can fix comes back in the payload's `userErrors` (nothing is changed then); a missing credential is a top-level UNAUTHENTICATED error.",
});
builder.subscriptionType({
  description:
    'Live events over graphql-ws at /graphql, authorised exactly like queries: send `{ "authorization": "Bearer <access token>" }` as the connection_init payload (`connectionParams`).',
});
