// GraphQL multipart requests (https://github.com/jaydenseric/graphql-multipart-request-spec)
// without holding files in memory. yoga's own parser collects every file part into memory
// chunks; this one replaces it for multipart requests: each file part is streamed to a spool
// file on disk while the running total is counted, and the request is refused (413) as soon as
// the total passes the limit — or at once, when Content-Length already says so. Resolvers get
// standard `File` objects backed by the spool files (fs.openAsBlob), so reading one streams it
// from disk. The spool folder of a request is removed when its response is sent.
//
// This plugin also enforces the body-size limit of every other request, in place of yoga's
// `maxRequestBodySize` (set it to false): yoga's guard pipes the body through a ponyfill
// TransformStream that ignores backpressure, so a slow consumer (a disk) lets a whole upload
// pile up in memory. Here the body is counted in Node streams, which keep backpressure.
import { Busboy, type BusboyInstance } from "@fastify/busboy";
import fs from "node:fs";
import path from "node:path";
import { Readable, Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import { GraphQLError } from "graphql";
import type { Plugin } from "graphql-yoga";
import { log } from "../../shared/log.js";

export interface MultipartLimits {
  /** Total bytes of all files of one request. */
  maxFileBytes: number;
  /** Number of files in one request. */
  maxFiles: number;
  /** Bytes of each non-file field (`operations`, `map`). */
  maxFieldBytes: number;
  /** Shown when the files are too large (the 413's message). */
  tooLargeMessage: string;
  /** The 413's extensions.code. */
  tooLargeCode: string;
}

export interface MultipartOptions {
  /** Spool folder for files being received (created when missing). */
  tmpDir: string;
  limits: MultipartLimits;
  /** Body limit of non-multipart requests (JSON …), bytes; yoga's former default is 25 000 000. */
  maxOtherBodyBytes: number;
}

/** Room for the multipart framing and the two JSON fields on top of the files. */
export function maxMultipartBodyBytes(l: MultipartLimits): number {
  return l.maxFileBytes + 2 * l.maxFieldBytes + 64 * 1024 + l.maxFiles * 1024;
}

function isMultipart(request: Request): boolean {
  return request.method === "POST" && /^multipart\/form-data\b/i.test(request.headers.get("content-type") ?? "");
}

/**
 * After a refusal the rest of the body is still read and dropped, up to this much (or for this
 * long), before the connection is cut: closing a socket with unread data sends a reset, and a
 * reset makes the client drop an answer it has not read yet — the 413 would be lost.
 */
const LINGER_BYTES = 64 * 1024 * 1024;
const LINGER_MS = 10_000;

// `close`: the answer says so, and Node closes the connection after it instead of reading on.
const httpExt = (status: number, close: boolean) => ({ status, ...(close ? { headers: { connection: "close" } } : {}) });

const tooLarge = (l: MultipartLimits, close = false) =>
  new GraphQLError(l.tooLargeMessage, { extensions: { code: l.tooLargeCode, http: httpExt(413, close) } });

// The same answer yoga's own guard gives, for non-multipart requests.
const bodyTooLarge = (close = true) =>
  new GraphQLError("Request body too large", { extensions: { code: "REQUEST_ENTITY_TOO_LARGE", http: httpExt(413, close) } });

/** The spool cannot be written (disk full, folder gone): the server's fault, worth a retry later. */
const spoolFailed = (err: unknown) => {
  log.error({ err }, "multipart: the upload spool failed");
  return new GraphQLError("Не удалось принять файлы: сервер временно не может их сохранить. Повторите попытку через несколько минут.", {
    extensions: { code: "UPLOAD_UNAVAILABLE", http: httpExt(503, false) },
  });
};

const badRequest = (message: string, close = false) =>
  new GraphQLError(`Некорректный multipart-запрос: ${message}`, { extensions: { code: "BAD_REQUEST", http: httpExt(400, close) } });

export function multipartUploads(opts: MultipartOptions): Plugin {
  const { limits } = opts;
  // The spool folder of each request in flight, keyed by the request yoga handed to the hooks.
  const spools = new WeakMap<Request, string>();
  void sweepStale(opts.tmpDir);

  async function spoolDir(request: Request): Promise<string> {
    try {
      await fs.promises.mkdir(opts.tmpDir, { recursive: true });
      const dir = await fs.promises.mkdtemp(path.join(opts.tmpDir, "req-"));
      spools.set(request, dir);
      return dir;
    } catch (err) {
      throw spoolFailed(err);
    }
  }

  return {
    onRequestParse({ request, requestParser, setRequestParser, fetchAPI }) {
      const multipart = isMultipart(request);
      const length = request.headers.get("content-length");
      if (length !== null && !/^\d+$/.test(length)) throw badRequest("неверный заголовок Content-Length", true);
      const max = multipart ? maxMultipartBodyBytes(limits) : opts.maxOtherBodyBytes;
      // Refused before reading: Node drops the unread body itself (keep-alive), unless it is so
      // large that closing the connection is cheaper.
      if (length !== null && Number(length) > max) {
        const close = Number(length) > max + LINGER_BYTES;
        throw multipart ? tooLarge(limits, close) : bodyTooLarge(close);
      }
      if (multipart) {
        // The spool is keyed by the request the hooks see (onResponse gets the same one).
        setRequestParser(async (req) => parse(req, await spoolDir(request), limits));
      } else if (requestParser && request.body && length === null) {
        // Only a body without Content-Length needs counting: Node holds a declared one to its length.
        const parseBody = requestParser;
        setRequestParser((req) => parseBody(limitedRequest(req, max, fetchAPI.Request)));
      }
    },
    onResponse({ request }) {
      const dir = spools.get(request);
      if (!dir) return;
      spools.delete(request);
      return fs.promises.rm(dir, { recursive: true, force: true }).catch(() => {});
    },
  };
}

/** Spool folders left by a process that died mid-upload (older than an hour) are removed at start. */
async function sweepStale(tmpDir: string): Promise<void> {
  const entries = await fs.promises.readdir(tmpDir, { withFileTypes: true }).catch(() => []);
  const cutoff = Date.now() - 3_600_000;
  for (const e of entries) {
    if (!e.isDirectory() || !e.name.startsWith("req-")) continue;
    const dir = path.join(tmpDir, e.name);
    const stat = await fs.promises.stat(dir).catch(() => null);
    if (stat && stat.mtimeMs < cutoff) await fs.promises.rm(dir, { recursive: true, force: true }).catch(() => {});
  }
}

/** The request with its body counted on the way (Node streams: backpressure is kept). */
function limitedRequest(req: Request, max: number, RequestCtor: typeof Request): Request {
  let seen = 0;
  const source = Readable.from(req.body as unknown as AsyncIterable<Uint8Array>);
  const counted = source.pipe(
    new Transform({
      transform(chunk: Buffer, _enc, done) {
        seen += chunk.length;
        if (seen > max) done(bodyTooLarge());
        else done(null, chunk);
      },
    }),
  );
  // A client gone mid-body ("aborted") fails this request's read, not the process.
  source.on("error", (err) => counted.destroy(err));
  return new RequestCtor(req.url, { method: req.method, headers: req.headers, body: counted as never, signal: req.signal, duplex: "half" } as RequestInit);
}

type Params = Record<string, unknown>;

function parse(request: Request, dir: string, limits: MultipartLimits): Promise<Params> {
  const body = request.body;
  if (!body) return Promise.reject(badRequest("нет тела запроса"));
  return new Promise<Params>((resolve, reject) => {
    let bb: BusboyInstance;
    try {
      bb = new Busboy({
        headers: { "content-type": request.headers.get("content-type") ?? "" },
        defCharset: "utf8",
        limits: {
          fieldSize: limits.maxFieldBytes,
          fields: 2,
          files: limits.maxFiles,
          parts: limits.maxFiles + 2,
          // Our own counter refuses first; this only stops busboy from outrunning it.
          fileSize: limits.maxFileBytes + 1,
          headerPairs: 20,
        },
      });
    } catch (err) {
      reject(badRequest((err as Error).message));
      return;
    }
    const source = Readable.from(body as unknown as AsyncIterable<Uint8Array>);
    // The whole body is bounded too: framing, preamble and fields count, not only the files.
    let raw = 0;
    const rawCount = new Transform({
      transform(chunk: Buffer, _enc, done) {
        raw += chunk.length;
        if (raw > maxMultipartBodyBytes(limits)) done(tooLarge(limits));
        else done(null, chunk);
      },
    });
    let operations: Params | null = null;
    let map: Record<string, string[]> | null = null;
    const files = new Map<string, Promise<File>>();
    const writers: fs.WriteStream[] = [];
    let total = 0;
    let index = 0;
    let failed = false;

    const fail = (err: unknown) => {
      if (failed) return;
      failed = true;
      source.unpipe(rawCount);
      rawCount.destroy();
      bb.destroy();
      for (const w of writers) w.destroy();
      lingeringDrain(source);
      reject(err instanceof GraphQLError ? err : badRequest(err instanceof Error ? err.message : String(err)));
    };

    bb.on("field", (name: string, value: string, _nameTruncated: boolean, valueTruncated: boolean) => {
      if (valueTruncated) return fail(badRequest(`поле «${name}» слишком большое`));
      try {
        if (name === "operations") operations = JSON.parse(value) as Params;
        else if (name === "map") map = JSON.parse(value) as Record<string, string[]>;
      } catch {
        fail(badRequest(`поле «${name}» должно быть JSON`));
      }
    });

    bb.on("file", (name: string, stream: Readable, filename: string, _encoding: string, mimeType: string) => {
      if (failed) return void stream.resume();
      // The spec sends operations and map first, so a file can be checked before it is stored.
      if (!operations || !map) {
        stream.resume();
        return fail(badRequest("поля operations и map должны предшествовать файлам"));
      }
      if (!map[name] || files.has(name)) return void stream.resume(); // not referenced: skipped unread
      const file = path.join(dir, String(index++));
      const out = fs.createWriteStream(file, { flags: "wx" });
      writers.push(out);
      let spoolError: unknown = null;
      out.once("error", (err) => void (spoolError ??= err));
      const count = new Transform({
        transform(chunk: Buffer, _enc, done) {
          total += chunk.length;
          if (total > limits.maxFileBytes) done(tooLarge(limits));
          else done(null, chunk);
        },
      });
      const type = mimeType || "application/octet-stream";
      const ready = pipeline(stream, count, out).then(
        async () => new File([await fs.openAsBlob(file, { type })], filename || "file", { type }),
        (err) => Promise.reject(spoolError && !failed ? spoolFailed(spoolError) : err),
      );
      ready.catch(fail);
      files.set(name, ready);
    });

    for (const [event, what] of [
      ["filesLimit", "слишком много файлов"],
      ["partsLimit", "слишком много частей"],
      ["fieldsLimit", "слишком много полей"],
    ] as const) {
      bb.on(event, () => fail(badRequest(what)));
    }
    bb.on("error", fail);
    source.on("error", fail);
    rawCount.on("error", fail);
    bb.on("finish", () => {
      if (failed) return;
      if (!operations) return fail(badRequest("нет поля operations"));
      const ops: Params = operations;
      const refs = map ?? {};
      Promise.all(
        Object.entries(refs).map(async ([name, paths]) => {
          const f = files.get(name);
          if (!f) throw badRequest(`нет файла «${name}», указанного в map`);
          const value = await f;
          for (const p of Array.isArray(paths) ? paths : []) setPath(ops, String(p), value);
        }),
      ).then(() => {
        if (!failed) resolve(ops);
      }, fail);
    });
    source.pipe(rawCount).pipe(bb);
  });
}

/** Reads and drops the rest of a refused body (bounded by LINGER_BYTES / LINGER_MS), then cuts it off. */
function lingeringDrain(source: Readable): void {
  let dropped = 0;
  const stop = () => source.destroy();
  const timer = setTimeout(stop, LINGER_MS);
  timer.unref();
  source.on("data", (chunk: Buffer) => {
    dropped += chunk.length;
    if (dropped > LINGER_BYTES) stop();
  });
  source.on("error", () => {});
  source.once("close", () => clearTimeout(timer));
  source.resume();
}

/** Puts `value` at a dotted path such as "variables.input.files.0.file". */
function setPath(target: Params, dotted: string, value: unknown): void {
  const keys = dotted.split(".");
  let cur: Record<string, unknown> = target;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    if (key === "__proto__" || key === "constructor" || key === "prototype") return;
    if (i === keys.length - 1) {
      cur[key] = value;
      return;
    }
    const next = cur[key];
    if (typeof next !== "object" || next === null) return; // a path into nothing: the spec says ignore
    cur = next as Record<string, unknown>;
  }
}
