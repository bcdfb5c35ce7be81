// The consents every appeal form ends with, as the API tells them (AppealConsents): the web client
// keeps no copy of the texts whose version submit.ts records. (The attachment limits are
// upload-rules.ts, from the settings.)
import { CONSENT_TEXTS, CONSENT_TEXT_VERSION } from "./rules.js";

export type AppealConsents = { version: string; personalData: string; simpleSignature: string };

/** The consents every appeal form ends with, in the wording whose version submit.ts records. */
export function appealConsents(): AppealConsents {
  return { version: CONSENT_TEXT_VERSION, ...CONSENT_TEXTS };
}
