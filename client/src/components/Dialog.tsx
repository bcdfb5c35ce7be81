// Modal window on the native <dialog>: focus moves inside and stays there, the page behind is
// inert, Escape closes it. Render it under <Show> to open it; the parent owns its state.
import { Show, createUniqueId, onCleanup, onMount, type JSX } from "solid-js";

export function Dialog(props: {
  title: string;
  onClose: () => void;
  children: JSX.Element;
  /** Buttons of the window, in reading order. */
  actions?: JSX.Element;
  /** "alertdialog" for a confirmation that needs an answer. */
  role?: "dialog" | "alertdialog";
  wide?: boolean;
}) {
  const id = createUniqueId();
  let ref!: HTMLDialogElement;
  onMount(() => {
    if (!ref.open) ref.showModal();
    // A confirmation starts on its safe answer: mark it with data-autofocus.
    ref.querySelector<HTMLElement>("[data-autofocus]")?.focus();
  });
  // Closing before removal hands focus back to the control that opened the window.
  onCleanup(() => {
    if (ref.open) ref.close();
  });
  return (
    <dialog
      ref={ref}
      class="dialog"
      classList={{ "dialog--wide": props.wide }}
      role={props.role === "alertdialog" ? "alertdialog" : undefined}
      aria-labelledby={`${id}-title`}
      aria-describedby={props.role === "alertdialog" ? `${id}-body` : undefined}
      onCancel={(e) => {
        e.preventDefault(); // Escape: the parent decides, as for «Отмена»
        props.onClose();
      }}
    >
      <h2 id={`${id}-title`} class="dialog__title">{props.title}</h2>
      <div id={`${id}-body`} class="dialog__body">{props.children}</div>
      <Show when={props.actions}>
        <div class="dialog__actions">{props.actions}</div>
      </Show>
      {/* Last in focus order: the first control of the window gets the focus on opening. */}
      <button type="button" class="dialog__close" aria-label="Закрыть" onClick={() => props.onClose()}>
        <svg class="icon" viewBox="0 0 24 24" aria-hidden="true">
          <path d="M6 6l12 12M18 6 6 18" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" />
        </svg>
      </button>
    </dialog>
  );
}
