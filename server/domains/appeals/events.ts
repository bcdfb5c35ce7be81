// What follows an appeal's change, after its transaction committed: live updates to the
// customer and to the operators' queue, and — when the answer is ready (Завершено / Отказано) —
// an in-app notification and an e-mail (manual 6.5.3: «Ответ … пользователь получает
// непосредственно в ЛКК и на адрес электронной почты»). Both are deduplicated per appeal and
// status; a mail failure is recorded by the messenger and never undoes the answer. Browsers the
// customer switched «Ответы на обращения» on for get a Web Push notification too.
import type { Appeal, PrismaClient } from "../../db/generated/prisma/client.js";
import type { Messenger } from "../../integrations/messaging/delivery.js";
import type { PubSub } from "../../integrations/pubsub.js";
import { esc } from "../../shared/html.js";
import { notify } from "../notifications/service.js";
import { notifyByPush } from "../push/notify.js";
import { STATUS_TEXT } from "./rules.js";

export interface EventDeps {
  db: PrismaClient;
  pubsub: PubSub;
  messenger: Pick<Messenger, "sendEmail" | "sendPush" | "pushPublicKey">;
  publicUrl: string;
}

export function announceAppeal(pubsub: PubSub, appeal: Pick<Appeal, "id" | "userId">): void {
  if (appeal.userId !== null) pubsub.publish("appeal:status-changed", appeal.userId, { appealId: appeal.id });
  pubsub.publish("appeal:queue-changed", { appealId: appeal.id });
}

export function answerMessage(appeal: Pick<Appeal, "number" | "status" | "answerText">, publicUrl: string) {
  const link = `${publicUrl}/appeals`;
  const completed = appeal.status === "COMPLETED";
  const title = completed ? `Ответ на заявление № ${appeal.number}` : `Отказ по заявлению № ${appeal.number}`;
  const lead = completed
    ? `Ваше заявление № ${appeal.number} рассмотрено, статус «${STATUS_TEXT.COMPLETED}».`
    : `По Вашему заявлению № ${appeal.number} принято решение «${STATUS_TEXT.REJECTED}».`;
  const label = completed ? "Ответ" : "Причина отказа";
  const answer = appeal.answerText ?? "";
  const text = `Здравствуйте!\n\n${lead}\n\n${label}:\n${answer}\n\nОтвет и приложенные документы доступны в Личном кабинете клиента, раздел «Заявления» → «Журнал заявлений»:\n${link}`;
  const html = `<p>Здравствуйте!</p><p>${esc(lead)}</p><p><b>${label}:</b></p><p style="white-space:pre-wrap">${esc(answer)}</p><p>Ответ и приложенные документы доступны в Личном кабинете клиента, раздел «Заявления» → <a href="${esc(link)}">«Журнал заявлений»</a>.</p>`;
  const notice = completed
    ? `Ответ на заявление № ${appeal.number} готов: он доступен в разделе «Заявления».`
    : `По заявлению № ${appeal.number} принято решение «${STATUS_TEXT.REJECTED}». Причина указана в разделе «Заявления».`;
  return { title, text, html, notice };
}

/** The customer learns the answer is ready: in the cabinet and by e-mail. */
export async function deliverAnswer(deps: EventDeps, appeal: Appeal): Promise<void> {
  if (appeal.userId === null || (appeal.status !== "COMPLETED" && appeal.status !== "REJECTED")) return;
  const m = answerMessage(appeal, deps.publicUrl);
  await notify(deps, {
    userId: appeal.userId,
    accountId: appeal.accountId,
    kind: "APPEAL",
    title: m.title,
    body: m.notice,
    dedupeKey: `appeal:${appeal.id}:${appeal.status}`,
  });
  await notifyByPush(deps, appeal.userId, "appealAnswers", {
    title: m.title,
    body: m.notice,
    url: "/appeals",
    dedupeKey: `appeal:${appeal.id}:${appeal.status}`,
  });
  const user = await deps.db.user.findUnique({ where: { id: appeal.userId }, select: { email: true, emailConfirmedAt: true } });
  const to = user?.email && user.emailConfirmedAt ? user.email : appeal.applicantEmail;
  if (!to) return;
  await deps.messenger.sendEmail({ to, subject: m.title, text: m.text, html: m.html }, { userId: appeal.userId, dedupeKey: `appeal-answer:${appeal.id}` });
}
