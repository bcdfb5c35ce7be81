// The operators' queue (manual 6.5.1 from the retailer's side): appeals by status, earliest due
// date first so overdue ones lead, with the counts of each view; an appeal's details beside the
// list with what can be done in its status — «Взять в работу» (Принят → В обработке), an answer
// with PDF files (→ Завершено) or a refusal with its reason (→ Отказано), and a longer term for
// reasons that allow it (questions: up to 30 working days). The queue is live: every filing and
// change arrives over `staffAppealQueueChanged`. A readings dispute shows its photo and the
// meter's history, and can be answered by accepting corrected values (DisputePanel).
import { For, Show, createSignal } from "solid-js";
import { useSearchParams } from "@solidjs/router";
import { createQuery, createSubscription } from "@urql/solid";
import { graphql } from "../../gql";
import type { AppealStatus, StaffAppealQueueChangedSubscription, StaffQueueQuery } from "../../gql/graphql";
import { formatDate, formatDateTime } from "../../lib/format";
import { usePageTitle } from "../../lib/title";
import { QueryStates, keepLatest } from "../../components/QueryStates";
import { ShowMore } from "../../components/ShowMore";
import { AppealView, StatusBadge, createAppealDetails } from "../appeals/AppealView";
import type { AppealDetails } from "../appeals/documents";
import { AppealActions, type StaffAppeal } from "./AppealActions";
import { DisputePanel } from "./DisputePanel";

const PAGE = 25;

const StaffQueue = graphql(`
  query StaffQueue($status: [AppealStatus!], $overdueOnly: Boolean, $number: String, $accountNumber: String, $first: Int!) {
    staffAppealCounts { accepted inProgress overdue }
    staffAppeals(status: $status, overdueOnly: $overdueOnly, number: $number, accountNumber: $accountNumber, first: $first) {
      totalCount
      pageInfo { hasNextPage }
      nodes {
        id
        number
        createdAt
        title
        isQuestion
        status
        statusText
        dueDate
        overdue
        account { id number }
        operator { login fullName }
      }
    }
  }
`);

const StaffAppealDetails = graphql(`
  query StaffAppealDetails($id: ID!) {
    appealUploadRules { maxTotalBytes maxFiles }
    node(id: $id) {
      __typename
      id
      ... on Appeal {
        ...AppealDetailsFields
        operator { login fullName }
        type { id processingDays maxProcessingDays }
        readingDispute { correctedAt }
      }
    }
  }
`);

const StaffAppealQueueChanged = graphql(`
  subscription StaffAppealQueueChanged {
    staffAppealQueueChanged { id number status statusText }
  }
`);

type View = "open" | "accepted" | "in-progress" | "overdue" | "closed";
const VIEWS: { view: View; label: string; status: AppealStatus[] | null; overdueOnly?: boolean }[] = [
  { view: "open", label: "Все открытые", status: null },
  { view: "accepted", label: "Принят", status: ["ACCEPTED"] },
  { view: "in-progress", label: "В обработке", status: ["IN_PROGRESS"] },
  { view: "overdue", label: "Просрочено", status: null, overdueOnly: true },
  { view: "closed", label: "Завершено и отказано", status: ["COMPLETED", "REJECTED"] },
];

type Row = StaffQueueQuery["staffAppeals"]["nodes"][number];

export function QueuePage() {
  usePageTitle(() => "Очередь заявлений — Консоль оператора");
  const [search, setSearch] = useSearchParams<{ view?: string; appeal?: string; number?: string; account?: string }>();
  const view = () => VIEWS.find((v) => v.view === search.view) ?? VIEWS[0]!;
  const selected = () => search.appeal || null;
  const [size, setSize] = createSignal(PAGE);
  const [number, setNumber] = createSignal(search.number ?? "");
  const [account, setAccount] = createSignal(search.account ?? "");
  const [result, reexecute] = createQuery({
    query: StaffQueue,
    variables: () => ({
      status: view().status,
      overdueOnly: view().overdueOnly ?? false,
      number: search.number || null,
      accountNumber: search.account || null,
      first: size(),
    }),
    requestPolicy: "cache-and-network",
  });
  const shown = keepLatest(() => result.data);
  const [version, setVersion] = createSignal(0);
  const [live, setLive] = createSignal("");

  createSubscription<StaffAppealQueueChangedSubscription, null>({ query: StaffAppealQueueChanged }, (_prev, data) => {
    const changed = data.staffAppealQueueChanged;
    reexecute({ requestPolicy: "network-only" });
    if (changed.id === selected()) setVersion((v) => v + 1);
    setLive(`Заявление № ${changed.number}: «${changed.statusText}»`);
    return null;
  });

  const count = (v: View) => {
    const c = shown()?.staffAppealCounts;
    if (!c) return null;
    return v === "accepted" ? c.accepted : v === "in-progress" ? c.inProgress : v === "overdue" ? c.overdue : v === "open" ? c.accepted + c.inProgress : null;
  };

  function find(event: SubmitEvent) {
    event.preventDefault();
    setSize(PAGE);
    setSearch({ number: number().trim() || undefined, account: account().trim() || undefined });
  }

  return (
    <div class="op-queue">
      <h1 class="page-title">Заявления клиентов</h1>
      <p class="sr-only" role="status" aria-live="polite">
        {live()}
      </p>
      <nav aria-label="Отбор заявлений">
        <ul class="tabs">
          <For each={VIEWS}>
            {(v) => (
              <li>
                <a
                  href={`/operator?view=${v.view}`}
                  class="tabs__tab"
                  classList={{ "tabs__tab--active": v.view === view().view }}
                  aria-current={v.view === view().view ? "page" : undefined}
                  onClick={() => setSize(PAGE)}
                >
                  {v.label}
                  <Show when={count(v.view) !== null}>
                    {" "}
                    <span class="op-count" classList={{ "op-count--alert": v.view === "overdue" && (count(v.view) ?? 0) > 0 }}>
                      {count(v.view)}
                    </span>
                  </Show>
                </a>
              </li>
            )}
          </For>
        </ul>
      </nav>
      <form class="op-search card" onSubmit={find} role="search" aria-label="Поиск заявлений">
        <label class="op-search__field">
          <span class="field__label">Номер заявления</span>
          <input class="input" name="number" value={number()} onInput={(e) => setNumber(e.currentTarget.value)} autocomplete="off" />
        </label>
        <label class="op-search__field">
          <span class="field__label">Лицевой счет</span>
          <input class="input" name="account" inputmode="numeric" value={account()} onInput={(e) => setAccount(e.currentTarget.value)} autocomplete="off" />
        </label>
        <button type="submit" class="button button--primary">
          Найти
        </button>
        <Show when={search.number || search.account}>
          <button
            type="button"
            class="button button--ghost"
            onClick={() => {
              setNumber("");
              setAccount("");
              setSearch({ number: undefined, account: undefined });
            }}
          >
            Сбросить
          </button>
        </Show>
      </form>

      <div class="journal op-queue__body" classList={{ "journal--detail": !!selected() }}>
        <section class="card journal__list op-queue__list" aria-label="Очередь заявлений">
          <QueryStates result={result} value={shown()} retry={() => reexecute({ requestPolicy: "network-only" })} loading="Загружаем очередь…">
            {(data) => (
              <Show when={data().staffAppeals.nodes.length > 0} fallback={<p class="muted journal__empty">Заявлений нет.</p>}>
                <div class="journal__table-wrap" classList={{ "journal__table-wrap--loading": result.fetching }} aria-busy={result.fetching}>
                  <table class="journal-table op-table">
                    <caption class="sr-only">
                      {view().label}: {data().staffAppeals.totalCount}
                    </caption>
                    <thead>
                      <tr>
                        <th scope="col">№</th>
                        <th scope="col">Поступило</th>
                        <th scope="col">Тема</th>
                        <th scope="col">Статус</th>
                        <th scope="col">Срок</th>
                      </tr>
                    </thead>
                    <tbody>
                      <For each={data().staffAppeals.nodes}>
                        {(row) => <QueueRow row={row} selected={row.id === selected()} onChoose={() => setSearch({ appeal: row.id })} />}
                      </For>
                    </tbody>
                  </table>
                </div>
                <ShowMore
                  shown={data().staffAppeals.nodes.length}
                  total={data().staffAppeals.totalCount}
                  hasMore={data().staffAppeals.pageInfo.hasNextPage}
                  busy={result.fetching}
                  onMore={() => setSize((s) => s + PAGE)}
                />
              </Show>
            )}
          </QueryStates>
        </section>
        <Show when={selected()}>
          {(id) => (
            <section class="card journal__detail op-queue__detail" aria-label="Заявление">
              <button type="button" class="button button--ghost button--small journal__back" onClick={() => setSearch({ appeal: undefined })}>
                ← К очереди
              </button>
              <StaffDetails id={id()} version={version()} />
            </section>
          )}
        </Show>
      </div>
    </div>
  );
}

function QueueRow(props: { row: Row; selected: boolean; onChoose: () => void }) {
  const [search] = useSearchParams<{ view?: string; number?: string; account?: string }>();
  const href = () => {
    const q = new URLSearchParams();
    if (search.view) q.set("view", search.view);
    if (search.number) q.set("number", search.number);
    if (search.account) q.set("account", search.account);
    q.set("appeal", props.row.id);
    return `/operator?${q.toString()}`;
  };
  return (
    <tr
      class="journal-table__row"
      classList={{ "journal-table__row--selected": props.selected, "op-table__row--overdue": props.row.overdue }}
      data-number={props.row.number}
      onClick={(e) => {
        if (!(e.target as HTMLElement).closest("a")) props.onChoose();
      }}
    >
      <td class="journal-table__number" data-label="№">
        <a href={href()} aria-current={props.selected ? "true" : undefined}>
          {props.row.number}
        </a>
      </td>
      <td class="journal-table__time" data-label="Поступило">
        {formatDateTime(props.row.createdAt)}
      </td>
      <td class="journal-table__title" data-label="Тема">
        {props.row.title} <span class="journal-table__account">(ЛС {props.row.account.number})</span>
        <Show when={props.row.operator}>{(op) => <span class="op-table__operator">{op().fullName}</span>}</Show>
      </td>
      <td class="journal-table__status" data-label="Статус">
        <StatusBadge status={props.row.status} text={props.row.statusText} />
      </td>
      <td class="op-table__due" data-label="Срок">
        <span class="nowrap">{formatDate(props.row.dueDate)}</span>
        <Show when={props.row.overdue}>
          {" "}
          <span class="appeal-status appeal-status--overdue">Просрочено</span>
        </Show>
      </td>
    </tr>
  );
}

function StaffDetails(props: { id: string; version: number }) {
  const { result, refetch, node, titleId } = createAppealDetails(StaffAppealDetails, props);

  return (
    <QueryStates result={result} value={node() as StaffAppeal | null} retry={refetch} notFound="Заявление не найдено." loading="Загружаем заявление…">
      {(a) => (
        <AppealView appeal={a() as AppealDetails} titleId={titleId} staff>
          <Show when={a().operator}>{(op) => <p class="op-detail__operator">Оператор: {op().fullName}</p>}</Show>
          <Show when={a().readingDispute}>
            <DisputePanel appealId={a().id} status={a().status} version={props.version} onChanged={refetch} />
          </Show>
          <AppealActions appeal={a()} uploads={result.data!.appealUploadRules} onChanged={refetch} />
        </AppealView>
      )}
    </QueryStates>
  );
}
