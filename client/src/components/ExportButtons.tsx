// «Скачать CSV» and «Скачать JSON» of a section's table for the chosen range: the API signs a
// short-lived link to the file (the same way as the PDFs), the file is fetched and saved, and a
// failure stays on this page.
import { For, Show, createSignal } from "solid-js";
import type { CombinedError } from "@urql/core";
import { downloadFailureText, downloadFile } from "../lib/download";
import { requestErrorText } from "../lib/userErrors";
import { UNEXPECTED_ERROR_TEXT } from "./Status";

export type ExportFormat = "CSV" | "JSON";
export type ExportAnswer = { url: string | null | undefined; error: CombinedError | undefined };

const TYPE: Record<ExportFormat, string> = { CSV: "text/csv", JSON: "application/json" };

export function ExportButtons(props: {
  id: string;
  /** Asks the API for the link to the file in this format. */
  request: (format: ExportFormat) => Promise<ExportAnswer>;
  fileName: (format: ExportFormat) => string;
  disabled?: boolean;
}) {
  const [busy, setBusy] = createSignal<ExportFormat | null>(null);
  const [error, setError] = createSignal<string | null>(null);

  async function save(format: ExportFormat) {
    if (busy() || props.disabled) return;
    setError(null);
    setBusy(format);
    try {
      const { url, error: requestError } = await props.request(format);
      if (!url) return setError(requestError ? requestErrorText(requestError) : UNEXPECTED_ERROR_TEXT);
      const failure = await downloadFile(url, { type: TYPE[format], fallbackName: props.fileName(format) });
      setError(failure ? downloadFailureText(failure) : null);
    } finally {
      setBusy(null);
    }
  }

  return (
    <>
      <div class="export-buttons" role="group" aria-label="Скачать таблицу">
        <For each={["CSV", "JSON"] as const}>
          {(format) => (
            <button
              type="button"
              class="button button--ghost button--small"
              disabled={props.disabled || busy() !== null}
              aria-describedby={error() ? `${props.id}-export-error` : undefined}
              onClick={() => void save(format)}
            >
              {busy() === format ? "Готовим файл…" : `Скачать ${format}`}
            </button>
          )}
        </For>
      </div>
      <Show when={error()}>
        <p id={`${props.id}-export-error`} class="notice notice--error history__pdf-error" role="alert">
          {error()}
        </p>
      </Show>
    </>
  );
}
