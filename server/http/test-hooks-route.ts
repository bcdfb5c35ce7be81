// Test-only hooks, mounted under /test-hooks/ when the server runs with KABINET_TEST_HOOKS=1
// (browser tests, benchmarks). Production refuses to start with them. They let a test make the
// server do what the clock or another system would: fire a job, raise notifications.
//   POST /test-hooks/jobs/<name>          runs a scheduled job's body now → its result
//   POST /test-hooks/notifications        {logins?|userIds?, title, body} → INFO notifications,
//                                         announced live → {count, publishStartedAt, publishMs}
//   GET  /test-hooks/memory[?gc=1]        process.memoryUsage() (after a GC with --expose-gc)
import type http from "node:http";
import type { Deps } from "../context.js";
import { announce } from "../domains/notifications/service.js";
import { runJobNow } from "../jobs/schedule.js";

export function testHooksHandler(deps: Deps, enabled: boolean) {
  if (!enabled) return null;
  if (deps.config.env === "production") throw new Error("KABINET_TEST_HOOKS must not be set in production");

  return async (req: http.IncomingMessage, res: http.ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? "/", "http://x");
    const reply = (status: number, body: unknown) => void res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
    try {
      const job = /^\/test-hooks\/jobs\/([\w-]+)$/.exec(url.pathname);
      if (job && req.method === "POST") return reply(200, { result: await runJobNow(deps, job[1]!) });
      if (url.pathname === "/test-hooks/notifications" && req.method === "POST") return reply(200, await raise(deps, await readJson(req)));
      if (url.pathname === "/test-hooks/memory" && req.method === "GET") {
        const gc = (globalThis as { gc?: () => void }).gc;
        if (url.searchParams.get("gc") && gc) for (let i = 0; i < 3; i++) gc();
        return reply(200, process.memoryUsage());
      }
      reply(404, { error: "no such hook" });
    } catch (err) {
      reply(500, { error: err instanceof Error ? err.message : String(err) });
    }
  };
}

async function readJson(req: http.IncomingMessage): Promise<Record<string, unknown>> {
  let text = "";
  for await (const chunk of req) text += chunk;
  return text ? (JSON.parse(text) as Record<string, unknown>) : {};
}

/** One INFO notification per user in one statement, then announced all at once (a broadcast). */
async function raise(deps: Deps, body: Record<string, unknown>) {
  const title = String(body.title ?? "Тестовое уведомление");
  const text = String(body.body ?? "");
  const logins = Array.isArray(body.logins) ? body.logins.map(String) : null;
  const userIds = Array.isArray(body.userIds) ? body.userIds.map(Number) : null;
  const now = deps.clock.now();
  const rows = await deps.sql.query<{ id: number; userId: number }>(
    `INSERT INTO "Notification" ("userId", kind, title, body, "createdAt")
     SELECT u.id, 'INFO', $3, $4, $5::timestamp(3) FROM "User" u
      WHERE ($1::text[] IS NOT NULL AND u.login = ANY($1::text[])) OR ($2::int[] IS NOT NULL AND u.id = ANY($2::int[]))
     ORDER BY u.id
     RETURNING id, "userId"`,
    [logins, userIds, title, text, now.toISOString()],
  );
  const events = rows.map((r) => ({ id: r.id, userId: r.userId, accountId: null, kind: "INFO" as const, title, body: text, createdAt: now }));
  const publishStartedAt = performance.timeOrigin + performance.now();
  await announce(deps.pubsub, events);
  return { count: rows.length, publishStartedAt, publishMs: performance.timeOrigin + performance.now() - publishStartedAt };
}
