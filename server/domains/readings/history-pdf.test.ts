import { afterAll, describe, expect, it } from "vitest";
import { buildApp } from "../../app.js";
import { loadConfig } from "../../config.js";
import { seedDemo } from "../../db/seed/index.js";
import { documentsHandler } from "../../http/documents-route.js";
import { startHttpServer, type RunningServer } from "../../http/server.js";
import { devMessenger } from "../../integrations/messaging/index.js";
import { createPdfRenderer } from "../../integrations/pdf/chromium.js";
import { createAppPubSub } from "../../integrations/pubsub.js";
import { systemClock } from "../../shared/clock.js";
import { withTestDatabase } from "../../test/db.js";
import { pdfText } from "../../test/pdf-text.js";
import { verifyDocumentLink } from "../documents/links.js";

describe("«Сохранить в PDF» for the reading history (real Chromium)", () => {
  let server: RunningServer;
  const pdf = createPdfRenderer();
  const config = loadConfig({ NODE_ENV: "test" });

  const database = withTestDatabase({
    seed: async () => {
      await seedDemo(database.prisma);
      const deps = {
        db: database.prisma,
        sql: database.sql,
        config,
        clock: systemClock,
        pubsub: createAppPubSub(),
        messenger: devMessenger({ db: database.prisma, log: null }),
      };
      server = await startHttpServer(buildApp(deps), {
        port: 0,
        host: "127.0.0.1",
        clientDir: "/nonexistent",
        health: {},
        documents: documentsHandler(deps, pdf),
      });
      // Links point at the public URL; in the test that is this server.
      config.publicUrl = server.url;
    },
  });
  afterAll(async () => {
    await server?.close();
    await pdf.close();
  });

  async function gql(query: string, variables: object, token?: string) {
    const res = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return (await res.json()) as any;
  }
  const signIn = async (login: string, password: string) =>
    (
      await gql(`mutation($l: String!, $p: String!) { sessionCreate(input: { login: $l, password: $p }) { session { accessToken } } }`, {
        l: login,
        p: password,
      })
    ).data.sessionCreate.session.accessToken;
  const CREATE = `mutation($i: ReadingHistoryPdfCreateInput!) { readingHistoryPdfCreate(input: $i) { document { url expiresAt } userErrors { code message } } }`;

  it("renders the history table to a PDF behind a short-lived signed link", async () => {
    const token = await signIn("0710000000", "demo2026");
    const accountId = (await gql(`{ viewer { activeAccount { id } } }`, {}, token)).data.viewer.activeAccount.id;
    const now = new Date();
    const to = now.toISOString().slice(0, 7);
    const from = new Date(Date.UTC(now.getUTCFullYear() - 1, now.getUTCMonth(), 1)).toISOString().slice(0, 7);
    const r = (await gql(CREATE, { i: { accountId, from, to, acceptedOnly: true } }, token)).data.readingHistoryPdfCreate;
    expect(r.userErrors).toEqual([]);
    expect(new Date(r.document.expiresAt).getTime() - Date.now()).toBeLessThanOrEqual(300_000);

    expect(r.document.url).toMatch(/^\/documents\/readings-history\.pdf\?token=/); // relative to the page's origin
    const res = await fetch(new URL(r.document.url, server.url));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/pdf");
    const bytes = Buffer.from(await res.arrayBuffer());
    expect(bytes.subarray(0, 5).toString()).toBe("%PDF-");
    const text = await pdfText(bytes);
    expect(text).toContain("история показаний");
    expect(text).toContain("Лицевой счет 0710000000");
    expect(text).toMatch(/6158001 \(Включен\)/);
    expect(text).toContain("Электроэнергия");

    const tampered = new URL(r.document.url, server.url).href.replace(/token=(.)/, (_m: string, c: string) => `token=${c === "a" ? "b" : "a"}`);
    expect((await fetch(tampered)).status).toBe(403);
  });

  it("carries the screen's zones and marks the readings not accepted yet", async () => {
    const token = await signIn("0710000000", "demo2026");
    const account = (await gql(`{ viewer { activeAccount { id meters { id number lastAccepted { zone value } } } } }`, {}, token)).data.viewer.activeAccount;
    const readings = account.meters.flatMap((m: any) => m.lastAccepted.map((r: any) => ({ meterId: m.id, zone: r.zone, value: String(Number(r.value) + 7) })));
    const sent = await gql(
      `mutation($input: MeterReadingsSubmitInput!) { meterReadingsSubmit(input: $input) { userErrors { code } } }`,
      { input: { accountId: account.id, readings } },
      token,
    );
    expect(sent.data.meterReadingsSubmit.userErrors).toEqual([]);
    const to = new Date().toISOString().slice(0, 7);
    const r = (await gql(CREATE, { i: { accountId: account.id, from: to, to, acceptedOnly: false } }, token)).data.readingHistoryPdfCreate;
    expect(r.userErrors).toEqual([]);
    const text = await pdfText(new Uint8Array(await (await fetch(new URL(r.document.url, server.url))).arrayBuffer()));
    expect(text).toMatch(/Зона\s[\s\S]*суток/); // the header wraps the column title
    // one row per meter and zone, told apart by the zone, each marked as not accepted yet
    const rows = text.split("\n").filter((l) => /\d{2}\.\d{2}\.\d{4}/.test(l));
    expect(rows).toHaveLength(4);
    for (const m of account.meters)
      for (const z of m.lastAccepted) {
        const value = `${Number(z.value) + 7}`.replace(".", ",");
        expect(rows.filter((l) => l.includes(m.number) && l.includes(value) && l.includes(z.zone === "DAY" ? "День" : "Ночь"))).toHaveLength(1);
      }
    expect(text.match(/Не принято к расчету/g)).toHaveLength(4);
  });

  it("links expire and only the account's customers can create them", async () => {
    const token = await signIn("debtor", "debtor2026");
    const demoAccount = await database.prisma.account.findUniqueOrThrow({ where: { number: "0710000000" } });
    const foreignId = Buffer.from(`Account:${demoAccount.id}`).toString("base64");
    const r = (await gql(CREATE, { i: { accountId: foreignId, from: "2026-01", to: "2026-02" } }, token)).data.readingHistoryPdfCreate;
    expect(r).toEqual({ document: null, userErrors: [{ code: "ACCOUNT_NOT_FOUND", message: "Лицевой счет не найден" }] });

    const own = (await gql(`{ viewer { activeAccount { id } } }`, {}, token)).data.viewer.activeAccount.id;
    const link = (await gql(CREATE, { i: { accountId: own, from: "2026-01", to: "2026-02" } }, token)).data.readingHistoryPdfCreate.document.url;
    const jwt = new URL(link, server.url).searchParams.get("token")!;
    expect(await verifyDocumentLink(config.jwtSecret, jwt, new Date())).not.toBeNull();
    expect(await verifyDocumentLink(config.jwtSecret, jwt, new Date(Date.now() + 301_000))).toBeNull();
  });
});
