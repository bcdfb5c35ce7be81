// The payload convention of the API: `userErrors { field message code }`, where `field` is a
// path such as ["input", "email"]. Each message goes next to the input the last path element
// names; anything else is shown above the form.
// Branch on `code` (the schema's enum UserErrorCode), never on the Russian `message`.
import type { CombinedError } from "@urql/core";
import { NETWORK_ERROR_TEXT, UNEXPECTED_ERROR_TEXT } from "../components/Status";
import type { UserErrorCode } from "../gql/graphql";

export type UserErrorLike = { field?: readonly string[] | null; message: string; code: UserErrorCode };

/** Messages by input name, plus `form` for the ones that concern no single input. */
export type FormErrors<F extends string> = Partial<Record<F | "form", string>>;

export function toFormErrors<F extends string>(errors: readonly UserErrorLike[], fields: readonly F[]): FormErrors<F> {
  const found: FormErrors<F> = {};
  for (const e of errors) {
    const name = e.field?.at(-1);
    if (name && (fields as readonly string[]).includes(name)) found[name as F] ??= e.message;
    else found.form = found.form ? `${found.form} ${e.message}` : e.message;
  }
  return found;
}

/** The text for a request that brought no payload at all. */
export function requestErrorText(error: CombinedError | undefined): string {
  return error?.networkError ? NETWORK_ERROR_TEXT : UNEXPECTED_ERROR_TEXT;
}

/** The first GraphQL error's own message (the e-mail gate, a range the API refuses), else requestErrorText. */
export function queryErrorText(error: CombinedError | undefined): string {
  return error?.graphQLErrors[0]?.message ?? requestErrorText(error);
}

/** True when the form has any message. */
export function hasErrors(errors: Partial<Record<string, string>>): boolean {
  return Object.values(errors).some(Boolean);
}

/**
 * The session must change its password first (a password breaking the rules of 3.1): the text of
 * the server's PASSWORD_CHANGE_REQUIRED refusal, naming the rule; undefined for any other answer.
 */
export function passwordChangeReason(error: CombinedError | undefined): string | undefined {
  return error?.graphQLErrors.find((e) => e.extensions?.code === "PASSWORD_CHANGE_REQUIRED")?.message;
}
