// Field rules of registration and profile (manual 2, 3.1) with their Russian messages. Pure
// functions: each returns the normalised value or the message to show on that field.
export const MSG = {
  accountFormat: "Лицевой счет должен состоять из 10 цифр",
  accountNotFound: "Указанный лицевой счет не найден в базе.",
  accountOrSurname: "Введены ошибочные данные (ЛС или Фамилия)",
  surnameRequired: "Укажите фамилию собственника",
  contactRequired: "Обязательно необходим один из контактов",
  emailFormat: "Введите корректный адрес электронной почты",
  emailLatin: "Адрес электронной почты должен содержать только латинские буквы",
  emailRf: "Адреса домена «.рф» не поддерживаются",
  emailTaken: "Пользователь с таким E-mail уже существует. Если у Вас уже есть аккаунт в личном кабинете, попробуйте восстановить пароль.",
  phoneFormat: "Номер телефона должен содержать 11 цифр федерального номера, например +7 (999) 999-99-99",
  passwordLength: "Пароль должен содержать не менее 6 символов.",
  passwordDigit: "Пароль должен содержать цифры (0-9).",
  passwordLower: "Пароль должен содержать латинские символы нижнего регистра (a-z).",
  passwordCyrillic: "Пароль не должен содержать буквы русского алфавита.",
  passwordChars: "Пароль может содержать только латинские буквы, цифры, пробел и символы !@#$%^&*()",
  passwordCommon: "Этот пароль слишком распространён и легко подбирается. Придумайте другой.",
  passwordMismatch: "Пароли не совпадают",
  consentRequired: "Необходимо дать согласие на обработку персональных данных",
} as const;

export type Checked<T> = { ok: true; value: T } | { ok: false; message: string };
const ok = <T>(value: T): Checked<T> => ({ ok: true, value });
const fail = <T>(message: string): Checked<T> => ({ ok: false, message });

export function checkAccountNumber(raw: string): Checked<string> {
  const v = raw.trim();
  return /^\d{10}$/.test(v) ? ok(v) : fail(MSG.accountFormat);
}

/** Lower-cased; Latin only (no IDN, so no .рф). */
export function checkEmail(raw: string): Checked<string> {
  const v = raw.trim().toLowerCase();
  if (/\.(рф|xn--p1ai)$/i.test(v)) return fail(MSG.emailRf);
  if (/[^\x00-\x7f]/.test(v)) return fail(MSG.emailLatin);
  if (v.length > 254 || !/^[a-z0-9._%+-]+@[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}$/.test(v)) return fail(MSG.emailFormat);
  return ok(v);
}

/** Accepts +7 (999) 999-99-99, 8 999 999 99 99, 89999999999 …; stores 7XXXXXXXXXX. */
export function checkPhone(raw: string): Checked<string> {
  if (/[^\d\s()+\-.]/.test(raw)) return fail(MSG.phoneFormat);
  const digits = raw.replace(/\D/g, "");
  if (digits.length !== 11 || !/^[78]9/.test(digits)) return fail(MSG.phoneFormat);
  return ok(`7${digits.slice(1)}`);
}

// The most common passwords of leaked-password lists that pass the 3.1 character rules.
const COMMON = new Set(
  "123456a a123456 qwerty1 qwerty12 qwerty123 1qaz2wsx password1 password123 abc123 abc12345 123abc 1q2w3e 1q2w3e4r 1q2w3e4r5t q1w2e3 q1w2e3r4 zaq12wsx 123qwe 123qwerty qwe123 asd123 zxc123 iloveyou1 marina1 natasha1 111111a 000000a 12345q 12345qwert qwerty1234 pass123 passw0rd p@ssw0rd admin123 admin1 test123 test1234 user123 letmein1 welcome1 dragon1 monkey1 master1 sunshine1 princess1 football1 baseball1 superman1 qazwsx123 1234qwer 12qwaszx"
    .split(" "),
);

export function checkPassword(password: string): Checked<string> {
  if (/[а-яё]/i.test(password)) return fail(/[a-z]/.test(password) ? MSG.passwordCyrillic : MSG.passwordLower);
  if (/[^a-zA-Z0-9 !@#$%^&*()]/.test(password)) return fail(MSG.passwordChars);
  if (password.length < 6) return fail(MSG.passwordLength);
  if (!/[0-9]/.test(password)) return fail(MSG.passwordDigit);
  if (!/[a-z]/.test(password)) return fail(MSG.passwordLower);
  if (COMMON.has(password.toLowerCase())) return fail(MSG.passwordCommon);
  return ok(password);
}

/** Surnames compare case-insensitively, ignoring ё/е and surrounding spaces. */
export function sameSurname(a: string, b: string): boolean {
  const norm = (s: string) => s.trim().toLowerCase().replace(/ё/g, "е");
  return norm(a) === norm(b) && norm(a) !== "";
}
