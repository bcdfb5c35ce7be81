// Sign-in and sessions: a session is one device; its refresh tokens rotate on every use and
// form a family — presenting a spent token revokes the whole session (stolen-token defence).
import type { PrismaClient, User } from "../../db/generated/prisma/client.js";
import type { PubSub } from "../../integrations/pubsub.js";
import type { Clock } from "../../shared/clock.js";
import { userError } from "../../shared/errors.js";
import { invalidate, onChange, type Change } from "../../shared/invalidation.js";
import type { DeviceCookies } from "./device-cookie.js";
import { MSG_INVALID_CREDENTIALS, checkCredentials } from "./sign-in-guard.js";
import { newOpaqueToken, sha256, type Subject, type TokenService } from "./tokens.js";

export { MSG_INVALID_CREDENTIALS };
export const MSG_SESSION_EXPIRED = "Сеанс истёк. Войдите снова.";
/** How long a just-spent refresh token may be presented again without counting as theft. */
export const REUSE_GRACE_MS = 10_000;

export interface SessionDeps {
  db: PrismaClient;
  clock: Clock;
  tokens: TokenService;
  refreshTtlSec: number;
  /** Revocations are told to every replica's liveness cache through it. */
  pubsub?: PubSub;
}

export interface IssuedSession {
  sessionId: number;
  accessToken: string;
  accessTokenExpiresAt: Date;
  refreshToken: string;
  refreshTokenExpiresAt: Date;
}

export interface ClientInfo {
  clientAddress: string | null;
  userAgent: string | null;
}

/** Users a login may name: the login itself, a confirmed-or-not e-mail, or a linked account number. */
async function candidates(db: PrismaClient, login: string): Promise<User[]> {
  const value = login.trim();
  if (!value) return [];
  const direct = await db.user.findMany({
    where: { OR: [{ login: value }, { email: value.toLowerCase() }] },
  });
  if (direct.length || !/^\d{10}$/.test(value)) return direct;
  return db.user.findMany({ where: { accounts: { some: { account: { number: value } } } }, orderBy: { id: "asc" } });
}

/** Throttled (sign-in-guard.ts); `devices`: the browser's device cookie, renewed on success. */
export async function signIn(
  deps: SessionDeps,
  login: string,
  password: string,
  client: ClientInfo,
  devices: DeviceCookies | null = null,
): Promise<{ user: User; session: IssuedSession }> {
  const user = await checkCredentials(deps, {
    audience: "customer",
    login,
    password,
    candidates: await candidates(deps.db, login),
    clientAddress: client.clientAddress,
    device: (await devices?.read()) ?? null,
    eligible: (u) => !u.deletionRequestedAt,
    saveHash: (u, passwordHash) => deps.db.user.update({ where: { id: u.id }, data: { passwordHash } }),
  });
  await devices?.remember(user.id);
  const session = await openSession(deps, { kind: "user", id: user.id }, client);
  return { user, session };
}

export async function openSession(deps: SessionDeps, subject: Subject, client: ClientInfo): Promise<IssuedSession> {
  const now = deps.clock.now();
  const row = await deps.db.session.create({
    data: {
      userId: subject.kind === "user" ? subject.id : null,
      staffUserId: subject.kind === "staff" ? subject.id : null,
      clientAddress: client.clientAddress,
      userAgent: client.userAgent?.slice(0, 500) ?? null,
      createdAt: now,
      lastUsedAt: now,
    },
  });
  return issueTokens(deps, row.id, subject, now);
}

async function issueTokens(deps: SessionDeps, sessionId: number, subject: Subject, now: Date): Promise<IssuedSession> {
  const refreshToken = newOpaqueToken();
  const refreshTokenExpiresAt = new Date(now.getTime() + deps.refreshTtlSec * 1000);
  await deps.db.refreshToken.create({ data: { sessionId, tokenHash: sha256(refreshToken), expiresAt: refreshTokenExpiresAt, createdAt: now } });
  const access = await deps.tokens.issue({ subject, sessionId }, now);
  return { sessionId, accessToken: access.token, accessTokenExpiresAt: access.expiresAt, refreshToken, refreshTokenExpiresAt };
}

export async function refreshSession(deps: SessionDeps, refreshToken: string): Promise<IssuedSession> {
  const now = deps.clock.now();
  const expired = () => userError("SESSION_EXPIRED", MSG_SESSION_EXPIRED, "refreshToken");
  const token = await deps.db.refreshToken.findUnique({
    where: { tokenHash: sha256(refreshToken) },
    include: { session: { include: { staffUser: true } } },
  });
  if (!token || token.session.revokedAt || token.expiresAt <= now) throw expired();
  // Spend the token atomically: of two racing uses, only one wins; the loser is a reuse. A
  // reuse within a few seconds is a client that lost the answer (page reload, two tabs), not
  // theft: it gets a fresh pair instead of signing the device out.
  const spent = await deps.db.refreshToken.updateMany({ where: { id: token.id, usedAt: null }, data: { usedAt: now } });
  if (spent.count === 0) {
    const usedAt = (await deps.db.refreshToken.findUnique({ where: { id: token.id }, select: { usedAt: true } }))?.usedAt;
    if (!usedAt || now.getTime() - usedAt.getTime() > REUSE_GRACE_MS) {
      await revokeSession(deps, token.sessionId, "refresh token reuse");
      throw expired();
    }
  }
  await deps.db.session.update({ where: { id: token.sessionId }, data: { lastUsedAt: now } });
  const s = token.session;
  const subject: Subject | null = s.userId
    ? { kind: "user", id: s.userId }
    : s.staffUser?.active
      ? { kind: "staff", id: s.staffUser.id, role: s.staffUser.role }
      : null;
  if (!subject) throw expired();
  return issueTokens(deps, s.id, subject, now);
}

export async function revokeByRefreshToken(deps: SessionDeps, refreshToken: string): Promise<boolean> {
  const token = await deps.db.refreshToken.findUnique({ where: { tokenHash: sha256(refreshToken) } });
  if (!token) return false;
  await revokeSession(deps, token.sessionId, "sign-out");
  return true;
}

export async function revokeSession(deps: Pick<SessionDeps, "db" | "clock" | "pubsub">, sessionId: number, reason: string): Promise<void> {
  await deps.db.session.updateMany({ where: { id: sessionId, revokedAt: null }, data: { revokedAt: deps.clock.now(), revokeReason: reason } });
  await invalidate(deps, { sessions: [sessionId] });
}

/** True while the session behind an access token has not been revoked. */
export async function sessionIsLive(db: PrismaClient, sessionId: number): Promise<boolean> {
  const [s] = await db.$queryRaw<{ live: boolean }[]>`SELECT "revokedAt" IS NULL AS live FROM "Session" WHERE id = ${sessionId}`;
  return !!s?.live;
}

/**
 * `sessionIsLive` for every signed-in request, remembered: a live answer is reused for `ttlMs`
 * unless a revocation (this replica's at once, another's through the pub/sub) names the session
 * or its customer. A revocation that lands while the database is being asked keeps that answer
 * out of the cache (generations). The TTL only bounds a revocation whose message was lost.
 */
export class SessionLiveness {
  private readonly live = new Map<number, { until: number; session: number; user: number }>();
  // Generations by hashed id: a collision only costs a needless re-check.
  private readonly sessionGen = new Uint32Array(4096);
  private readonly userGen = new Uint32Array(4096);
  readonly stop: () => void;

  constructor(
    private readonly db: PrismaClient,
    private readonly clock: Clock,
    pubsub: PubSub,
    private readonly ttlMs = 10_000,
    private readonly max = 100_000,
  ) {
    this.stop = onChange(pubsub, (c) => this.apply(c));
  }

  /** `userId`: the customer the token names (0 for staff: their sessions are revoked one by one). */
  isLive(sessionId: number, userId: number): boolean | Promise<boolean> {
    const now = this.clock.now().getTime();
    const s = sessionId & 4095;
    const u = userId & 4095;
    const hit = this.live.get(sessionId);
    if (hit && hit.until > now && hit.session === this.sessionGen[s] && hit.user === this.userGen[u]) return true;
    const seen = { until: now + this.ttlMs, session: this.sessionGen[s]!, user: this.userGen[u]! };
    return sessionIsLive(this.db, sessionId).then((yes) => {
      if (yes && seen.session === this.sessionGen[s] && seen.user === this.userGen[u]) {
        if (this.live.size >= this.max) this.live.clear();
        this.live.set(sessionId, seen);
      } else this.live.delete(sessionId);
      return yes;
    });
  }

  apply(c: Change): void {
    for (const id of c.sessions ?? []) {
      this.sessionGen[id & 4095]! += 1;
      this.live.delete(id);
    }
    for (const id of c.sessionsOfUsers ?? []) this.userGen[id & 4095]! += 1;
  }
}

/** Signs out every device of a user, or every other device when `exceptSessionId` is given. */
export async function revokeAllSessions(
  deps: Pick<SessionDeps, "db" | "clock" | "pubsub">,
  userId: number,
  reason: string,
  exceptSessionId?: number,
): Promise<number> {
  const res = await deps.db.session.updateMany({
    where: { userId, revokedAt: null, ...(exceptSessionId ? { id: { not: exceptSessionId } } : {}) },
    data: { revokedAt: deps.clock.now(), revokeReason: reason },
  });
  await invalidate(deps, { sessionsOfUsers: [userId] });
  return res.count;
}
