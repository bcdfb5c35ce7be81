// Modal window on the native <dialog>: focus moves inside and stays there, the page behind is
// inert, Escape closes it. Render it under <Show> to open it; the parent owns its state.
import { Show, createUniqueId, onCleanup, onMount, type JSX } from "solid-js";

// The control focused last, kept even after it lost the focus: a submit button that went disabled
// while its request ran drops the focus to <body>, and the window its answer opens must still
// give the focus back to it (the native <dialog> would return it to <body>).
let lastFocused: HTMLElement | null = null;
document.addEventListener("focusin", (e) => {
  if (e.target instanceof HTMLElement && !e.target.closest("dialog")) lastFocused = e.target;
});

/** What opened a window now opening: the focused control, else the one focused last. */
function opener(): HTMLElement | null {
  const active = document.activeElement;
  if (active instanceof HTMLElement && active !== document.body) return active;
  return lastFocused?.isConnected ? lastFocused : null;
}

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
  let returnTo: HTMLElement | null = null;
  onMount(() => {
    returnTo = opener();
    if (!ref.open) ref.showModal();
    // A confirmation starts on its safe answer: mark it with data-autofocus.
    ref.querySelector<HTMLElement>("[data-autofocus]")?.focus();
  });
  // Closed, the focus goes back to the control that opened the window, if it is still there.
  onCleanup(() => {
    if (ref.open) ref.close();
    if (returnTo?.isConnected && !returnTo.closest("[inert]")) returnTo.focus();
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
      <h2 id={`${id}-title`} class="dialog__title">
        {props.title}
      </h2>
      <div id={`${id}-body`} class="dialog__body">
        {props.children}
      </div>
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
