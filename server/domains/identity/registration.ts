// Registration (manual 2): account number + owner surname, at least one contact, a password
// by the rules of 3.1, and consent to personal data processing (152-ФЗ), recorded with the
// text's version, time and client address. All errors are reported at once; nothing is
// written unless everything is right.
import type { User } from "../../db/generated/prisma/client.js";
import type { Clock } from "../../shared/clock.js";
import { audit } from "../../shared/audit.js";
import { UserFacingError, type UserErrorData } from "../../shared/errors.js";
import { accountErrors } from "../accounts/errors.js";
import { identityErrors, problem } from "./errors.js";
import { isUniqueViolation } from "../../shared/db-errors.js";
import { enforceLimits } from "../../shared/rate-limits.js";
import { sendEmailConfirmationUnlessLimited, type ContactDeps } from "./contacts.js";
import { recordNewcomer, sendNewcomerNotices, type RecordedNotice } from "../accounts/newcomer-notice.js";
import { hashPassword } from "./password.js";
import { checkAccountNumber, checkEmail, checkPassword, checkPhone, sameSurname } from "./validation.js";

export const CONSENT_TEXT_VERSION = "2023-01";

export interface RegistrationInput {
  accountNumber: string;
  ownerLastName: string;
  email?: string | null;
  phone?: string | null;
  password: string;
  passwordConfirmation: string;
  consentPersonalData: boolean;
}

export interface RegistrationDeps extends ContactDeps {
  clock: Clock;
  /** The retailer's timezone, for the time in the notices to the account's other users. */
  timezone?: string;
}

export async function register(
  deps: RegistrationDeps,
  input: RegistrationInput,
  client: { clientAddress: string | null },
): Promise<{ user: User; emailConfirmationSent: boolean; phoneConfirmationRequired: boolean }> {
  // Attempts per address, before any check: the account + surname answer is worth guessing.
  await enforceLimits(deps.rateLimits, [["registrationPerAddress", client.clientAddress]], "registrations", ["input"]);
  const errors: UserErrorData[] = [];
  const err = (e: UserErrorData) => errors.push(e);
  const at = (field: string) => ["input", field];

  const account = checkAccountNumber(input.accountNumber);
  if (!account.ok) err(accountErrors.problem("INVALID_ACCOUNT_NUMBER", at("accountNumber")));
  if (!input.ownerLastName.trim()) err(problem("REQUIRED", at("ownerLastName"), "surname"));
  const emailRaw = input.email?.trim() ?? "";
  const phoneRaw = input.phone?.trim() ?? "";
  const email = emailRaw ? checkEmail(emailRaw) : null;
  const phone = phoneRaw ? checkPhone(phoneRaw) : null;
  if (email && !email.ok) err(problem("INVALID_EMAIL", at("email"), email.rule));
  if (phone && !phone.ok) err(problem("INVALID_PHONE", at("phone")));
  if (!email && !phone) err(problem("CONTACT_REQUIRED", at("email")));
  const password = checkPassword(input.password);
  if (!password.ok) err(problem("WEAK_PASSWORD", at("password"), password.rule));
  else if (input.password !== input.passwordConfirmation) err(problem("PASSWORD_MISMATCH", at("passwordConfirmation")));
  if (!input.consentPersonalData) err(problem("CONSENT_REQUIRED", at("consentPersonalData")));

  const { db } = deps;
  if (account.ok) {
    const acc = await db.account.findUnique({ where: { number: account.value }, select: { ownerLastName: true, closedAt: true } });
    if (!acc || acc.closedAt) err(accountErrors.problem("ACCOUNT_NOT_FOUND", at("accountNumber")));
    else if (input.ownerLastName.trim() && !sameSurname(acc.ownerLastName, input.ownerLastName))
      err(accountErrors.problem("ACCOUNT_OR_SURNAME", at("ownerLastName")));
  }
  if (email?.ok && (await db.user.findUnique({ where: { email: email.value }, select: { id: true } }))) err(problem("EMAIL_TAKEN", at("email")));
  // The login is the e-mail when given (figure 38), otherwise the account number.
  const login = email?.ok ? email.value : account.ok ? account.value : "";
  if (!errors.length && (await db.user.findUnique({ where: { login }, select: { id: true } })))
    err(problem("ALREADY_REGISTERED", at(email?.ok ? "email" : "accountNumber"), email?.ok ? "email" : "account"));
  if (errors.length) throw new UserFacingError(errors);

  const now = deps.clock.now();
  const passwordHash = await hashPassword(input.password);
  let notices: RecordedNotice[] = [];
  const user = await db
    .$transaction(async (tx) => {
      const acc = await tx.account.findUniqueOrThrow({ where: { number: account.ok ? account.value : "" } });
      const created = await tx.user.create({
        data: {
          login,
          passwordHash,
          email: email?.ok ? email.value : null,
          phone: phone?.ok ? phone.value : null,
          activeAccountId: acc.id,
          createdAt: now,
          accounts: { create: { accountId: acc.id, linkedAt: now } },
          consents: { create: { kind: "PERSONAL_DATA", textVersion: CONSENT_TEXT_VERSION, givenAt: now, clientAddress: client.clientAddress } },
        },
      });
      await audit(
        tx,
        { actorType: "USER", actorId: created.id, action: "user.registered", entity: "Account", entityId: acc.number, clientAddress: client.clientAddress },
        now,
      );
      // The account's existing users are told of the newcomer (committed with the link, sent below).
      notices = await recordNewcomer(tx, {
        accountId: acc.id,
        newcomerId: created.id,
        via: "REGISTRATION",
        at: now,
        timezone: deps.timezone,
        clientAddress: client.clientAddress,
      });
      return created;
    })
    .catch((e) => {
      // A parallel registration took the same e-mail or login between our check and insert.
      if (isUniqueViolation(e)) throw identityErrors.userError("ALREADY_REGISTERED", ["input", "email"], "email");
      throw e;
    });
  await sendNewcomerNotices(deps, notices);

  const emailConfirmationSent = !!user.email && (await sendEmailConfirmationUnlessLimited(deps, user));
  return { user, emailConfirmationSent, phoneConfirmationRequired: !!user.phone };
}
