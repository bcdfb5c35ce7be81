// Settings are validated at start: every bad value stops it with one line naming the variable,
// what it expects and what it got; production refuses missing, short and development secrets;
// a production start on an empty database adds no demo people or keys.
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { ConfigError, DEV_SECRETS, SETTING_NAMES, loadConfig, settingsReport } from "./config.js";
import { openDatabase } from "./db/client.js";
import { checkBankConfig } from "./integrations/bank/index.js";
import { startMain } from "./test/main-process.js";
import { loadPersistedDocuments } from "./graphql/persisted-operations.js";

const persistedHash = (name: string) => [...loadPersistedDocuments()].find(([, text]) => text.startsWith(`mutation ${name}(`))![0];

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const JWT = "j".repeat(40);
const WEBHOOK = "w".repeat(40);
const PROD = { NODE_ENV: "production", JWT_SECRET: JWT, BANK_WEBHOOK_SECRET: WEBHOOK };

/** The one line loadConfig refuses `env` with (on top of a valid development setup). */
function refusal(env: Record<string, string>): string {
  try {
    loadConfig({ NODE_ENV: "development", ...env });
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return (err as Error).message;
  }
  throw new Error(`accepted ${JSON.stringify(env)}`);
}

const SECRET_RULE = "a secret of at least 32 characters, not a development default (e.g. `openssl rand -base64 48`)";

describe("settings", () => {
  it("refuses each setting's bad values with one line: variable, what it expects, what it got", () => {
    const cases: [string, string, string][] = [
      ["NODE_ENV", "prod", "one of development, test, production"],
      ["PORT", "80a", "an integer from 0 to 65535"],
      ["PORT", "70000", "an integer from 0 to 65535"],
      ["PORT", "-1", "an integer from 0 to 65535"],
      ["PUBLIC_URL", "lk.example.ru", "an origin like https://lk.example.ru (scheme, host, optional port; no path)"],
      ["PUBLIC_URL", "https://lk.example.ru/app", "an origin like https://lk.example.ru (scheme, host, optional port; no path)"],
      ["SITE_URL", "gesbt.ru", "an http(s) URL like https://gesbt.ru/"],
      ["SITE_URL", "javascript:alert(1)", "an http(s) URL like https://gesbt.ru/"],
      ["DATABASE_URL", "mysql://db/kabinet", "a URL like postgresql://user:password@host:5432/kabinet"],
      ["STORAGE_DRIVER", "S3", "one of local, s3"],
      ["S3_ENDPOINT", "storage.example", "a URL like https://storage.yandexcloud.net"],
      ["S3_FORCE_PATH_STYLE", "yes", "true or false"],
      ["REDIS_URL", "127.0.0.1:6379", "a URL like redis://127.0.0.1:6379"],
      ["PAYMENT_REMINDER_DAY", "29", "an integer from 1 to 28"],
      ["PAYMENT_REMINDER_DAY", "0", "an integer from 1 to 28"],
      ["REMINDER_CONCURRENCY", "0", "an integer from 1 to 1000"],
      ["TZ_RETAILER", "Asia/Ekaterinburg", "an IANA time zone like Asia/Yekaterinburg"],
      ["TZ_RETAILER", "Yekaterinburg", "an IANA time zone like Asia/Yekaterinburg"],
      ["READINGS_WINDOW", "1–25", "days of the month like 1-25 (first ≤ last, within 1–31)"],
      ["READINGS_WINDOW", "25-1", "days of the month like 1-25 (first ≤ last, within 1–31)"],
      ["READINGS_WINDOW", "1-32", "days of the month like 1-25 (first ≤ last, within 1–31)"],
      ["ACCESS_TOKEN_TTL", "15m", "an integer from 1 to 86400"],
      ["REFRESH_TOKEN_TTL", "0", "an integer from 60 to 31622400"],
      ["SEED_DEMO", "yes", "true or false"],
      ["JOBS", "off", "true or false"],
      ["KABINET_TEST_HOOKS", "true", "1 or 0"],
      ["CHROME_PATH", "/no/such/chromium", "the path of an executable Chromium"],
      ["SMTP_URL", "mail.example.ru:465", "a URL like smtps://user:password@mail.example.ru:465"],
      ["MAIL_FROM", "noreply", "an address like Name <noreply@example.ru>"],
      ["SMS_GATEWAY_URL", "ftp://sms.example", "a URL like https://sms.example.ru/v1/send"],
      ["GQL_MAX_DEPTH", "0", "an integer from 1 to 100"],
      ["GQL_MAX_ALIASES", "1.5", "an integer from 1 to 1000"],
      ["GQL_MAX_TOKENS", "many", "an integer from 10 to 1000000"],
      ["GQL_MAX_COST", "5", "an integer from 10 to 10000000"],
      ["API_RATE_LIMIT", "0", "an integer from 1 to 1000000"],
      ["PENALTY_KEY_RATE", "12,5", "a decimal like 9.5"],
      ["PENALTY_KEY_RATE", "9.5%", "a decimal like 9.5"],
      ["INVOICE_DUE_DAY", "31", "an integer from 1 to 28"],
      ["INVOICE_LINK_TTL_DAYS", "365", "an integer from 1 to 90"],
      ["BANK_PROVIDER", "sberbank", "one of sandbox, rest"],
      ["BANK_API_URL", "bank.example", "a URL like https://bank.example.ru/api"],
      ["SANDBOX_BANK_WEBHOOK_URL", "localhost:4000", "a URL like http://127.0.0.1:4000/bank/webhook/sandbox"],
      ["SANDBOX_BANK_WEBHOOK_DELAY_MS", "0.5", "an integer from 0 to 600000"],
      ["SANDBOX_BANK_WEBHOOK_ATTEMPTS", "0", "an integer from 1 to 50"],
      ["SANDBOX_BANK_WEBHOOK_RETRY_MS", "1s", "an integer from 1 to 3600000"],
      ["SANDBOX_BANK_DUPLICATE_RATE", "1.5", "a number from 0 to 1 like 0.1"],
    ];
    for (const [name, value, expects] of cases)
      expect(refusal({ [name]: value }), `${name}=${value}`).toBe(`${name}: expected ${expects}, got ${JSON.stringify(value)}`);
  });

  it("names the bad item of a list: TRUST_PROXY as proxy-addr compiles it, CORS_ORIGINS as origins", () => {
    const trust = "proxy addresses as proxy-addr takes them: loopback, linklocal, uniquelocal, an IP or a CIDR range, comma-separated";
    expect(refusal({ TRUST_PROXY: "loopback, 10.0.0.0/33" })).toBe(`TRUST_PROXY: expected ${trust}, got "10.0.0.0/33"`);
    expect(refusal({ TRUST_PROXY: "lopback" })).toBe(`TRUST_PROXY: expected ${trust}, got "lopback"`);
    expect(refusal({ TRUST_PROXY: "10.0.0.300" })).toBe(`TRUST_PROXY: expected ${trust}, got "10.0.0.300"`);
    const cors = "origins like https://lk.example.ru, comma-separated";
    expect(refusal({ CORS_ORIGINS: "https://lk.example.ru,*" })).toBe(`CORS_ORIGINS: expected ${cors}, got "*"`);
    expect(refusal({ CORS_ORIGINS: "https://lk.example.ru/app" })).toBe(`CORS_ORIGINS: expected ${cors}, got "https://lk.example.ru/app"`);
    expect(refusal({ CORS_ORIGINS: "lk.example.ru" })).toBe(`CORS_ORIGINS: expected ${cors}, got "lk.example.ru"`);

    const ok = loadConfig({
      TRUST_PROXY: "loopback, 10.0.0.0/8,::1, 192.168.1.0/255.255.255.0",
      CORS_ORIGINS: "https://lk.example.ru/, http://localhost:5173",
    });
    expect(ok.trustProxy).toEqual(["loopback", "10.0.0.0/8", "::1", "192.168.1.0/255.255.255.0"]);
    expect(ok.corsOrigins).toEqual(["https://lk.example.ru", "http://localhost:5173"]);
    expect(loadConfig({ PUBLIC_URL: "https://lk.example.ru/" }).corsOrigins).toEqual(["https://lk.example.ru"]);
  });

  it("needs S3_BUCKET with STORAGE_DRIVER=s3", () => {
    expect(refusal({ STORAGE_DRIVER: "s3" })).toBe("S3_BUCKET: expected a bucket name (STORAGE_DRIVER=s3 needs one), got nothing");
    expect(loadConfig({ STORAGE_DRIVER: "s3", S3_BUCKET: "kabinet" }).storage.s3.bucket).toBe("kabinet");
  });

  it("keeps good values as given and fills in defaults", () => {
    const c = loadConfig({
      PORT: "8080",
      PENALTY_KEY_RATE: "16",
      TZ_RETAILER: "Europe/Moscow",
      READINGS_WINDOW: "15-25",
      INVOICE_DUE_DAY: "28",
      SANDBOX_BANK_DUPLICATE_RATE: "0",
    });
    expect([c.port, c.billing.penaltyKeyRate, c.timezone, c.readingsWindow, c.billing.invoiceDueDay, c.bank.sandbox.duplicateRate]).toEqual([
      8080,
      "16",
      "Europe/Moscow",
      { fromDay: 15, toDay: 25 },
      28,
      0,
    ]);
    const d = loadConfig({});
    expect([d.env, d.port, d.publicUrl, d.billing.penaltyKeyRate, d.timezone, d.readingsWindow, d.seedDemo, d.jobs, d.bank.provider]).toEqual([
      "development",
      4000,
      "http://localhost:4000",
      "9.5",
      "Asia/Yekaterinburg",
      { fromDay: 1, toDay: 25 },
      true,
      true,
      "sandbox",
    ]);
    expect(d.jwtSecret).toBe(DEV_SECRETS.JWT_SECRET);
  });

  it("SEED_DEMO defaults to false in production, true elsewhere; an explicit value wins", () => {
    expect(loadConfig(PROD).seedDemo).toBe(false);
    expect(loadConfig({ ...PROD, SEED_DEMO: "true" }).seedDemo).toBe(true);
    expect(loadConfig({ NODE_ENV: "test" }).seedDemo).toBe(true);
    expect(loadConfig({ SEED_DEMO: "false" }).seedDemo).toBe(false);
  });

  it("refuses production with a missing, short or development secret", () => {
    const prodRefusal = (env: Record<string, string | undefined>) => {
      try {
        checkBankConfig(loadConfig({ ...PROD, BANK_PROVIDER: "sandbox", ...env } as NodeJS.ProcessEnv));
      } catch (err) {
        expect(err).toBeInstanceOf(ConfigError);
        return (err as Error).message;
      }
      return "accepted";
    };
    const rule = `${SECRET_RULE} (required in production)`;
    for (const name of ["JWT_SECRET", "BANK_WEBHOOK_SECRET"] as const) {
      expect(prodRefusal({ [name]: undefined })).toBe(`${name}: expected ${rule}, got nothing`);
      expect(prodRefusal({ [name]: "" })).toBe(`${name}: expected ${rule}, got nothing`);
      expect(prodRefusal({ [name]: DEV_SECRETS[name] })).toBe(`${name}: expected ${rule}, got the development default`);
      expect(prodRefusal({ [name]: "s".repeat(31) })).toBe(`${name}: expected ${rule}, got 31 characters`);
    }
    // The earlier development default of the webhook secret is refused too.
    expect(prodRefusal({ BANK_WEBHOOK_SECRET: "kabinet-dev-bank-webhook-secret" })).toMatch(/^BANK_WEBHOOK_SECRET: .* got the development default$/);
    expect(prodRefusal({})).toBe("accepted");
    // Outside production the defaults work, but a secret given too short is still refused.
    expect(refusal({ JWT_SECRET: "short" })).toBe(`JWT_SECRET: expected ${SECRET_RULE}, got 5 characters`);
    expect(() => checkBankConfig(loadConfig({}))).not.toThrow();
  });

  it(".env.example and README list every setting", () => {
    const example = fs.readFileSync(path.join(ROOT, ".env.example"), "utf8");
    const listed = [...example.matchAll(/^([A-Z][A-Z0-9_]*)=/gm)].map((m) => m[1]);
    expect(listed.sort()).toEqual([...SETTING_NAMES].sort());
    const readme = fs.readFileSync(path.join(ROOT, "README.md"), "utf8");
    for (const name of SETTING_NAMES) expect(readme, name).toContain(`\`${name}\``);
  });

  it("prints the effective settings with secrets and passwords in URLs redacted", () => {
    const env = {
      ...PROD,
      DATABASE_URL: "postgresql://kabinet:db-pass-123@db:5432/kabinet",
      REDIS_URL: "redis://:redis-pass-456@cache:6379",
      SMTP_URL: "smtps://mailer:smtp-pass-789@mail.example.ru:465",
      SMS_GATEWAY_URL: "https://sms.example.ru/v1",
      SMS_GATEWAY_TOKEN: "sms-token-abc",
      BANK_API_KEY: "bank-key-def",
      S3_SECRET_ACCESS_KEY: "s3-secret-ghi",
      PUBLIC_URL: "https://lk.example.ru",
    };
    const report = settingsReport(env).join("\n");
    for (const secret of [JWT, WEBHOOK, "db-pass-123", "redis-pass-456", "smtp-pass-789", "sms-token-abc", "bank-key-def", "s3-secret-ghi"])
      expect(report).not.toContain(secret);
    expect(report).toContain("DATABASE_URL=postgresql://kabinet:***@db:5432/kabinet");
    expect(report).toContain("SMTP_URL=smtps://mailer:***@mail.example.ru:465");
    expect(report).toContain("JWT_SECRET=(set, redacted)");
    expect(report).toContain("SMS_GATEWAY_TOKEN=(set, redacted)");
    expect(report).toContain("SEED_DEMO=false");
    expect(report).toContain("CORS_ORIGINS=https://lk.example.ru");
    expect(report).toContain("PENALTY_KEY_RATE=9.5");
    expect(settingsReport({}).join("\n")).toContain("JWT_SECRET=(development default)");
  });
});

// ───────────── a real start ─────────────

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

const START_ENV = {
  ...PROD,
  SMTP_URL: "smtp://127.0.0.1:1",
  SMS_GATEWAY_URL: "http://127.0.0.1:1/sms",
  SMS_GATEWAY_TOKEN: "sms-token",
  BANK_PROVIDER: "sandbox",
  JOBS: "false",
};

describe("a production start", () => {
  it("stops on a bad setting with its one line and a non-zero exit", async () => {
    const bad = await startMain({ ...START_ENV, PORT: "80a", DATA_DIR: path.join(os.tmpdir(), "kabinet-never-created") });
    expect(bad.code).not.toBe(0);
    expect(bad.stderr.trim()).toBe('PORT: expected an integer from 0 to 65535, got "80a"');

    // The readings window is parsed here, once: a bad one never becomes the default 1-25 later.
    const badWindow = await startMain({ ...START_ENV, READINGS_WINDOW: "25-1", DATA_DIR: path.join(os.tmpdir(), "kabinet-never-created") });
    expect(badWindow.code).not.toBe(0);
    expect(badWindow.stderr.trim()).toBe('READINGS_WINDOW: expected days of the month like 1-25 (first ≤ last, within 1–31), got "25-1"');

    const devSecret = await startMain({ ...START_ENV, JWT_SECRET: DEV_SECRETS.JWT_SECRET, PORT: "0" });
    expect(devSecret.code).not.toBe(0);
    expect(devSecret.stderr.trim()).toBe(`JWT_SECRET: expected ${SECRET_RULE} (required in production), got the development default`);

    const noWebhookSecret = await startMain({ ...START_ENV, BANK_WEBHOOK_SECRET: "", PORT: "0" });
    expect(noWebhookSecret.code).not.toBe(0);
    expect(noWebhookSecret.stderr.trim()).toBe(`BANK_WEBHOOK_SECRET: expected ${SECRET_RULE} (required in production), got nothing`);
  }, 120_000);

  it("on an empty database adds no demo users, staff or partner keys, and prints its settings redacted", async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "kabinet-prod-start-"));
    try {
      const port = await freePort();
      let signIn: unknown;
      const run = await startMain(
        { ...START_ENV, PORT: String(port), DATA_DIR: dataDir },
        {
          untilListening: async (url) => {
            const res = await fetch(`${url}/graphql`, {
              method: "POST",
              headers: { "content-type": "application/json" },
              // As the operators' console signs in: its persisted document, by hash (production runs no other from a browser).
              body: JSON.stringify({
                extensions: { persistedQuery: { version: 1, sha256Hash: persistedHash("StaffSessionCreate") } },
                variables: { input: { login: "admin", password: "admin2026" } },
              }),
            });
            const { session, userErrors } = ((await res.json()) as any).data.staffSessionCreate;
            signIn = { session, userErrors: userErrors.map((e: { code: string }) => ({ code: e.code })) };
          },
        },
      );
      expect(run.code, run.stderr).toBe(0);
      expect(signIn).toEqual({ session: null, userErrors: [{ code: "INVALID_CREDENTIALS" }] });
      expect(run.stdout).not.toContain("seeding demo data");
      // Production logs are JSON lines: the settings are one object of NAME: value.
      const settings = run.stdout
        .split("\n")
        .filter(Boolean)
        .map((line) => JSON.parse(line))
        .find((l) => l.msg === "settings")?.settings;
      expect(settings.SEED_DEMO).toBe("false");
      expect(settings.JWT_SECRET).toBe("(set, redacted)");
      expect(run.stdout + run.stderr).not.toContain(JWT);
      expect(run.stdout + run.stderr).not.toContain(WEBHOOK);

      const db = await openDatabase({ dataDir });
      try {
        const counts = await Promise.all([db.prisma.user.count(), db.prisma.staffUser.count(), db.prisma.apiKey.count(), db.prisma.account.count()]);
        expect(counts).toEqual([0, 0, 0, 0]);
      } finally {
        await db.close();
      }
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  }, 180_000);
});
