// Applies prisma/migrations/*/migration.sql in order, recording them in Prisma's own
// `_prisma_migrations` table, so `prisma migrate status` and this applier agree. Used at
// start-up and by `npm run db:migrate`, the same for PGlite and PostgreSQL.
import { createHash, randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { SqlRunner } from "./client.js";
import { PROJECT_ROOT } from "../shared/project-root.js";

export const MIGRATIONS_DIR = path.join(PROJECT_ROOT, "prisma", "migrations");

const LEDGER = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

export interface Migration {
  name: string;
  sql: string;
  checksum: string;
}

export function readMigrations(dir = MIGRATIONS_DIR): Migration[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && fs.existsSync(path.join(dir, d.name, "migration.sql")))
    .map((d) => d.name)
    .sort()
    .map((name) => {
      const sql = fs.readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    });
}

/** Returns the names of the migrations it applied. Fails loudly on an edited migration. */
export async function applyMigrations(sql: SqlRunner, migrations = readMigrations()): Promise<string[]> {
  return sql.withLock(async () => {
    await sql.exec(LEDGER);
    const done = await sql.query<{ migration_name: string; checksum: string }>(
      `SELECT migration_name, checksum FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
    );
    const applied = new Map(done.map((r) => [r.migration_name, r.checksum]));
    const ran: string[] = [];
    for (const m of migrations) {
      const seen = applied.get(m.name);
      if (seen !== undefined) {
        if (seen !== m.checksum) throw new Error(`Migration ${m.name} was changed after it was applied; write a new migration instead`);
        continue;
      }
      const id = randomUUID();
      const ledger = (v: string) => v.replace(/'/g, "''");
      // One transaction per migration: it is applied whole or not at all.
      await sql
        .exec(
          `BEGIN;\n${m.sql}\n;INSERT INTO "_prisma_migrations" (id, checksum, migration_name, finished_at, applied_steps_count)
         VALUES ('${id}', '${m.checksum}', '${ledger(m.name)}', now(), 1);\nCOMMIT;`,
        )
        .catch(async (err) => {
          await sql.exec("ROLLBACK").catch(() => {});
          throw new Error(`Migration ${m.name} failed: ${(err as Error).message}`);
        });
      ran.push(m.name);
    }
    return ran;
  });
}

/** Names of the migrations not applied yet (all of them on a database never migrated). */
export async function pendingMigrations(sql: SqlRunner, migrations = readMigrations()): Promise<string[]> {
  const [ledger] = await sql.query<{ present: boolean }>(`SELECT to_regclass('"_prisma_migrations"') IS NOT NULL AS present`);
  if (!ledger?.present) return migrations.map((m) => m.name);
  const done = await sql.query<{ migration_name: string }>(
    `SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
  );
  const applied = new Set(done.map((r) => r.migration_name));
  return migrations.filter((m) => !applied.has(m.name)).map((m) => m.name);
}
