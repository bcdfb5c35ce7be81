// Opening a reminder's readings link: the token names a ReminderLink row (link-token.ts), and
// the row is alive only while all of this holds — it is before the end of the readings window
// it was sent for, the user's password is the one it was made under (a changed password, as for
// API tokens, is a new hash), the account is still linked to the user by the same link
// (unlinking deletes the UserAccount row; linking again makes one with a new `linkedAt`), and
// the user is not being deleted. What it opens is that one account's meters, nothing else.
import type { PrismaClient } from "../../db/generated/prisma/client.js";
import { passwordStamp } from "../tokens/rules.js";
import { userError } from "./errors.js";
import { readReminderToken } from "./link-token.js";

export interface OpenLink {
  id: number;
  userId: number;
  accountId: number;
  expiresAt: Date;
  account: { number: string; address: string };
}

/** The live link, or a user error (REMINDER_LINK_EXPIRED / REMINDER_LINK_INVALID) saying why not. */
export async function openReminderLink(deps: { db: PrismaClient; jwtSecret: string; now: Date }, token: string): Promise<OpenLink> {
  const named = await readReminderToken(deps.jwtSecret, token, deps.now);
  if (named === "expired") throw userError("REMINDER_LINK_EXPIRED", ["input", "token"]);
  if (!named) throw userError("REMINDER_LINK_INVALID", ["input", "token"]);
  const link = await deps.db.reminderLink.findUnique({
    where: "id" in named ? { id: named.id } : { code: named.code },
    include: {
      user: { select: { passwordHash: true, deletionRequestedAt: true } },
      account: { select: { number: true, address: true, closedAt: true } },
    },
  });
  if (!link) throw userError("REMINDER_LINK_INVALID", ["input", "token"]);
  const ua = await deps.db.userAccount.findUnique({
    where: { userId_accountId: { userId: link.userId, accountId: link.accountId } },
    select: { linkedAt: true },
  });
  const stillLinked = ua?.linkedAt.getTime() === link.linkedAt.getTime();
  if (!stillLinked || link.account.closedAt || link.user.deletionRequestedAt || passwordStamp(link.user.passwordHash) !== link.passwordStamp)
    throw userError("REMINDER_LINK_INVALID", ["input", "token"]);
  if (deps.now >= link.expiresAt) throw userError("REMINDER_LINK_EXPIRED", ["input", "token"]);
  return {
    id: link.id,
    userId: link.userId,
    accountId: link.accountId,
    expiresAt: link.expiresAt,
    account: { number: link.account.number, address: link.account.address },
  };
}

/** Links past their end are of no use to anyone: deleted daily (jobs/schedule.ts). */
export async function purgeExpiredReminderLinks(deps: { db: PrismaClient; clock: { now(): Date } }): Promise<number> {
  const { count } = await deps.db.reminderLink.deleteMany({ where: { expiresAt: { lt: deps.clock.now() } } });
  return count;
}

// Parts of a free-text address: «628305, ХМАО - Югра, Нефтеюганск г, 16А мкр., д. 84, кв. 31».
const POSTCODE = /^\d{6}$/;
const REGION = /(^|\s)(обл|область|край|респ|республика|АО|ХМАО|ЯНАО)\.?(\s|$)|Югра/i;
const FLAT = /^(кв|квартира|комн|комната|ком|пом|помещение|оф|офис)(\.|\s|$)/i;
const LOCALITY = /(^|\s)(г|гор|город|пгт|п|пос|поселок|посёлок|с|село|д|дер|деревня|ст|станица|рп)\.?$|^(г|пгт|п|пос|с|д|дер|ст|рп)\.\s/i;

/**
 * The address as the link's page shows it: street and house only — no postcode, region or
 * locality before them, no flat, room or office after (someone who finds the link learns no
 * more than the building).
 */
export function maskedAddress(address: string): string {
  const parts = address
    .split(",")
    .map((p) => p.trim())
    .filter(Boolean);
  const flat = parts.findIndex((p) => FLAT.test(p));
  const upToHouse = flat === -1 ? parts : parts.slice(0, flat);
  let locality = -1;
  upToHouse.forEach((p, i) => {
    if (LOCALITY.test(p) && !/^д\.\s*\d/i.test(p)) locality = i;
  });
  const rest = upToHouse.slice(locality + 1).filter((p) => !POSTCODE.test(p) && !REGION.test(p));
  return rest.join(", ");
}
