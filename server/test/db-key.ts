// What a saved test database depends on, as a short hash: the migrations, and for the demo
// variant the source of the demo seed (every module it imports, followed from seed/index.ts)
// and its clock. A change to any of them gives a new key, so a stale image is never loaded.
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { Database } from "../db/client.js";
import { applyMigrations, readMigrations } from "../db/migrate.js";
import { seedDemo } from "../db/seed/index.js";
import { PROJECT_ROOT } from "../shared/project-root.js";

export type DbVariant = "migrated" | "demo";

/** The clock of the pre-seeded demo databases (12:00 in Нефтеюганск). */
export const DEMO_NOW = "2026-11-24T07:00:00.000Z";

const SEED_ENTRY = path.join(PROJECT_ROOT, "server", "db", "seed", "index.ts");

/** Brings an empty database to `variant`: what every saved image and template holds. */
export async function fillDatabase(db: Database, variant: DbVariant): Promise<void> {
  await applyMigrations(db.sql);
  if (variant === "demo") await seedDemo(db.prisma, { now: new Date(DEMO_NOW) });
}

export function databaseKey(variant: DbVariant): string {
  const h = createHash("sha256");
  for (const m of readMigrations()) h.update(`${m.name}\0${m.checksum}\0`);
  if (variant === "demo") {
    h.update(`demo\0${DEMO_NOW}\0`);
    for (const file of sourceClosure(SEED_ENTRY)) h.update(`${path.relative(PROJECT_ROOT, file)}\0`).update(fs.readFileSync(file));
  }
  return h.digest("hex").slice(0, 16);
}

/** The .ts files `entry` imports, directly or not, by relative paths (the generated client excluded: the migrations cover it). */
function sourceClosure(entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = fs.readFileSync(file, "utf8");
    for (const m of text.matchAll(/(?:from|import)\s*\(?\s*"(\.{1,2}\/[^"]+)"/g)) {
      const target = path.resolve(path.dirname(file), m[1]!.replace(/\.js$/, ".ts"));
      if (!target.includes(`${path.sep}generated${path.sep}`) && fs.existsSync(target)) visit(target);
    }
  };
  visit(entry);
  return [...seen].sort();
}
