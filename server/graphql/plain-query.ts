// Whether the Prisma query Pothos planned for a field asks for nothing but the model's own
// columns: then a row read another way (a prepared statement, accounts/home-loader.ts) serves as
// well as Prisma's — the types are in include mode (every column), and no relation under the
// field was planned to come with it. Anything else — a relation to include or select, a filter,
// a page — takes the ORM.
import { isScalarField } from "../db/json-rows.js";

export function isPlainQuery(query: object, model: string): boolean {
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined) continue;
    if (key === "include" && value && Object.keys(value).length === 0) continue;
    if (key === "select" && value && Object.entries(value).every(([field, on]) => on === true && isScalarField(model, field))) continue;
    return false;
  }
  return true;
}
