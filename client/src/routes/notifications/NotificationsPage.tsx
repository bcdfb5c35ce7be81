// «Уведомления» (manual 7.1, figure 41): every notification of the customer, newest first, a
// page at a time. Looking at the page reads them (the envelope turns grey); the ones that were
// new are marked until the page is left. New ones appear at the top as they arrive.
import { For, Match, Show, Switch, createSignal, onMount } from "solid-js";
import { A } from "@solidjs/router";
import { createSubscription, useClient } from "@urql/solid";
import type { NotificationAddedSubscription } from "../../gql/graphql";
import { ErrorNotice, Spinner } from "../../components/Status";
import { formatDateTime, plural } from "../../lib/format";
import { usePageTitle } from "../../lib/title";
import { requestErrorText } from "../../lib/userErrors";
import {
  AccountAccessReport,
  KIND_LABEL,
  NotificationAdded,
  NotificationsList,
  NotificationsMarkAllRead,
  actionOf,
  mergeNewestFirst,
  type NotificationItem,
} from "./notifications";

const PAGE = 20;

export function NotificationsPage() {
  usePageTitle(() => "Уведомления");
  const client = useClient();
  const [items, setItems] = createSignal<NotificationItem[]>([]);
  const [fresh, setFresh] = createSignal<ReadonlySet<string>>(new Set());
  const [total, setTotal] = createSignal(0);
  const [cursor, setCursor] = createSignal<string | null>(null);
  const [hasMore, setHasMore] = createSignal(false);
  const [state, setState] = createSignal<"loading" | "ready" | "error">("loading");
  const [more, setMore] = createSignal(false);
  const [error, setError] = createSignal("");

  async function fetchPage(after: string | null) {
    const r = await client.query(NotificationsList, { first: PAGE, after }, { requestPolicy: "network-only" }).toPromise();
    const page = r.data?.viewer?.notifications;
    if (!page) throw new Error(requestErrorText(r.error));
    setItems((list) => mergeNewestFirst(list, page.nodes));
    setFresh((s) => new Set([...s, ...page.nodes.filter((n) => !n.read).map((n) => n.id)]));
    setTotal(page.totalCount);
    setCursor(page.pageInfo.endCursor ?? null);
    setHasMore(page.pageInfo.hasNextPage);
  }

  async function markShownRead() {
    const newest = items()[0];
    if (!newest || items().every((n) => n.read)) return;
    const r = await client.mutation(NotificationsMarkAllRead, { upToId: newest.id }).toPromise();
    if (r.data?.notificationsMarkAllRead.userErrors.length === 0) setItems((list) => list.map((n) => ({ ...n, read: true })));
  }

  async function loadFirst() {
    setState("loading");
    try {
      await fetchPage(null);
      setState("ready");
      await markShownRead();
    } catch (e) {
      setError((e as Error).message);
      setState("error");
    }
  }

  async function loadMore() {
    setMore(true);
    try {
      await fetchPage(cursor());
      await markShownRead();
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setMore(false);
    }
  }

  onMount(() => void loadFirst());

  createSubscription<NotificationAddedSubscription, null>({ query: NotificationAdded }, (_prev, data) => {
    const n = data.notificationAdded;
    setItems((list) => mergeNewestFirst(list, [n]));
    setFresh((s) => new Set([...s, n.id]));
    setTotal((t) => t + 1);
    // On screen, so read — unless the tab is in the background.
    if (document.visibilityState === "visible") void markShownRead();
    return null;
  });

  return (
    <div class="notifications">
      <h1 class="page-title">Уведомления</h1>
      <Switch>
        <Match when={state() === "loading"}>
          <Spinner />
        </Match>
        <Match when={state() === "error"}>
          <ErrorNotice onRetry={() => void loadFirst()}>{error()}</ErrorNotice>
        </Match>
        <Match when={items().length === 0}>
          <section class="card notifications__empty">
            <p>Уведомлений нет.</p>
            <p class="muted">Здесь появятся напоминания о передаче показаний и об оплате, ответы на заявления и другие сообщения.</p>
          </section>
        </Match>
        <Match when={true}>
          <p class="muted notifications__count">
            {total()} {plural(total(), ["уведомление", "уведомления", "уведомлений"])}
          </p>
          <ul class="notifications__list">
            <For each={items()}>
              {(n) => (
                <li>
                  <article class="card notification" classList={{ "notification--new": fresh().has(n.id) }} aria-labelledby={`n-${n.id}`}>
                    <header class="notification__head">
                      <h2 class="notification__title" id={`n-${n.id}`}>
                        {n.title}
                      </h2>
                      <Show when={fresh().has(n.id)}>
                        <span class="badge badge--info">Новое</span>
                      </Show>
                    </header>
                    <p class="notification__meta">
                      {KIND_LABEL[n.kind]} · <time datetime={n.createdAt}>{formatDateTime(n.createdAt)}</time>
                    </p>
                    <p class="notification__body">{n.body}</p>
                    <Show when={n.accessNotice}>
                      {(notice) => (
                        <NotMe
                          notice={notice()}
                          onReported={(reported) => setItems((list) => list.map((x) => (x.id === n.id ? { ...x, accessNotice: reported } : x)))}
                        />
                      )}
                    </Show>
                    <Show when={actionOf(n.kind)}>
                      {(action) => (
                        <A href={action().href} class="button button--small button--ghost notification__action">
                          {action().label}
                        </A>
                      )}
                    </Show>
                  </article>
                </li>
              )}
            </For>
          </ul>
          <Show when={hasMore()}>
            <div class="notifications__more">
              <button type="button" class="button button--ghost" disabled={more()} onClick={() => void loadMore()}>
                {more() ? "Загрузка…" : "Показать ещё"}
              </button>
            </div>
          </Show>
        </Match>
      </Switch>
    </div>
  );
}

type AccessNotice = NonNullable<NotificationItem["accessNotice"]>;

/** «Это не я» under a notice of a newcomer on the account (6.6.1): an appeal, the newcomer's access suspended. */
function NotMe(props: { notice: AccessNotice; onReported: (n: AccessNotice) => void }) {
  const client = useClient();
  const [busy, setBusy] = createSignal(false);
  const [error, setError] = createSignal("");
  const [removed, setRemoved] = createSignal<boolean | null>(null);

  async function report() {
    setBusy(true);
    setError("");
    try {
      const r = await client.mutation(AccountAccessReport, { id: props.notice.id }).toPromise();
      const payload = r.data?.accountAccessReport;
      const message = !payload ? requestErrorText(r.error) : payload.userErrors.map((e) => e.message).join(" ");
      if (message) return setError(message);
      setRemoved(payload!.newcomerRemoved);
      if (payload!.notice) props.onReported(payload!.notice);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div class="notification__not-me">
      <Show
        when={props.notice.reported}
        fallback={
          <button type="button" class="button button--small button--danger-ghost" disabled={busy()} onClick={() => void report()}>
            {busy() ? "Отправляем…" : "Это не я"}
          </button>
        }
      >
        <p class="notice notice--success" role="status">
          <span>
            Обращение{props.notice.appeal ? ` № ${props.notice.appeal.number}` : ""} передано оператору.
            {removed() === false ? "" : " Доступ нового пользователя к лицевому счету приостановлен до рассмотрения обращения."}
          </span>
        </p>
      </Show>
      <Show when={error()}>
        <p class="field-error" role="alert">
          {error()}
        </p>
      </Show>
    </div>
  );
}
