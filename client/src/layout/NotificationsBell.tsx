// The notifications envelope (manual 7.1, figures 40–41): coloured with the unread count while
// something is unread, grey otherwise. New notifications arrive over the subscription, live.
// Opening it lists the latest ones (each expands to its text); what was shown counts as read,
// so the envelope turns grey. The whole list is at /notifications.
import { For, Match, Show, Switch, createSignal, onCleanup, onMount } from "solid-js";
import { A } from "@solidjs/router";
import { createSubscription, useClient } from "@urql/solid";
import type { NotificationAddedSubscription } from "../gql/graphql";
import { EnvelopeIcon } from "../components/Icons";
import { formatDateTime, plural } from "../lib/format";
import { requestErrorText } from "../lib/userErrors";
import {
  KIND_LABEL,
  NotificationAdded,
  NotificationsList,
  NotificationsMarkAllRead,
  mergeNewestFirst,
  type NotificationItem,
} from "../routes/notifications/notifications";

const FORMS = ["новое уведомление", "новых уведомления", "новых уведомлений"] as const;
const PANEL_SIZE = 10;

export function unreadText(count: number): string {
  return count > 0 ? `${count} ${plural(count, FORMS)}` : "Нет новых уведомлений";
}

export function NotificationsBell(props: { count: number; onNotification: () => void }) {
  const client = useClient();
  const [open, setOpen] = createSignal(false);
  const [items, setItems] = createSignal<NotificationItem[]>([]);
  const [state, setState] = createSignal<"loading" | "ready" | "error">("loading");
  const [error, setError] = createSignal("");
  /** Unread when shown in this panel: marked «новое» until it closes. */
  const [fresh, setFresh] = createSignal<ReadonlySet<string>>(new Set());
  const [expanded, setExpanded] = createSignal<string | null>(null);
  let root: HTMLDivElement | undefined;

  createSubscription<NotificationAddedSubscription, null>({ query: NotificationAdded }, (_prev, data) => {
    props.onNotification(); // the server owns the unread count: re-read it
    if (open()) {
      const n = data.notificationAdded;
      setItems((list) => mergeNewestFirst(list, [n]).slice(0, PANEL_SIZE));
      setFresh((s) => new Set([...s, n.id]));
    }
    return null;
  });

  async function load() {
    setState("loading");
    const r = await client.query(NotificationsList, { first: PANEL_SIZE }, { requestPolicy: "network-only" }).toPromise();
    const list = r.data?.viewer?.notifications.nodes;
    if (!list) {
      setError(requestErrorText(r.error));
      setState("error");
      return;
    }
    setItems(list);
    setFresh(new Set(list.filter((n) => !n.read).map((n) => n.id)));
    setState("ready");
    await markShownRead();
  }

  /** 7.1: once the customer has looked, what they were shown is read (a newer one is not). */
  async function markShownRead() {
    const newest = items()[0];
    if (!newest || items().every((n) => n.read)) return;
    const r = await client.mutation(NotificationsMarkAllRead, { upToId: newest.id }).toPromise();
    if (r.data?.notificationsMarkAllRead.userErrors.length === 0) {
      setItems((list) => list.map((n) => ({ ...n, read: true })));
      props.onNotification();
    }
  }

  function toggle() {
    if (open()) return close();
    setExpanded(null);
    setOpen(true);
    void load();
  }

  function close() {
    setOpen(false);
    void markShownRead(); // any that arrived while it was open were seen too
  }

  // Close on outside click and on Escape.
  onMount(() => {
    const onClick = (e: MouseEvent) => {
      if (open() && root && !root.contains(e.target as Node)) close();
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key === "Escape" && open()) {
        close();
        root?.querySelector<HTMLButtonElement>(".bell__button")?.focus();
      }
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
        onClick={toggle}
      >
        <span class="bell__glyph">
          <EnvelopeIcon class="bell__icon" />
          <Show when={props.count > 0}>
            <span class="bell__badge" aria-hidden="true">
              {props.count > 99 ? "99+" : props.count}
            </span>
          </Show>
        </span>
        <span class="bell__text" aria-live="polite">
          {unreadText(props.count)}
        </span>
      </button>
      <Show when={open()}>
        <div id="notifications-panel" class="bell__panel" role="region" aria-label="Уведомления">
          <div class="bell__panel-head">
            <p class="bell__panel-title">Уведомления</p>
            <A href="/notifications" class="bell__all" onClick={close}>
              Все уведомления
            </A>
          </div>
          <Switch>
            <Match when={state() === "loading" && items().length === 0}>
              <p class="bell__empty" role="status">
                Загрузка…
              </p>
            </Match>
            <Match when={state() === "error"}>
              <p class="bell__empty" role="alert">
                {error()}{" "}
                <button type="button" class="link-button" onClick={() => void load()}>
                  Повторить
                </button>
              </p>
            </Match>
            <Match when={items().length === 0}>
              <p class="bell__empty">Уведомлений нет</p>
            </Match>
            <Match when={true}>
              <ul class="bell__list">
                <For each={items()}>
                  {(n) => (
                    <li class="bell__item" classList={{ "bell__item--new": fresh().has(n.id) }}>
                      <button
                        type="button"
                        class="bell__item-head"
                        aria-expanded={expanded() === n.id}
                        onClick={() => setExpanded(expanded() === n.id ? null : n.id)}
                      >
                        <span class="bell__item-title">
                          <Show when={fresh().has(n.id)}>
                            <span class="bell__dot" aria-hidden="true" />
                            <span class="sr-only">Новое: </span>
                          </Show>
                          {n.title}
                        </span>
                        <span class="bell__item-meta">
                          {KIND_LABEL[n.kind]} · <time datetime={n.createdAt}>{formatDateTime(n.createdAt)}</time>
                        </span>
                      </button>
                      <Show when={expanded() === n.id}>
                        <p class="bell__item-body">{n.body}</p>
                      </Show>
                    </li>
                  )}
                </For>
              </ul>
            </Match>
          </Switch>
        </div>
      </Show>
    </div>
  );
}
