// Typed settings from the environment, validated at start with one zod schema: every variable,
// what it accepts and its default. A bad value stops the start with one line naming the variable
// (ConfigError); nothing is clamped or silently replaced by its default. Every setting has a
// default that runs the embedded setup on a fresh machine, except the secrets in production.
// README and .env.example list them all.
import path from "node:path";
import proxyaddr from "proxy-addr";
import { z } from "zod";
import { isExecutableFile } from "./integrations/pdf/browser-path.js";
import { storageConfig, type StorageConfig } from "./integrations/storage/config.js";
import { LOG_LEVELS, type LogLevel } from "./shared/log.js";

/** Appeal attachments (manual 6.5: «Общий лимит вложений: 25 МБ»). */
export interface UploadLimits {
  /** All files of one appeal (or of one answer) together, bytes (UPLOAD_MAX_TOTAL_MB). */
  maxTotalBytes: number;
  /** Files in one request (UPLOAD_MAX_FILES; at most 50, the files connection's page). */
  maxFiles: number;
}

/** Days of the month, both included. */
export interface ReadingWindow {
  fromDay: number;
  toDay: number;
}

export interface Config {
  env: "development" | "production" | "test";
  port: number;
  /** Public origin of the app, used in e-mail links and the bank's return URL. */
  publicUrl: string;
  /** The company's official site (SITE_URL): «Клиентский офис» on Главная links there when the office has no page of its own (manual 6.1). */
  siteUrl: string;
  /** PostgreSQL when set; embedded PGlite in `dataDir` otherwise. */
  databaseUrl?: string;
  dataDir: string;
  /** Uploaded files (appeals): a local folder or an S3-compatible bucket (integrations/storage). */
  storage: StorageConfig;
  uploads: UploadLimits;
  redisUrl?: string;
  /** Prepended to Redis pub/sub channels, so deployments sharing a Redis stay apart. */
  redisChannelPrefix: string;
  /** Reminders of manual 7.1: the payment reminder's day of the month (1–28) and messages sent at once. */
  reminders: { paymentDay: number; concurrency: number };
  timezone: string;
  /** Days of the month readings are accepted (READINGS_WINDOW "1-25", manual 6.2), on the retailer's calendar. */
  readingsWindow: ReadingWindow;
  /** The master secret: every signing key is derived from it per purpose (shared/keys.ts). */
  jwtSecret: string;
  accessTokenTtlSec: number;
  refreshTokenTtlSec: number;
  seedDemo: boolean;
  /** Scheduled jobs run in this process (JOBS). */
  jobs: boolean;
  /** /test-hooks/* mounted (KABINET_TEST_HOOKS=1; the handler refuses in production). */
  testHooks: boolean;
  /** CHROME_PATH; unset: the system's Chromium, else the bundled one (integrations/pdf/browser-path.ts). */
  chromePath?: string;
  /** Outbound e-mail (`smtp://host:port`, `smtps://user:pass@host`); the dev outbox when unset. */
  smtpUrl?: string;
  mailFrom: string;
  /** HTTP SMS gateway and its bearer token; the dev outbox when unset. */
  smsGatewayUrl?: string;
  smsGatewayToken?: string;
  /**
   * Web Push (WEB_PUSH, VAPID_*): the VAPID key pair the push services check our messages by.
   * Outside production unset keys are generated at start (subscriptions then last until the
   * restart); production with WEB_PUSH=true requires both keys. Null: push is switched off.
   */
  webPush: { publicKey?: string; privateKey?: string; subject: string } | null;
  limits: { maxDepth: number; maxAliases: number; maxTokens: number; maxCost: number };
  /** Requests a minute each partner key and each personal API token may make (API_RATE_LIMIT); then HTTP 429. */
  apiRateLimit: number;
  /** Browsers may run only the web client's persisted documents; API clients (partner key, API token) any (PERSISTED_OPERATIONS_ONLY). */
  persistedOperationsOnly: boolean;
  /** Peers whose X-Forwarded-For is believed (TRUST_PROXY, proxy-addr syntax: `loopback`, `10.0.0.0/8`, IPs); none by default. */
  trustProxy: string[];
  /** Origins allowed to call the API from a browser (CORS_ORIGINS, comma-separated); default the app's own origin. */
  corsOrigins: string[];
  /** Period close and invoices (manual 6.3, 6.4): see server/domains/billing/. */
  billing: BillingConfig;
  /** The acquiring bank (card payments, manual 6.4): see server/integrations/bank/. */
  bank: BankConfig;
  /** Log lines at this level and above (LOG_LEVEL); JSON in production, readable in development. */
  logLevel: LogLevel;
  /** /metrics on its own port (METRICS_PORT) instead of the main one. */
  metricsPort?: number;
  /** Bearer token /metrics requires (METRICS_TOKEN); production serves /metrics on the main port only with one. */
  metricsToken?: string;
  /** Apply pending migrations at start (MIGRATE_ON_START, default true); false: refuse to start while any is pending. */
  migrateOnStart: boolean;
}

export interface BillingConfig {
  /** Key rate for penalties, percent a year (PENALTY_KEY_RATE): 1/300 of it a day on overdue debt. */
  penaltyKeyRate: string;
  /** Day of the month after the period an invoice is due (INVOICE_DUE_DAY). */
  invoiceDueDay: number;
  /** How long the links in e-invoice letters work, days (INVOICE_LINK_TTL_DAYS). */
  invoiceLinkTtlDays: number;
}

export interface BankConfig {
  /** "sandbox": the built-in test bank at /sandbox-bank; "rest": a real bank's REST API. */
  provider: "sandbox" | "rest";
  /** HMAC-SHA256 key the bank signs its webhooks with. */
  webhookSecret: string;
  /** «Способ платежа» shown in the payment history for card payments from the cabinet. */
  channelLabel: string;
  /** rest: the bank's API base URL and merchant key. */
  apiUrl?: string;
  apiKey?: string;
  sandbox: {
    /** Where the sandbox posts webhooks; default this server on loopback. */
    webhookUrl: string;
    /** Delay before the first delivery of each webhook, ms. */
    webhookDelayMs: number;
    /** Delivery attempts per webhook and the first retry's delay (doubled each time). */
    webhookAttempts: number;
    webhookRetryMs: number;
    /** Probability (0..1) that a webhook is delivered twice, as real banks sometimes do. */
    duplicateRate: number;
  };
}

/** A setting that cannot work: `message` is the one line the start prints. */
export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    readonly expected: string,
    got: string,
  ) {
    super(`${variable}: expected ${expected}, got ${got}`);
    this.name = "ConfigError";
  }
}

// ───────────── secrets ─────────────

/** Development defaults of the secrets (and earlier ones): published here, so refused in production. */
export const DEV_SECRETS = {
  JWT_SECRET: "kabinet-dev-secret-change-me-in-production",
  BANK_WEBHOOK_SECRET: "kabinet-dev-bank-webhook-secret-change-me",
} as const;
const KNOWN_DEV_SECRETS: string[] = [...Object.values(DEV_SECRETS), "kabinet-dev-bank-webhook-secret"];
export const SECRET_MIN_LENGTH = 32;
const SECRET_EXPECTS = `a secret of at least ${SECRET_MIN_LENGTH} characters, not a development default (e.g. \`openssl rand -base64 48\`)`;
/** Never printed: only whether they are set. */
const SECRET_VARS = new Set([
  "JWT_SECRET",
  "BANK_WEBHOOK_SECRET",
  "SMS_GATEWAY_TOKEN",
  "VAPID_PRIVATE_KEY",
  "BANK_API_KEY",
  "S3_SECRET_ACCESS_KEY",
  "METRICS_TOKEN",
]);

const describeSecret = (v: string | undefined) =>
  v === undefined || v === "" ? "nothing" : KNOWN_DEV_SECRETS.includes(v) ? "the development default" : `${v.length} characters`;

/**
 * A signing secret's rules: at least 32 characters; in production also required and never a
 * development default. Also used by checkBankConfig for BANK_WEBHOOK_SECRET.
 */
export function checkSecret(variable: string, value: string | undefined, mode: Config["env"]): void {
  const given = value !== undefined && value !== "";
  const bad = given ? value.length < SECRET_MIN_LENGTH || (mode === "production" && KNOWN_DEV_SECRETS.includes(value)) : mode === "production";
  if (bad) throw new ConfigError(variable, mode === "production" ? `${SECRET_EXPECTS} (required in production)` : SECRET_EXPECTS, describeSecret(value));
}

// ───────────── the schema ─────────────

const blank = (v: unknown) => (v === "" ? undefined : v);

/** A value whose own error carries what it got (a list's bad item, say); else the raw value is shown. */
type Got = { got?: string };

const text = (def: string) => z.preprocess(blank, z.string().default(def));
const optionalText = () => z.preprocess(blank, z.string().optional());

function int(min: number, max: number, def: number) {
  const expects = `an integer from ${min} to ${max}`;
  return z.preprocess(blank, z.string().regex(/^\d+$/, expects).transform(Number).pipe(z.number().min(min, expects).max(max, expects)).default(def));
}

function bool(def: boolean, yes = "true", no = "false") {
  return z.preprocess(
    blank,
    z
      .enum([yes, no], { message: `${yes} or ${no}` })
      .transform((v) => v === yes)
      .default(def),
  );
}

function oneOf<const T extends readonly [string, ...string[]]>(values: T, def: T[number]) {
  return z.preprocess(blank, z.enum(values, { message: `one of ${values.join(", ")}` }).default(def));
}

function urlOf(protocols: string[], example: string) {
  const ok = (v: string) => {
    try {
      return protocols.includes(new URL(v).protocol);
    } catch {
      return false;
    }
  };
  return z.preprocess(blank, z.string().refine(ok, `a URL like ${example}`).optional());
}

const HTTP = ["http:", "https:"];
const isOrigin = (v: string) => {
  try {
    const u = new URL(v);
    return HTTP.includes(u.protocol) && u.origin === v;
  } catch {
    return false;
  }
};

const isHttpUrl = (v: string) => {
  try {
    return HTTP.includes(new URL(v).protocol);
  } catch {
    return false;
  }
};

function origin() {
  return z.preprocess(
    blank,
    z
      .string()
      .transform((v) => v.replace(/\/$/, ""))
      .refine(isOrigin, "an origin like https://lk.example.ru (scheme, host, optional port; no path)")
      .optional(),
  );
}

/** A comma-separated list whose every item passes `valid`; an error names the first bad item. */
function list(expects: string, valid: (item: string) => boolean, normalize = (s: string) => s) {
  return z.preprocess(
    blank,
    z
      .string()
      .transform((v, ctx) => {
        const items = v
          .split(",")
          .map((s) => normalize(s.trim()))
          .filter(Boolean);
        const bad = items.find((item) => !valid(item));
        if (bad !== undefined) ctx.addIssue({ code: "custom", message: expects, params: { got: JSON.stringify(bad) } satisfies Got });
        return items;
      })
      .default([]),
  );
}

const trustable = (item: string) => {
  try {
    proxyaddr.compile(item);
    return true;
  } catch {
    return false;
  }
};

const timezone = z.preprocess(
  blank,
  z
    .string()
    .transform((v, ctx) => {
      try {
        return new Intl.DateTimeFormat("en", { timeZone: v }).resolvedOptions().timeZone;
      } catch {
        ctx.addIssue({ code: "custom", message: "an IANA time zone like Asia/Yekaterinburg" });
        return z.NEVER;
      }
    })
    .default("Asia/Yekaterinburg"),
);

const readingsWindow = z.preprocess(
  blank,
  z
    .string()
    .default("1-25")
    .transform((v, ctx): ReadingWindow => {
      const m = /^(\d{1,2})-(\d{1,2})$/.exec(v);
      const fromDay = Number(m?.[1]);
      const toDay = Number(m?.[2]);
      if (m && fromDay >= 1 && fromDay <= toDay && toDay <= 31) return { fromDay, toDay };
      ctx.addIssue({ code: "custom", message: "days of the month like 1-25 (first ≤ last, within 1–31)" });
      return z.NEVER;
    }),
);

// Unset: the system's Chromium, else the bundled one (integrations/pdf/browser-path.ts).
const executable = z.preprocess(blank, z.string().refine(isExecutableFile, "the path of an executable Chromium").optional());

const secret = (devDefault: string | undefined) => z.preprocess(blank, z.string().optional()).transform((v) => v ?? devDefault);

const MAIL_FROM_RULE = /^(?:[^<>]*<[^\s<>@]+@[^\s<>@]+>|[^\s<>@]+@[^\s<>@]+)$/;

function settingsSchema(mode: Config["env"]) {
  const dev = mode !== "production";
  return z.object({
    PORT: int(0, 65535, 4000),
    PUBLIC_URL: origin(),
    SITE_URL: z.preprocess(
      blank,
      z
        .string()
        .refine((v) => isHttpUrl(v), "an http(s) URL like https://gesbt.ru/")
        .default("https://gesbt.ru/"),
    ),
    DATABASE_URL: urlOf(["postgres:", "postgresql:"], "postgresql://user:password@host:5432/kabinet"),
    DATA_DIR: text("./data"),
    STORAGE_DRIVER: oneOf(["local", "s3"], "local"),
    STORAGE_DIR: optionalText(),
    UPLOAD_TMP_DIR: optionalText(),
    UPLOAD_MAX_TOTAL_MB: int(1, 1024, 25),
    UPLOAD_MAX_FILES: int(1, 50, 50),
    S3_BUCKET: optionalText(),
    S3_ENDPOINT: urlOf(HTTP, "https://storage.yandexcloud.net"),
    S3_REGION: text("us-east-1"),
    S3_ACCESS_KEY_ID: optionalText(),
    S3_SECRET_ACCESS_KEY: optionalText(),
    S3_FORCE_PATH_STYLE: z.preprocess(blank, z.enum(["true", "false"], { message: "true or false" }).optional()),
    S3_PREFIX: z.string().default(""),
    REDIS_URL: urlOf(["redis:", "rediss:"], "redis://127.0.0.1:6379"),
    REDIS_CHANNEL_PREFIX: z.string().default("kabinet:"),
    PAYMENT_REMINDER_DAY: int(1, 28, 15),
    REMINDER_CONCURRENCY: int(1, 1000, 8),
    TZ_RETAILER: timezone,
    READINGS_WINDOW: readingsWindow,
    JWT_SECRET: secret(dev ? DEV_SECRETS.JWT_SECRET : undefined),
    ACCESS_TOKEN_TTL: int(1, 24 * 3600, 15 * 60),
    REFRESH_TOKEN_TTL: int(60, 366 * 24 * 3600, 30 * 24 * 3600),
    // Demo people and keys reach a production database only when asked for by name.
    SEED_DEMO: bool(dev),
    JOBS: bool(true),
    KABINET_TEST_HOOKS: bool(false, "1", "0"),
    CHROME_PATH: executable,
    SMTP_URL: urlOf(["smtp:", "smtps:"], "smtps://user:password@mail.example.ru:465"),
    MAIL_FROM: z.preprocess(
      blank,
      z.string().regex(MAIL_FROM_RULE, "an address like Name <noreply@example.ru>").default("АО «Газпром энергосбыт Тюмень» <noreply@kabinet.local>"),
    ),
    SMS_GATEWAY_URL: urlOf(HTTP, "https://sms.example.ru/v1/send"),
    SMS_GATEWAY_TOKEN: optionalText(),
    WEB_PUSH: bool(dev),
    VAPID_PUBLIC_KEY: z.preprocess(
      blank,
      z
        .string()
        .regex(/^[A-Za-z0-9_-]{87}$/, "a P-256 public key, base64url (`npx web-push generate-vapid-keys`)")
        .optional(),
    ),
    VAPID_PRIVATE_KEY: z.preprocess(
      blank,
      z
        .string()
        .regex(/^[A-Za-z0-9_-]{43}$/, "a P-256 private key, base64url (`npx web-push generate-vapid-keys`)")
        .optional(),
    ),
    VAPID_SUBJECT: z.preprocess(
      blank,
      z
        .string()
        .regex(/^(mailto:[^\s@]+@[^\s@]+|https:\/\/\S+)$/, "mailto:address or an https URL")
        .default("mailto:noreply@kabinet.local"),
    ),
    PERSISTED_OPERATIONS_ONLY: bool(!dev),
    GQL_MAX_DEPTH: int(1, 100, 12),
    GQL_MAX_ALIASES: int(1, 1000, 15),
    GQL_MAX_TOKENS: int(10, 1_000_000, 2000),
    GQL_MAX_COST: int(10, 10_000_000, 5000),
    API_RATE_LIMIT: int(1, 1_000_000, 600),
    TRUST_PROXY: list("proxy addresses as proxy-addr takes them: loopback, linklocal, uniquelocal, an IP or a CIDR range, comma-separated", trustable),
    CORS_ORIGINS: list("origins like https://lk.example.ru, comma-separated", isOrigin, (s) => s.replace(/\/$/, "")),
    PENALTY_KEY_RATE: z.preprocess(
      blank,
      z
        .string()
        .regex(/^\d{1,2}(\.\d{1,4})?$/, "a decimal like 9.5")
        .default("9.5"),
    ),
    INVOICE_DUE_DAY: int(1, 28, 10),
    INVOICE_LINK_TTL_DAYS: int(1, 90, 30),
    BANK_PROVIDER: oneOf(["sandbox", "rest"], dev ? "sandbox" : "rest"),
    BANK_WEBHOOK_SECRET: secret(dev ? DEV_SECRETS.BANK_WEBHOOK_SECRET : undefined),
    BANK_CHANNEL_LABEL: text("Газпромбанк ЛКК"),
    BANK_API_URL: urlOf(HTTP, "https://bank.example.ru/api"),
    BANK_API_KEY: optionalText(),
    SANDBOX_BANK_WEBHOOK_URL: urlOf(HTTP, "http://127.0.0.1:4000/bank/webhook/sandbox"),
    SANDBOX_BANK_WEBHOOK_DELAY_MS: int(0, 600_000, 700),
    SANDBOX_BANK_WEBHOOK_ATTEMPTS: int(1, 50, 6),
    SANDBOX_BANK_WEBHOOK_RETRY_MS: int(1, 3_600_000, 1000),
    SANDBOX_BANK_DUPLICATE_RATE: z.preprocess(
      blank,
      z
        .string()
        .regex(/^(0(\.\d+)?|1(\.0+)?|\.\d+)$/, "a number from 0 to 1 like 0.1")
        .transform(Number)
        .default(0.1),
    ),
    LOG_LEVEL: oneOf(LOG_LEVELS, mode === "test" ? "silent" : "info"),
    METRICS_PORT: z.preprocess(
      blank,
      z
        .string()
        .regex(/^\d+$/, "an integer from 1 to 65535")
        .transform(Number)
        .pipe(z.number().min(1, "an integer from 1 to 65535").max(65535, "an integer from 1 to 65535"))
        .optional(),
    ),
    METRICS_TOKEN: z.preprocess(
      blank,
      z.string().min(SECRET_MIN_LENGTH, `a token of at least ${SECRET_MIN_LENGTH} characters (e.g. \`openssl rand -hex 32\`)`).optional(),
    ),
    MIGRATE_ON_START: bool(true),
  });
}

export type Settings = z.output<ReturnType<typeof settingsSchema>>;

/** Every variable the schema reads (README and .env.example list the same). */
export const SETTING_NAMES: string[] = ["NODE_ENV", ...Object.keys(settingsSchema("development").shape)];

function modeOf(env: NodeJS.ProcessEnv): Config["env"] {
  const v = env.NODE_ENV;
  if (v === undefined || v === "" || v === "development") return "development";
  if (v === "production" || v === "test") return v;
  throw new ConfigError("NODE_ENV", "one of development, test, production", JSON.stringify(v));
}

/** The environment's settings, every default filled in; throws a ConfigError for the first bad one. */
export function parseSettings(env: NodeJS.ProcessEnv = process.env): { mode: Config["env"]; settings: Settings } {
  const mode = modeOf(env);
  const parsed = settingsSchema(mode).safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const variable = String(issue.path[0]);
    const raw = env[variable];
    const got = (issue as { params?: Got }).params?.got ?? (SECRET_VARS.has(variable) ? describeSecret(raw) : JSON.stringify(raw));
    throw new ConfigError(variable, issue.message, got);
  }
  const s = parsed.data;
  checkSecret("JWT_SECRET", s.JWT_SECRET, mode);
  // BANK_WEBHOOK_SECRET is required by checkBankConfig (production needs a bank); a given one is checked here.
  if (env.BANK_WEBHOOK_SECRET) checkSecret("BANK_WEBHOOK_SECRET", env.BANK_WEBHOOK_SECRET, mode);
  if (s.METRICS_PORT !== undefined && s.METRICS_PORT === s.PORT)
    throw new ConfigError("METRICS_PORT", "a port other than PORT", JSON.stringify(env.METRICS_PORT));
  // Keys generated at start would change with every restart and break every subscription.
  if (s.WEB_PUSH && mode === "production" && (!s.VAPID_PUBLIC_KEY || !s.VAPID_PRIVATE_KEY))
    throw new ConfigError(
      s.VAPID_PUBLIC_KEY ? "VAPID_PRIVATE_KEY" : "VAPID_PUBLIC_KEY",
      "a VAPID key (required in production with WEB_PUSH=true; `npx web-push generate-vapid-keys`)",
      "nothing",
    );
  if (!!s.VAPID_PUBLIC_KEY !== !!s.VAPID_PRIVATE_KEY)
    throw new ConfigError(s.VAPID_PUBLIC_KEY ? "VAPID_PRIVATE_KEY" : "VAPID_PUBLIC_KEY", "both VAPID keys or neither", "nothing");
  if (s.STORAGE_DRIVER === "s3" && !s.S3_BUCKET) throw new ConfigError("S3_BUCKET", "a bucket name (STORAGE_DRIVER=s3 needs one)", "nothing");
  return { mode, settings: s };
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const { mode, settings: s } = parseSettings(env);
  const dataDir = path.resolve(s.DATA_DIR);
  const publicUrl = s.PUBLIC_URL ?? `http://localhost:${s.PORT}`;
  return {
    env: mode,
    port: s.PORT,
    publicUrl,
    siteUrl: s.SITE_URL,
    databaseUrl: s.DATABASE_URL,
    dataDir,
    storage: storageConfig({ ...env, STORAGE_DRIVER: s.STORAGE_DRIVER, S3_PREFIX: s.S3_PREFIX }, dataDir),
    uploads: { maxTotalBytes: s.UPLOAD_MAX_TOTAL_MB * 1024 * 1024, maxFiles: s.UPLOAD_MAX_FILES },
    redisUrl: s.REDIS_URL,
    redisChannelPrefix: s.REDIS_CHANNEL_PREFIX,
    reminders: { paymentDay: s.PAYMENT_REMINDER_DAY, concurrency: s.REMINDER_CONCURRENCY },
    timezone: s.TZ_RETAILER,
    readingsWindow: s.READINGS_WINDOW,
    jwtSecret: s.JWT_SECRET!,
    accessTokenTtlSec: s.ACCESS_TOKEN_TTL,
    refreshTokenTtlSec: s.REFRESH_TOKEN_TTL,
    seedDemo: s.SEED_DEMO,
    jobs: s.JOBS,
    testHooks: s.KABINET_TEST_HOOKS,
    chromePath: s.CHROME_PATH,
    smtpUrl: s.SMTP_URL,
    mailFrom: s.MAIL_FROM,
    smsGatewayUrl: s.SMS_GATEWAY_URL,
    smsGatewayToken: s.SMS_GATEWAY_TOKEN,
    webPush: s.WEB_PUSH ? { publicKey: s.VAPID_PUBLIC_KEY, privateKey: s.VAPID_PRIVATE_KEY, subject: s.VAPID_SUBJECT } : null,
    limits: { maxDepth: s.GQL_MAX_DEPTH, maxAliases: s.GQL_MAX_ALIASES, maxTokens: s.GQL_MAX_TOKENS, maxCost: s.GQL_MAX_COST },
    apiRateLimit: s.API_RATE_LIMIT,
    persistedOperationsOnly: s.PERSISTED_OPERATIONS_ONLY,
    trustProxy: s.TRUST_PROXY,
    corsOrigins: s.CORS_ORIGINS.length ? s.CORS_ORIGINS : [publicUrl],
    logLevel: s.LOG_LEVEL,
    metricsPort: s.METRICS_PORT,
    metricsToken: s.METRICS_TOKEN,
    migrateOnStart: s.MIGRATE_ON_START,
    billing: { penaltyKeyRate: s.PENALTY_KEY_RATE, invoiceDueDay: s.INVOICE_DUE_DAY, invoiceLinkTtlDays: s.INVOICE_LINK_TTL_DAYS },
    bank: {
      provider: s.BANK_PROVIDER,
      webhookSecret: s.BANK_WEBHOOK_SECRET ?? "",
      channelLabel: s.BANK_CHANNEL_LABEL,
      apiUrl: s.BANK_API_URL?.replace(/\/$/, ""),
      apiKey: s.BANK_API_KEY,
      sandbox: {
        webhookUrl: s.SANDBOX_BANK_WEBHOOK_URL ?? `http://127.0.0.1:${s.PORT}/bank/webhook/sandbox`,
        webhookDelayMs: s.SANDBOX_BANK_WEBHOOK_DELAY_MS,
        webhookAttempts: s.SANDBOX_BANK_WEBHOOK_ATTEMPTS,
        webhookRetryMs: s.SANDBOX_BANK_WEBHOOK_RETRY_MS,
        duplicateRate: s.SANDBOX_BANK_DUPLICATE_RATE,
      },
    },
  };
}

/** Hides a URL's password (`postgresql://kabinet:***@db/kabinet`); other values as they are. */
function redactUrl(value: string): string {
  try {
    const u = new URL(value);
    if (!u.password) return value;
    u.password = "***";
    return u.href;
  } catch {
    return value;
  }
}

/** `NAME=value` for every setting as in effect, secrets and passwords in URLs redacted (printed at start). */
export function settingsReport(env: NodeJS.ProcessEnv = process.env): string[] {
  const parsed = parseSettings(env);
  const mode = parsed.mode;
  const settings: Record<string, unknown> = parsed.settings;
  const c = loadConfig(env);
  // Defaults computed from other settings, shown as they are in effect.
  const derived: Record<string, unknown> = {
    PUBLIC_URL: c.publicUrl,
    DATA_DIR: c.dataDir,
    STORAGE_DIR: c.storage.dir,
    UPLOAD_TMP_DIR: c.storage.tmpDir,
    CORS_ORIGINS: c.corsOrigins,
    SANDBOX_BANK_WEBHOOK_URL: c.bank.sandbox.webhookUrl,
    READINGS_WINDOW: `${c.readingsWindow.fromDay}-${c.readingsWindow.toDay}`,
  };
  const lines = [`NODE_ENV=${mode}`];
  for (const name of Object.keys(settingsSchema(mode).shape)) {
    const value = derived[name] ?? settings[name];
    let shown: string;
    if (SECRET_VARS.has(name))
      shown = value === undefined ? "(unset)" : KNOWN_DEV_SECRETS.includes(String(value)) ? "(development default)" : "(set, redacted)";
    else if (value === undefined) shown = "(unset)";
    else if (Array.isArray(value)) shown = value.join(",");
    else shown = redactUrl(String(value));
    lines.push(`${name}=${shown}`);
  }
  return lines;
}
