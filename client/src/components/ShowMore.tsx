import { Show } from "solid-js";

/** «Показано 20 из 57» under a list, with «Показать еще» while the server has more. */
export function ShowMore(props: { shown: number; total: number; hasMore: boolean; busy: boolean; onMore: () => void }) {
  return (
    <div class="journal__more">
      <span class="muted">
        Показано {props.shown} из {props.total}
      </span>
      <Show when={props.hasMore}>
        <button type="button" class="button button--ghost button--small" disabled={props.busy} onClick={() => props.onMore()}>
          Показать еще
        </button>
      </Show>
    </div>
  );
}
