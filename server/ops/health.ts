// Readiness checks for /health/ready: each answers true when its part can serve. The balancer or
// orchestrator takes a replica out while any is false (and while it shuts down: http/server.ts).
import type { SqlRunner } from "../db/client.js";
import { pendingMigrations, readMigrations } from "../db/migrate.js";

export type Check = () => Promise<boolean>;

export function readinessChecks(o: { sql: SqlRunner; redis?: { ping(): Promise<boolean> } | null }): Record<string, Check> {
  // The folder as shipped with this build; the database must have applied every one of them.
  const migrations = readMigrations();
  return {
    database: async () => (await o.sql.query("SELECT 1 AS ok")).length === 1,
    migrations: async () => (await pendingMigrations(o.sql, migrations)).length === 0,
    ...(o.redis ? { redis: () => o.redis!.ping() } : {}),
  };
}
