// Sign-in limits attacked as an attacker would: in parallel, through every identifier of a
// user, from a shared address, against staff; and argon2id with the scrypt upgrade.
import { scryptSync } from "node:crypto";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { testDatabases } from "../../test/db.js";
import { withTestApp } from "../../test/app.js";
import { createCustomer } from "../../test/fixtures.js";
import { DEVICE_COOKIE } from "./device-cookie.js";
import { DUMMY_HASH, hashPassword, verifyPassword } from "./password.js";

// The real verify, counted: every password comparison the sign-in makes goes through it.
vi.mock("./password.js", async (importOriginal) => {
  const real = await importOriginal<typeof import("./password.js")>();
  return { ...real, verifyPassword: vi.fn(real.verifyPassword) };
});
const checks = vi.mocked(verifyPassword);

const SIGN_IN = `mutation($login: String!, $password: String!) {
  sessionCreate(input: { login: $login, password: $password }) { session { accessToken } viewer { login } userErrors { code message } }
}`;
const STAFF_SIGN_IN = `mutation($login: String!, $password: String!) {
  staffSessionCreate(input: { login: $login, password: $password }) { session { accessToken } userErrors { code message } }
}`;
const LOCKED = "Слишком много неудачных попыток входа. Повторите попытку через 15 мин.";

interface Attempt {
  ok: boolean;
  code?: string;
  message?: string;
  /** The device cookie the answer set (name=value), if any. */
  device?: string;
  /** The whole Set-Cookie line of the device cookie. */
  deviceLine?: string;
}

describe.each(testDatabases())("sign-in limits on $name", (backend) => {
  const t = withTestApp({ backend });
  const { database } = t;
  beforeEach(() => void checks.mockClear());

  async function attempt(login: string, password: string, o: { address?: string; cookie?: string; staff?: boolean } = {}): Promise<Attempt> {
    const res = await t.app.yoga.fetch(
      "http://kabinet.test/graphql",
      {
        method: "POST",
        headers: { "content-type": "application/json", ...(o.cookie ? { cookie: o.cookie } : {}) },
        body: JSON.stringify({ query: o.staff ? STAFF_SIGN_IN : SIGN_IN, variables: { login, password } }),
      },
      { clientAddress: o.address ?? null },
    );
    const body = (await res.json()) as any;
    const p = o.staff ? body.data.staffSessionCreate : body.data.sessionCreate;
    const name = o.staff ? DEVICE_COOKIE.staff : DEVICE_COOKIE.customer;
    const device = res.headers.getSetCookie().find((c) => c.startsWith(`${name}=`));
    return { ok: !!p.session, code: p.userErrors[0]?.code, message: p.userErrors[0]?.message, device: device?.split(";")[0], deviceLine: device };
  }
  const fail = (n: number, login: (i: number) => string, o: { address?: string; staff?: boolean } = {}) =>
    Promise.all(Array.from({ length: n }, (_, i) => attempt(login(i), `wrong-${i}`, o)));

  it("30 parallel wrong passwords get at most 5 password checks; the rest and then the right one get the lock", async () => {
    const c = await createCustomer(database.prisma);
    const answers = await fail(30, () => c.user.login);
    expect(checks.mock.calls.length).toBeLessThanOrEqual(5);
    expect(answers.filter((a) => a.code === "INVALID_CREDENTIALS")).toHaveLength(checks.mock.calls.length);
    expect(answers.filter((a) => a.message === LOCKED)).toHaveLength(30 - checks.mock.calls.length);
    checks.mockClear();
    expect(await attempt(c.user.login, c.password)).toMatchObject({ ok: false, code: "TOO_MANY_ATTEMPTS", message: LOCKED });
    expect(checks).not.toHaveBeenCalled();
  });

  it("login, e-mail and account number share one counter; an unknown login counts under what was typed", async () => {
    const c = await createCustomer(database.prisma);
    await database.prisma.user.update({ where: { id: c.user.id }, data: { email: `${c.user.login}@mail.test` } });
    const ids = [c.user.login, `${c.user.login}@mail.test`, c.account.number, ` ${c.user.login.toUpperCase()}@MAIL.TEST`, c.account.number];
    for (const login of ids) expect((await attempt(login, "wrong-one")).code).toBe("INVALID_CREDENTIALS");
    for (const login of [c.user.login, c.account.number, `${c.user.login}@mail.test`]) {
      expect(await attempt(login, c.password)).toMatchObject({ ok: false, message: LOCKED });
    }

    for (const login of ["Nobody-Here", " nobody-here", "NOBODY-HERE ", "nobody-here", "nobody-HERE"]) {
      expect((await attempt(login, "whatever1")).code).toBe("INVALID_CREDENTIALS");
    }
    checks.mockClear();
    expect((await attempt("nobody-here", "whatever1")).message).toBe(LOCKED);
    expect(checks).not.toHaveBeenCalled();
  });

  it("a success clears the counter, so counting before the check never locks out the owner who types right", async () => {
    const c = await createCustomer(database.prisma);
    for (let round = 0; round < 3; round++) {
      await fail(4, () => c.user.login);
      expect((await attempt(c.user.login, c.password)).ok).toBe(true);
    }
  });

  it("a device that signed in before still signs in while a stranger has locked its login and its address", async () => {
    const owner = await createCustomer(database.prisma);
    const neighbour = await createCustomer(database.prisma);
    const address = "10.20.30.40";
    const first = await attempt(owner.user.login, owner.password, { address });
    expect(first.ok).toBe(true);
    expect(first.device).toMatch(new RegExp(`^${DEVICE_COOKIE.customer}=`));
    expect(first.deviceLine).toMatch(/; HttpOnly/i);
    expect(first.deviceLine).toMatch(/; SameSite=Strict/i);
    expect(first.deviceLine).toMatch(/; Path=\/graphql/i);

    // The stranger, behind the same address: the owner's login, then 30 other guesses.
    await fail(6, () => owner.user.login, { address });
    await fail(30, (i) => `guess-${i}`, { address });
    expect((await attempt(neighbour.user.login, neighbour.password, { address })).message).toBe(LOCKED);
    expect((await attempt(owner.user.login, owner.password, { address })).message).toBe(LOCKED);

    const trusted = await attempt(owner.user.login, owner.password, { address, cookie: first.device });
    expect(trusted).toMatchObject({ ok: true });
    // The cookie binds the owner: it neither helps the neighbour nor survives tampering.
    expect((await attempt(neighbour.user.login, neighbour.password, { address, cookie: trusted.device })).message).toBe(LOCKED);
    const forged = trusted.device!.replace(/=(\d+)\./, `=${neighbour.user.id}.`);
    expect((await attempt(neighbour.user.login, neighbour.password, { address, cookie: forged })).message).toBe(LOCKED);

    // The device is limited on its own: its own 5 typos lock it, not the others.
    const mine = trusted.device!;
    for (let i = 0; i < 5; i++) expect((await attempt(owner.user.login, `typo-${i}`, { address, cookie: mine })).code).toBe("INVALID_CREDENTIALS");
    expect((await attempt(owner.user.login, owner.password, { address, cookie: mine })).message).toBe(LOCKED);
  });

  it("a staff lockout does not lock customers out, nor a customer lockout staff", async () => {
    await database.prisma.staffUser.create({
      data: { login: "op-limits", passwordHash: await hashPassword("operator2026"), fullName: "Оператор", role: "OPERATOR" },
    });
    const c = await createCustomer(database.prisma, { login: "op-limits" });
    const address = "10.9.9.9";
    await fail(6, () => "op-limits", { address, staff: true });
    await fail(30, (i) => `staff-guess-${i}`, { address, staff: true });
    expect((await attempt("op-limits", "operator2026", { address, staff: true })).message).toBe(LOCKED);
    expect((await attempt("op-limits", c.password, { address })).ok).toBe(true);

    await fail(6, () => c.user.login, { address: "10.9.9.8" });
    await database.prisma.loginThrottle.deleteMany({ where: { key: { startsWith: "staff:" } } });
    expect((await attempt("op-limits", "operator2026", { address: "10.9.9.8", staff: true })).ok).toBe(true);
  });

  it("argon2id at OWASP's cost; an old scrypt hash still signs in and is upgraded", async () => {
    const c = await createCustomer(database.prisma);
    expect(c.user.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    const salt = Buffer.from("0123456789abcdef");
    const old = `scrypt$16384$8$1$${salt.toString("base64")}$${scryptSync(c.password, salt, 32, { N: 16384, r: 8, p: 1 }).toString("base64")}`;
    await database.prisma.user.update({ where: { id: c.user.id }, data: { passwordHash: old } });
    expect((await attempt(c.user.login, "wrong-pass")).ok).toBe(false);
    expect((await database.prisma.user.findUniqueOrThrow({ where: { id: c.user.id } })).passwordHash).toBe(old);

    expect((await attempt(c.user.login, c.password)).ok).toBe(true);
    const upgraded = (await database.prisma.user.findUniqueOrThrow({ where: { id: c.user.id } })).passwordHash;
    expect(upgraded).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect((await attempt(c.user.login, c.password)).ok).toBe(true);
    // The unknown-login dummy is a real argon2id hash at the same cost that nothing matches.
    expect(DUMMY_HASH).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyPassword("", DUMMY_HASH)).toBe(false);
  });
});
