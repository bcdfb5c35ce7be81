// The toolbar of the readings history (6.2.2) and the charges (6.3): «За период с … по …», the
// page's own filters, «Сохранить в PDF» of the same period; under it what is wrong with either.
import { Show, createEffect, createSignal, on, splitProps, type Accessor, type JSX } from "solid-js";
import { downloadLinked, type LinkAnswer } from "../lib/linkedDownload";
import type { UserErrorLike } from "../lib/userErrors";
import { MonthRange, type MonthRangeProps } from "./MonthRange";
import { FileIcon } from "./Icons";

/** What the PDF mutation answered: a short-lived signed link to the file, or why not. */
export type PdfAnswer = LinkAnswer<{ document?: { url: string } | null; userErrors: readonly UserErrorLike[] }>;

export type PdfSave = { saving: Accessor<boolean>; error: Accessor<string | null>; save: () => Promise<void> };

/**
 * «Сохранить в PDF»: the API signs a short-lived link to the document; the PDF is fetched from it
 * and saved, so a failure stays on this page. The message goes when the period or a filter changes.
 */
export function createPdfSave(options: {
  request: () => Promise<PdfAnswer>;
  fileName: () => string;
  /** Nothing to save (the period is wrong). */
  blocked: () => boolean;
  /** Reads the period and filters the PDF is made for. */
  resetOn: () => unknown;
}): PdfSave {
  const [saving, setSaving] = createSignal(false);
  const [error, setError] = createSignal<string | null>(null);
  createEffect(on(options.resetOn, () => setError(null), { defer: true }));

  /** The message of what went wrong, or null once the file is saved. */
  async function fetchPdf(): Promise<string | null> {
    return downloadLinked(await options.request(), (p) => p.document?.url, { type: "application/pdf", fallbackName: options.fileName() });
  }

  async function save() {
    if (options.blocked() || saving()) return;
    setError(null);
    setSaving(true);
    try {
      setError(await fetchPdf());
    } finally {
      setSaving(false);
    }
  }

  return { saving, error, save };
}

/** `error` is what is wrong with the period (monthRangeError), or null; it is shown under the bar. */
export function PeriodToolbar(
  props: Omit<MonthRangeProps, "errorId"> & {
    pdf: PdfSave;
    /** The page's filters, between the period and the PDF button. */
    children?: JSX.Element;
  },
) {
  const [range] = splitProps(props, ["id", "current", "from", "to", "onFrom", "onTo", "error"]);
  return (
    <>
      <div class="history-filter">
        <MonthRange {...range} errorId={`${props.id}-range-error`} />
        {props.children}
        <span class="history-filter__pdf">
          <button
            type="button"
            class="button button--ghost button--small"
            onClick={() => void props.pdf.save()}
            disabled={!!props.error || props.pdf.saving()}
            aria-describedby={props.pdf.error() ? `${props.id}-pdf-error` : undefined}
          >
            <FileIcon />
            {props.pdf.saving() ? "Формируем PDF…" : "Сохранить в PDF"}
          </button>
        </span>
      </div>
      <Show when={props.error}>
        <p id={`${props.id}-range-error`} class="field-error" role="alert">
          {props.error}
        </p>
      </Show>
      <Show when={props.pdf.error()}>
        <p id={`${props.id}-pdf-error`} class="notice notice--error history__pdf-error" role="alert">
          {props.pdf.error()}
        </p>
      </Show>
    </>
  );
}
