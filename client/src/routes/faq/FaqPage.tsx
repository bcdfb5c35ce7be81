// «Часто задаваемые вопросы» (manual 6.5, figures 31–33): linked from «Заявления» for signed-in
// customers (/appeals/faq) and open to everyone from the sign-in page (/faq). A search box filters
// questions and answers on the server (case-insensitive, ё = е, every word); the entries are
// grouped by topic, each answer opening under its question — all of them while searching.
import { For, Show, createMemo, createSignal, createUniqueId, onCleanup } from "solid-js";
import { A } from "@solidjs/router";
import { createQuery } from "@urql/solid";
import { graphql } from "../../gql";
import type { FaqQuery } from "../../gql/graphql";
import { usePageTitle } from "../../lib/title";
import { QueryStates, keepLatest } from "../../components/QueryStates";
import { appealsHref } from "../appeals/paths";

const Faq = graphql(`
  query Faq($search: String) {
    faq(search: $search) { id topic question answer }
  }
`);

type Entry = FaqQuery["faq"][number];

/** Typing settles this long before the search is sent. */
const SEARCH_DELAY_MS = 250;
const MAX_SEARCH = 200;

/** Entries grouped by topic, topics in the order their first entry comes. */
function byTopic(entries: readonly Entry[]): { topic: string; entries: Entry[] }[] {
  const groups = new Map<string, Entry[]>();
  for (const e of entries) groups.set(e.topic, [...(groups.get(e.topic) ?? []), e]);
  return [...groups].map(([topic, list]) => ({ topic, entries: list }));
}

function FaqContent(props: { back?: { href: string; label: string } }) {
  const id = createUniqueId();
  const [typed, setTyped] = createSignal("");
  const [search, setSearch] = createSignal("");
  let timer: ReturnType<typeof setTimeout> | undefined;
  onCleanup(() => clearTimeout(timer));
  function onInput(value: string) {
    setTyped(value);
    clearTimeout(timer);
    timer = setTimeout(() => setSearch(value.trim()), SEARCH_DELAY_MS);
  }

  const [result, reexecute] = createQuery({
    query: Faq,
    variables: () => ({ search: search() || null }),
    requestPolicy: "cache-and-network",
  });
  const shown = keepLatest(() => result.data?.faq);
  const groups = createMemo(() => byTopic(shown() ?? []));
  const searching = () => search() !== "";

  return (
    <div class="faq">
      <div class="faq__head">
        <h1 class="page-title">Часто задаваемые вопросы</h1>
        <Show when={props.back}>
          {(b) => (
            <A href={b().href} class="faq__back">
              {b().label}
            </A>
          )}
        </Show>
      </div>
      <form class="faq__search" role="search" onSubmit={(e) => (e.preventDefault(), clearTimeout(timer), setSearch(typed().trim()))}>
        <label class="field__label" for={`${id}-q`}>
          Поиск по вопросам и ответам
        </label>
        <input
          id={`${id}-q`}
          class="input"
          type="search"
          name="search"
          autocomplete="off"
          maxLength={MAX_SEARCH}
          placeholder="Например: пароль, показания, автоплатеж"
          value={typed()}
          onInput={(e) => onInput(e.currentTarget.value)}
        />
      </form>
      <QueryStates result={result} value={shown()} retry={() => reexecute({ requestPolicy: "network-only" })} loading="Загружаем вопросы…">
        {(entries) => (
          <div class="faq__results" aria-busy={result.fetching}>
            <p class="faq__count muted" role="status">
              {searching()
                ? entries().length
                  ? `Найдено вопросов: ${entries().length}`
                  : "По вашему запросу ничего не найдено. Задайте вопрос в разделе «Заявления»."
                : ""}
            </p>
            <For each={groups()}>
              {(group) => (
                <section class="card faq__topic" aria-label={group.topic}>
                  <h2 class="faq__topic-title">{group.topic}</h2>
                  <For each={group.entries}>
                    {(entry) => (
                      <details class="faq__entry" open={searching()} data-entry={entry.id}>
                        <summary class="faq__question">{entry.question}</summary>
                        <p class="faq__answer">{entry.answer}</p>
                      </details>
                    )}
                  </For>
                </section>
              )}
            </For>
          </div>
        )}
      </QueryStates>
    </div>
  );
}

/** Inside the cabinet, as part of «Заявления». */
export function FaqPage() {
  usePageTitle(() => "Часто задаваемые вопросы — Заявления");
  return <FaqContent back={{ href: appealsHref(""), label: "К заявлениям" }} />;
}

/** Without signing in, from the sign-in page. */
export function PublicFaqPage() {
  usePageTitle(() => "Часто задаваемые вопросы");
  return (
    <div class="faq-public">
      <FaqContent back={{ href: "/login", label: "Войти в личный кабинет" }} />
    </div>
  );
}
