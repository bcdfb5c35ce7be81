// The server's logger (pino): JSON lines in production, readable lines in development (pino-pretty,
// a dev dependency), silent under tests unless LOG_LEVEL says otherwise. `log` writes through the
// current context's child logger: an HTTP request, a WebSocket connection or a job run binds its id
// once (withLogContext) and every line logged below it — services, listeners, background sends —
// carries that id (AsyncLocalStorage). Subjects appear as internal ids only (userId, staffId): never
// log names, e-mails, phones or tokens (152-ФЗ); `redact` below is a second line of defence.
import { AsyncLocalStorage } from "node:async_hooks";
import { createRequire } from "node:module";
import { pino, type DestinationStream, type Level, type Logger } from "pino";

export type LogLevel = Level | "silent";
export const LOG_LEVELS = ["trace", "debug", "info", "warn", "error", "fatal", "silent"] as const;

/** Fields that may carry personal data or secrets, at the top level and one level down. */
const SENSITIVE = [
  "email",
  "phone",
  "recipient",
  "to",
  "password",
  "token",
  "accessToken",
  "refreshToken",
  "authorization",
  "cookie",
  "fullName",
  "firstName",
  "lastName",
  "middleName",
  "address",
  "text",
  "body",
  "subject",
];
export const REDACT_PATHS = [
  ...SENSITIVE,
  ...SENSITIVE.map((f) => `*.${f}`),
  "req.headers.authorization",
  "req.headers.cookie",
  "headers.authorization",
  "headers.cookie",
];

export interface LogOptions {
  env: "development" | "production" | "test";
  level?: LogLevel;
  /** Where lines go; default stdout (pretty in development). Tests pass a stream to read them. */
  destination?: DestinationStream;
}

function defaultLevel(env: LogOptions["env"]): LogLevel {
  return env === "test" ? "silent" : "info";
}

function prettyStream(): DestinationStream | undefined {
  try {
    // A dev dependency: absent in a production install, where the lines stay JSON.
    const pretty = createRequire(import.meta.url)("pino-pretty") as (o: object) => DestinationStream;
    return pretty({ sync: true, colorize: process.stdout.isTTY, translateTime: "SYS:HH:MM:ss.l", ignore: "pid,hostname" });
  } catch {
    return undefined;
  }
}

const LOG_BUFFER_MAX = 16 * 1024 * 1024;

/**
 * Asynchronous writes: lines logged while one write is under way go out together in the next (a
 * line per operation cost a write(2) each, about 5 % of a home miss's CPU); pino flushes what is
 * left when the process exits, on a crash's exit included. While whatever reads stdout stalls, at
 * most 16 MB wait; lines past that are dropped (said once on stderr) rather than held in memory
 * (log-stall.test.ts). Exiting still waits for the waiting lines to be written, as sync writes did.
 */
function stdoutStream(): DestinationStream {
  const stream = pino.destination({ dest: 1, sync: false, maxLength: LOG_BUFFER_MAX });
  let said = false;
  stream.on("drop", () => {
    if (said) return;
    said = true;
    process.stderr.write("log lines dropped: stdout is not being read (16 MB waiting)\n");
  });
  return stream;
}

export function createLogger(opts: LogOptions): Logger {
  const destination = opts.destination ?? (opts.env === "development" ? prettyStream() : undefined) ?? stdoutStream();
  return pino(
    {
      level: opts.level ?? defaultLevel(opts.env),
      base: { pid: process.pid },
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: { paths: REDACT_PATHS, censor: "[redacted]" },
      formatters: { level: (label) => ({ level: label }) },
      // An outside error's text may quote an address or a number (an SMTP refusal): scrubbed.
      serializers: { err: scrubbedError },
    },
    destination,
  );
}

const envOf = (v: string | undefined): LogOptions["env"] => (v === "production" || v === "test" ? v : "development");
const levelOf = (v: string | undefined): LogLevel | undefined => ((LOG_LEVELS as readonly string[]).includes(v ?? "") ? (v as LogLevel) : undefined);

// Until main.ts configures it from the validated settings: from the environment as it is.
let root: Logger = createLogger({ env: envOf(process.env.NODE_ENV), level: levelOf(process.env.LOG_LEVEL) });

/** Replaces the process's root logger (main.ts at start; tests capturing lines). Returns the previous one. */
export function setRootLogger(logger: Logger): Logger {
  const previous = root;
  root = logger;
  return previous;
}

// The child logger is made when the context first logs: a request binds its id, then its subject,
// and logs one line (operation-log.ts), so it serialises its bindings once.
interface LogContext {
  parent: Logger;
  bindings: Record<string, unknown>;
  logger?: Logger;
}
const storage = new AsyncLocalStorage<LogContext>();

/** The logger of the current request / connection / job, else the root one. */
export function currentLogger(): Logger {
  const ctx = storage.getStore();
  if (!ctx) return root;
  ctx.logger ??= ctx.parent.child(ctx.bindings);
  return ctx.logger;
}

/** Runs `fn` with a child logger carrying `bindings` (e.g. { reqId }); everything it starts logs with them. */
export function withLogContext<T>(bindings: Record<string, unknown>, fn: () => T): T {
  return storage.run({ parent: currentLogger(), bindings }, fn);
}

/** Adds bindings to the current context from here on (the subject once a request is authenticated). */
export function bindLogContext(bindings: Record<string, unknown>): void {
  const ctx = storage.getStore();
  if (!ctx) return;
  if (ctx.logger) ctx.logger = ctx.logger.child(bindings);
  else ctx.bindings = { ...ctx.bindings, ...bindings };
}

type LogFn = Logger["info"];
const at =
  (level: Level): LogFn =>
  (...args: Parameters<LogFn>) =>
    (currentLogger()[level] as (...a: unknown[]) => void)(...args);

/** Logs through the current context's logger: `log.info({ userId }, "…")`, `log.error({ err }, "…")`. */
export const log = {
  trace: at("trace"),
  debug: at("debug"),
  info: at("info"),
  warn: at("warn"),
  error: at("error"),
  fatal: at("fatal"),
};

const EMAIL_LIKE = /[^\s<>()"',;:@]+@[^\s<>()"',;:@]+\.[^\s<>()"',;:@]+/g;
// Russian numbers as people and gateways write them: +7 912 345-67-89, 8(912)3456789, 79123456789.
const PHONE_LIKE = /(?<![\w.-])(?:\+?7|8)[\s(-]*\d{3}[\s)-]*\d{3}[\s-]*\d{2}[\s-]*\d{2}(?!\w)/g;

/** An outside error's text (an SMTP server's refusal, a gateway's answer) without the addresses or numbers it may quote. */
export function scrubContacts(text: string): string {
  return text.replace(EMAIL_LIKE, "[e-mail]").replace(PHONE_LIKE, "[phone]");
}

function scrubbedError(err: unknown): unknown {
  const out = pino.stdSerializers.err(err as Error) as unknown as Record<string, unknown>;
  if (!out || typeof out !== "object") return out;
  for (const key of ["message", "stack"]) if (typeof out[key] === "string") out[key] = scrubContacts(out[key] as string);
  return out;
}
