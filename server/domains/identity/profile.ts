// Profile (manual 6.6.2, 6.6.4, 6.6.5): login and password change, contacts with
// confirmation, subscriptions that need a confirmed e-mail, and profile completeness.
import type { User } from "../../db/generated/prisma/client.js";
import { audit } from "../../shared/audit.js";
import { isUniqueViolation } from "../../shared/db-errors.js";
import { UserFacingError, type UserErrorData } from "../../shared/errors.js";
import { problem, userError } from "./errors.js";
import { invalidate } from "../../shared/invalidation.js";
import { sendEmailConfirmationUnlessLimited, type ContactDeps } from "./contacts.js";
import { hashPassword, verifyPassword } from "./password.js";
import { revokeAllSessions } from "./sessions.js";
import { checkEmail, checkPassword, checkPhone } from "./validation.js";

export async function changeLogin(deps: ContactDeps, userId: number, rawLogin: string): Promise<User> {
  const login = rawLogin.trim();
  if (!/^[A-Za-z0-9@._-]{3,64}$/.test(login)) throw userError("INVALID_LOGIN", ["input", "login"]);
  const taken = await deps.db.user.findFirst({ where: { login: { equals: login, mode: "insensitive" }, id: { not: userId } } });
  if (taken) throw userError("LOGIN_TAKEN", ["input", "login"]);
  const user = await deps.db.user.update({ where: { id: userId }, data: { login } }).catch((e) => {
    if (isUniqueViolation(e)) throw userError("LOGIN_TAKEN", ["input", "login"]);
    throw e;
  });
  await invalidate(deps, { users: [userId] }); // the header shows the login
  return user;
}

export async function changePassword(
  deps: ContactDeps,
  userId: number,
  sessionId: number,
  input: { currentPassword: string; password: string; passwordConfirmation: string },
): Promise<User> {
  const user = await deps.db.user.findUniqueOrThrow({ where: { id: userId } });
  if (!(await verifyPassword(input.currentPassword, user.passwordHash))) throw userError("WRONG_PASSWORD", ["input", "currentPassword"]);
  const pw = checkPassword(input.password);
  if (!pw.ok) throw userError("WEAK_PASSWORD", ["input", "password"], pw.rule);
  if (input.password !== input.passwordConfirmation) throw userError("PASSWORD_MISMATCH", ["input", "passwordConfirmation"]);
  const updated = await deps.db.user.update({ where: { id: userId }, data: { passwordHash: await hashPassword(input.password) } });
  await revokeAllSessions(deps, userId, "password changed", sessionId);
  // A session that had to change its password (password-change-gate.ts) is a full one now.
  const lifted = await deps.db.session.updateMany({ where: { id: sessionId, passwordChangeRule: { not: null } }, data: { passwordChangeRule: null } });
  if (lifted.count) await invalidate(deps, { sessions: [sessionId] });
  await audit(deps.db, { actorType: "USER", actorId: userId, action: "user.password_changed" }, deps.clock.now());
  return updated;
}

/** A changed contact loses its confirmation and is confirmed anew; an unchanged one keeps it. */
export async function updateContacts(
  deps: ContactDeps,
  userId: number,
  input: { email?: string | null; phone?: string | null },
): Promise<{ user: User; emailConfirmationSent: boolean; phoneConfirmationRequired: boolean }> {
  const errors: UserErrorData[] = [];
  const email = input.email?.trim() ? checkEmail(input.email) : null;
  const phone = input.phone?.trim() ? checkPhone(input.phone) : null;
  if (email && !email.ok) errors.push(problem("INVALID_EMAIL", ["input", "email"], email.rule));
  if (phone && !phone.ok) errors.push(problem("INVALID_PHONE", ["input", "phone"]));
  if (!email && !phone) errors.push(problem("CONTACT_REQUIRED", ["input", "email"]));
  if (email?.ok && (await deps.db.user.findFirst({ where: { email: email.value, id: { not: userId } }, select: { id: true } })))
    errors.push(problem("EMAIL_TAKEN", ["input", "email"]));
  if (errors.length) throw new UserFacingError(errors);

  const user = await deps.db.user.findUniqueOrThrow({ where: { id: userId } });
  const newEmail = email?.ok ? email.value : null;
  const newPhone = phone?.ok ? phone.value : null;
  const emailChanged = newEmail !== user.email;
  const phoneChanged = newPhone !== user.phone;
  const updated = await deps.db.user
    .update({
      where: { id: userId },
      data: {
        email: newEmail,
        phone: newPhone,
        ...(emailChanged ? { emailConfirmedAt: null } : {}),
        ...(phoneChanged ? { phoneConfirmedAt: null } : {}),
        // Subscriptions go to a confirmed e-mail only.
        ...(emailChanged ? { subscribeEInvoice: false, subscribeInfo: false } : {}),
      },
    })
    .catch((e) => {
      if (isUniqueViolation(e)) throw userError("EMAIL_TAKEN", ["input", "email"]);
      throw e;
    });
  if (emailChanged || phoneChanged) {
    await audit(deps.db, { actorType: "USER", actorId: userId, action: "user.contacts_changed", data: { emailChanged, phoneChanged } }, deps.clock.now());
  }
  const emailConfirmationSent = emailChanged && !!updated.email && (await sendEmailConfirmationUnlessLimited(deps, updated));
  return { user: updated, emailConfirmationSent, phoneConfirmationRequired: phoneChanged && !!updated.phone };
}

export async function updateSubscriptions(deps: ContactDeps, userId: number, input: { eInvoice: boolean; info: boolean }): Promise<User> {
  const user = await deps.db.user.findUniqueOrThrow({ where: { id: userId } });
  if ((input.eInvoice || input.info) && !(user.email && user.emailConfirmedAt)) throw userError("EMAIL_NOT_CONFIRMED", ["input"], "subscription");
  return deps.db.user.update({ where: { id: userId }, data: { subscribeEInvoice: input.eInvoice, subscribeInfo: input.info } });
}

/** «Заполненность профиля»: e-mail, its confirmation, phone, its confirmation, a linked account. */
export function profileCompleteness(user: Pick<User, "email" | "emailConfirmedAt" | "phone" | "phoneConfirmedAt">, linkedAccounts: number): number {
  const items = [!!user.email, !!user.email && !!user.emailConfirmedAt, !!user.phone, !!user.phone && !!user.phoneConfirmedAt, linkedAccounts > 0];
  return Math.round((items.filter(Boolean).length / items.length) * 100);
}
