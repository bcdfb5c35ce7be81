// Password recovery (manual 5): by login or account number, through an e-mail link or an SMS
// code, only to a contact the user has confirmed; otherwise the manual's figure-8 message.
import type { PrismaClient, User } from "../../db/generated/prisma/client.js";
import { audit } from "../../shared/audit.js";
import { userError } from "./errors.js";
import { enforceLimits } from "../../shared/rate-limits.js";
import { formatPhone, sendLimit, type ContactDeps } from "./contacts.js";
import { hashPassword } from "./password.js";
import { clearAttempts, userKey } from "./throttle.js";
import { revokeAllSessions } from "./sessions.js";
import { checkPassword } from "./validation.js";
import { consumeCode, consumeLink, issueCode, issueLink } from "./verification.js";

export async function findUserByLogin(db: PrismaClient, login: string): Promise<User | null> {
  const v = login.trim();
  if (!v) return null;
  const direct = await db.user.findFirst({ where: { OR: [{ login: v }, { email: v.toLowerCase() }], deletionRequestedAt: null } });
  if (direct || !/^\d{10}$/.test(v)) return direct;
  return db.user.findFirst({ where: { accounts: { some: { account: { number: v } } }, deletionRequestedAt: null }, orderBy: { id: "asc" } });
}

/** Sends the link or code; returns the masked destination to show («на адрес d***@mail.ru»). */
export async function requestPasswordReset(deps: ContactDeps, login: string, channel: "EMAIL" | "PHONE"): Promise<string> {
  // Every request counts, found or not: the answer tells whether a login exists.
  await enforceLimits(deps.rateLimits, [["recoveryPerAddress", deps.clientAddress]], "recovery", ["input", "login"]);
  const user = await findUserByLogin(deps.db, login);
  if (!user) throw userError("USER_NOT_FOUND", ["input", "login"]);
  const now = deps.clock.now();
  if (channel === "EMAIL") {
    if (!user.email) throw userError("NO_CONFIRMED_EMAIL", ["input", "channel"]);
    if (!user.emailConfirmedAt) throw userError("EMAIL_NOT_CONFIRMED", ["input", "channel"], "recovery");
    const limit = sendLimit(deps, "EMAIL", user.id, user.email, ["input", "channel"]);
    const token = await issueLink(deps.db, { userId: user.id, purpose: "PASSWORD_RESET", target: user.email, now, limit });
    const link = `${deps.publicUrl}/recover?token=${encodeURIComponent(token)}`;
    await deps.messenger.sendEmail(
      {
        to: user.email,
        subject: "Восстановление пароля в Личном кабинете клиента",
        text: `Здравствуйте!\n\nДля входа в Личный кабинет клиента (логин ${user.login}) задайте новый пароль по ссылке:\n${link}\n\nСсылка действует 24 часа и может быть использована один раз. Если Вы не запрашивали восстановление пароля, просто удалите это письмо.`,
      },
      { userId: user.id, redact: [token, encodeURIComponent(token)] },
    );
    return user.email.replace(/^(.).*(@.*)$/, "$1***$2");
  }
  if (!user.phone) throw userError("NO_CONFIRMED_PHONE", ["input", "channel"]);
  if (!user.phoneConfirmedAt) throw userError("PHONE_NOT_CONFIRMED", ["input", "channel"]);
  const limit = sendLimit(deps, "SMS", user.id, user.phone, ["input", "channel"]);
  const code = await issueCode(deps.db, { userId: user.id, purpose: "PASSWORD_RESET", target: user.phone, now, limit });
  await deps.messenger.sendSms(
    { to: user.phone, text: `Код для восстановления пароля Личного кабинета: ${code}. Никому его не сообщайте.` },
    { userId: user.id, redact: [code] },
  );
  return formatPhone(user.phone).replace(/\d{3}-\d{2}(-\d{2})$/, "***-**$1");
}

export interface PasswordResetInput {
  token?: string | null;
  login?: string | null;
  code?: string | null;
  password: string;
  passwordConfirmation: string;
}

/** Sets the new password by the link's token or by login + SMS code; signs every device out. */
export async function resetPassword(deps: ContactDeps, input: PasswordResetInput, clientAddress: string | null): Promise<User> {
  const pw = checkPassword(input.password);
  if (!pw.ok) throw userError("WEAK_PASSWORD", ["input", "password"], pw.rule);
  if (input.password !== input.passwordConfirmation) throw userError("PASSWORD_MISMATCH", ["input", "passwordConfirmation"]);
  const now = deps.clock.now();
  let userId: number;
  if (input.token) {
    userId = (await consumeLink(deps.db, { token: input.token, purpose: "PASSWORD_RESET", now })).userId;
  } else if (input.login && input.code) {
    const user = await findUserByLogin(deps.db, input.login);
    if (!user) throw userError("USER_NOT_FOUND", ["input", "login"]);
    await consumeCode(deps.db, { userId: user.id, purpose: "PASSWORD_RESET", code: input.code, now });
    userId = user.id;
  } else {
    throw userError("REQUIRED", ["input", "code"], "smsCode");
  }
  const user = await deps.db.user.update({ where: { id: userId }, data: { passwordHash: await hashPassword(input.password) } });
  await revokeAllSessions(deps, userId, "password reset");
  await clearAttempts(deps.db, userKey("customer", user.id));
  await audit(deps.db, { actorType: "USER", actorId: userId, action: "user.password_reset", clientAddress }, now);
  return user;
}
