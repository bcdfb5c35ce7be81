// Sign-in and sessions: a session is one device; its refresh tokens rotate on every use and
// form a family — presenting a spent token revokes the whole session (stolen-token defence).
import type { PrismaClient, StaffRole, User } from "../../db/generated/prisma/client.js";
import type { PubSub } from "../../integrations/pubsub.js";
import type { Clock } from "../../shared/clock.js";
import { userError } from "./errors.js";
import { invalidate, onChange, type Change } from "../../shared/invalidation.js";
import { createHmac } from "node:crypto";
import type { DeviceCookies } from "./device-cookie.js";
import { checkCredentials } from "./sign-in-guard.js";
import { checkPassword } from "./validation.js";
import type { PasswordRule } from "./errors.js";
import { newOpaqueToken, sha256, type Subject, type TokenService, type TokenSubject } from "./tokens.js";

/** How long a just-spent refresh token may be presented again without counting as theft. */
export const REUSE_GRACE_MS = 10_000;

export interface SessionDeps {
  db: PrismaClient;
  clock: Clock;
  tokens: TokenService;
  refreshTtlSec: number;
  /** Derives a spent refresh token's one successor (purposeKey "refresh-successor"). */
  successorKey: Uint8Array;
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

/**
 * Throttled (sign-in-guard.ts); `devices`: the browser's device cookie, renewed on success. A
 * password that breaks the rules of 3.1 (a previous portal's, or one the rules refuse since) opens
 * a session that may only change it: `passwordChangeRule` names the rule broken.
 */
export async function signIn(
  deps: SessionDeps,
  login: string,
  password: string,
  client: ClientInfo,
  devices: DeviceCookies | null = null,
): Promise<{ user: User; session: IssuedSession; passwordChangeRule: PasswordRule | null }> {
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
  const policy = checkPassword(password);
  const passwordChangeRule = policy.ok ? null : policy.rule;
  const session = await openSession(deps, { kind: "user", id: user.id }, client, passwordChangeRule);
  return { user, session, passwordChangeRule };
}

export async function openSession(
  deps: SessionDeps,
  subject: Subject,
  client: ClientInfo,
  passwordChangeRule: PasswordRule | null = null,
): Promise<IssuedSession> {
  const now = deps.clock.now();
  const row = await deps.db.session.create({
    data: {
      passwordChangeRule,
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

/**
 * The one successor of a refresh token: HMAC(server key, presented token). Only the holder of
 * the spent token can have it recomputed, nothing usable is stored (rows keep hashes only), and
 * every answer to the same token — a retry, a racing tab — is the same pair, never a fork.
 */
function successorOf(deps: SessionDeps, refreshToken: string): string {
  return createHmac("sha256", deps.successorKey).update(refreshToken).digest("base64url");
}

/** `kind`: the subject the caller expects (the customer's and the staff cookie refresh only their own). */
export async function refreshSession(deps: SessionDeps, refreshToken: string, kind?: Subject["kind"]): Promise<IssuedSession> {
  const now = deps.clock.now();
  const expired = () => userError("SESSION_EXPIRED", "refreshToken");
  const token = await deps.db.refreshToken.findUnique({
    where: { tokenHash: sha256(refreshToken) },
    include: { session: { include: { staffUser: true } } },
  });
  if (!token || token.session.revokedAt || token.expiresAt <= now) throw expired();
  if (kind && (kind === "user") !== (token.session.userId !== null)) throw expired();
  // Spend the token atomically: of two racing uses, only one wins; the loser is a reuse. A
  // reuse within a few seconds is a client that lost the answer (page reload, two tabs), not
  // theft: it gets the same successor as the winner.
  const spent = await deps.db.refreshToken.updateMany({ where: { id: token.id, usedAt: null }, data: { usedAt: now } });
  const reuse = spent.count === 0;
  if (reuse) {
    const usedAt = (await deps.db.refreshToken.findUnique({ where: { id: token.id }, select: { usedAt: true } }))?.usedAt;
    if (!usedAt || now.getTime() - usedAt.getTime() > REUSE_GRACE_MS) {
      await revokeSession(deps, token.sessionId, "refresh token reuse");
      throw expired();
    }
  }
  const s = token.session;
  const subject: Subject | null = s.userId
    ? { kind: "user", id: s.userId }
    : s.staffUser?.active
      ? { kind: "staff", id: s.staffUser.id, role: s.staffUser.role }
      : null;
  if (!subject) throw expired();
  // Winner and losers all insert the same row; whoever comes first creates it.
  const next = successorOf(deps, refreshToken);
  const tokenHash = sha256(next);
  await deps.db.refreshToken.createMany({
    data: [{ sessionId: s.id, tokenHash, expiresAt: new Date(now.getTime() + deps.refreshTtlSec * 1000), createdAt: now }],
    skipDuplicates: true,
  });
  const successor = await deps.db.refreshToken.findUniqueOrThrow({ where: { tokenHash } });
  // The successor was spent already: the lost answer was not lost, two parties hold the chain.
  if (reuse && successor.usedAt) {
    await revokeSession(deps, s.id, "refresh token reuse");
    throw expired();
  }
  await deps.db.session.update({ where: { id: s.id }, data: { lastUsedAt: now } });
  const access = await deps.tokens.issue({ subject, sessionId: s.id }, now);
  return { sessionId: s.id, accessToken: access.token, accessTokenExpiresAt: access.expiresAt, refreshToken: next, refreshTokenExpiresAt: successor.expiresAt };
}

/** Signs out the session of a refresh token (spent or not); `kind` as in refreshSession. */
export async function revokeByRefreshToken(deps: SessionDeps, refreshToken: string, kind?: Subject["kind"]): Promise<boolean> {
  const token = await deps.db.refreshToken.findUnique({ where: { tokenHash: sha256(refreshToken) }, include: { session: { select: { userId: true } } } });
  if (!token || (kind && (kind === "user") !== (token.session.userId !== null))) return false;
  await revokeSession(deps, token.sessionId, "sign-out");
  return true;
}

export async function revokeSession(deps: Pick<SessionDeps, "db" | "clock" | "pubsub">, sessionId: number, reason: string): Promise<void> {
  await deps.db.session.updateMany({ where: { id: sessionId, revokedAt: null }, data: { revokedAt: deps.clock.now(), revokeReason: reason } });
  await invalidate(deps, { sessions: [sessionId] });
}

/** Who a live session belongs to, as the database says now (staff: active, current role). */
export type SessionOwner = { kind: "user"; id: number; passwordChangeRule: string | null } | { kind: "staff"; id: number; role: StaffRole };

/** The owner of a session that is not revoked (and, for staff, whose member is active); null otherwise. */
export async function sessionOwner(db: PrismaClient, sessionId: number): Promise<SessionOwner | null> {
  const [s] = await db.$queryRaw<{ userId: number | null; staffId: number | null; role: StaffRole | null; active: boolean | null; rule: string | null }[]>`
    SELECT s."userId", s."staffUserId" AS "staffId", st.role, st.active, s."passwordChangeRule" AS rule
    FROM "Session" s LEFT JOIN "StaffUser" st ON st.id = s."staffUserId"
    WHERE s.id = ${sessionId} AND s."revokedAt" IS NULL`;
  if (!s) return null;
  if (s.userId !== null) return { kind: "user", id: s.userId, passwordChangeRule: s.rule };
  return s.staffId !== null && s.active && s.role ? { kind: "staff", id: s.staffId, role: s.role } : null;
}

/**
 * `sessionOwner` for every signed-in request, checked against the token's subject and
 * remembered: an answer is reused for `ttlMs` unless a change (this replica's at once, another's
 * through the pub/sub) names the session, its customer or its staff member (role, activity). A
 * change that lands while the database is being asked keeps that answer out of the cache
 * (generations). The TTL only bounds a change whose message was lost.
 */
export class SessionLiveness {
  private readonly live = new Map<number, { until: number; session: number; subject: number; owner: SessionOwner }>();
  // Generations by hashed id: a collision only costs a needless re-check.
  private readonly sessionGen = new Uint32Array(4096);
  private readonly userGen = new Uint32Array(4096);
  private readonly staffGen = new Uint32Array(4096);
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

  /** The session's owner if the session is live and belongs to `subject` (the token's claim); else null. */
  owner(sessionId: number, subject: TokenSubject): SessionOwner | null | Promise<SessionOwner | null> {
    const now = this.clock.now().getTime();
    const s = sessionId & 4095;
    const gens = subject.kind === "user" ? this.userGen : this.staffGen;
    const g = subject.id & 4095;
    const hit = this.live.get(sessionId);
    if (hit && hit.until > now && hit.session === this.sessionGen[s] && hit.subject === gens[g] && sameSubject(hit.owner, subject)) return hit.owner;
    const seen = { until: now + this.ttlMs, session: this.sessionGen[s]!, subject: gens[g]! };
    return sessionOwner(this.db, sessionId).then((owner) => {
      if (!owner) {
        this.live.delete(sessionId);
        return null;
      }
      // A session of someone else (a token naming another subject) is refused and not remembered.
      if (!sameSubject(owner, subject)) return null;
      if (seen.session === this.sessionGen[s] && seen.subject === gens[g]) {
        if (this.live.size >= this.max) this.live.clear();
        this.live.set(sessionId, { ...seen, owner });
      }
      return owner;
    });
  }

  apply(c: Change): void {
    for (const id of c.sessions ?? []) {
      this.sessionGen[id & 4095]! += 1;
      this.live.delete(id);
    }
    for (const id of c.sessionsOfUsers ?? []) this.userGen[id & 4095]! += 1;
    for (const id of c.staff ?? []) this.staffGen[id & 4095]! += 1;
  }
}

const sameSubject = (owner: SessionOwner, subject: TokenSubject) => owner.kind === subject.kind && owner.id === subject.id;

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
