// The password check behind every sign-in (customers and staff), throttled: the attempt is
// counted first (throttle.ts) and only attempts within every limit that applies get a password
// comparison. The limits: per user, shared by every identifier that names the user (or per
// login typed when it names nobody), and per client address; a browser with a trusted device
// cookie for the user (device-cookie.ts) is limited per device instead.
import type { PrismaClient } from "../../db/generated/prisma/client.js";
import type { Clock } from "../../shared/clock.js";
import { userError } from "./errors.js";
import type { TrustedDevice } from "./device-cookie.js";
import { DUMMY_HASH, hashPassword, needsRehash, verifyPassword } from "./password.js";
import {
  ADDRESS_RULE,
  DEVICE_RULE,
  LOGIN_RULE,
  addressKey,
  clearAttempts,
  countAttempt,
  deviceKey,
  loginKey,
  refundAttempt,
  tooManyAttempts,
  userKey,
  type Audience,
  type ThrottleRule,
} from "./throttle.js";

export interface GuardInput<T extends { id: number; passwordHash: string }> {
  audience: Audience;
  /** The login as typed (counted under it when it names nobody). */
  login: string;
  password: string;
  /** Everyone the login may name. */
  candidates: T[];
  clientAddress: string | null;
  device: TrustedDevice | null;
  /** A matching password still fails for a user who may not sign in (inactive, being deleted). */
  eligible(c: T): boolean;
  /** Stores an upgraded hash after a successful check against an outdated one. */
  saveHash(c: T, hash: string): Promise<unknown>;
}

interface Gate<T> {
  key: string;
  rule: ThrottleRule;
  candidate?: T;
}

/** The candidate whose password matched; throws the lock or «Неверный логин или пароль». */
export async function checkCredentials<T extends { id: number; passwordHash: string }>(
  deps: { db: PrismaClient; clock: Clock },
  input: GuardInput<T>,
): Promise<T> {
  const { db } = deps;
  const now = deps.clock.now();
  const a = input.audience;
  const trusted = input.device ? input.candidates.find((c) => c.id === input.device!.userId) : undefined;
  const gates: Gate<T>[] = trusted
    ? [{ key: deviceKey(a, input.device!.deviceId), rule: DEVICE_RULE, candidate: trusted }]
    : input.candidates.length
      ? input.candidates.map((c) => ({ key: userKey(a, c.id), rule: LOGIN_RULE, candidate: c }))
      : [{ key: loginKey(a, input.login), rule: LOGIN_RULE }];
  const address = !trusted && input.clientAddress ? addressKey(a, input.clientAddress) : null;

  const [addressLock, ...locks] = await Promise.all([
    address ? countAttempt(db, address, ADDRESS_RULE, now) : null,
    ...gates.map((g) => countAttempt(db, g.key, g.rule, now)),
  ]);
  const open = addressLock ? [] : gates.filter((_, i) => !locks[i]);
  if (!open.length) {
    const until = [addressLock, ...locks].filter((d): d is Date => !!d).sort((x, y) => y.getTime() - x.getTime())[0]!;
    throw tooManyAttempts(until, now);
  }

  let match: Gate<T> | undefined;
  for (const g of open) {
    if (g.candidate && (await verifyPassword(input.password, g.candidate.passwordHash))) {
      match = g;
      break;
    }
  }
  // Same work whether or not the login exists, so timing does not reveal registered logins.
  if (!open.some((g) => g.candidate)) await verifyPassword(input.password, DUMMY_HASH);
  if (!match?.candidate || !input.eligible(match.candidate)) throw userError("INVALID_CREDENTIALS", "password");

  await clearAttempts(db, match.key);
  if (address) await refundAttempt(db, address);
  if (needsRehash(match.candidate.passwordHash)) await input.saveHash(match.candidate, await hashPassword(input.password));
  return match.candidate;
}
