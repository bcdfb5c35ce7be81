// `npm run bench:uploads` (node --expose-gc): appeal attachments through the real HTTP server
// on a fresh PostgreSQL database with the demo data — 10 concurrent questions with a 20 MB PDF
// each, then 10 concurrent 30 MB uploads that must all be refused (413). Prints throughput and
// memory: the live peak (sampled after a forced GC every 200 ms, so garbage awaiting collection
// does not count) and the RSS peak. Spooled to disk, the live peak stays at a few MB however
// many bytes are in flight; a parser that buffers files (yoga's own) holds all 200 MB at once.
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { buildApp } from "../app.js";
import { loadConfig } from "../config.js";
import { openDatabase } from "../db/client.js";
import { applyMigrations } from "../db/migrate.js";
import { seedDemo } from "../db/seed/index.js";
import { appealFilesHandler } from "../http/appeal-files-route.js";
import { startHttpServer } from "../http/server.js";
import { devMessenger } from "../integrations/messaging/index.js";
import { createAppPubSub } from "../integrations/pubsub.js";
import { createLocalStorage } from "../integrations/storage/index.js";
import { systemClock } from "../shared/clock.js";
import { fmt, freshDatabase, postJson } from "./support.js";

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error("run with node --expose-gc (npm run bench:uploads does)");
const MB = 1024 * 1024;
const CONCURRENCY = Number(process.env.BENCH_UPLOADS ?? 10);

/** Streams one multipart question with a `size`-byte PDF in 64 KB chunks (one reused buffer); resolves with the HTTP status. */
function upload(url: string, token: string, accountId: string, size: number): Promise<number> {
  const boundary = "----kabinet-bench";
  const operations = JSON.stringify({
    query: `mutation($input: AppealQuestionSubmitInput!) { appealQuestionSubmit(input: $input) { appeal { number } userErrors { code message } } }`,
    variables: { input: { accountId, text: "Нагрузочный тест", files: [null], consentPersonalData: true, consentSimpleSignature: true } },
  });
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="operations"\r\n\r\n${operations}\r\n` +
      `--${boundary}\r\nContent-Disposition: form-data; name="map"\r\n\r\n{"0":["variables.input.files.0"]}\r\n` +
      `--${boundary}\r\nContent-Disposition: form-data; name="0"; filename="scan.pdf"\r\nContent-Type: application/pdf\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  const chunk = Buffer.alloc(64 * 1024, 0x20);
  chunk.write("%PDF-1.7\n");
  return new Promise((resolve, reject) => {
    let answered = false;
    const req = http.request(`${url}/graphql`, {
      method: "POST",
      headers: { "content-type": `multipart/form-data; boundary=${boundary}`, authorization: `Bearer ${token}`, "transfer-encoding": "chunked" },
    });
    let wake: (() => void) | null = null;
    req.on("drain", () => wake?.());
    req.on("response", (res) => {
      answered = true;
      wake?.();
      let text = "";
      res.on("data", (c) => (text += c));
      res.on("end", () => {
        req.destroy(); // answered: the rest of a refused upload is abandoned
        if (res.statusCode === 200 && !JSON.parse(text).data?.appealQuestionSubmit?.appeal) reject(new Error(text.slice(0, 300)));
        else resolve(res.statusCode ?? 0);
      });
    });
    req.on("error", (err) => !answered && setTimeout(() => !answered && reject(err), 200));
    void (async () => {
      req.write(head);
      for (let left = size; left > 0 && !answered; left -= chunk.length) {
        if (!req.write(left >= chunk.length ? chunk : chunk.subarray(0, left))) await new Promise<void>((r) => (wake = r));
      }
      if (!answered) req.end(tail);
    })();
  });
}

const fresh = await freshDatabase("kabinet_bench_uploads");
const db = await openDatabase({ databaseUrl: fresh.url, dataDir: "" });
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kabinet-bench-uploads-"));
try {
  await applyMigrations(db.sql);
  await seedDemo(db.prisma);
  const config = loadConfig({ NODE_ENV: "production", JWT_SECRET: "u".repeat(40), UPLOAD_TMP_DIR: path.join(dir, "spool") });
  const deps = {
    db: db.prisma,
    sql: db.sql,
    config,
    clock: systemClock,
    pubsub: createAppPubSub(),
    messenger: devMessenger({ db: db.prisma, log: null }),
    storage: createLocalStorage(path.join(dir, "files")),
  };
  const server = await startHttpServer(buildApp(deps as never), {
    port: 0,
    host: "127.0.0.1",
    clientDir: "/nonexistent",
    health: {},
    files: appealFilesHandler(deps as never),
  });
  try {
    const signIn = await postJson(`${server.url}/graphql`, {
      query: `mutation { sessionCreate(input: { login: "0710000000", password: "demo2026" }) { session { accessToken } } }`,
    });
    const token = signIn.data.sessionCreate.session.accessToken as string;
    const viewer = await postJson(`${server.url}/graphql`, { query: `{ viewer { activeAccount { id } } }` }, { authorization: `Bearer ${token}` });
    const accountId = viewer.data.viewer.activeAccount.id as string;

    const phase = async (label: string, size: number, expectStatus: number) => {
      gc();
      const base = process.memoryUsage();
      let livePeak = 0;
      let rssPeak = 0;
      const sampler = setInterval(() => {
        rssPeak = Math.max(rssPeak, process.memoryUsage().rss - base.rss);
        gc();
        const m = process.memoryUsage();
        livePeak = Math.max(livePeak, m.arrayBuffers + m.heapUsed - base.arrayBuffers - base.heapUsed);
      }, 200);
      const t0 = performance.now();
      const statuses = await Promise.all(Array.from({ length: CONCURRENCY }, () => upload(server.url, token, accountId, size)));
      const seconds = (performance.now() - t0) / 1000;
      clearInterval(sampler);
      const ok = statuses.filter((s) => s === expectStatus).length;
      const sent = (CONCURRENCY * size) / MB;
      console.log(
        `${label}: ${ok}/${CONCURRENCY} answered ${expectStatus} in ${fmt(seconds)} s` +
          (expectStatus === 200 ? ` (${fmt(sent / seconds)} MB/s, a forced GC every 200 ms slows it)` : "") +
          ` | live memory peak +${fmt(livePeak / MB)} MB, RSS peak +${fmt(rssPeak / MB)} MB, for ${fmt(sent)} MB sent`,
      );
      if (ok !== CONCURRENCY) throw new Error(`${label}: statuses ${statuses.join(",")}`);
    };

    await phase(`${CONCURRENCY} × 20 MB accepted`, 20 * MB, 200);
    await phase(`${CONCURRENCY} × 30 MB refused`, 30 * MB, 413);
    const stored = fs.readdirSync(path.join(dir, "files"), { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).length;
    const spool = fs.existsSync(path.join(dir, "spool")) ? fs.readdirSync(path.join(dir, "spool")).length : 0;
    console.log(`stored files: ${stored} (expected ${CONCURRENCY}); spool folders left: ${spool}`);
  } finally {
    await server.close();
  }
} finally {
  await db.close();
  await fresh.drop();
  fs.rmSync(dir, { recursive: true, force: true });
}
