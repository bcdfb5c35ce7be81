// Typed settings from the environment. Every setting has a default that runs the embedded
// setup on a fresh machine; README lists them all.
import path from "node:path";

export interface Config {
  env: "development" | "production" | "test";
  port: number;
  /** Public origin of the app, used in e-mail links and the bank's return URL. */
  publicUrl: string;
  /** PostgreSQL when set; embedded PGlite in `dataDir` otherwise. */
  databaseUrl?: string;
  dataDir: string;
  redisUrl?: string;
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
}

function int(value: string | undefined, fallback: number): number {
  const n = value === undefined || value === "" ? NaN : Number(value);
  return Number.isInteger(n) ? n : fallback;
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
    redisUrl: env.REDIS_URL || undefined,
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
  };
}
