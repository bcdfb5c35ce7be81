// `npm run staff:create -- --login <login> --name "<full name>" --role ADMIN|OPERATOR`: adds a
// staff account — the only way to get the first administrator into a production database
// (the demo staff are never seeded there). `--reset-password` sets a new password for an
// existing login instead (and signs it out everywhere). The password comes from STAFF_PASSWORD
// or the first line of stdin, never from the command line (it would stay in shell history and
// be visible in the process list). Exit codes: 0 done, 1 refused (nothing changed), 2 usage.
import readline from "node:readline";
import { parseArgs } from "node:util";
import { loadConfig } from "../../config.js";
import { hashPassword } from "../../domains/identity/password.js";
import { identityErrors } from "../../domains/identity/errors.js";
import { checkPassword } from "../../domains/identity/validation.js";
import { audit } from "../../shared/audit.js";
import { openDatabase } from "../client.js";
import { Prisma, type StaffRole } from "../generated/prisma/client.js";
import { applyMigrations } from "../migrate.js";

/** Staff passwords guard the whole console: longer than the customers' 6 (manual 3.1). */
export const STAFF_PASSWORD_MIN = 12;
const ROLES: StaffRole[] = ["ADMIN", "OPERATOR", "CONTACT_CENTRE"];
const USAGE =
  'usage: npm run staff:create -- --login <login> --name "<ФИО>" --role ADMIN|OPERATOR|CONTACT_CENTRE [--reset-password]\n' +
  "       the password: STAFF_PASSWORD=… or one line on stdin";

class Refused extends Error {}

function usage(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

function parse() {
  let values;
  try {
    ({ values } = parseArgs({
      options: { login: { type: "string" }, name: { type: "string" }, role: { type: "string" }, "reset-password": { type: "boolean" } },
      strict: true,
    }));
  } catch (err) {
    usage((err as Error).message);
  }
  const reset = values["reset-password"] === true;
  const login = values.login?.trim() ?? "";
  if (!/^[a-zA-Z0-9._-]{3,64}$/.test(login)) usage("--login: от 3 до 64 латинских букв, цифр и знаков . _ -");
  const fullName = values.name?.trim().replace(/\s+/g, " ") ?? "";
  const role = values.role?.toUpperCase();
  if (!reset) {
    if (!fullName) usage("--name: укажите ФИО сотрудника");
    if (!role) usage("--role: укажите ADMIN или OPERATOR");
  }
  if (role !== undefined && !ROLES.includes(role as StaffRole)) usage(`--role: ожидается ${ROLES.join(", ")}, получено «${values.role}»`);
  return { login, fullName: fullName || undefined, role: role as StaffRole | undefined, reset };
}

async function readPassword(): Promise<string> {
  const fromEnv = process.env.STAFF_PASSWORD;
  if (fromEnv) return fromEnv;
  if (process.stdin.isTTY) process.stderr.write("Пароль сотрудника: ");
  const lines = readline.createInterface({ input: process.stdin, terminal: false });
  for await (const line of lines) {
    lines.close();
    return line.replace(/\r$/, "");
  }
  return "";
}

function checkStaffPassword(password: string): void {
  if (!password) throw new Refused("Пароль не задан: передайте его в STAFF_PASSWORD или строкой на stdin");
  const checked = checkPassword(password);
  if (!checked.ok) throw new Refused(identityErrors.message("WEAK_PASSWORD", checked.rule));
  if (password.length < STAFF_PASSWORD_MIN) throw new Refused(`Пароль сотрудника должен содержать не менее ${STAFF_PASSWORD_MIN} символов.`);
}

const args = parse();
const password = await readPassword();
try {
  checkStaffPassword(password);
} catch (err) {
  console.error((err as Error).message);
  process.exit(1);
}

const config = loadConfig();
const db = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
let code = 0;
try {
  await applyMigrations(db.sql);
  const passwordHash = await hashPassword(password); // slow: outside the transaction
  const now = new Date();
  const message = await db.prisma.$transaction(async (tx) => {
    const existing = await tx.staffUser.findUnique({ where: { login: args.login } });
    if (!args.reset) {
      if (existing) throw new Refused(`Сотрудник с логином «${args.login}» уже существует. Чтобы задать ему новый пароль, добавьте --reset-password.`);
      const staff = await tx.staffUser.create({ data: { login: args.login, fullName: args.fullName!, role: args.role!, passwordHash } });
      await audit(
        tx,
        {
          actorType: "SYSTEM",
          action: "staff.created",
          entity: "StaffUser",
          entityId: staff.id,
          data: { login: staff.login, role: staff.role, via: "staff:create" },
        },
        now,
      );
      return `Сотрудник «${staff.login}» (${staff.fullName}, ${staff.role}) создан.`;
    }
    if (!existing) throw new Refused(`Сотрудник с логином «${args.login}» не найден: уберите --reset-password, чтобы создать его.`);
    const staff = await tx.staffUser.update({
      where: { id: existing.id },
      data: { passwordHash, ...(args.fullName ? { fullName: args.fullName } : {}), ...(args.role ? { role: args.role } : {}) },
    });
    // Whoever knew the old password must not stay signed in with it.
    const { count } = await tx.session.updateMany({
      where: { staffUserId: staff.id, revokedAt: null },
      data: { revokedAt: now, revokeReason: "password reset" },
    });
    await audit(
      tx,
      {
        actorType: "SYSTEM",
        action: "staff.password_reset",
        entity: "StaffUser",
        entityId: staff.id,
        data: { login: staff.login, role: staff.role, sessionsRevoked: count, via: "staff:create" },
      },
      now,
    );
    return `Пароль сотрудника «${staff.login}» (${staff.role}) изменён; закрыто сеансов: ${count}.`;
  });
  console.log(message);
} catch (err) {
  // Two runs creating the same login at once: the unique index refuses the second.
  const taken = err instanceof Prisma.PrismaClientKnownRequestError && err.code === "P2002";
  if (!(err instanceof Refused) && !taken) throw err;
  console.error(taken ? `Сотрудник с логином «${args.login}» уже существует. Чтобы задать ему новый пароль, добавьте --reset-password.` : err.message);
  code = 1;
} finally {
  await db.close();
}
process.exit(code);
