// `npm run staff:create` as an operator runs it (a child process on a PGlite folder, and on a
// PostgreSQL database when TEST_DATABASE_URL is set): the administrator it creates signs in to
// the console; weak passwords and taken logins are refused and change nothing; --reset-password
// replaces the password and ends the old sessions.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp } from "../../test/app.js";
import { openDatabase, type Database } from "../client.js";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
const GOOD = "Strong pass 2026";

interface Target {
  name: string;
  env: Record<string, string>;
  open(): Promise<Database>;
  drop(): Promise<void>;
}

function pgliteTarget(): Target {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "kabinet-staff-create-"));
  return {
    name: "pglite",
    env: { DATA_DIR: dataDir },
    open: () => openDatabase({ dataDir }),
    drop: async () => fs.rmSync(dataDir, { recursive: true, force: true }),
  };
}

async function postgresTarget(adminUrl: string): Promise<Target> {
  const name = `kabinet_staff_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    name: "postgres",
    env: { DATABASE_URL: url.toString() },
    open: () => openDatabase({ databaseUrl: url.toString(), dataDir: "", poolSize: 2 }),
    drop: async () => {
      const c = new pg.Client({ connectionString: adminUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

/** Runs the CLI as `npm run staff:create -- …` does; `stdin` is piped as the password line. */
function staffCreate(target: Target, args: string[], opts: { password?: string; stdin?: string } = {}) {
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: "production", JWT_SECRET: "j".repeat(40), BANK_WEBHOOK_SECRET: "w".repeat(40), ...target.env };
  if (!target.env.DATABASE_URL) delete env.DATABASE_URL;
  if (opts.password === undefined) delete env.STAFF_PASSWORD;
  else env.STAFF_PASSWORD = opts.password;
  const child = spawn(process.execPath, ["--import", "tsx", "server/db/cli/staff-create.ts", ...args], { cwd: ROOT, env, stdio: ["pipe", "pipe", "pipe"] });
  child.stdin!.end(opts.stdin ?? "");
  let stdout = "";
  let stderr = "";
  child.stdout!.on("data", (c: Buffer) => void (stdout += c.toString()));
  child.stderr!.on("data", (c: Buffer) => void (stderr += c.toString()));
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => child.once("exit", (code) => resolve({ code, stdout, stderr })));
}

const SIGN_IN = `mutation($l: String!, $p: String!) { staffSessionCreate(input: { login: $l, password: $p, refreshTokenDelivery: BODY }) {
  session { accessToken } userErrors { code } } }`;

/** Opens the database (the CLI has exited: PGlite allows one process at a time), runs `fn`, closes. */
async function withDb<T>(target: Target, fn: (db: Database) => Promise<T>): Promise<T> {
  const db = await target.open();
  try {
    return await fn(db);
  } finally {
    await db.close();
  }
}

async function signIn(db: Database, login: string, password: string) {
  const t = createTestApp(db);
  return (await t.gql(SIGN_IN, { l: login, p: password })).data?.staffSessionCreate;
}

const targets: (() => Promise<Target>)[] = [async () => pgliteTarget()];
if (process.env.TEST_DATABASE_URL) targets.push(() => postgresTarget(process.env.TEST_DATABASE_URL!));

describe.each(targets.map((make, i) => ({ make, name: i === 0 ? "pglite" : "postgres" })))("staff:create on $name", ({ make }) => {
  let target: Target;
  beforeAll(async () => {
    target = await make();
  });
  afterAll(async () => {
    await target?.drop();
  });

  it("creates an administrator from a piped password who signs in to the console, audited", async () => {
    const run = await staffCreate(target, ["--login", "chief", "--name", "Петрова  Анна Сергеевна", "--role", "ADMIN"], { stdin: `${GOOD}\n` });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain("«chief»");
    expect(run.stdout + run.stderr).not.toContain(GOOD);

    await withDb(target, async (db) => {
      const staff = await db.prisma.staffUser.findUniqueOrThrow({ where: { login: "chief" } });
      expect([staff.fullName, staff.role, staff.active]).toEqual(["Петрова Анна Сергеевна", "ADMIN", true]);
      expect(staff.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
      const session = await signIn(db, "chief", GOOD);
      expect(session.userErrors).toEqual([]);
      expect(session.session.accessToken).toBeTruthy();
      const log = await db.prisma.auditLog.findMany({ where: { action: "staff.created" } });
      expect(log.map((e) => [e.actorType, e.entity, e.entityId, (e.data as any).login, (e.data as any).role])).toEqual([
        ["SYSTEM", "StaffUser", String(staff.id), "chief", "ADMIN"],
      ]);
    });
  }, 120_000);

  it("refuses weak passwords with the 3.1 message or the 12-character minimum, and changes nothing", async () => {
    const cases: [string, string][] = [
      ["short1pass", "не менее 12 символов"], // passes 3.1, too short for staff
      ["NO LOWER CASE 2026", "(a-z)"],
      ["nodigitsatallhere", "цифры (0-9)"],
      ["пароль12345678", "Пароль должен содержать"],
      ["", "Пароль не задан"],
    ];
    // The password is checked before the database is opened, so the runs need not wait for each other.
    const runs = await Promise.all(
      cases.map(([password]) => staffCreate(target, ["--login", "weak", "--name", "Слабый Пароль", "--role", "OPERATOR"], { password: password || undefined })),
    );
    cases.forEach(([password, message], i) => {
      expect(runs[i]!.code, `${password}: ${runs[i]!.stdout}`).toBe(1);
      expect(runs[i]!.stderr).toContain(message);
    });
    await withDb(target, async (db) => {
      expect(await db.prisma.staffUser.count({ where: { login: "weak" } })).toBe(0);
    });
  }, 120_000);

  it("refuses an existing login with a clear message; bad arguments get the usage", async () => {
    const taken = await staffCreate(target, ["--login", "chief", "--name", "Другой Человек", "--role", "OPERATOR"], { password: "Another pass 2026" });
    expect(taken.code).toBe(1);
    expect(taken.stderr).toContain("Сотрудник с логином «chief» уже существует");
    expect(taken.stderr).toContain("--reset-password");

    const [badRole, noName] = await Promise.all([
      staffCreate(target, ["--login", "clerk", "--name", "Иванов Иван", "--role", "ROOT"], { password: GOOD }),
      staffCreate(target, ["--login", "clerk", "--role", "OPERATOR"], { password: GOOD }),
    ]);
    expect(badRole.code).toBe(2);
    expect(badRole.stderr).toContain("--role: ожидается ADMIN, OPERATOR, CONTACT_CENTRE, получено «ROOT»");
    expect(noName.code).toBe(2);
    expect(noName.stderr).toContain("--name");

    await withDb(target, async (db) => {
      const staff = await db.prisma.staffUser.findMany({ select: { login: true, fullName: true, role: true } });
      expect(staff).toEqual([{ login: "chief", fullName: "Петрова Анна Сергеевна", role: "ADMIN" }]);
      expect((await signIn(db, "chief", GOOD)).userErrors).toEqual([]);
    });
  }, 120_000);

  it("--reset-password sets a new password, the old one stops working and old sessions end", async () => {
    const NEW = "Brand new pass 77";
    const openSessions = await withDb(target, (db) => db.prisma.session.count({ where: { staffUser: { login: "chief" }, revokedAt: null } }));
    expect(openSessions).toBeGreaterThan(0);

    const weak = await staffCreate(target, ["--login", "chief", "--reset-password"], { stdin: "short1pass\n" });
    expect(weak.code).toBe(1);
    const missing = await staffCreate(target, ["--login", "nobody", "--reset-password"], { stdin: `${NEW}\n` });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("«nobody» не найден");

    const run = await staffCreate(target, ["--login", "chief", "--reset-password"], { stdin: `${NEW}\n` });
    expect(run.code, run.stderr).toBe(0);
    await withDb(target, async (db) => {
      expect(await db.prisma.session.count({ where: { staffUser: { login: "chief" }, revokedAt: null } })).toBe(0);
      expect((await signIn(db, "chief", GOOD)).userErrors).toEqual([{ code: "INVALID_CREDENTIALS" }]);
      expect((await signIn(db, "chief", NEW)).userErrors).toEqual([]);
      const staff = await db.prisma.staffUser.findUniqueOrThrow({ where: { login: "chief" } });
      expect(staff.role).toBe("ADMIN");
      expect(await db.prisma.auditLog.count({ where: { action: "staff.password_reset", entityId: String(staff.id) } })).toBe(1);
      expect(await db.prisma.staffUser.count({ where: { login: "nobody" } })).toBe(0);
    });
  }, 120_000);

  it("creates a contact-centre employee (manual 7.2), who signs in to the console with that role", async () => {
    const run = await staffCreate(target, ["--login", "desk", "--name", "Сидорова Мария", "--role", "CONTACT_CENTRE"], { password: GOOD });
    expect(run.code, run.stderr).toBe(0);
    await withDb(target, async (db) => {
      expect((await db.prisma.staffUser.findUniqueOrThrow({ where: { login: "desk" } })).role).toBe("CONTACT_CENTRE");
      expect((await signIn(db, "desk", GOOD)).userErrors).toEqual([]);
    });
  }, 120_000);
});
