// The notifications envelope (manual 7.1): grey when everything is read, coloured with
// the unread count otherwise. New notifications arrive over the subscription.
import { For, Show, createSignal, onCleanup, onMount } from "solid-js";
import { createSubscription } from "@urql/solid";
import { graphql } from "../gql";
import type { NotificationAddedSubscription } from "../gql/graphql";
import { EnvelopeIcon } from "../components/Icons";
import { formatDateTime, plural } from "../lib/format";

const NotificationAdded = graphql(`
  subscription NotificationAdded {
    notificationAdded { id title body createdAt read }
  }
`);

type LiveNotification = NotificationAddedSubscription["notificationAdded"];

const FORMS = ["новое уведомление", "новых уведомления", "новых уведомлений"] as const;

export function unreadText(count: number): string {
  return count > 0 ? `${count} ${plural(count, FORMS)}` : "Нет новых уведомлений";
}

export function NotificationsBell(props: { count: number; onNotification: () => void }) {
  const [open, setOpen] = createSignal(false);
  let root: HTMLDivElement | undefined;

  const [live] = createSubscription<NotificationAddedSubscription, LiveNotification[]>(
    { query: NotificationAdded },
    (previous = [], data) => {
      props.onNotification(); // the server owns the unread count: re-read it
      return [data.notificationAdded, ...previous].slice(0, 20);
    },
  );

  // Close on outside click and on Escape.
  onMount(() => {
    const onClick = (e: MouseEvent) => {
      if (open() && root && !root.contains(e.target as Node)) setOpen(false);
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key === "Escape") setOpen(false);
    };
    document.addEventListener("click", onClick);
    document.addEventListener("keydown", onKey);
    onCleanup(() => {
      document.removeEventListener("click", onClick);
      document.removeEventListener("keydown", onKey);
    });
  });

  return (
    <div class="bell" ref={root}>
      <button
        type="button"
        class="bell__button"
        classList={{ "bell__button--unread": props.count > 0 }}
        aria-expanded={open()}
        aria-controls="notifications-panel"
        onClick={() => setOpen(!open())}
      >
        <span class="bell__glyph">
          <EnvelopeIcon class="bell__icon" />
          <Show when={props.count > 0}>
            <span class="bell__badge" aria-hidden="true">{props.count > 99 ? "99+" : props.count}</span>
          </Show>
        </span>
        <span class="bell__text" aria-live="polite">{unreadText(props.count)}</span>
      </button>
      <Show when={open()}>
        <div id="notifications-panel" class="bell__panel" role="region" aria-label="Уведомления">
          <p class="bell__panel-title">Уведомления</p>
          <Show
            when={(live.data ?? []).length > 0}
            fallback={
              <p class="bell__empty">
                {props.count > 0
                  ? `У вас ${unreadText(props.count)}. Просмотр списка уведомлений скоро станет доступен.`
                  : "Нет новых уведомлений"}
              </p>
            }
          >
            <ul class="bell__list">
              <For each={live.data}>
                {(n) => (
                  <li class="bell__item">
                    <p class="bell__item-title">{n.title}</p>
                    <p class="bell__item-body">{n.body}</p>
                    <time class="bell__item-time" datetime={n.createdAt}>{formatDateTime(n.createdAt)}</time>
                  </li>
                )}
              </For>
            </ul>
          </Show>
        </div>
      </Show>
    </div>
  );
}
