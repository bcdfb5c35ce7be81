// Assembles the schema: each domain registers its types on the builder when imported.
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from "graphql";
import { builder } from "./builder.js";
import "./scalars.js";
import "./user-errors.js";
import "./retailer.js";
import "../domains/identity/schema.js";
import "../domains/identity/schema-registration.js";
import "../domains/identity/schema-profile.js";
import "../domains/identity/schema-staff.js";
import "../domains/accounts/schema-link.js";
import "../domains/accounts/schema-home.js";
import "../domains/readings/schema.js";
import "../domains/readings/schema-mutations.js";
import "../domains/accounts/schema.js";
import "../domains/news/schema.js";
import "../domains/notifications/schema.js";
import "../domains/partners/schema.js";
import "../domains/tokens/schema.js";
import "../domains/appeals/schema.js";
import "../domains/appeals/schema-catalog.js";
import "../domains/appeals/schema-mutations.js";
import "../domains/appeals/schema-staff.js";
import "../domains/news/schema-staff.js";
import "../domains/faq/schema.js";
import "../domains/faq/schema-staff.js";
import "../domains/readings/schema-staff.js";
import "../domains/readings/schema-dispute.js";
import "../domains/readings/schema-photos.js";
import "../domains/reminders/schema-link.js";
import "../domains/billing/schema.js";
import "../domains/billing/schema-consumption.js";
import "../domains/exports/schema.js";
import "../domains/payments/schema.js";
import "../domains/payments/schema-mutations.js";
import "../domains/autopay/schema.js";
import "../domains/contact-centre/schema-staff.js";
import "../domains/push/schema.js";

let schema: GraphQLSchema | undefined;

export function getSchema(): GraphQLSchema {
  schema ??= builder.toSchema({ sortSchema: true });
  return schema;
}

/** The committed `schema.graphql`: printed sorted, so diffs show real changes only. */
export function printSdl(): string {
  return `${printSchema(lexicographicSortSchema(getSchema()))}\n`;
}
