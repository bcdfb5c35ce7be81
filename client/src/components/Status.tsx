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

export const NETWORK_ERROR_TEXT = "Не удалось связаться с сервером. Проверьте подключение к интернету и повторите попытку.";
export const UNEXPECTED_ERROR_TEXT = "Что-то пошло не так. Повторите попытку позже.";
