// Staff sign-in (operators, administrators): a separate login namespace from customers, the
// same throttling and the same rotating-session machinery.
import type { StaffUser } from "../../db/generated/prisma/client.js";
import { userError } from "../../shared/errors.js";
import { DUMMY_HASH, verifyPassword } from "./password.js";
import { ADDRESS_RULE, LOGIN_RULE, addressKey, assertNotLocked, clearFailures, loginKey, recordFailure } from "./throttle.js";
import { MSG_INVALID_CREDENTIALS, openSession, type ClientInfo, type IssuedSession, type SessionDeps } from "./sessions.js";

export async function signInStaff(
  deps: SessionDeps,
  login: string,
  password: string,
  client: ClientInfo,
): Promise<{ staff: StaffUser; session: IssuedSession }> {
  const now = deps.clock.now();
  // "staff:" keeps a customer's failures from locking an operator with the same login, and back.
  const keys = [loginKey(`staff:${login.trim()}`), ...(client.clientAddress ? [addressKey(client.clientAddress)] : [])];
  await assertNotLocked(deps.db, keys, now);
  const staff = await deps.db.staffUser.findUnique({ where: { login: login.trim() } });
  const ok = await verifyPassword(password, staff?.passwordHash ?? DUMMY_HASH);
  if (!staff || !ok || !staff.active) {
    await recordFailure(deps.db, keys[0]!, LOGIN_RULE, now);
    if (keys[1]) await recordFailure(deps.db, keys[1], ADDRESS_RULE, now);
    throw userError("INVALID_CREDENTIALS", MSG_INVALID_CREDENTIALS, "password");
  }
  await clearFailures(deps.db, keys[0]!);
  const session = await openSession(deps, { kind: "staff", id: staff.id, role: staff.role }, client);
  return { staff, session };
}
