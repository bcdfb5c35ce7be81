// Uploads and downloads through the real HTTP server: a 30 MB body is refused with a 413 in
// Russian without being read whole or stored (declared by Content-Length: at once; streamed in
// chunks: as soon as the files pass 25 MB), and a file goes up by multipart and comes back
// byte for byte through its signed link with a safe Content-Disposition.
import { once } from "node:events";
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { appealFilesHandler } from "../../http/appeal-files-route.js";
import { startHttpServer, type RunningServer } from "../../http/server.js";
import { createLocalStorage } from "../../integrations/storage/index.js";
import { withTestApp } from "../../test/app.js";
import { testDatabases } from "../../test/db.js";
import { signInAs } from "../../test/session.js";
import { FILE_LINK, PDF_HEAD, QUESTION, appealsCustomer, bytes, filesUnder, seedAppealsData, tempDir } from "./test-support.js";

const MB = 1024 * 1024;

describe.each(testDatabases())("appeals over HTTP on $name", (backend) => {
  let server: RunningServer;
  let token: string;
  let accountId: string;

  const storageDir = tempDir("kabinet-http-files-");
  const spoolDir = tempDir("kabinet-http-spool-");
  const t = withTestApp({
    backend,
    env: { UPLOAD_TMP_DIR: spoolDir },
    storage: createLocalStorage(storageDir),
    seed: async () => {
      await seedAppealsData(database.prisma);
      server = await startHttpServer(t.app, { port: 0, host: "127.0.0.1", clientDir: "/nonexistent", health: {}, files: appealFilesHandler(t.deps) });
      const c = await appealsCustomer(database.prisma);
      token = (await signInAs(t, c.user.login, c.password)).accessToken;
      accountId = c.accountGid;
    },
  });
  const { database } = t;
  afterAll(async () => {
    await server?.close();
    for (const d of [storageDir, spoolDir]) fs.rmSync(d, { recursive: true, force: true });
  });

  const operations = () =>
    JSON.stringify({
      query: QUESTION,
      variables: { input: { accountId, text: "Большой файл", files: [null], consentPersonalData: true, consentSimpleSignature: true } },
    });

  /**
   * Streams a multipart question with one `fileBytes` file, 64 KB at a time with backpressure,
   * until the server answers. Resolves with the answer and how many bytes had been written.
   */
  function streamUpload(fileBytes: number, declareLength: boolean, pauseAfter = Infinity): Promise<{ status: number; body: any; sent: number; total: number }> {
    const boundary = "----kabinet-test-boundary";
    const head = Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="operations"\r\n\r\n${operations()}\r\n` +
        `--${boundary}\r\nContent-Disposition: form-data; name="map"\r\n\r\n{"0":["variables.input.files.0"]}\r\n` +
        `--${boundary}\r\nContent-Disposition: form-data; name="0"; filename="big.pdf"\r\nContent-Type: application/pdf\r\n\r\n`,
    );
    const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
    const total = head.length + fileBytes + tail.length;
    const chunk = bytes(PDF_HEAD, 64 * 1024);
    return new Promise((resolve, reject) => {
      const req = http.request(`${server.url}/graphql`, {
        method: "POST",
        headers: {
          "content-type": `multipart/form-data; boundary=${boundary}`,
          authorization: `Bearer ${token}`,
          ...(declareLength ? { "content-length": String(total) } : { "transfer-encoding": "chunked" }),
        },
      });
      let sent = 0;
      let answered = false;
      const answer = new Promise<void>((done) => {
        req.on("response", async (res) => {
          answered = true;
          done();
          let text = "";
          for await (const part of res) text += part;
          req.destroy(); // a client that got its answer abandons the rest of the upload
          resolve({ status: res.statusCode!, body: JSON.parse(text), sent, total });
        });
      });
      // Writing into a connection the server has closed fails; only a failure before the answer counts.
      req.on("error", (err) => {
        if (!answered) setTimeout(() => !answered && reject(err), 200);
      });
      void (async () => {
        req.write(head);
        sent += head.length;
        for (let left = fileBytes; left > 0 && !answered && !req.destroyed; ) {
          if (fileBytes - left >= pauseAfter) {
            // Stop sending: only a server that answers without the rest of the body answers now.
            const timeout = setTimeout(() => !answered && reject(new Error(`no answer with ${sent} bytes sent`)), 10_000);
            await answer;
            clearTimeout(timeout);
            return;
          }
          const n = Math.min(chunk.length, left);
          const ok = req.write(n === chunk.length ? chunk : chunk.subarray(0, n));
          sent += n;
          left -= n;
          if (!ok) await Promise.race([once(req, "drain"), answer]);
        }
        if (!answered && !req.destroyed) req.end(tail);
      })().catch(() => {});
    });
  }

  const spoolIsEmpty = async () => {
    for (let i = 0; i < 50 && fs.readdirSync(spoolDir).length; i++) await new Promise((r) => setTimeout(r, 20));
    return fs.readdirSync(spoolDir);
  };

  it("refuses a 30 MB upload declared by Content-Length before reading it", async () => {
    // The client sends 1 MB of the announced 30 and waits: the answer comes from the header alone.
    const r = await streamUpload(30 * MB, true, 1 * MB);
    expect(r.status).toBe(413);
    expect(r.body.errors[0]).toMatchObject({
      message: "Общий размер вложений превышает 25 МБ. Уменьшите размер или количество файлов.",
      extensions: { code: "FILES_TOO_LARGE" },
    });
    expect(r.sent).toBeLessThan(2 * MB);
    expect(await database.prisma.appeal.count()).toBe(0);
    expect(filesUnder(storageDir)).toEqual([]);
    expect(await spoolIsEmpty()).toEqual([]);
  });

  it("refuses a 30 MB chunked upload once the files pass 25 MB, storing nothing and removing the spool", async () => {
    const r = await streamUpload(30 * MB, false);
    expect(r.status).toBe(413);
    expect(r.body.errors[0].extensions.code).toBe("FILES_TOO_LARGE");
    expect(await database.prisma.appeal.count()).toBe(0);
    expect(await database.prisma.appealFile.count()).toBe(0);
    expect(filesUnder(storageDir)).toEqual([]);
    expect(await spoolIsEmpty()).toEqual([]);
  });

  it("answers as soon as the files pass 25 MB, without waiting for the rest of the body", async () => {
    // 64 MB announced in chunks; the client sends 30 MB and then waits for the answer.
    const r = await streamUpload(64 * MB, false, 30 * MB);
    expect(r.status).toBe(413);
    expect(r.sent).toBeLessThan(31 * MB);
    expect(filesUnder(storageDir)).toEqual([]);
    expect(await spoolIsEmpty()).toEqual([]);
  });

  it("takes a file by multipart and gives it back through a signed link, byte for byte", async () => {
    const content = bytes(PDF_HEAD, 3 * MB + 123);
    content.write("%%EOF", content.length - 5);
    const form = new FormData();
    form.set("operations", operations());
    form.set("map", JSON.stringify({ 0: ["variables.input.files.0"] }));
    form.set("0", new File([content], "Квитанция «март» 2026.pdf", { type: "application/pdf" }));
    const res = await fetch(`${server.url}/graphql`, { method: "POST", headers: { authorization: `Bearer ${token}` }, body: form });
    const filed = ((await res.json()) as any).data.appealQuestionSubmit;
    expect(filed.userErrors).toEqual([]);
    const file = filed.appeal.attachments[0];
    expect(file).toMatchObject({ fileName: "Квитанция «март» 2026.pdf", size: content.length, kind: "PDF" });
    expect(await spoolIsEmpty()).toEqual([]);

    const link = (await t.gql(FILE_LINK, { input: { fileId: file.id } }, { token })).data.appealFileLinkCreate.link;
    const url = new URL(link.url, server.url).href;
    const got = await fetch(url);
    expect(got.status).toBe(200);
    expect(got.headers.get("content-type")).toBe("application/pdf");
    expect(got.headers.get("x-content-type-options")).toBe("nosniff");
    expect(got.headers.get("content-disposition")).toBe(
      `attachment; filename="_________ ______ 2026.pdf"; filename*=UTF-8''${encodeURIComponent("Квитанция «март» 2026.pdf")}`,
    );
    expect(Buffer.from(await got.arrayBuffer()).equals(content)).toBe(true);

    // A changed token, another file's id, and an expired link are all refused.
    const bad = await fetch(url.replace(/token=(.+)$/, (_m: string, tok: string) => `token=${tok.slice(0, -2)}xx`));
    expect([bad.status, await bad.text()]).toEqual([403, "Ссылка недействительна или устарела. Запросите файл заново."]);
    const otherId = await fetch(url.replace(/\/files\/appeals\/(\d+)\//, (_m: string, id: string) => `/files/appeals/${Number(id) + 1}/`));
    expect(otherId.status).toBe(403);
    t.clock.advance(301_000);
    expect((await fetch(url)).status).toBe(403);
    const stored = filesUnder(storageDir);
    expect(stored).toHaveLength(1);
    expect(fs.statSync(path.join(storageDir, stored[0]!)).size).toBe(content.length);
  });
});
