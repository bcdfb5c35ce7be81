// The identity domain's error codes and messages: registration (manual 2), passwords (3.1),
// sign-in (4), recovery (5), login, password, e-mail and phone in the profile (6.6).
import { errorCatalogue } from "../../shared/errors.js";

/** The field rules' texts (validation.ts names the rule that failed). */
export const FIELD_TEXT = {
  emailFormat: "Введите корректный адрес электронной почты",
  emailLatin: "Адрес электронной почты должен содержать только латинские буквы",
  emailRf: "Адреса домена «.рф» не поддерживаются",
  passwordLength: "Пароль должен содержать не менее 6 символов.",
  passwordDigit: "Пароль должен содержать цифры (0-9).",
  passwordLower: "Пароль должен содержать латинские символы нижнего регистра (a-z).",
  passwordCyrillic: "Пароль не должен содержать буквы русского алфавита.",
  passwordChars: "Пароль может содержать только латинские буквы, цифры, пробел и символы !@#$%^&*()",
  passwordCommon: "Этот пароль слишком распространён и легко подбирается. Придумайте другой.",
} as const;
export type EmailRule = "emailFormat" | "emailLatin" | "emailRf";
export type PasswordRule = "passwordLength" | "passwordDigit" | "passwordLower" | "passwordCyrillic" | "passwordChars" | "passwordCommon";

const EMAIL_TAKEN = "Пользователь с таким E-mail уже существует. Если у Вас уже есть аккаунт в личном кабинете, попробуйте восстановить пароль.";

export const identityErrors = errorCatalogue({
  INVALID_CREDENTIALS: { description: "The login (or account number) and password do not match a user.", message: "Неверный логин или пароль" },
  TOO_MANY_ATTEMPTS: {
    description: "Sign-in is locked for a while after repeated wrong passwords; the message says how many minutes.",
    message: (minutes: number) => `Слишком много неудачных попыток входа. Повторите попытку через ${minutes} мин.`,
  },
  PASSWORD_CHANGE_REQUIRED: {
    description:
      "The session was opened with a password that breaks the rules of 3.1 (a previous portal's password, for one): until `viewerPasswordChange` sets a new one, every other operation that needs a signed-in customer answers with this top-level error (`extensions.code`); the message names the rule broken.",
    message: (rule: string) =>
      `Смените пароль, чтобы продолжить работу: пароль не соответствует требованиям к паролям системы. ${FIELD_TEXT[rule as PasswordRule] ?? ""}`.trim(),
  },
  SESSION_EXPIRED: {
    description: "`sessionRefresh`: the refresh token is missing, expired, revoked or reused; sign in again.",
    message: "Сеанс истёк. Войдите снова.",
  },
  WEAK_PASSWORD: {
    description: "The password breaks a rule of the manual (3.1: 6+ characters, a digit, a lowercase Latin letter, no Cyrillic) or is a common one.",
    message: (rule: PasswordRule) => FIELD_TEXT[rule],
  },
  PASSWORD_MISMATCH: { description: "The password and its confirmation differ.", message: "Пароли не совпадают" },
  WRONG_PASSWORD: { description: "The current password given to change it is wrong.", message: "Текущий пароль указан неверно" },
  INVALID_LOGIN: {
    description: "The new login is not 3–64 characters of Latin letters, digits and `@ . _ -`.",
    message: "Логин может содержать от 3 до 64 символов: латинские буквы, цифры и символы @ . _ -",
  },
  LOGIN_TAKEN: { description: "Another user has this login.", message: "Пользователь с таким логином уже существует" },
  INVALID_EMAIL: {
    description: "The e-mail address is malformed, not Latin-only, or in the unsupported «.рф» domain.",
    message: (rule: EmailRule) => FIELD_TEXT[rule],
  },
  INVALID_PHONE: {
    description: "The phone is not an 11-digit Russian federal mobile number.",
    message: "Номер телефона должен содержать 11 цифр федерального номера, например +7 (999) 999-99-99",
  },
  CONTACT_REQUIRED: {
    description: "Neither an e-mail nor a phone was given («Обязательно необходим один из контактов»).",
    message: "Обязательно необходим один из контактов",
  },
  EMAIL_TAKEN: { description: "Another user has this e-mail address.", message: EMAIL_TAKEN },
  ALREADY_REGISTERED: {
    description: "A user with this e-mail, or for this personal account, is already registered; recover the password instead.",
    message: (by: "email" | "account") =>
      by === "email"
        ? EMAIL_TAKEN
        : "Лицевой счет уже зарегистрирован в личном кабинете. Если у Вас уже есть аккаунт в личном кабинете, попробуйте восстановить пароль.",
  },
  USER_NOT_FOUND: {
    description: "No user has this login or personal account number.",
    message: "Пользователь не найден. Проверьте логин или номер лицевого счета.",
  },
  NO_CONFIRMED_EMAIL: {
    description: "Password recovery by e-mail: the user has no e-mail («У пользователя не указан e-mail»).",
    message: "У пользователя не указан e-mail. Выберите отправку кода по sms",
  },
  NO_CONFIRMED_PHONE: {
    description: "Password recovery by SMS: the user has no phone.",
    message: "У пользователя не указан номер телефона. Выберите отправку ссылки на e-mail",
  },
  PHONE_NOT_CONFIRMED: {
    description: "Password recovery by SMS: the user's phone was never confirmed.",
    message:
      "У пользователя не подтвержден номер телефона. Выберите отправку ссылки на e-mail. Подтвердить номер можно в разделе «Профиль», во вкладке «Почта, телефон», кодом из SMS-сообщения",
  },
  NO_EMAIL: { description: "Confirming the e-mail: the user has none.", message: "У пользователя не указан e-mail" },
  NO_PHONE: { description: "Confirming the phone: the user has none.", message: "У пользователя не указан номер телефона" },
  ALREADY_CONFIRMED: { description: "The contact is already confirmed.", message: "Контакт уже подтвержден" },
  RESEND_TOO_SOON: {
    description: "A code or link was sent less than a minute ago; the message says how many seconds to wait.",
    message: (seconds: number) => `Повторно отправить код можно через ${seconds} сек.`,
  },
  CODE_WRONG: {
    description: "The confirmation code is wrong; the message says how many attempts are left.",
    message: (left: number) => `Неверный код. Осталось попыток: ${left}`,
  },
  CODE_EXHAUSTED: { description: "Too many wrong codes: request a new one.", message: "Превышено число попыток ввода кода. Запросите новый код." },
  CODE_EXPIRED: { description: "The confirmation code expired: request a new one.", message: "Срок действия кода истёк. Запросите новый код." },
  CODE_MISSING: {
    description: "No code was requested, it was used already, or it was sent to a phone number changed since.",
    message: (why: "unused" | "phoneChanged" = "unused") =>
      why === "unused" ? "Код не запрашивался или уже использован. Запросите новый код." : "Код относится к прежнему номеру телефона. Запросите новый код.",
  },
  LINK_INVALID: {
    description: "The e-mail link is invalid, used, expired, or for an address changed since.",
    message: (why: "stale" | "emailChanged" = "stale") =>
      why === "stale"
        ? "Ссылка недействительна или устарела. Запросите новую ссылку."
        : "Ссылка относится к прежнему адресу электронной почты. Запросите новую ссылку.",
  },
  REQUIRED: {
    message: (what: "code" | "smsCode" | "surname") => ({ code: "Введите код", smsCode: "Введите код из SMS", surname: "Укажите фамилию собственника" })[what],
  },
  CONSENT_REQUIRED: { message: "Необходимо дать согласие на обработку персональных данных" },
  EMAIL_NOT_CONFIRMED: {
    message: (where: "subscription" | "recovery") =>
      where === "subscription"
        ? "Подписка возможна только для пользователей, указавших и подтвердивших свой адрес электронной почты. Укажите и подтвердите e-mail в разделе «Почта, телефон»."
        : // Saved but never confirmed: «не указан» would be untrue; say how to confirm it (manual 6.6.5).
          "У пользователя не подтвержден e-mail. Выберите отправку кода по sms. Подтвердить e-mail можно в разделе «Профиль», во вкладке «Почта, телефон», по ссылке из письма",
  },
});
export const { userError, problem } = identityErrors;
