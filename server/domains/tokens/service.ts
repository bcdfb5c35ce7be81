// Personal API tokens («Доступ для приложений», a tab of «Профиль»): a customer makes a token
// for their own app (Home Assistant, a script) with a name, an expiry up to a year and scopes;
// the secret is shown once and only its hash is kept; the customer lists and revokes tokens.
// Only a web session may do any of this (a token never makes or revokes tokens: tokens/reach.ts).
import type { ApiToken, User } from "../../db/generated/prisma/client.js";
import type { ApiTokenScope, Deps } from "../../context.js";
import { UserFacingError, type UserErrorData } from "../../shared/errors.js";
import { audit } from "../../shared/audit.js";
import { problem, userError } from "./errors.js";
import { MAX_TOKEN_DAYS, MAX_TOKEN_NAME, MAX_TOKENS_PER_USER, TOKEN_SCOPES, displayPrefix, newSecret, passwordStamp, secretHash } from "./rules.js";
import { tokenCreatedEmail } from "./email.js";

export type TokenDeps = Pick<Deps, "db" | "clock" | "messenger" | "config">;

export interface TokenRequest {
  name: string;
  scopes: ApiTokenScope[];
  expiresAt: Date;
}

const DAY_MS = 24 * 3600_000;

/** A token is working while none of these is true. */
export type TokenState = "ACTIVE" | "EXPIRED" | "REVOKED" | "PASSWORD_CHANGED";

export function stateOf(token: ApiToken, user: Pick<User, "passwordHash">, now: Date): TokenState {
  if (token.revokedAt) return "REVOKED";
  if (token.passwordStamp !== passwordStamp(user.passwordHash)) return "PASSWORD_CHANGED";
  if (token.expiresAt <= now) return "EXPIRED";
  return "ACTIVE";
}

/** Makes a token; the secret is in the answer only (never stored, never logged). */
export async function createToken(deps: TokenDeps, userId: number, req: TokenRequest): Promise<{ token: ApiToken; secret: string }> {
  const now = deps.clock.now();
  const name = req.name.trim();
  const scopes = TOKEN_SCOPES.filter((s) => req.scopes.includes(s));
  const errors: UserErrorData[] = [];
  if (!name) errors.push(problem("TOKEN_NAME_REQUIRED", ["input", "name"]));
  else if (name.length > MAX_TOKEN_NAME) errors.push(problem("TOKEN_NAME_TOO_LONG", ["input", "name"]));
  if (!scopes.length) errors.push(problem("TOKEN_SCOPES_REQUIRED", ["input", "scopes"]));
  const ms = req.expiresAt.getTime() - now.getTime();
  // «до года»: a day of slack for the customer's timezone and the date picker's end of day.
  if (!(ms > 0) || ms > (MAX_TOKEN_DAYS + 1) * DAY_MS) errors.push(problem("TOKEN_EXPIRY_INVALID", ["input", "expiresAt"]));
  if (errors.length) throw new UserFacingError(errors);

  const user = await deps.db.user.findUniqueOrThrow({ where: { id: userId } });
  const working = await deps.db.apiToken.count({ where: { userId, revokedAt: null, expiresAt: { gt: now }, passwordStamp: passwordStamp(user.passwordHash) } });
  if (working >= MAX_TOKENS_PER_USER) throw userError("TOKEN_LIMIT");

  const secret = newSecret();
  const token = await deps.db.apiToken.create({
    data: {
      userId,
      name,
      scopes,
      prefix: displayPrefix(secret),
      tokenHash: secretHash(secret),
      passwordStamp: passwordStamp(user.passwordHash),
      expiresAt: req.expiresAt,
      createdAt: now,
    },
  });
  await audit(
    deps.db,
    {
      actorType: "USER",
      actorId: userId,
      action: "api-token.created",
      entity: "ApiToken",
      entityId: token.id,
      data: { scopes, expiresAt: req.expiresAt.toISOString() },
    },
    now,
  );
  // The alarm for a token the customer did not make (a stolen session): to the confirmed e-mail.
  if (user.email && user.emailConfirmedAt) {
    await deps.messenger.sendEmail(
      {
        to: user.email,
        ...tokenCreatedEmail({ token, login: user.login, timezone: deps.config.timezone, profileUrl: `${deps.config.publicUrl}/profile/tokens` }),
      },
      { userId },
    );
  }
  return { token, secret };
}

/** The customer's tokens, newest first, revoked ones included (the list says so). */
export function listTokens(deps: Pick<Deps, "db">, userId: number): Promise<ApiToken[]> {
  return deps.db.apiToken.findMany({ where: { userId }, orderBy: [{ createdAt: "desc" }, { id: "desc" }] });
}

/** «Отозвать»: the token stops working at once (its next request is refused). */
export async function revokeToken(deps: Pick<Deps, "db" | "clock">, userId: number, tokenId: number): Promise<ApiToken> {
  const token = await deps.db.apiToken.findFirst({ where: { id: tokenId, userId } });
  if (!token) throw userError("TOKEN_NOT_FOUND", ["input", "tokenId"]);
  if (token.revokedAt) return token;
  const revoked = await deps.db.apiToken.update({ where: { id: token.id }, data: { revokedAt: deps.clock.now() } });
  await audit(deps.db, { actorType: "USER", actorId: userId, action: "api-token.revoked", entity: "ApiToken", entityId: token.id }, revoked.revokedAt!);
  return revoked;
}
