import { createEffect } from "solid-js";

const SUFFIX = "Личный кабинет клиента";

/** Sets the browser tab title for the current page. */
export function usePageTitle(title: () => string | undefined): void {
  createEffect(() => {
    const t = title();
    document.title = t ? `${t} — ${SUFFIX}` : SUFFIX;
  });
}
