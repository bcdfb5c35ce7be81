// Loading and failure states shared by pages.
import type { JSX } from "solid-js";
import { Show } from "solid-js";

export function Spinner(props: { label?: string }) {
  return (
    <div class="spinner" role="status">
      <span class="spinner__wheel" aria-hidden="true" />
      <span class="spinner__label">{props.label ?? "Загрузка…"}</span>
    </div>
  );
}

export function ErrorNotice(props: { children: JSX.Element; onRetry?: () => void }) {
  return (
    <div class="notice notice--error" role="alert">
      <span>{props.children}</span>
      <Show when={props.onRetry}>
        {(retry) => (
          <button type="button" class="button button--small button--ghost" onClick={() => retry()()}>
            Повторить
          </button>
        )}
      </Show>
    </div>
  );
}

/** A message about the whole form or action (a refused request, a failure), read out at once. */
export function FormError(props: { message: string | null | undefined; id?: string }) {
  return (
    <Show when={props.message}>
      <p id={props.id} class="notice notice--error" role="alert">
        {props.message}
      </p>
    </Show>
  );
}

/** What a form or action has done («Данные сохранены.»), announced politely. */
export function FormDone(props: { message: string | null | undefined }) {
  return (
    <Show when={props.message}>
      <p class="notice notice--success" role="status">
        {props.message}
      </p>
    </Show>
  );
}

export const NETWORK_ERROR_TEXT = "Не удалось связаться с сервером. Проверьте подключение к интернету и повторите попытку.";
export const UNEXPECTED_ERROR_TEXT = "Что-то пошло не так. Повторите попытку позже.";
