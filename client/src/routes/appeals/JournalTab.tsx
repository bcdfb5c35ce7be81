// «Журнал заявлений» (manual 6.5.1, figure 31): the viewer's appeals, newest first, as a table
// «№», «Время заявления», «Тема заявления», «Статус»; choosing one shows its text, the answer
// and the files beside the table (below it on a phone). Statuses change live: the server
// announces every filing, taking into work, answer, refusal and term extension over
// `appealStatusChanged`, and the table and the open details are read again. A completed
// appeal can be rated once (6.5.4).
import { For, Match, Show, Switch, createSignal, createUniqueId } from "solid-js";
import { A, useLocation, useSearchParams } from "@solidjs/router";
import { createMutation, createQuery, createSubscription } from "@urql/solid";
import { graphql } from "../../gql";
import type { AppealStatusChangedSubscription, AppealsJournalQuery } from "../../gql/graphql";
import { queryErrorText, requestErrorText } from "../../lib/userErrors";
import { PanelHead } from "../../components/PanelHead";
import { QueryStates, keepLatest } from "../../components/QueryStates";
import { ShowMore } from "../../components/ShowMore";
import { SubmitButton } from "../../components/SubmitButton";
import { AppealView, StatusBadge, createAppealDetails } from "./AppealView";
import type { AppealDetails } from "./documents";
import { formatDateTimeSeconds } from "./format";
import { appealHref, appealsHref, type AppealsTabProps, type FiledState } from "./paths";

const PAGE = 20;

const AppealsJournal = graphql(`
  query AppealsJournal($first: Int!) {
    viewer {
      id
      appeals(first: $first) {
        totalCount
        pageInfo { hasNextPage }
        nodes {
          id
          number
          createdAt
          title
          status
          statusText
          account { id number }
        }
      }
    }
  }
`);

const AppealDetailsQuery = graphql(`
  query AppealDetails($id: ID!) {
    appealRatingOptions { value label }
    node(id: $id) {
      __typename
      id
      ... on Appeal { ...AppealDetailsFields }
    }
  }
`);

const AppealRate = graphql(`
  mutation AppealRate($input: AppealRateInput!) {
    appealRate(input: $input) {
      appeal { ...AppealDetailsFields }
      userErrors { field message code }
    }
  }
`);

const AppealStatusChanged = graphql(`
  subscription AppealStatusChanged {
    appealStatusChanged { id number status statusText }
  }
`);

type JournalRow = NonNullable<AppealsJournalQuery["viewer"]>["appeals"]["nodes"][number];

export function JournalTab(props: AppealsTabProps) {
  const [search, setSearch] = useSearchParams<{ appeal?: string }>();
  const location = useLocation<FiledState>();
  const selected = () => search.appeal || null;
  const [size, setSize] = createSignal(PAGE);
  const [result, reexecute] = createQuery({
    query: AppealsJournal,
    variables: () => ({ first: size() }),
    requestPolicy: "cache-and-network",
  });
  // Keep the table on screen while a longer page or a live update loads.
  const shown = keepLatest(() => result.data?.viewer?.appeals);
  const [live, setLive] = createSignal("");
  /** Bumped by live updates so the open details are read again. */
  const [version, setVersion] = createSignal(0);

  createSubscription<AppealStatusChangedSubscription, null>({ query: AppealStatusChanged }, (_prev, data) => {
    const changed = data.appealStatusChanged;
    reexecute({ requestPolicy: "network-only" });
    if (changed.id === selected()) setVersion((v) => v + 1);
    setLive(`Заявление № ${changed.number}: статус «${changed.statusText}»`);
    return null;
  });

  const filed = () => location.state?.filed;

  function choose(row: JournalRow) {
    setSearch({ appeal: row.id });
  }

  return (
    <div class="panel">
      <PanelHead id={props.titleId} title="Журнал заявлений">
        Все Ваши заявления и вопросы, новые сверху. Выберите заявление, чтобы увидеть его текст и ответ Общества.
      </PanelHead>
      <Show when={filed()}>
        {(f) => (
          <p class="notice notice--success appeals__filed" role="status">
            {f().question ? "Вопрос" : "Заявление"} № {f().number} {f().question ? "отправлен" : "отправлено"}. Статус «Принят»: ответ появится в журнале и
            придет на электронную почту.
          </p>
        )}
      </Show>
      <p class="sr-only" role="status" aria-live="polite">
        {live()}
      </p>

      <div class="journal" classList={{ "journal--detail": !!selected() }}>
        <div class="journal__list">
          <QueryStates
            result={result}
            value={shown()}
            retry={() => reexecute({ requestPolicy: "network-only" })}
            errorText={queryErrorText}
            loading="Загружаем журнал заявлений…"
          >
            {(journal) => (
              <Show
                when={journal().nodes.length > 0}
                fallback={
                  <div class="journal__empty">
                    <p>Заявлений пока нет.</p>
                    <p>
                      <A href={appealsHref("new")}>Подать заявление</A> или <A href={appealsHref("question")}>задать вопрос</A>.
                    </p>
                  </div>
                }
              >
                <div class="journal__table-wrap" classList={{ "journal__table-wrap--loading": result.fetching }} aria-busy={result.fetching}>
                  <table class="journal-table">
                    <caption class="sr-only">Журнал заявлений, всего {journal().totalCount}</caption>
                    <thead>
                      <tr>
                        <th scope="col">№</th>
                        <th scope="col">Время заявления</th>
                        <th scope="col">Тема заявления</th>
                        <th scope="col">Статус</th>
                      </tr>
                    </thead>
                    <tbody>
                      <For each={journal().nodes}>
                        {(row) => (
                          <tr
                            class="journal-table__row"
                            classList={{ "journal-table__row--selected": row.id === selected() }}
                            data-number={row.number}
                            onClick={(e) => {
                              if (!(e.target as HTMLElement).closest("a")) choose(row);
                            }}
                          >
                            <td class="journal-table__number" data-label="№">
                              <A href={appealHref(row.id)} aria-current={row.id === selected() ? "true" : undefined}>
                                {row.number}
                              </A>
                            </td>
                            <td class="journal-table__time" data-label="Время заявления">
                              {formatDateTimeSeconds(row.createdAt)}
                            </td>
                            <td class="journal-table__title" data-label="Тема заявления">
                              {row.title} <span class="journal-table__account">(ЛС {row.account.number})</span>
                            </td>
                            <td class="journal-table__status" data-label="Статус">
                              <StatusBadge status={row.status} text={row.statusText} />
                            </td>
                          </tr>
                        )}
                      </For>
                    </tbody>
                  </table>
                </div>
                <ShowMore
                  shown={journal().nodes.length}
                  total={journal().totalCount}
                  hasMore={journal().pageInfo.hasNextPage}
                  busy={result.fetching}
                  onMore={() => setSize((s) => s + PAGE)}
                />
              </Show>
            )}
          </QueryStates>
        </div>

        <Show when={selected()}>
          {(id) => (
            <div class="journal__detail">
              <button type="button" class="button button--ghost button--small journal__back" onClick={() => setSearch({ appeal: undefined })}>
                ← К списку заявлений
              </button>
              <Details id={id()} version={version()} />
            </div>
          )}
        </Show>
      </div>
    </div>
  );
}

function Details(props: { id: string; version: number }) {
  const { result, refetch, node, titleId } = createAppealDetails(AppealDetailsQuery, props);

  return (
    <QueryStates
      result={result}
      value={node() as AppealDetails | null}
      retry={refetch}
      errorText={queryErrorText}
      notFound="Заявление не найдено."
      loading="Загружаем заявление…"
    >
      {(a) => (
        <AppealView appeal={a()} titleId={titleId}>
          <Rating appeal={a()} options={result.data?.appealRatingOptions ?? []} />
        </AppealView>
      )}
    </QueryStates>
  );
}

/** 6.5.4: «Пожалуйста, оцените качество предоставленного ответа» once, then «Ваша оценка ответа». */
function Rating(props: { appeal: AppealDetails; options: { value: number; label: string }[] }) {
  const id = createUniqueId();
  const [state, rate] = createMutation(AppealRate);
  const [value, setValue] = createSignal("");
  const [error, setError] = createSignal<string | null>(null);

  async function submit(event: SubmitEvent) {
    event.preventDefault();
    if (!value()) {
      setError("Выберите оценку из списка");
      document.getElementById(`${id}-rating`)?.focus();
      return;
    }
    setError(null);
    const r = await rate({ input: { appealId: props.appeal.id, rating: Number(value()) } });
    const payload = r.data?.appealRate;
    if (!payload) return setError(requestErrorText(r.error));
    if (payload.userErrors.length) return setError(payload.userErrors.map((e) => e.message).join(" "));
  }

  return (
    <Switch>
      <Match when={props.appeal.rating !== null && props.appeal.rating !== undefined}>
        <section class="appeal-view__block appeal-rating appeal-rating--done" aria-labelledby={`${id}-done`}>
          <h3 id={`${id}-done`} class="appeal-view__subtitle">
            Ваша оценка ответа
          </h3>
          <p class="appeal-rating__value" data-rating={props.appeal.rating}>
            {props.appeal.ratingText}
          </p>
        </section>
      </Match>
      <Match when={props.appeal.canRate}>
        <form class="appeal-view__block appeal-rating" onSubmit={submit} novalidate aria-labelledby={`${id}-title`}>
          <h3 id={`${id}-title`} class="appeal-view__subtitle">
            Пожалуйста, оцените качество предоставленного ответа
          </h3>
          <div class="appeal-rating__controls">
            <label class="sr-only" for={`${id}-rating`}>
              Оценка ответа
            </label>
            <select
              id={`${id}-rating`}
              class="select appeal-rating__select"
              name="rating"
              onChange={(e) => {
                setValue(e.currentTarget.value);
                setError(null);
              }}
              aria-invalid={!!error()}
              aria-describedby={error() ? `${id}-error` : undefined}
            >
              <option value="" selected={value() === ""}>
                Выберите оценку
              </option>
              <For each={props.options}>
                {(o) => (
                  <option value={String(o.value)} selected={value() === String(o.value)}>
                    {o.label}
                  </option>
                )}
              </For>
            </select>
            <SubmitButton class="button button--primary button--small" busy={state.fetching} busyLabel="Сохраняем…" label="Оценить" />
          </div>
          <Show when={error()}>
            <p id={`${id}-error`} class="field-error" role="alert">
              {error()}
            </p>
          </Show>
        </form>
      </Match>
    </Switch>
  );
}
