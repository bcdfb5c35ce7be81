// What a client needs to check an appeal before sending it, as the API tells it
// (AppealUploadRules, AppealConsents): read from rules.ts and file-kinds.ts in this one place, so
// the web client keeps no copy of the limits or of the consent texts whose version is recorded.
import { ALLOWED_EXTENSIONS } from "./file-kinds.js";
import { CONSENT_TEXTS, CONSENT_TEXT_VERSION, MAX_ATTACHMENTS_BYTES, MAX_FILES_PER_REQUEST, UPLOAD_HINT } from "./rules.js";

export type AppealUploadRules = {
  /** All files of one appeal (or one answer) together. */
  maxTotalBytes: number;
  /** Files in one request. */
  maxFiles: number;
  /** Lower case, without the dot. */
  extensions: readonly string[];
  hint: string;
};

export function appealUploadRules(): AppealUploadRules {
  return { maxTotalBytes: MAX_ATTACHMENTS_BYTES, maxFiles: MAX_FILES_PER_REQUEST, extensions: ALLOWED_EXTENSIONS, hint: UPLOAD_HINT };
}

export type AppealConsents = { version: string; personalData: string; simpleSignature: string };

/** The consents every appeal form ends with, in the wording whose version submit.ts records. */
export function appealConsents(): AppealConsents {
  return { version: CONSENT_TEXT_VERSION, ...CONSENT_TEXTS };
}
