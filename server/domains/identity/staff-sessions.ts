// Staff sign-in (operators, administrators): a separate login namespace from customers, the
// same throttling (counted apart) and the same rotating-session machinery.
import type { StaffUser } from "../../db/generated/prisma/client.js";
import type { DeviceCookies } from "./device-cookie.js";
import { checkCredentials } from "./sign-in-guard.js";
import { openSession, type ClientInfo, type IssuedSession, type SessionDeps } from "./sessions.js";

export async function signInStaff(
  deps: SessionDeps,
  login: string,
  password: string,
  client: ClientInfo,
  devices: DeviceCookies | null = null,
): Promise<{ staff: StaffUser; session: IssuedSession }> {
  const staff = await deps.db.staffUser.findUnique({ where: { login: login.trim() } });
  // The "staff" audience keeps its counters apart: attacking the console never locks customers out, and back.
  const checked = await checkCredentials(deps, {
    audience: "staff",
    login,
    password,
    candidates: staff ? [staff] : [],
    clientAddress: client.clientAddress,
    device: (await devices?.read()) ?? null,
    eligible: (s) => s.active,
    saveHash: (s, passwordHash) => deps.db.staffUser.update({ where: { id: s.id }, data: { passwordHash } }),
  });
  await devices?.remember(checked.id);
  const session = await openSession(deps, { kind: "staff", id: checked.id, role: checked.role }, client);
  return { staff: checked, session };
}
