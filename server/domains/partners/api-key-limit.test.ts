// A partner key over its request limit gets HTTP 429 with Retry-After, over a real HTTP server,
// attacked in parallel; other keys are not affected. The limit is lowered from the default 600 a
// minute by its setting (API_RATE_LIMIT: the same limiter, store and code path) to keep the test
// quick on a busy machine.
import { afterAll, describe, expect, it } from "vitest";
import { startHttpServer, type RunningServer } from "../../http/server.js";
import { buildApp } from "../../app.js";
import { DEFAULT_LIMITS } from "../../shared/rate-limits.js";
import { withTestApp } from "../../test/app.js";
import { testDatabases } from "../../test/db.js";
import { sha256 } from "../identity/tokens.js";

const N = 40;

describe.each(testDatabases())("partner key request limit on $name", (backend) => {
  let server: RunningServer;
  const t = withTestApp({
    backend,
    seed: async () => {
      for (const k of ["kab_flood_key", "kab_calm_key"]) {
        await database.prisma.apiKey.create({ data: { name: k, partner: "Метроника", prefix: k.slice(0, 8), keyHash: sha256(k), scopes: ["readings:write"] } });
      }
      const config = { ...t.deps.config, apiRateLimit: N };
      server = await startHttpServer(buildApp({ ...t.deps, config }), { port: 0, host: "127.0.0.1", clientDir: "/nonexistent", health: {} });
    },
  });
  const { database } = t;
  afterAll(async () => {
    await server?.close(500);
  });

  const ask = (key: string) =>
    fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-api-key": key },
      body: JSON.stringify({ query: "{ partner { name } }" }),
    });

  it("answers 429 with Retry-After past the limit (N+5 in parallel → exactly N served)", async () => {
    expect(DEFAULT_LIMITS.partnerKey).toEqual({ points: 600, durationSec: 60 });
    const answers = await Promise.all(Array.from({ length: N + 5 }, () => ask("kab_flood_key")));
    const served = answers.filter((r) => r.status === 200);
    const refused = answers.filter((r) => r.status === 429);
    expect(served).toHaveLength(N);
    expect(refused).toHaveLength(5);
    const retryAfter = Number(refused[0]!.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
    const body = (await refused[0]!.json()) as { data?: unknown; errors: { message: string; extensions: { code: string } }[] };
    expect(body.data ?? null).toBeNull();
    expect(body.errors[0]!.extensions.code).toBe("RATE_LIMITED");
    expect(body.errors[0]!.message).toMatch(/^Превышен лимит запросов по ключу API\. Повторите через \d+ с\.$/);
    expect(((await served[0]!.json()) as any).data.partner.name).toBe("kab_flood_key");
    // Another partner's key has its own count.
    const calm = await ask("kab_calm_key");
    expect(calm.status).toBe(200);
    expect(((await calm.json()) as any).data.partner.name).toBe("kab_calm_key");
  });
});
