// Field rules of registration and profile (manual 2, 3.1). Pure functions: each returns the
// normalised value or the rule that failed (its text is in errors.ts).
import type { EmailRule, PasswordRule } from "./errors.js";

export type Checked<T, R extends string = never> = { ok: true; value: T } | { ok: false; rule: R };
const ok = <T>(value: T) => ({ ok: true, value }) as const;
const fail = <R extends string>(rule: R) => ({ ok: false, rule }) as const;

export function checkAccountNumber(raw: string): Checked<string, "accountFormat"> {
  const v = raw.trim();
  return /^\d{10}$/.test(v) ? ok(v) : fail("accountFormat");
}

/** Lower-cased; Latin only (no IDN, so no .рф). */
export function checkEmail(raw: string): Checked<string, EmailRule> {
  const v = raw.trim().toLowerCase();
  if (/\.(рф|xn--p1ai)$/i.test(v)) return fail("emailRf");
  if (/[^\x00-\x7f]/.test(v)) return fail("emailLatin");
  if (v.length > 254 || !/^[a-z0-9._%+-]+@[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}$/.test(v)) return fail("emailFormat");
  return ok(v);
}

/** Accepts +7 (999) 999-99-99, 8 999 999 99 99, 89999999999 …; stores 7XXXXXXXXXX. */
export function checkPhone(raw: string): Checked<string, "phoneFormat"> {
  if (/[^\d\s()+\-.]/.test(raw)) return fail("phoneFormat");
  const digits = raw.replace(/\D/g, "");
  if (digits.length !== 11 || !/^[78]9/.test(digits)) return fail("phoneFormat");
  return ok(`7${digits.slice(1)}`);
}

// The most common passwords of leaked-password lists that pass the 3.1 character rules.
const COMMON = new Set(
  "123456a a123456 qwerty1 qwerty12 qwerty123 1qaz2wsx password1 password123 abc123 abc12345 123abc 1q2w3e 1q2w3e4r 1q2w3e4r5t q1w2e3 q1w2e3r4 zaq12wsx 123qwe 123qwerty qwe123 asd123 zxc123 iloveyou1 marina1 natasha1 111111a 000000a 12345q 12345qwert qwerty1234 pass123 passw0rd p@ssw0rd admin123 admin1 test123 test1234 user123 letmein1 welcome1 dragon1 monkey1 master1 sunshine1 princess1 football1 baseball1 superman1 qazwsx123 1234qwer 12qwaszx".split(
    " ",
  ),
);

export function checkPassword(password: string): Checked<string, PasswordRule> {
  if (/[а-яё]/i.test(password)) return fail(/[a-z]/.test(password) ? "passwordCyrillic" : "passwordLower");
  if (/[^a-zA-Z0-9 !@#$%^&*()]/.test(password)) return fail("passwordChars");
  if (password.length < 6) return fail("passwordLength");
  if (!/[0-9]/.test(password)) return fail("passwordDigit");
  if (!/[a-z]/.test(password)) return fail("passwordLower");
  if (COMMON.has(password.toLowerCase())) return fail("passwordCommon");
  return ok(password);
}

/** Surnames compare case-insensitively, ignoring ё/е and surrounding spaces. */
export function sameSurname(a: string, b: string): boolean {
  const norm = (s: string) => s.trim().toLowerCase().replace(/ё/g, "е");
  return norm(a) === norm(b) && norm(a) !== "";
}
