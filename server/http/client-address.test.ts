// The client address comes from the socket; X-Forwarded-For counts only from a peer listed in
// TRUST_PROXY. Through the real HTTP server on a port, since the address is the socket's.
import { afterEach, describe, expect, it } from "vitest";
import { buildApp } from "../app.js";
import { loadConfig } from "../config.js";
import { createAppPubSub } from "../integrations/pubsub.js";
import { devMessenger } from "../integrations/messaging/index.js";
import { fixedClock } from "../shared/clock.js";
import { testDatabases, withTestDatabase } from "../test/db.js";
import { createCustomer } from "../test/fixtures.js";
import { clientAddressResolver } from "./client-address.js";
import { startHttpServer, type RunningServer } from "./server.js";

const SIGN_IN = `mutation($login: String!, $password: String!) { sessionCreate(input: { login: $login, password: $password }) { session { accessToken } userErrors { code message } } }`;
const LOCKED = "Слишком много неудачных попыток входа. Повторите попытку через 15 мин.";

it("a malformed TRUST_PROXY entry stops the start", () => {
  expect(() => clientAddressResolver(["10.0.0.0/99"])).toThrow();
  expect(() => clientAddressResolver(["proxy.example"])).toThrow();
});

describe.each(testDatabases())("client address behind a proxy on $name", (backend) => {
  const servers: RunningServer[] = [];
  const database = withTestDatabase({ backend });
  afterEach(async () => void (await Promise.all(servers.splice(0).map((s) => s.close(0)))));

  async function serve(env: Record<string, string>) {
    const config = loadConfig({ NODE_ENV: "test", ...env });
    const clock = fixedClock("2026-11-24T07:00:00.000Z");
    const messenger = devMessenger({ db: database.prisma, clock, log: null });
    const app = buildApp({ db: database.prisma, sql: database.sql, config, clock, pubsub: createAppPubSub(), messenger });
    const server = await startHttpServer(app, { port: 0, host: "127.0.0.1", clientDir: "/nonexistent", health: {} });
    servers.push(server);
    return async (login: string, password: string, forwardedFor: string) => {
      const res = await fetch(`${server.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-forwarded-for": forwardedFor },
        body: JSON.stringify({ query: SIGN_IN, variables: { login, password } }),
      });
      const p = ((await res.json()) as any).data.sessionCreate;
      return { ok: !!p.session, message: p.userErrors[0]?.message as string | undefined };
    };
  }
  const guesses = (signIn: Awaited<ReturnType<typeof serve>>, prefix: string, from: (i: number) => string) =>
    Promise.all(Array.from({ length: 31 }, (_, i) => signIn(`${prefix}-${i}`, "guess-1", from(i))));
  const lastSession = async (userId: number) => (await database.prisma.session.findFirstOrThrow({ where: { userId }, orderBy: { id: "desc" } })).clientAddress;

  it("behind TRUST_PROXY, two customers with different forwarded addresses do not lock each other out", async () => {
    const signIn = await serve({ TRUST_PROXY: "loopback" });
    const a = await createCustomer(database.prisma);
    const b = await createCustomer(database.prisma);
    await guesses(signIn, "trusted", () => "203.0.113.7");
    expect((await signIn(a.user.login, a.password, "203.0.113.7")).message).toBe(LOCKED);
    expect((await signIn(b.user.login, b.password, "198.51.100.2")).ok).toBe(true);
    expect(await lastSession(b.user.id)).toBe("198.51.100.2");
  });

  it("without TRUST_PROXY, a forged X-Forwarded-For is ignored: the socket's address is counted", async () => {
    const signIn = await serve({});
    const a = await createCustomer(database.prisma);
    // Each guess claims another address; all of them are 127.0.0.1's.
    await guesses(signIn, "forged", (i) => `192.0.2.${i + 1}`);
    expect((await signIn(a.user.login, a.password, "198.51.100.99")).message).toBe(LOCKED);
    await database.prisma.loginThrottle.deleteMany({});
    expect((await signIn(a.user.login, a.password, "198.51.100.99")).ok).toBe(true);
    expect(await lastSession(a.user.id)).toBe("127.0.0.1");
  });
});
