// Uploads whose storage fails under them, through the real HTTP server by multipart: the file
// storage breaking mid-stream on the second file, and an upload spool that cannot be written.
// The customer gets a clear Russian error; no appeal, no file rows, nothing left in the storage
// folder or the spool; and once the dependency is healthy again the same upload goes through.
import fs from "node:fs";
import path from "node:path";
import { Transform, type Readable } from "node:stream";
import { afterAll, describe, expect, it } from "vitest";
import { startHttpServer, type RunningServer } from "../../http/server.js";
import { createLocalStorage, type FileStorage } from "../../integrations/storage/index.js";
import { createTestApp } from "../../test/app.js";
import { testDatabases, withTestDatabase } from "../../test/db.js";
import { signInAs } from "../../test/session.js";
import { appealErrors } from "./errors.js";
import { PDF_HEAD, QUESTION, appealsCustomer, bytes, filesUnder, seedAppealsData, tempDir } from "./test-support.js";

/** A local folder whose puts, while `broken`, fail after the first one: 10 KB into the second file. */
function flakyStorage(root: string) {
  const inner = createLocalStorage(root);
  const state = { broken: true, puts: 0, failed: 0 };
  const storage: FileStorage = {
    kind: "local",
    put(key, body: Readable, meta) {
      if (!state.broken || state.puts++ === 0) return inner.put(key, body, meta);
      let seen = 0;
      const breaking = new Transform({
        transform(chunk: Buffer, _enc, done) {
          seen += chunk.length;
          if (seen > 10_240) return done((state.failed++, new Error("EIO: i/o error, write")));
          done(null, chunk);
        },
      });
      breaking.on("error", () => {}); // it may break before the put listens; the put still sees it
      return inner.put(key, body.pipe(breaking), meta);
    },
    get: (key) => inner.get(key),
    delete: (key) => inner.delete(key),
  };
  return { storage, state };
}

describe.each(testDatabases())("uploads whose storage fails, on $name", (backend) => {
  const servers: RunningServer[] = [];
  const dirs: string[] = [];
  let customer: { token: string; accountId: string };

  const database = withTestDatabase({ backend, seed: (db) => seedAppealsData(db.prisma) });
  afterAll(async () => {
    await Promise.all(servers.map((s) => s.close()));
    for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
  });

  async function serve(opts: { storage: FileStorage; spool: string }) {
    const t = createTestApp(database, { env: { UPLOAD_TMP_DIR: opts.spool }, storage: opts.storage });
    const server = await startHttpServer(t.app, { port: 0, host: "127.0.0.1", clientDir: "/nonexistent", health: {} });
    servers.push(server);
    if (!customer) {
      const c = await appealsCustomer(database.prisma);
      customer = { token: (await signInAs(t, c.user.login, c.password)).accessToken, accountId: c.accountGid };
    }
    return server;
  }
  const dir = (prefix: string) => {
    const d = tempDir(prefix);
    dirs.push(d);
    return d;
  };

  /** A question with two 200 KB PDFs, by multipart over HTTP. */
  async function ask(server: RunningServer, text: string) {
    const form = new FormData();
    form.set(
      "operations",
      JSON.stringify({
        query: QUESTION,
        variables: { input: { accountId: customer.accountId, text, files: [null, null], consentPersonalData: true, consentSimpleSignature: true } },
      }),
    );
    form.set("map", JSON.stringify({ 0: ["variables.input.files.0"], 1: ["variables.input.files.1"] }));
    for (const i of [0, 1]) form.set(String(i), new File([bytes(PDF_HEAD, 200 * 1024)], `скан-${i}.pdf`, { type: "application/pdf" }));
    const res = await fetch(`${server.url}/graphql`, { method: "POST", headers: { authorization: `Bearer ${customer.token}` }, body: form });
    return { status: res.status, body: (await res.json()) as any };
  }
  const nothingStored = async (storageDir: string, spool: string) => {
    expect(await database.prisma.appeal.count()).toBe(0);
    expect(await database.prisma.appealFile.count()).toBe(0);
    expect(filesUnder(storageDir)).toEqual([]);
    for (let i = 0; i < 50 && fs.existsSync(spool) && fs.readdirSync(spool).length; i++) await new Promise((r) => setTimeout(r, 20));
    if (fs.existsSync(spool) && fs.statSync(spool).isDirectory()) expect(fs.readdirSync(spool)).toEqual([]);
  };

  it("storage failing mid-stream on the second file: a Russian error, the first file removed again, then the retry files", async () => {
    const storageDir = dir("kabinet-flaky-files-");
    const spool = dir("kabinet-flaky-spool-");
    const flaky = flakyStorage(storageDir);
    const server = await serve({ storage: flaky.storage, spool });

    const failed = await ask(server, "Вопрос при сбое хранилища");
    expect(flaky.state.failed).toBe(1); // the second put did break
    expect(failed.status).toBe(200);
    expect(failed.body.errors).toBeUndefined();
    expect(failed.body.data.appealQuestionSubmit).toEqual({
      appeal: null,
      userErrors: [{ field: ["input", "files"], message: appealErrors.message("STORAGE_UNAVAILABLE"), code: "STORAGE_UNAVAILABLE" }],
    });
    await nothingStored(storageDir, spool);

    flaky.state.broken = false;
    const filed = await ask(server, "Вопрос после сбоя");
    expect(filed.body.data.appealQuestionSubmit.userErrors).toEqual([]);
    expect(filed.body.data.appealQuestionSubmit.appeal.attachments).toHaveLength(2);
    expect(filesUnder(storageDir)).toHaveLength(2);
    expect(await database.prisma.appealFile.count()).toBe(2);
    await database.prisma.appealFile.deleteMany();
    await database.prisma.appealStatusChange.deleteMany();
    await database.prisma.appeal.deleteMany();
  });

  it("a spool that cannot be written (its parent is a regular file): 503 in Russian, nothing stored, and the server goes on", async () => {
    const storageDir = dir("kabinet-spool-files-");
    const base = dir("kabinet-spool-parent-");
    const notAFolder = path.join(base, "regular-file");
    fs.writeFileSync(notAFolder, "not a folder");
    const spool = path.join(notAFolder, "spool");
    const server = await serve({ storage: createLocalStorage(storageDir), spool });

    const failed = await ask(server, "Вопрос при сбое спула");
    expect(failed.status).toBe(503);
    expect(failed.body.errors).toEqual([
      expect.objectContaining({
        message: "Не удалось принять файлы: сервер временно не может их сохранить. Повторите попытку через несколько минут.",
        extensions: expect.objectContaining({ code: "UPLOAD_UNAVAILABLE" }),
      }),
    ]);
    await nothingStored(storageDir, spool);
    // Requests without files are untouched.
    const res = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${customer.token}` },
      body: JSON.stringify({ query: "{ viewer { login } }" }),
    });
    expect(((await res.json()) as any).data.viewer.login).toBeTruthy();
  });
});
