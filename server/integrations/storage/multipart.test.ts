// The multipart parser on its own, in a bare yoga: files reach resolvers as standard File
// objects backed by spool files on disk (not memory), the spool is removed after the response,
// and malformed or oversized requests are refused with 400 / 413 before any resolver runs.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createSchema, createYoga } from "graphql-yoga";
import { maxMultipartBodyBytes, multipartUploads, type MultipartLimits } from "./multipart.js";

const tmpDir = fs.mkdtempSync(path.join(os.tmpdir(), "kabinet-multipart-test-"));
afterAll(() => fs.rmSync(tmpDir, { recursive: true, force: true }));

const limits: MultipartLimits = {
  maxFileBytes: 1024 * 1024,
  maxFiles: 3,
  maxFieldBytes: 4096,
  tooLargeMessage: "Слишком много",
  tooLargeCode: "FILES_TOO_LARGE",
};
const seenInResolver: { spooled: string[]; isFile: boolean[] }[] = [];
let resolved = 0;

const yoga = createYoga({
  schema: createSchema({
    typeDefs: `scalar Upload type Query { ok(s: String): Boolean } type Mutation { up(files: [Upload!]!, note: String): [String!]! }`,
    resolvers: {
      Query: { ok: () => true },
      Mutation: {
        up: async (_: unknown, args: { files: File[] }) => {
          resolved += 1;
          const spooled = fs.readdirSync(tmpDir, { recursive: true }).map(String);
          seenInResolver.push({ spooled, isFile: args.files.map((f) => f instanceof File) });
          return Promise.all(args.files.map(async (f) => `${f.name}:${f.type}:${f.size}:${await f.slice(0, 5).text()}`));
        },
      },
    },
  }),
  plugins: [multipartUploads({ tmpDir, limits, maxOtherBodyBytes: 10_000 })],
  maxRequestBodySize: false,
  logging: false,
});

const op = (n: number) => JSON.stringify({ query: "mutation($f: [Upload!]!) { up(files: $f) }", variables: { f: Array(n).fill(null) } });

async function send(parts: [string, string | Blob][], headers: Record<string, string> = {}) {
  const form = new FormData();
  for (const [k, v] of parts) form.append(k, v as never);
  const res = await yoga.fetch("http://x/graphql", { method: "POST", body: form, headers });
  return { status: res.status, body: (await res.json()) as any };
}

const spoolLeft = () => fs.readdirSync(tmpDir);

describe("multipart uploads", () => {
  it("hands resolvers disk-backed Files, then removes the spool", async () => {
    const r = await send([
      ["operations", op(2)],
      ["map", JSON.stringify({ a: ["variables.f.0"], b: ["variables.f.1"] })],
      ["a", new File(["%PDF-1.7 one"], "Паспорт.pdf", { type: "application/pdf" })],
      ["b", new File([Buffer.alloc(300_000, 7)], "b.bin", { type: "image/png" })],
    ]);
    expect(r.body).toEqual({ data: { up: ["Паспорт.pdf:application/pdf:12:%PDF-", "b.bin:image/png:300000:\u0007\u0007\u0007\u0007\u0007"] } });
    const seen = seenInResolver.at(-1)!;
    expect(seen.isFile).toEqual([true, true]);
    expect(seen.spooled.filter((p) => p.includes(path.sep))).toHaveLength(2); // req-…/0 and req-…/1 on disk
    expect(spoolLeft()).toEqual([]);
  });

  it("refuses too large a total with 413 before resolving, whether declared or streamed", async () => {
    const before = resolved;
    const big = [
      ["operations", op(2)],
      ["map", JSON.stringify({ a: ["variables.f.0"], b: ["variables.f.1"] })],
      ["a", new File([Buffer.alloc(600_000)], "a.pdf")],
      ["b", new File([Buffer.alloc(600_000)], "b.pdf")],
    ] as [string, Blob | string][];
    const streamed = await send(big);
    expect(streamed.status).toBe(413);
    expect(streamed.body.errors[0]).toMatchObject({ message: "Слишком много", extensions: { code: "FILES_TOO_LARGE" } });
    const declared = await send([["operations", op(0)]], { "content-length": String(maxMultipartBodyBytes(limits) + 1) });
    expect(declared.status).toBe(413);
    expect(resolved).toBe(before);
    expect(spoolLeft()).toEqual([]);
  });

  it("refuses malformed requests with 400", async () => {
    const before = resolved;
    const cases: [string, [string, string | Blob][]][] = [
      ["no operations", [["map", "{}"]]],
      [
        "operations not JSON",
        [
          ["operations", "{"],
          ["map", "{}"],
        ],
      ],
      [
        "a file before map",
        [
          ["operations", op(1)],
          ["a", new File(["x"], "a.pdf")],
          ["map", JSON.stringify({ a: ["variables.f.0"] })],
        ],
      ],
      [
        "a mapped file missing",
        [
          ["operations", op(1)],
          ["map", JSON.stringify({ a: ["variables.f.0"] })],
        ],
      ],
      [
        "too many files",
        [
          ["operations", op(4)],
          ["map", JSON.stringify({ a: ["variables.f.0"], b: ["variables.f.1"], c: ["variables.f.2"], d: ["variables.f.3"] })],
          ...["a", "b", "c", "d"].map((k) => [k, new File(["x"], `${k}.pdf`)] as [string, Blob]),
        ],
      ],
      ["too big a field", [["operations", JSON.stringify({ query: "x".repeat(5000) })]]],
    ];
    for (const [what, parts] of cases) {
      const r = await send(parts);
      expect([what, r.status]).toEqual([what, 400]);
      expect(r.body.errors[0].message).toMatch(/^Некорректный multipart-запрос/);
    }
    expect(resolved).toBe(before);
    expect(spoolLeft()).toEqual([]);
  });

  it("limits other requests' bodies too, declared or streamed, with backpressure kept", async () => {
    const json = (s: string) => JSON.stringify({ query: "query($s: String) { ok(s: $s) }", variables: { s } });
    const small = await yoga.fetch("http://x/graphql", { method: "POST", headers: { "content-type": "application/json" }, body: json("x") });
    expect(await small.json()).toEqual({ data: { ok: true } });
    const declared = await yoga.fetch("http://x/graphql", { method: "POST", headers: { "content-type": "application/json" }, body: json("x".repeat(20_000)) });
    expect(declared.status).toBe(413);
    const chunks = [Buffer.from(json("x".repeat(20_000)))];
    const streamed = await yoga.fetch("http://x/graphql", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: new ReadableStream({ pull: (c) => (chunks.length ? c.enqueue(chunks.shift()!) : c.close()) }),
      duplex: "half",
    } as RequestInit);
    expect(streamed.status).toBe(413);
    expect(((await streamed.json()) as any).errors[0].extensions.code).toBe("REQUEST_ENTITY_TOO_LARGE");
  });
});
