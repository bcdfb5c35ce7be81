// Typed settings from the environment. Every setting has a default that runs the embedded
// setup on a fresh machine; README lists them all.
import path from "node:path";
import { storageConfig, type StorageConfig } from "./integrations/storage/config.js";

export interface Config {
  env: "development" | "production" | "test";
  port: number;
  /** Public origin of the app, used in e-mail links and the bank's return URL. */
  publicUrl: string;
  /** PostgreSQL when set; embedded PGlite in `dataDir` otherwise. */
  databaseUrl?: string;
  dataDir: string;
  /** Uploaded files (appeals): a local folder or an S3-compatible bucket (integrations/storage). */
  storage: StorageConfig;
  redisUrl?: string;
  /** Prepended to Redis pub/sub channels, so deployments sharing a Redis stay apart. */
  redisChannelPrefix: string;
  /** Reminders of manual 7.1: the payment reminder's day of the month (1–28) and messages sent at once. */
  reminders: { paymentDay: number; concurrency: number };
  timezone: string;
  /** Days of the month readings are accepted, "1-25" (manual 6.2). */
  readingsWindow: string;
  jwtSecret: string;
  accessTokenTtlSec: number;
  refreshTokenTtlSec: number;
  seedDemo: boolean;
  chromePath?: string;
  /** Outbound e-mail (`smtp://host:port`, `smtps://user:pass@host`); the dev outbox when unset. */
  smtpUrl?: string;
  mailFrom: string;
  /** HTTP SMS gateway and its bearer token; the dev outbox when unset. */
  smsGatewayUrl?: string;
  smsGatewayToken?: string;
  limits: { maxDepth: number; maxAliases: number; maxTokens: number; maxCost: number };
  /** Peers whose X-Forwarded-For is believed (TRUST_PROXY, proxy-addr syntax: `loopback`, `10.0.0.0/8`, IPs); none by default. */
  trustProxy: string[];
  /** Origins allowed to call the API from a browser (CORS_ORIGINS, comma-separated); default the app's own origin. */
  corsOrigins: string[];
  /** Period close and invoices (manual 6.3, 6.4): see server/domains/billing/. */
  billing: BillingConfig;
  /** The acquiring bank (card payments, manual 6.4): see server/integrations/bank/. */
  bank: BankConfig;
}

export interface BillingConfig {
  /** Key rate for penalties, percent a year (PENALTY_KEY_RATE): 1/300 of it a day on overdue debt. */
  penaltyKeyRate: string;
  /** Day of the month after the period an invoice is due (INVOICE_DUE_DAY). */
  invoiceDueDay: number;
  /** How long the links in e-invoice letters work, days (INVOICE_LINK_TTL_DAYS). */
  invoiceLinkTtlDays: number;
}

function billingConfig(env: NodeJS.ProcessEnv): BillingConfig {
  return {
    penaltyKeyRate: /^\d{1,2}(\.\d{1,4})?$/.test(env.PENALTY_KEY_RATE ?? "") ? env.PENALTY_KEY_RATE! : "9.5",
    invoiceDueDay: Math.min(Math.max(int(env.INVOICE_DUE_DAY, 10), 1), 28),
    invoiceLinkTtlDays: Math.min(Math.max(int(env.INVOICE_LINK_TTL_DAYS, 30), 1), 90),
  };
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

function int(value: string | undefined, fallback: number): number {
  const n = value === undefined || value === "" ? NaN : Number(value);
  return Number.isInteger(n) ? n : fallback;
}

function fraction(value: string | undefined, fallback: number): number {
  const n = value === undefined || value === "" ? NaN : Number(value);
  return n >= 0 && n <= 1 ? n : fallback;
}

function bankConfig(env: NodeJS.ProcessEnv, mode: Config["env"], port: number): BankConfig {
  // Checked at start by checkBankConfig (server/integrations/bank): production needs a real bank
  // (or an explicit BANK_PROVIDER=sandbox) and its own webhook secret.
  const provider = (env.BANK_PROVIDER || (mode === "production" ? "rest" : "sandbox")) as BankConfig["provider"];
  return {
    provider,
    webhookSecret: env.BANK_WEBHOOK_SECRET ?? (mode === "production" ? "" : "kabinet-dev-bank-webhook-secret"),
    channelLabel: env.BANK_CHANNEL_LABEL || "Газпромбанк ЛКК",
    apiUrl: env.BANK_API_URL?.replace(/\/$/, "") || undefined,
    apiKey: env.BANK_API_KEY || undefined,
    sandbox: {
      webhookUrl: env.SANDBOX_BANK_WEBHOOK_URL || `http://127.0.0.1:${port}/bank/webhook/sandbox`,
      webhookDelayMs: int(env.SANDBOX_BANK_WEBHOOK_DELAY_MS, 700),
      webhookAttempts: int(env.SANDBOX_BANK_WEBHOOK_ATTEMPTS, 6),
      webhookRetryMs: int(env.SANDBOX_BANK_WEBHOOK_RETRY_MS, 1000),
      duplicateRate: fraction(env.SANDBOX_BANK_DUPLICATE_RATE, 0.1),
    },
  };
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const mode = env.NODE_ENV === "production" ? "production" : env.NODE_ENV === "test" ? "test" : "development";
  const port = int(env.PORT, 4000);
  const jwtSecret = env.JWT_SECRET ?? (mode === "production" ? "" : "kabinet-dev-secret-change-me-in-production");
  if (jwtSecret.length < 32) throw new Error("JWT_SECRET must be set to at least 32 characters in production");
  return {
    env: mode,
    port,
    publicUrl: (env.PUBLIC_URL ?? `http://localhost:${port}`).replace(/\/$/, ""),
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: path.resolve(env.DATA_DIR ?? "./data"),
    storage: storageConfig(env, path.resolve(env.DATA_DIR ?? "./data")),
    redisUrl: env.REDIS_URL || undefined,
    redisChannelPrefix: env.REDIS_CHANNEL_PREFIX ?? "kabinet:",
    reminders: {
      paymentDay: Math.min(28, Math.max(1, int(env.PAYMENT_REMINDER_DAY, 15))),
      concurrency: Math.max(1, int(env.REMINDER_CONCURRENCY, 8)),
    },
    timezone: env.TZ_RETAILER ?? "Asia/Yekaterinburg",
    readingsWindow: env.READINGS_WINDOW ?? "1-25",
    jwtSecret,
    accessTokenTtlSec: int(env.ACCESS_TOKEN_TTL, 15 * 60),
    refreshTokenTtlSec: int(env.REFRESH_TOKEN_TTL, 30 * 24 * 3600),
    seedDemo: env.SEED_DEMO !== "false",
    chromePath: env.CHROME_PATH || undefined,
    smtpUrl: env.SMTP_URL || undefined,
    mailFrom: env.MAIL_FROM || "АО «Газпром энергосбыт Тюмень» <noreply@kabinet.local>",
    smsGatewayUrl: env.SMS_GATEWAY_URL || undefined,
    smsGatewayToken: env.SMS_GATEWAY_TOKEN || undefined,
    limits: {
      maxDepth: int(env.GQL_MAX_DEPTH, 12),
      maxAliases: int(env.GQL_MAX_ALIASES, 15),
      maxTokens: int(env.GQL_MAX_TOKENS, 2000),
      maxCost: int(env.GQL_MAX_COST, 5000),
    },
    trustProxy: (env.TRUST_PROXY ?? "").split(",").map((v) => v.trim()).filter(Boolean),
    corsOrigins: (env.CORS_ORIGINS ?? "").split(",").map((v) => v.trim().replace(/\/$/, "")).filter(Boolean),
    billing: billingConfig(env),
    bank: bankConfig(env, mode, port),
  };
}
