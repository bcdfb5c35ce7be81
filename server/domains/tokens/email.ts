// The letter sent when a personal API token is made: the customer learns of every token, so one
// made from a stolen session does not go unnoticed.
import type { ApiToken } from "../../db/generated/prisma/client.js";
import { SCOPE_TEXT } from "./scopes.js";
import type { ApiTokenScope } from "../../context.js";

export function tokenCreatedEmail(p: { token: ApiToken; login: string; timezone: string; profileUrl: string }): { subject: string; text: string } {
  const date = (d: Date) => new Intl.DateTimeFormat("ru-RU", { timeZone: p.timezone, day: "2-digit", month: "2-digit", year: "numeric" }).format(d);
  const scopes = p.token.scopes.map((s) => `— ${SCOPE_TEXT[s as ApiTokenScope] ?? s}`).join("\n");
  return {
    subject: "Создан токен доступа для приложений",
    text:
      `Здравствуйте!\n\nВ Личном кабинете клиента (логин ${p.login}) создан токен доступа для приложений «${p.token.name}» (${p.token.prefix}…), ` +
      `действует до ${date(p.token.expiresAt)}.\n\nПрава доступа:\n${scopes}\n\n` +
      `Если Вы не создавали этот токен, отзовите его в разделе «Профиль» → «Доступ для приложений» (${p.profileUrl}) и смените пароль: при смене пароля все токены перестают действовать.`,
  };
}
