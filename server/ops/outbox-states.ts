// The outbox's backlog for the metrics: messages not sent yet (PENDING) or given up (FAILED), and
// the oldest of each. Sent ones are not counted on scrape: that table only grows. One grouped query
// on the (status, createdAt) index.
import type { SqlRunner } from "../db/client.js";
import type { OutboxState } from "./metrics.js";

export function outboxStates(sql: SqlRunner): () => Promise<OutboxState[]> {
  return async () => {
    const rows = await sql.query<{ state: string; count: number; age: number }>(
      `SELECT status::text AS state, count(*)::int AS count, EXTRACT(EPOCH FROM (now() AT TIME ZONE 'UTC') - min("createdAt"))::float8 AS age
         FROM "OutboundMessage" WHERE status IN ('PENDING', 'FAILED') GROUP BY status`,
    );
    const byState = new Map(rows.map((r) => [r.state, r]));
    // Both states always present: an empty backlog reads 0, not a missing series.
    return ["PENDING", "FAILED"].map((state) => ({
      state,
      count: Number(byState.get(state)?.count ?? 0),
      oldestAgeSec: Math.max(0, Number(byState.get(state)?.age ?? 0)),
    }));
  };
}
