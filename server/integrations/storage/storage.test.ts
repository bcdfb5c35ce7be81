// The storage port's adapters: a local folder (atomic writes, nothing left by a failed one) and
// an S3-compatible bucket, here a small fake S3 endpoint on loopback that records what the SDK
// sends (path-style URLs, a plain body with its Content-Length, no aws-chunked encoding).
import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { storageConfig } from "./config.js";
import { createLocalStorage, createS3Storage, createStorage, type FileStorage } from "./index.js";

const text = async (r: Readable) => {
  let s = "";
  for await (const c of r) s += c;
  return s;
};

function contract(name: string, make: () => FileStorage) {
  describe(`${name} storage`, () => {
    it("writes a stream, reads it back as a stream, deletes it", async () => {
      const s = make();
      const body = "%PDF-1.7 ответ".repeat(1000);
      await s.put("appeals/2026/11/abc-1", Readable.from([Buffer.from(body)]), { size: Buffer.byteLength(body), contentType: "application/pdf" });
      const got = await s.get("appeals/2026/11/abc-1");
      expect(got?.size).toBe(Buffer.byteLength(body));
      expect(await text(got!.body)).toBe(body);
      await s.delete("appeals/2026/11/abc-1");
      expect(await s.get("appeals/2026/11/abc-1")).toBeNull();
      await s.delete("appeals/2026/11/abc-1"); // a missing one is fine
    });

    it("refuses keys that could escape or were not made by us", async () => {
      const s = make();
      for (const key of ["../x", "appeals/../../etc/passwd", "/abs", "Appeals/X", "a//b", ""]) {
        await expect(s.put(key, Readable.from([Buffer.from("x")]), { size: 1, contentType: "text/plain" })).rejects.toThrow(/invalid storage key/);
      }
    });
  });
}

const localRoot = fs.mkdtempSync(path.join(os.tmpdir(), "kabinet-storage-test-"));
afterAll(() => fs.rmSync(localRoot, { recursive: true, force: true }));
contract("local", () => createLocalStorage(localRoot));

describe("local storage", () => {
  it("leaves nothing behind when a write fails or is short", async () => {
    const s = createLocalStorage(localRoot);
    const failing = new Readable({
      read() {
        this.push(Buffer.from("partial"));
        this.destroy(new Error("client went away"));
      },
    });
    await expect(s.put("appeals/fail-1", failing, { size: 100, contentType: "application/pdf" })).rejects.toThrow("client went away");
    await expect(s.put("appeals/fail-2", Readable.from([Buffer.from("short")]), { size: 100, contentType: "application/pdf" })).rejects.toThrow(
      /expected 100 bytes/,
    );
    const files = fs.readdirSync(path.join(localRoot, "appeals"), { withFileTypes: true, recursive: true }).filter((e) => e.isFile());
    expect(files).toEqual([]);
  });
});

describe("S3-compatible storage", () => {
  const objects = new Map<string, { body: Buffer; type: string }>();
  const puts: http.IncomingHttpHeaders[] = [];
  let server: http.Server;
  let endpoint: string;

  beforeAll(async () => {
    server = http.createServer(async (req, res) => {
      const key = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
      if (req.method === "PUT") {
        puts.push(req.headers);
        const chunks: Buffer[] = [];
        for await (const c of req) chunks.push(c as Buffer);
        objects.set(key, { body: Buffer.concat(chunks), type: String(req.headers["content-type"]) });
        return void res.writeHead(200, { etag: '"1"' }).end();
      }
      if (req.method === "GET") {
        const o = objects.get(key);
        if (!o)
          return void res
            .writeHead(404, { "content-type": "application/xml" })
            .end("<Error><Code>NoSuchKey</Code><Message>The specified key does not exist.</Message></Error>");
        return void res.writeHead(200, { "content-type": o.type, "content-length": o.body.length }).end(o.body);
      }
      if (req.method === "DELETE") {
        objects.delete(key);
        return void res.writeHead(204).end();
      }
      res.writeHead(405).end();
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  const make = () =>
    createS3Storage({
      bucket: "kabinet",
      endpoint,
      region: "us-east-1",
      accessKeyId: "test",
      secretAccessKey: "test-secret",
      forcePathStyle: true,
      prefix: "prod/",
    });

  it("puts objects path-style under the prefix as plain bodies with their length", async () => {
    const s = make();
    await s.put("appeals/x-1", Readable.from([Buffer.from("%PDF-1.7 hello")]), { size: 14, contentType: "application/pdf" });
    expect(objects.get("/kabinet/prod/appeals/x-1")).toEqual({ body: Buffer.from("%PDF-1.7 hello"), type: "application/pdf" });
    expect(puts.at(-1)).toMatchObject({ "content-length": "14" });
    expect(puts.at(-1)?.["content-encoding"]).toBeUndefined();
    await s.delete("appeals/x-1");
  });

  it("meets the port's contract", async () => {
    const s = make();
    const body = "%PDF-1.7 ответ".repeat(1000);
    await s.put("appeals/2026/11/abc-1", Readable.from([Buffer.from(body)]), { size: Buffer.byteLength(body), contentType: "application/pdf" });
    const got = await s.get("appeals/2026/11/abc-1");
    expect(got?.size).toBe(Buffer.byteLength(body));
    expect(await text(got!.body)).toBe(body);
    await s.delete("appeals/2026/11/abc-1");
    expect(await s.get("appeals/2026/11/abc-1")).toBeNull();
  });

  it("is chosen by STORAGE_DRIVER=s3, which needs a bucket", () => {
    expect(() => storageConfig({ STORAGE_DRIVER: "s3" }, "/data")).toThrow("S3_BUCKET");
    const cfg = storageConfig({ STORAGE_DRIVER: "s3", S3_BUCKET: "b", S3_ENDPOINT: endpoint }, "/data");
    expect(cfg.s3).toMatchObject({ bucket: "b", endpoint, forcePathStyle: true });
    expect(createStorage({ storage: cfg }).kind).toBe("s3");
    const local = storageConfig({}, "/data");
    expect([local.driver, local.dir]).toEqual(["local", "/data/files"]);
    expect(storageConfig({ STORAGE_DIR: "/srv/files" }, "/data").dir).toBe("/srv/files");
  });
});
