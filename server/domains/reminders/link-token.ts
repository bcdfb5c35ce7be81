// The two forms of a reminder's readings link (7.1). Both name a ReminderLink row, which holds
// what the link may do (one account of one user) and what kills it (the window's end, the
// password, the account's link to the user):
// - the e-mail carries a JWT signed with the "reminder-link" key and audience, so a forged or
//   foreign token (an access token, a document link) is refused before the database is asked;
// - the SMS carries the row's short random code (an SMS has no room for a JWT): 12 characters of
//   a v4 UUID pair in base64 without «+/=», about 66 random bits, looked up server-side.
import { SignJWT, jwtVerify } from "jose";
import { purposeKey } from "../../shared/keys.js";

const ISSUER = "kabinet";
export const REMINDER_LINK_AUDIENCE = "kabinet-reminder-link";

/** SQL for a new short code (a v4 UUID is the strong random PostgreSQL and PGlite have built in). */
export const SHORT_CODE_SQL = `left(translate(encode(uuid_send(gen_random_uuid()) || uuid_send(gen_random_uuid()), 'base64'), E'+/=\\n', ''), 12)`;
const SHORT_CODE = /^[A-Za-z0-9]{12}$/;

/**
 * Paths of the two forms, after PUBLIC_URL (the client's routes). The JWT goes in the query: a
 * last path segment with dots looks like a file to the static server, which would not fall back
 * to the web client for it.
 */
export const emailLinkPath = (token: string) => `/readings/link?token=${token}`;
export const smsLinkPath = (code: string) => `/r/${code}`;

export async function signReminderLink(master: string, link: { id: number; expiresAt: Date }, now: Date): Promise<string> {
  return new SignJWT({})
    .setProtectedHeader({ alg: "HS256" })
    .setSubject(String(link.id))
    .setAudience(REMINDER_LINK_AUDIENCE)
    .setIssuer(ISSUER)
    .setIssuedAt(Math.floor(now.getTime() / 1000))
    .setExpirationTime(Math.floor(link.expiresAt.getTime() / 1000))
    .sign(purposeKey(master, "reminder-link"));
}

/**
 * What a token given to the API names: the row id of a valid JWT, the code of a well-formed
 * short code, or "expired" for a genuine JWT past its end; null for anything else.
 */
export async function readReminderToken(master: string, token: string, now: Date): Promise<{ id: number } | { code: string } | "expired" | null> {
  const t = token.trim();
  if (SHORT_CODE.test(t)) return { code: t };
  if (t.length > 2048 || t.split(".").length !== 3) return null;
  try {
    const { payload } = await jwtVerify(t, purposeKey(master, "reminder-link"), {
      algorithms: ["HS256"],
      audience: REMINDER_LINK_AUDIENCE,
      issuer: ISSUER,
      requiredClaims: ["exp", "sub"],
      currentDate: now,
    });
    const id = Number(payload.sub);
    return Number.isSafeInteger(id) && id > 0 ? { id } : null;
  } catch (err) {
    return (err as { code?: string }).code === "ERR_JWT_EXPIRED" ? "expired" : null;
  }
}

/** The e-mail's placeholder for a link, put in by the reminder statement, signed before sending. */
export const EMAIL_LINK_PLACEHOLDER = /\{\{reminder-link:(\d+)\}\}/g;
export const emailLinkPlaceholderSql = "{{reminder-link:%s}}";
