// The GraphQL enum `UserErrorCode`: the shared codes plus every domain catalogue's own codes,
// each with its English description. A code defined by two domains is a startup error (one
// home per code); a code in no catalogue cannot be passed to `userError` (it does not compile).
import { SHARED_ERRORS, type ErrorCatalogue, type SharedCode } from "../shared/errors.js";
import { accountErrors } from "../domains/accounts/errors.js";
import { appealErrors } from "../domains/appeals/errors.js";
import { autopayErrors } from "../domains/autopay/errors.js";
import { billingErrors } from "../domains/billing/errors.js";
import { contactCentreErrors } from "../domains/contact-centre/errors.js";
import { faqErrors } from "../domains/faq/errors.js";
import { identityErrors } from "../domains/identity/errors.js";
import { pushErrors } from "../domains/push/errors.js";
import { newsErrors } from "../domains/news/errors.js";
import { notificationErrors } from "../domains/notifications/errors.js";
import { paymentErrors } from "../domains/payments/errors.js";
import { readingErrors } from "../domains/readings/errors.js";
import { reminderErrors } from "../domains/reminders/errors.js";
import { tokenErrors } from "../domains/tokens/errors.js";
import { builder } from "./builder.js";

/** Every domain catalogue, by domain folder (a test checks each `errors.ts` is listed). */
export const DOMAIN_CATALOGUES = {
  accounts: accountErrors,
  appeals: appealErrors,
  autopay: autopayErrors,
  billing: billingErrors,
  "contact-centre": contactCentreErrors,
  faq: faqErrors,
  identity: identityErrors,
  news: newsErrors,
  notifications: notificationErrors,
  payments: paymentErrors,
  push: pushErrors,
  readings: readingErrors,
  reminders: reminderErrors,
  tokens: tokenErrors,
} as const;

type CodesOf<C> = C extends ErrorCatalogue<infer E> ? keyof E & string : never;
/** Every code a user error can carry. */
export type UserErrorCode = SharedCode | { [D in keyof typeof DOMAIN_CATALOGUES]: CodesOf<(typeof DOMAIN_CATALOGUES)[D]> }[keyof typeof DOMAIN_CATALOGUES];

/** code → description and the catalogue that defines it. */
export function allErrorCodes(): Map<string, { description: string; home: string }> {
  const codes = new Map<string, { description: string; home: string }>();
  for (const [code, e] of Object.entries(SHARED_ERRORS)) codes.set(code, { description: e.description, home: "shared" });
  for (const [domain, catalogue] of Object.entries(DOMAIN_CATALOGUES)) {
    for (const [code, e] of Object.entries(catalogue.entries)) {
      if (e.description === undefined) continue; // a domain message for a shared code
      const seen = codes.get(code);
      if (seen) throw new Error(`error code ${code} is defined by both ${seen.home} and ${domain}`);
      codes.set(code, { description: e.description, home: domain });
    }
  }
  return codes;
}

export const UserErrorCodeRef = builder.enumType("UserErrorCode", {
  description: "Stable machine-readable code of a `UserError`; switch on it, never on the (Russian) message. New values may be added.",
  values: Object.fromEntries(
    [...allErrorCodes()].sort(([a], [b]) => a.localeCompare(b)).map(([code, e]) => [code, { value: code, description: e.description }]),
  ) as Record<UserErrorCode, { value: UserErrorCode; description: string }>,
});
