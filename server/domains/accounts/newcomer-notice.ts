// «К лицевому счету получен доступ» (6.6.1). The manual's rule stays — the account number and the
// owner's surname let anyone register on an account or link it — but nobody gets in unseen: every
// user who already has the account gets an in-app notice and an e-mail (to a confirmed address)
// with the time and the newcomer's masked contact. «Это не я» files an appeal for the operators and
// suspends the newcomer's access (their link is removed) until an operator has decided.
import type { AccountAccessNotice, Appeal, Notification, Prisma, PrismaClient, User } from "../../db/generated/prisma/client.js";
import type { Messenger } from "../../integrations/messaging/delivery.js";
import type { PubSub } from "../../integrations/pubsub.js";
import { audit } from "../../shared/audit.js";
import type { Clock } from "../../shared/clock.js";
import { dateValue, localDate, ruDateTime } from "../../shared/calendar.js";
import { userError } from "./errors.js";
import { invalidate } from "../../shared/invalidation.js";
import { applicantOf } from "../appeals/catalog.js";
import { announceAppeal } from "../appeals/events.js";
import { nextAppealNumber } from "../appeals/numbering.js";
import { TX_OPTIONS } from "../appeals/submit.js";
import { workingDaysDueDate } from "../appeals/working-days.js";
import { announce } from "../notifications/service.js";
import { log } from "../../shared/log.js";

export type AccessVia = "REGISTRATION" | "LINK";

export interface NoticeDeps {
  db: PrismaClient;
  clock: Clock;
  pubsub?: PubSub;
  messenger?: Pick<Messenger, "sendEmail">;
  publicUrl?: string;
  timezone?: string;
}

export const NMSG = {
  title: "Новый пользователь лицевого счета",
} as const;

const OPEN_APPEAL: Prisma.AppealWhereInput = { status: { in: ["ACCEPTED", "IN_PROGRESS"] } };
const DEFAULT_TZ = "Asia/Yekaterinburg";

/** i***@mail.ru: the first letter and the domain. */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf("@");
  return at <= 0 ? "***" : `${email[0]}***${email.slice(at)}`;
}

/** +7 *** ***-**-12: the last two digits. */
export function maskPhone(phone: string): string {
  return `+7 *** ***-**-${phone.slice(-2)}`;
}

export function maskedContact(u: Pick<User, "email" | "phone">): string {
  const parts = [u.email ? maskEmail(u.email) : null, u.phone ? maskPhone(u.phone) : null].filter(Boolean);
  return parts.length ? parts.join(", ") : "контакт не указан";
}

function noticeBody(accountNumber: string, contact: string, when: string, via: AccessVia): string {
  const how = via === "REGISTRATION" ? "зарегистрировался в личном кабинете с лицевым счетом" : "привязал к своей учетной записи лицевой счет";
  return `${when} новый пользователь (${contact}) ${how} ${accountNumber}. Если это были не Вы или человек, которому Вы доверяете, нажмите «Это не я»: доступ нового пользователя будет приостановлен, а оператор рассмотрит обращение.`;
}

export interface RecordedNotice {
  notice: AccountAccessNotice;
  notification: Notification;
}

/**
 * Inside the transaction that links `newcomerId` to the account: one notice (and notification) per
 * other user of the account, and the audit record of the link. Sent by `sendNewcomerNotices` after
 * the commit, so a notice exists exactly when the link does.
 */
export async function recordNewcomer(
  tx: Prisma.TransactionClient,
  p: { accountId: number; newcomerId: number; via: AccessVia; at: Date; timezone?: string; clientAddress?: string | null },
): Promise<RecordedNotice[]> {
  const [account, newcomer, others] = await Promise.all([
    tx.account.findUniqueOrThrow({ where: { id: p.accountId }, select: { number: true } }),
    tx.user.findUniqueOrThrow({ where: { id: p.newcomerId }, select: { email: true, phone: true } }),
    tx.userAccount.findMany({ where: { accountId: p.accountId, userId: { not: p.newcomerId } }, select: { userId: true } }),
  ]);
  const contact = maskedContact(newcomer);
  const body = noticeBody(account.number, contact, ruDateTime(p.at, p.timezone ?? DEFAULT_TZ), p.via);
  const out: RecordedNotice[] = [];
  for (const { userId } of others) {
    const notification = await tx.notification.create({
      data: { userId, accountId: p.accountId, kind: "ACCOUNT_ACCESS", title: NMSG.title, body, createdAt: p.at },
    });
    const notice = await tx.accountAccessNotice.create({
      data: { accountId: p.accountId, userId, newcomerId: p.newcomerId, notificationId: notification.id, via: p.via, linkedAt: p.at, newcomerContact: contact },
    });
    out.push({ notice, notification });
  }
  await audit(
    tx,
    {
      actorType: "USER",
      actorId: p.newcomerId,
      action: "account.access_granted",
      entity: "Account",
      entityId: account.number,
      data: { via: p.via, accountId: p.accountId, contact, notifiedUsers: others.map((o) => o.userId) },
      clientAddress: p.clientAddress ?? null,
    },
    p.at,
  );
  return out;
}

/** After the commit: live notices and e-mails to confirmed addresses. Never fails the link. */
export async function sendNewcomerNotices(deps: NoticeDeps, recorded: RecordedNotice[]): Promise<void> {
  if (!recorded.length) return;
  try {
    if (deps.pubsub)
      await announce(
        deps.pubsub,
        recorded.map((r) => r.notification),
      );
    if (!deps.messenger) return;
    const users = await deps.db.user.findMany({
      where: { id: { in: recorded.map((r) => r.notice.userId) }, emailConfirmedAt: { not: null }, email: { not: null } },
      select: { id: true, email: true },
    });
    const link = deps.publicUrl ? `${deps.publicUrl}/notifications` : null;
    for (const u of users) {
      const r = recorded.find((x) => x.notice.userId === u.id)!;
      const text = `Здравствуйте!\n\n${r.notification.body}${link ? `\n\nУведомление и кнопка «Это не я»: ${link}` : ""}\n\nЕсли доступ получил человек, которому Вы доверяете, ничего делать не нужно.`;
      await deps.messenger.sendEmail(
        { to: u.email!, subject: "Новый пользователь Вашего лицевого счета в Личном кабинете клиента", text },
        { userId: u.id, dedupeKey: `access-notice:${r.notice.id}` },
      );
    }
  } catch (err) {
    log.warn(`[accounts] newcomer notices: ${(err as Error).message}`);
  }
}

/** Refuses a link while a «Это не я» about this user and account is being reviewed. */
export async function refuseWhileSuspended(db: PrismaClient | Prisma.TransactionClient, userId: number, accountId: number, field: string[]): Promise<void> {
  const open = await db.accountAccessNotice.findFirst({
    where: { accountId, newcomerId: userId, reportedAt: { not: null }, appeal: OPEN_APPEAL },
    select: { id: true },
  });
  if (open) throw userError("ACCESS_SUSPENDED", field);
}

// The operators' reason for these appeals: filed by «Это не я» only, so hidden from the customers'
// catalog (inactive) but listed in the queue like any other appeal.
const TOPIC = { code: "ACCOUNT_ACCESS", title: "Доступ к лицевому счету" };
const TYPE = { code: "ACCOUNT_ACCESS_NOT_ME", title: "Посторонний пользователь получил доступ к лицевому счету («Это не я»)", processingDays: 3 };

async function accessAppealType(tx: Prisma.TransactionClient) {
  const topic = await tx.appealTopic.upsert({ where: { code: TOPIC.code }, create: { ...TOPIC, active: false, sortOrder: 1000 }, update: {} });
  return tx.appealType.upsert({ where: { code: TYPE.code }, create: { ...TYPE, topicId: topic.id, active: false }, update: {} });
}

/**
 * «Это не я»: an appeal in the operators' queue and the newcomer's link removed (with their autopay
 * on the account), pending review. A second report of the same newcomer joins the open appeal.
 */
export async function reportNotMe(
  deps: NoticeDeps & { timezone: string },
  userId: number,
  noticeId: number,
  clientAddress: string | null = null,
): Promise<{ notice: AccountAccessNotice; appeal: Appeal; newcomerRemoved: boolean }> {
  const field = ["input", "noticeId"];
  const notice = await deps.db.accountAccessNotice.findFirst({ where: { id: noticeId, userId }, include: { appeal: { select: { number: true } } } });
  if (!notice) throw userError("NOTICE_NOT_FOUND", field);
  if (notice.reportedAt) throw userError("ALREADY_REPORTED", field, notice.appeal?.number ?? "");
  const [reporter, account] = await Promise.all([
    deps.db.user.findUniqueOrThrow({ where: { id: userId } }),
    deps.db.account.findFirst({ where: { id: notice.accountId, users: { some: { userId } } } }),
  ]);
  if (!account) throw userError("ACCOUNT_NOT_LINKED", field, "anymore");
  const now = deps.clock.now();
  const due = await workingDaysDueDate(deps.db, localDate(now, deps.timezone), TYPE.processingDays);

  const result = await deps.db.$transaction(async (tx) => {
    const claimed = await tx.accountAccessNotice.updateMany({ where: { id: notice.id, reportedAt: null }, data: { reportedAt: now } });
    if (claimed.count === 0) throw userError("ALREADY_REPORTED", field, "");
    const joined = notice.newcomerId
      ? await tx.accountAccessNotice.findFirst({
          where: { accountId: notice.accountId, newcomerId: notice.newcomerId, appealId: { not: null }, appeal: OPEN_APPEAL },
          include: { appeal: true },
        })
      : null;
    let appeal = joined?.appeal ?? null;
    if (!appeal) {
      const type = await accessAppealType(tx);
      const number = await nextAppealNumber(tx, type.numberPrefix);
      const applicant = applicantOf(account, reporter);
      const how = notice.via === "REGISTRATION" ? "Регистрация в личном кабинете" : "Привязка лицевого счета";
      const fields = [
        { code: "newcomerUserId", label: "Новый пользователь (ID)", value: String(notice.newcomerId ?? "удален") },
        { code: "newcomerContact", label: "Контакт нового пользователя", value: notice.newcomerContact },
        { code: "linkedAt", label: "Время получения доступа", value: ruDateTime(notice.linkedAt, deps.timezone) },
        { code: "via", label: "Способ", value: how },
      ].map((f) => ({ ...f, kind: "TEXT", section: null }));
      appeal = await tx.appeal.create({
        data: {
          number,
          userId,
          accountId: account.id,
          typeId: type.id,
          status: "ACCEPTED",
          text: `Пользователь лицевого счета сообщил («Это не я»), что не давал доступ новому пользователю (${notice.newcomerContact}). Доступ нового пользователя приостановлен до рассмотрения обращения.`,
          fields: fields as never,
          applicantName: applicant.name,
          applicantAddress: applicant.address,
          applicantEmail: applicant.email,
          applicantPhone: applicant.phone,
          createdAt: now,
          dueDate: dateValue(due),
          statusChanges: { create: { fromStatus: null, toStatus: "ACCEPTED", userId, at: now } },
        },
      });
    }
    const updated = await tx.accountAccessNotice.update({ where: { id: notice.id }, data: { appealId: appeal.id } });
    let newcomerRemoved = false;
    if (notice.newcomerId) {
      const removed = await tx.userAccount.deleteMany({ where: { userId: notice.newcomerId, accountId: account.id } });
      newcomerRemoved = removed.count > 0;
      if (newcomerRemoved) {
        // Their header falls back to another account of theirs (or none); they keep their user.
        const other = await tx.userAccount.findFirst({ where: { userId: notice.newcomerId }, select: { accountId: true } });
        await tx.user.updateMany({ where: { id: notice.newcomerId, activeAccountId: account.id }, data: { activeAccountId: other?.accountId ?? null } });
        await tx.autopay.updateMany({
          where: { accountId: account.id, userId: notice.newcomerId, status: { not: "DISABLED" } },
          data: { status: "DISABLED", updatedAt: now },
        });
      }
    }
    await audit(
      tx,
      {
        actorType: "USER",
        actorId: userId,
        action: "account.access_reported",
        entity: "Account",
        entityId: account.number,
        data: { noticeId: notice.id, appeal: appeal.number, newcomerId: notice.newcomerId },
        clientAddress,
      },
      now,
    );
    if (newcomerRemoved) {
      await audit(
        tx,
        {
          actorType: "USER",
          actorId: userId,
          action: "account.access_suspended",
          entity: "Account",
          entityId: account.number,
          data: { userId: notice.newcomerId, appeal: appeal.number },
          clientAddress,
        },
        now,
      );
    }
    return { notice: updated, appeal, newcomerRemoved };
  }, TX_OPTIONS);

  await invalidate(deps, { users: [userId, ...(notice.newcomerId ? [notice.newcomerId] : [])] });
  if (deps.pubsub) announceAppeal(deps.pubsub, result.appeal);
  return result;
}
