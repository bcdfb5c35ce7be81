// Prisma CLI config: the JS schema engine over an in-memory PGlite, so `prisma generate`
// and `prisma migrate diff` run fully offline (no engine download).
import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { defineConfig } from "prisma/config";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  // The adapter pins its own copy of the adapter-utils types; the shapes match at runtime.
  adapter: async () => new PrismaPGlite(new PGlite()) as never,
});
