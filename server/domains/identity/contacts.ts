// Sending and confirming contacts: an e-mail by a single-use link, a phone by an SMS code.
// A contact that is already confirmed is not asked again.
import type { PrismaClient, User } from "../../db/generated/prisma/client.js";
import type { Clock } from "../../shared/clock.js";
import { UserFacingError } from "../../shared/errors.js";
import { userError } from "./errors.js";
import type { Messenger } from "../../integrations/messaging/delivery.js";
import type { PubSub } from "../../integrations/pubsub.js";
import { enforceLimits, sendChecks, type RateLimits } from "../../shared/rate-limits.js";
import { consumeCode, consumeLink, issueCode, issueLink } from "./verification.js";

/** What identity needs of the outbound channels (the messaging port). */
export type IdentityMessenger = Pick<Messenger, "sendEmail" | "sendSms">;

export interface ContactDeps {
  db: PrismaClient;
  clock: Clock;
  messenger: IdentityMessenger;
  publicUrl: string;
  /** Told of revocations and login changes (shared/invalidation.ts). */
  pubsub?: PubSub;
  /** Hourly limits on codes and links sent on request, and who asks (shared/rate-limits.ts). */
  rateLimits: RateLimits;
  clientAddress: string | null;
}

/** The hourly send limits of one code or link, refused on `field` («Превышено число отправок…»). */
export const sendLimit = (deps: ContactDeps, channel: "SMS" | "EMAIL", userId: number, destination: string, field: string | string[]) => () =>
  enforceLimits(deps.rateLimits, sendChecks(channel, { destination, userId, clientAddress: deps.clientAddress }), "sends", field);

export function formatPhone(p: string): string {
  return `+7(${p.slice(1, 4)})${p.slice(4, 7)}-${p.slice(7, 9)}-${p.slice(9, 11)}`;
}

export async function sendEmailConfirmation(deps: ContactDeps, user: Pick<User, "id" | "email" | "emailConfirmedAt">): Promise<void> {
  if (!user.email) throw userError("NO_EMAIL", "channel");
  if (user.emailConfirmedAt) throw userError("ALREADY_CONFIRMED", "channel");
  const limit = sendLimit(deps, "EMAIL", user.id, user.email, "channel");
  const token = await issueLink(deps.db, { userId: user.id, purpose: "CONFIRM_CONTACT", target: user.email, now: deps.clock.now(), limit });
  const link = `${deps.publicUrl}/confirm-email?token=${encodeURIComponent(token)}`;
  await deps.messenger.sendEmail(
    {
      to: user.email,
      subject: "Подтверждение регистрации в Личном кабинете клиента",
      text: `Здравствуйте!\n\nДля подтверждения регистрации и адреса электронной почты перейдите по ссылке «Подтвердить регистрацию»:\n${link}\n\nСсылка действует 24 часа. Если Вы не регистрировались в Личном кабинете клиента, просто удалите это письмо.`,
      html: `<p>Здравствуйте!</p><p>Для подтверждения регистрации и адреса электронной почты перейдите по ссылке:</p><p><a href="${link}">Подтвердить регистрацию</a></p><p>Ссылка действует 24 часа. Если Вы не регистрировались в Личном кабинете клиента, просто удалите это письмо.</p>`,
    },
    { userId: user.id, redact: [token, encodeURIComponent(token)] },
  );
}

/** After a contact was saved: false when a send limit refused the link (the user can ask again later). */
export async function sendEmailConfirmationUnlessLimited(deps: ContactDeps, user: Pick<User, "id" | "email" | "emailConfirmedAt">): Promise<boolean> {
  return sendEmailConfirmation(deps, user).then(
    () => true,
    (e) => {
      if (e instanceof UserFacingError && e.errors.some((x) => x.code === "RATE_LIMITED")) return false;
      throw e;
    },
  );
}

export async function sendPhoneCode(deps: ContactDeps, user: Pick<User, "id" | "phone" | "phoneConfirmedAt">): Promise<void> {
  if (!user.phone) throw userError("NO_PHONE", "channel");
  if (user.phoneConfirmedAt) throw userError("ALREADY_CONFIRMED", "channel");
  const limit = sendLimit(deps, "SMS", user.id, user.phone, "channel");
  const code = await issueCode(deps.db, { userId: user.id, purpose: "CONFIRM_CONTACT", target: user.phone, now: deps.clock.now(), limit });
  await deps.messenger.sendSms(
    { to: user.phone, text: `Код подтверждения Личного кабинета: ${code}. Никому его не сообщайте.` },
    { userId: user.id, redact: [code] },
  );
}

/** Confirms the e-mail behind a link; the address must still be the user's current one. */
export async function confirmEmailByLink(deps: ContactDeps, token: string): Promise<User> {
  const now = deps.clock.now();
  const { userId, target } = await consumeLink(deps.db, { token, purpose: "CONFIRM_CONTACT", now });
  const res = await deps.db.user.updateMany({ where: { id: userId, email: target }, data: { emailConfirmedAt: now } });
  if (res.count === 0) throw userError("LINK_INVALID", "token", "emailChanged");
  return deps.db.user.findUniqueOrThrow({ where: { id: userId } });
}

export async function confirmPhoneByCode(deps: ContactDeps, userId: number, code: string): Promise<User> {
  const now = deps.clock.now();
  const target = await consumeCode(deps.db, { userId, purpose: "CONFIRM_CONTACT", code, now });
  const res = await deps.db.user.updateMany({ where: { id: userId, phone: target }, data: { phoneConfirmedAt: now } });
  if (res.count === 0) throw userError("CODE_MISSING", "code", "phoneChanged");
  return deps.db.user.findUniqueOrThrow({ where: { id: userId } });
}
