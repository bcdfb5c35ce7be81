// «mutation → link → download → error text»: the API signs a short-lived link to a file (a PDF, an
// appeal's attachment), the file is fetched from it and saved, and whatever went wrong on the way
// becomes the one message shown on the page.
import type { CombinedError } from "@urql/core";
import { UNEXPECTED_ERROR_TEXT } from "../components/Status";
import { downloadFailureText, downloadFile } from "./download";
import { requestErrorText, type UserErrorLike } from "./userErrors";

/** What the link mutation answered: its payload (absent when the request failed) and the request's error. */
export type LinkAnswer<P> = { payload: P | null | undefined; error: CombinedError | undefined };

/** The message of what went wrong, or null once the browser has the file. */
export async function downloadLinked<P extends { userErrors: readonly UserErrorLike[] }>(
  answer: LinkAnswer<P>,
  urlOf: (payload: P) => string | null | undefined,
  file: { type: string; fallbackName: string },
): Promise<string | null> {
  const { payload, error } = answer;
  if (!payload) return requestErrorText(error);
  if (payload.userErrors.length) return payload.userErrors.map((e) => e.message).join(" ");
  const url = urlOf(payload);
  if (!url) return UNEXPECTED_ERROR_TEXT;
  const failure = await downloadFile(url, file);
  return failure ? downloadFailureText(failure) : null;
}
