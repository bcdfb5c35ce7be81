// PostgreSQL backends terminated under load (a failover, an admin's pg_terminate_backend):
// requests in flight fail with a stable code, the process stays up, the pool reconnects and the
// next requests succeed without a restart. PostgreSQL only (PGlite has no backends to kill).
import pg from "pg";
import { afterAll, expect, it } from "vitest";
import { withTestApp } from "../test/app.js";
import { testDatabases } from "../test/db.js";
import { createCustomer } from "../test/fixtures.js";
import { signInAs } from "../test/session.js";
import { describeNeeding } from "../test/needs.js";

const postgres = testDatabases().filter((b) => b.name === "postgres");

describeNeeding(["postgres"], "PostgreSQL connections killed while requests run", () => {
  let token: string;
  let killer: pg.Client;
  const t = withTestApp({
    backend: postgres[0],
    seed: async () => {
      const c = await createCustomer(database.prisma);
      token = (await signInAs(t, c.user.login, "secret123")).accessToken;
      // The killer's own connection goes to the same database (it spares itself).
      const url = new URL(process.env.TEST_DATABASE_URL!);
      url.pathname = `/${(await database.sql.query<{ db: string }>("SELECT current_database() AS db"))[0]!.db}`;
      killer = new pg.Client({ connectionString: url.toString() });
      await killer.connect();
    },
  });
  const { database } = t;
  afterAll(async () => {
    await killer?.end();
  });

  const terminate = async () =>
    (
      await killer.query(
        `SELECT count(pg_terminate_backend(pid))::int AS n FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()`,
      )
    ).rows[0].n as number;
  // Mutations are never cached: each one reads and writes the database.
  const touch = () => t.gql(`mutation { notificationsMarkAllRead(input: {}) { userErrors { code } } }`, {}, { token });

  it("answers requests in flight with SERVICE_UNAVAILABLE, then serves the next ones on fresh connections", async () => {
    const codes = new Map<string, number>();
    let stop = false;
    const load = Array.from({ length: 8 }, async () => {
      while (!stop) {
        const r = await touch();
        const code = r.errors ? (r.errors[0]!.extensions?.code ?? `no code: ${r.errors[0]!.message}`) : "ok";
        codes.set(code, (codes.get(code) ?? 0) + 1);
      }
    });
    // Raw SQL holding a connection between statements (a transaction, the migrator's lock) too.
    const held = database.sql
      .transaction(async (q) => {
        await q("SELECT 1");
        await new Promise((r) => setTimeout(r, 400));
        return q("SELECT 2");
      })
      .then(
        () => "committed",
        (err: Error) => err.message,
      );
    let heldDone = false;
    void held.finally(() => (heldDone = true));
    const locked = database.sql.withLock(() => new Promise((r) => setTimeout(r, 400))).catch(() => {});
    await new Promise((r) => setTimeout(r, 200));
    // At least three rounds, and on until the held transaction has ended (on a loaded machine its
    // first statement may wait for a pooled connection longer than the first rounds take).
    let killed = 0;
    for (let i = 0; i < 3 || (!heldDone && i < 60); i++) {
      killed += await terminate();
      await new Promise((r) => setTimeout(r, 150));
    }
    expect(await held).toMatch(/terminat|connection/i);
    await locked; // its work was done; only the unlock's connection is gone
    stop = true;
    await Promise.all(load);
    expect(killed).toBeGreaterThan(0);
    // Only successes and the one stable code: never a crash or an internal error.
    expect([...codes.keys()].filter((c) => c !== "ok" && c !== "SERVICE_UNAVAILABLE")).toEqual([]);
    expect(codes.get("ok")).toBeGreaterThan(0);

    // No restart: every next request succeeds.
    for (let i = 0; i < 20; i++) expect((await touch()).errors).toBeUndefined();
    expect(await database.sql.transaction((q) => q<{ n: number }>("SELECT 1 AS n"))).toEqual([{ n: 1 }]);
  }, 120_000);
});
