// Assembles the schema: each domain registers its types on the builder when imported.
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from "graphql";
import { builder } from "./builder.js";
import "./scalars.js";
import "./user-errors.js";
import "./retailer.js";
import "../domains/identity/types.js";
import "../domains/identity/registration-types.js";
import "../domains/identity/profile-types.js";
import "../domains/identity/staff-types.js";
import "../domains/accounts/link-types.js";
import "../domains/accounts/home-types.js";
import "../domains/readings/types.js";
import "../domains/accounts/types.js";
import "../domains/news/types.js";
import "../domains/notifications/types.js";
import "../domains/partners/types.js";
import "../domains/tokens/types.js";
import "../domains/appeals/types.js";
import "../domains/appeals/staff-types.js";
import "../domains/news/staff-types.js";
import "../domains/faq/types.js";
import "../domains/faq/staff-types.js";
import "../domains/readings/staff-types.js";
import "../domains/billing/types.js";
import "../domains/payments/types.js";
import "../domains/autopay/types.js";

let schema: GraphQLSchema | undefined;

export function getSchema(): GraphQLSchema {
  schema ??= builder.toSchema({ sortSchema: true });
  return schema;
}

/** The committed `schema.graphql`: printed sorted, so diffs show real changes only. */
export function printSdl(): string {
  return `${printSchema(lexicographicSortSchema(getSchema()))}\n`;
}
