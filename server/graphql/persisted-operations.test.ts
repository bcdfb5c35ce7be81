// Persisted operations (issue 16 item 4): in production a browser runs only the web client's
// persisted documents, sent by hash; a partner key (X-Api-Key) may send any document within the
// limits; development runs both. The same rule over graphql-ws.
import { createClient, type Client } from "graphql-ws";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { DEMO_ASKUE_KEY, seedApiKeys } from "../db/seed/partners.js";
import { toEvent } from "../domains/notifications/service.js";
import { appealsCustomer, pdf, seedAppealsData } from "../domains/appeals/test-support.js";
import { startHttpServer, type RunningServer } from "../http/server.js";
import { createTestApp, type TestApp, withTestApp } from "../test/app.js";
import { createCustomer } from "../test/fixtures.js";
import { loadPersistedDocuments, PERSISTED_ONLY_CODE } from "./persisted-operations.js";

const PRODUCTION = { NODE_ENV: "production", JWT_SECRET: "p".repeat(40), BANK_WEBHOOK_SECRET: "w".repeat(40), BANK_PROVIDER: "sandbox" };
const documents = loadPersistedDocuments();
/** The hash and text of the web client's document with this operation name (client/src/gql/persisted-documents.json). */
function persisted(name: string): { hash: string; text: string } {
  const found = [...documents].find(([, text]) => new RegExp(`^(query|mutation|subscription) ${name}\\b`).test(text));
  if (!found) throw new Error(`no persisted document ${name}`);
  return { hash: found[0], text: found[1] };
}
const byHash = (hash: string) => ({ version: 1, sha256Hash: hash });
// The web client's own news block, as any caller could type it.
// As codegen stores it: with __typename on every selection set (urql's cache needs it).
const NEWS = "query HomeNews { __typename companyNews(first: 4) { __typename nodes { __typename id publishedAt title url } } }";

describe("persisted operations", () => {
  let prod: TestApp;
  let customer: { login: string; password: string };
  const dev = withTestApp({
    seed: async () => {
      await seedApiKeys(database.prisma);
      prod = createTestApp(database, { env: PRODUCTION });
      const c = await createCustomer(database.prisma);
      customer = { login: c.user.login, password: c.password };
    },
  });
  const { database } = dev;

  const post = async (t: TestApp, body: Record<string, unknown>, headers: Record<string, string> = {}) => {
    const res = await t.app.yoga.fetch("http://kabinet.test/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: JSON.stringify(body),
    });
    return { status: res.status, body: (await res.json()) as { data?: any; errors?: { message: string; extensions?: { code?: string } }[] } };
  };
  const signIn = async (t: TestApp) => {
    const r = await post(t, {
      extensions: { persistedQuery: byHash(persisted("SessionCreate").hash) },
      variables: { input: { login: customer.login, password: customer.password } },
    });
    const token = r.body.data?.sessionCreate?.session?.accessToken as string | undefined;
    if (!token) throw new Error(`sign-in failed: ${JSON.stringify(r.body)}`);
    return token;
  };

  it("the codegen list holds the web client's documents, by SHA-256", () => {
    expect(documents.size).toBeGreaterThan(50);
    for (const [hash] of documents) expect(hash).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(persisted("HomeNews").text).toBe(NEWS);
  });

  it("production refuses a document that is not persisted, with a clear error and 400", async () => {
    expect(prod.config.persistedOperationsOnly).toBe(true);
    const r = await post(prod, { query: NEWS });
    expect(r.status).toBe(400);
    expect(r.body.data).toBeUndefined();
    expect(r.body.errors).toHaveLength(1);
    expect(r.body.errors![0]!.extensions?.code).toBe(PERSISTED_ONLY_CODE);
    expect(r.body.errors![0]!.message).toMatch(/только операции веб-клиента/);
    expect(r.body.errors![0]!.message).toMatch(/X-Api-Key/);
  });

  it("production runs the same document for a partner key (the seeded demo АСКУЭ key)", async () => {
    const r = await post(prod, { query: NEWS }, { "x-api-key": DEMO_ASKUE_KEY });
    expect(r.status).toBe(200);
    expect(r.body.errors).toBeUndefined();
    expect(Array.isArray(r.body.data.companyNews.nodes)).toBe(true);
    // Not a free pass: a key that is not one counts as no key, and the limits still apply to a real one.
    expect((await post(prod, { query: NEWS }, { "x-api-key": "kab_forged_000000000000000000" })).body.errors?.[0]?.extensions?.code).toBe(PERSISTED_ONLY_CODE);
    const deep = `{ news(first: 1) { id } viewer { accounts { meters { account { meters { account { meters { account { meters { account { meters { account { id } } } } } } } } } } } } }`;
    const limited = await post(prod, { query: deep }, { "x-api-key": DEMO_ASKUE_KEY });
    expect(limited.body.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(limited.body.errors?.[0]?.message).toMatch(/depth/i);
  });

  it("production runs a persisted document by its hash, for a visitor and a signed-in customer", async () => {
    const news = await post(prod, { extensions: { persistedQuery: byHash(persisted("HomeNews").hash) } });
    expect(news.status).toBe(200);
    expect(news.body.errors).toBeUndefined();
    expect(Array.isArray(news.body.data.companyNews.nodes)).toBe(true);

    const token = await signIn(prod);
    const viewer = await post(prod, { extensions: { persistedQuery: byHash(persisted("AppViewer").hash) } }, { authorization: `Bearer ${token}` });
    expect(viewer.body.errors).toBeUndefined();
    expect(viewer.body.data.viewer.accounts).toHaveLength(1);
    // A customer's session is the web client's: its own documents are refused like a visitor's.
    const own = await post(prod, { query: "{ viewer { id } }" }, { authorization: `Bearer ${token}` });
    expect(own.body.errors?.[0]?.extensions?.code).toBe(PERSISTED_ONLY_CODE);
  });

  it("an unknown hash is «PersistedQueryNotFound» (the client's exchange then resends the document)", async () => {
    for (const t of [prod, dev]) {
      const r = await post(t, { extensions: { persistedQuery: byHash(`sha256:${"0".repeat(64)}`) } });
      expect(r.body.errors?.map((e) => [e.message, e.extensions?.code])).toEqual([["PersistedQueryNotFound", "PERSISTED_QUERY_NOT_FOUND"]]);
    }
    // The resend (document and the hash marked as a miss) runs outside production only.
    const resend = { query: NEWS, extensions: { persistedQuery: { ...byHash(`sha256:${"0".repeat(64)}`), miss: true } } };
    expect((await post(dev, resend)).body.data?.companyNews).toBeDefined();
    expect((await post(prod, resend)).body.errors?.[0]?.extensions?.code).toBe(PERSISTED_ONLY_CODE);
  });

  it("development runs both: documents of its own (GraphiQL) and hashes", async () => {
    expect(dev.config.persistedOperationsOnly).toBe(false);
    expect((await post(dev, { query: NEWS })).body.data?.companyNews).toBeDefined();
    expect((await post(dev, { extensions: { persistedQuery: byHash(persisted("HomeNews").hash) } })).body.data?.companyNews).toBeDefined();
  });

  it("a persisted query by hash is served from the response cache like its text", async () => {
    const token = await signIn(dev);
    const before = dev.app.responseCache.stats.hits;
    const home = { extensions: { persistedQuery: byHash(persisted("AppViewer").hash) } };
    const first = await post(dev, home, { authorization: `Bearer ${token}` });
    const second = await post(dev, home, { authorization: `Bearer ${token}` });
    expect(second.body).toEqual(first.body);
    expect(dev.app.responseCache.stats.hits).toBe(before + 1);
  });

  it("production runs a multipart upload by hash (the web client's appeal with a file)", async () => {
    await seedAppealsData(database.prisma);
    const asker = await appealsCustomer(database.prisma);
    const r = await post(prod, {
      extensions: { persistedQuery: byHash(persisted("SessionCreate").hash) },
      variables: { input: { login: asker.user.login, password: asker.password } },
    });
    const token = r.body.data.sessionCreate.session.accessToken as string;
    const form = new FormData();
    const input = { accountId: asker.accountGid, text: "Вопрос с файлом", consentPersonalData: true, consentSimpleSignature: true, files: [null] };
    form.set("operations", JSON.stringify({ extensions: { persistedQuery: byHash(persisted("AppealQuestionSubmit").hash) }, variables: { input } }));
    form.set("map", JSON.stringify({ 0: ["variables.input.files.0"] }));
    form.set("0", pdf());
    const res = await prod.app.yoga.fetch("http://kabinet.test/graphql", { method: "POST", headers: { authorization: `Bearer ${token}` }, body: form });
    const body = (await res.json()) as any;
    expect(body.errors).toBeUndefined();
    expect(body.data.appealQuestionSubmit.userErrors).toEqual([]);
    const appeal = await database.prisma.appeal.findFirstOrThrow({ where: { number: body.data.appealQuestionSubmit.appeal.number }, include: { files: true } });
    expect(appeal.files.map((f) => f.fileName)).toEqual(["scan.pdf"]);
  });

  describe("over graphql-ws (production)", () => {
    let server: RunningServer;
    const clients: Client[] = [];
    beforeAll(async () => {
      server = await startHttpServer(prod.app, { port: 0, host: "127.0.0.1", clientDir: "/nonexistent", health: {} });
    });
    afterAll(async () => {
      await Promise.all(clients.map((c) => c.dispose()));
      await server?.close();
    });
    const until = async (cond: () => boolean, ms = 5_000) => {
      for (const end = Date.now() + ms; !cond(); await new Promise((r) => setTimeout(r, 10))) if (Date.now() > end) throw new Error("timed out");
    };
    /** A signed-in customer's socket and one subscription on it: its events and its error. */
    const subscribe = async (payload: { query: string; extensions?: Record<string, unknown> }) => {
      const token = await signIn(prod);
      const client = createClient({
        url: `${server.url.replace("http", "ws")}/graphql`,
        webSocketImpl: WebSocket,
        connectionParams: { authorization: `Bearer ${token}` },
        retryAttempts: 0,
      });
      clients.push(client);
      const out = { events: [] as any[], error: null as null | { message: string; extensions?: { code?: string } }[] };
      client.subscribe(payload, { next: (v) => void out.events.push(v), error: (e) => void (out.error = e as never), complete: () => {} });
      return out;
    };
    const notify = async (title: string) => {
      const user = await database.prisma.user.findUniqueOrThrow({ where: { login: customer.login } });
      const row = await database.prisma.notification.create({ data: { userId: user.id, kind: "INFO", title, body: title } });
      prod.deps.pubsub.publish("notification:added", user.id, { notificationId: row.id, notification: toEvent(row) });
    };

    it("refuses a subscription document that is not persisted", async () => {
      const sub = await subscribe({ query: persisted("NotificationAdded").text });
      await until(() => sub.error !== null);
      expect(sub.error!.map((e) => e.extensions?.code)).toEqual([PERSISTED_ONLY_CODE]);
    });

    it("subscribes by hash (the query left empty, as the web client sends it) and hears the event", async () => {
      const sub = await subscribe({ query: "", extensions: { persistedQuery: byHash(persisted("NotificationAdded").hash) } });
      await new Promise((r) => setTimeout(r, 300));
      await notify("по хешу");
      await until(() => sub.events.length === 1);
      expect(sub.events[0].data.notificationAdded.title).toBe("по хешу");
      expect(sub.error).toBeNull();

      const unknown = await subscribe({ query: "", extensions: { persistedQuery: byHash(`sha256:${"1".repeat(64)}`) } });
      await until(() => unknown.error !== null);
      expect(unknown.error!.map((e) => e.message)).toEqual(["PersistedQueryNotFound"]);
    });
  });
});
