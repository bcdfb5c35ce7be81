// `npm run bench:pdf`: the reading-history PDF with a warm Chromium — sequential render
// latency (target p50 ≤ 100 ms) and 20 concurrent downloads through signed links (all must
// succeed). Runs on a fresh PostgreSQL database with the demo data.
import { buildApp } from "../app.js";
import { loadConfig } from "../config.js";
import { openDatabase } from "../db/client.js";
import { applyMigrations } from "../db/migrate.js";
import { seedDemo } from "../db/seed/index.js";
import { signDocumentLink } from "../domains/documents/links.js";
import { documentsHandler } from "../http/documents-route.js";
import { startHttpServer } from "../http/server.js";
import { devMessenger } from "../integrations/messaging/index.js";
import { createPdfRenderer } from "../integrations/pdf/chromium.js";
import { createAppPubSub } from "../integrations/pubsub.js";
import { systemClock } from "../shared/clock.js";
import { fmt, freshDatabase, percentile } from "./support.js";

const fresh = await freshDatabase();
const db = await openDatabase({ databaseUrl: fresh.url, dataDir: "" });
const pdf = createPdfRenderer({ pages: 4 });
try {
  await applyMigrations(db.sql);
  await seedDemo(db.prisma);
  const config = loadConfig({ NODE_ENV: "production", JWT_SECRET: "p".repeat(40) });
  const deps = { db: db.prisma, sql: db.sql, config, clock: systemClock, pubsub: createAppPubSub(), messenger: devMessenger({ db: db.prisma, log: null }) };
  const server = await startHttpServer(buildApp(deps), {
    port: 0,
    host: "127.0.0.1",
    clientDir: "/nonexistent",
    health: {},
    documents: documentsHandler(deps, pdf),
  });
  const account = await db.prisma.account.findUniqueOrThrow({ where: { number: "0710000000" } });
  const now = new Date();
  const params = {
    accountId: account.id,
    from: `${now.getUTCFullYear() - 1}-${String(now.getUTCMonth() + 1).padStart(2, "0")}`,
    to: now.toISOString().slice(0, 7),
    acceptedOnly: false,
  };
  const link = async () => (await signDocumentLink(config.jwtSecret, server.url, { kind: "readings-history", params }, new Date())).url;
  const download = async () => {
    const res = await fetch(await link());
    const bytes = Buffer.from(await res.arrayBuffer());
    if (res.status !== 200 || bytes.subarray(0, 5).toString() !== "%PDF-") throw new Error(`status ${res.status}`);
    return bytes.length;
  };
  try {
    await download(); // warm the browser and a page
    const times: number[] = [];
    for (let i = 0; i < 30; i++) {
      const t0 = performance.now();
      await download();
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    console.log(`sequential downloads (warm browser): p50 ${fmt(percentile(times, 50))} ms, p99 ${fmt(percentile(times, 99))} ms (target p50 ≤ 100)`);
    const t0 = performance.now();
    const results = await Promise.allSettled(Array.from({ length: 20 }, download));
    const ok = results.filter((r) => r.status === "fulfilled").length;
    console.log(`20 concurrent downloads: ${ok}/20 succeeded in ${fmt(performance.now() - t0)} ms`);
  } finally {
    await server.close();
  }
} finally {
  await pdf.close();
  await db.close();
  await fresh.drop();
}
