// «Новости компании» as operators keep them (the customers' home page shows the published ones,
// newest first): every item with drafts, a new item (published at once or kept as a draft),
// editing, publishing and unpublishing.
import { For, Show, createSignal, createUniqueId, type Signal } from "solid-js";
import { createMutation, createQuery } from "@urql/solid";
import { graphql } from "../../gql";
import type { OperatorNewsQuery } from "../../gql/graphql";
import { formatDateTime } from "../../lib/format";
import { usePageTitle } from "../../lib/title";
import { requestErrorText, type UserErrorLike } from "../../lib/userErrors";
import { FormDone, FormError } from "../../components/Status";
import { TextAreaField, TextField } from "../../components/Field";
import { QueryStates, keepLatest } from "../../components/QueryStates";
import { ShowMore } from "../../components/ShowMore";
import { SubmitButton } from "../../components/SubmitButton";

const PAGE = 20;

const OperatorNews = graphql(`
  query OperatorNews($first: Int!, $published: Boolean) {
    staffNews(first: $first, published: $published) {
      totalCount
      pageInfo { hasNextPage }
      nodes { id title body url published publishedAt }
    }
  }
`);

const NewsCreate = graphql(`
  mutation OperatorNewsCreate($input: NewsCreateInput!) {
    newsCreate(input: $input) {
      news { id title published }
      userErrors { field message code }
    }
  }
`);

const NewsUpdate = graphql(`
  mutation OperatorNewsUpdate($input: NewsUpdateInput!) {
    newsUpdate(input: $input) {
      news { id title body url published publishedAt }
      userErrors { field message code }
    }
  }
`);

const NewsPublish = graphql(`
  mutation OperatorNewsPublish($input: NewsIdInput!) {
    newsPublish(input: $input) {
      news { id published publishedAt }
      userErrors { field message code }
    }
  }
`);

const NewsUnpublish = graphql(`
  mutation OperatorNewsUnpublish($input: NewsIdInput!) {
    newsUnpublish(input: $input) {
      news { id published publishedAt }
      userErrors { field message code }
    }
  }
`);

type Item = OperatorNewsQuery["staffNews"]["nodes"][number];
type Errors = Partial<Record<"title" | "body" | "url" | "form", string>>;

type NewsInput = { title: string; body: string | null; url: string | null };

/** The form's values as the API takes them: trimmed, an empty text or link as null. */
function newsInput(title: Signal<string>, body: Signal<string>, url: Signal<string>): NewsInput {
  return { title: title[0]().trim(), body: body[0]().trim() || null, url: url[0]().trim() || null };
}

/** The same rules as the server's (domains/news/publishing.ts). */
function checkNews(v: NewsInput): Errors {
  const found: Errors = {};
  if (!v.title) found.title = "Введите заголовок новости";
  else if (v.title.length > 300) found.title = "Заголовок новости — не длиннее 300 символов";
  if ((v.body ?? "").length > 20_000) found.body = "Текст новости — не длиннее 20000 символов";
  if (v.url && !/^https?:\/\/[^\s]+$/i.test(v.url)) found.url = "Ссылка должна быть адресом http:// или https://";
  return found;
}

function placed(errors: readonly UserErrorLike[]): Errors {
  const found: Errors = {};
  for (const e of errors) {
    const name = e.field?.[1];
    const key = name === "title" || name === "body" || name === "url" ? name : "form";
    found[key] = found[key] ? `${found[key]} ${e.message}` : e.message;
  }
  return found;
}

const FILTERS = [
  { value: "", label: "Все" },
  { value: "true", label: "Опубликованные" },
  { value: "false", label: "Черновики" },
] as const;

export function NewsPage() {
  usePageTitle(() => "Новости — Консоль оператора");
  const id = createUniqueId();
  const [filter, setFilter] = createSignal("");
  const [size, setSize] = createSignal(PAGE);
  const [result, reexecute] = createQuery({
    query: OperatorNews,
    variables: () => ({ first: size(), published: filter() === "" ? null : filter() === "true" }),
    requestPolicy: "cache-and-network",
  });
  const shown = keepLatest(() => result.data?.staffNews);
  const refresh = () => reexecute({ requestPolicy: "network-only" });

  return (
    <div class="op-news">
      <h1 class="page-title">Новости компании</h1>
      <CreateNews onCreated={refresh} />
      <section class="card op-panel" aria-labelledby={`${id}-list`}>
        <div class="op-panel__head">
          <h2 id={`${id}-list`} class="panel-head__title">
            Все новости
          </h2>
          <label class="op-inline">
            <span>Показать</span>
            <select
              class="select"
              name="published"
              onChange={(e) => {
                setSize(PAGE);
                setFilter(e.currentTarget.value);
              }}
            >
              <For each={FILTERS}>
                {(f) => (
                  <option value={f.value} selected={f.value === filter()}>
                    {f.label}
                  </option>
                )}
              </For>
            </select>
          </label>
        </div>
        <QueryStates result={result} value={shown()} retry={refresh} loading="Загружаем новости…">
          {(news) => (
            <Show when={news().nodes.length > 0} fallback={<p class="muted">Новостей нет.</p>}>
              <ul class="op-news__list" aria-busy={result.fetching}>
                <For each={news().nodes}>{(item) => <NewsRow item={item} onChanged={refresh} />}</For>
              </ul>
              <ShowMore
                shown={news().nodes.length}
                total={news().totalCount}
                hasMore={news().pageInfo.hasNextPage}
                busy={result.fetching}
                onMore={() => setSize((s) => s + PAGE)}
              />
            </Show>
          )}
        </QueryStates>
      </section>
    </div>
  );
}

function CreateNews(props: { onCreated: () => void }) {
  const id = createUniqueId();
  const [state, create] = createMutation(NewsCreate);
  const title = createSignal("");
  const body = createSignal("");
  const url = createSignal("");
  const [publish, setPublish] = createSignal(true);
  const [errors, setErrors] = createSignal<Errors>({});
  const [done, setDone] = createSignal<string | null>(null);

  async function submit(event: SubmitEvent) {
    event.preventDefault();
    if (state.fetching) return;
    setDone(null);
    const values = newsInput(title, body, url);
    const found = checkNews(values);
    setErrors(found);
    if (Object.keys(found).length) {
      queueMicrotask(() => document.querySelector<HTMLElement>(`#${CSS.escape(id)} :is(input, select, textarea)[aria-invalid=true]`)?.focus());
      return;
    }
    const r = await create({ input: { ...values, publish: publish() } });
    const payload = r.data?.newsCreate;
    if (!payload) return setErrors({ form: requestErrorText(r.error) });
    if (payload.userErrors.length) return setErrors(placed(payload.userErrors));
    for (const [, set] of [title, body, url]) set(""); // an empty form for the next item
    setDone(payload.news?.published ? "Новость опубликована." : "Новость сохранена как черновик.");
    props.onCreated();
  }

  return (
    <section class="card op-panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} class="panel-head__title">
        Новая новость
      </h2>
      <form id={id} class="form op-news__form" onSubmit={submit} novalidate>
        <NewsFields id={id} title={title} body={body} url={url} errors={errors()} urlPlaceholder="https://" />
        <div class="check">
          <input id={`${id}-p`} class="check__box" type="checkbox" name="publish" checked={publish()} onChange={(e) => setPublish(e.currentTarget.checked)} />
          <label class="check__label" for={`${id}-p`}>
            Опубликовать сразу (иначе — черновик)
          </label>
        </div>
        <FormError message={errors().form} />
        <FormDone message={done()} />
        <div class="form__buttons">
          <SubmitButton busy={state.fetching} busyLabel="Сохраняем…" label="Добавить новость" />
        </div>
      </form>
    </section>
  );
}

/** «Заголовок», «Текст» and «Ссылка на полный текст» of a new or an edited item. */
function NewsFields(props: { id: string; title: Signal<string>; body: Signal<string>; url: Signal<string>; errors: Errors; urlPlaceholder?: string }) {
  return (
    <>
      <TextField
        id={`${props.id}-t`}
        name="title"
        label="Заголовок"
        required
        value={props.title[0]()}
        onInput={props.title[1]}
        error={props.errors.title}
        maxLength={300}
      />
      <TextAreaField id={`${props.id}-b`} name="body" label="Текст" rows={4} value={props.body[0]()} onInput={props.body[1]} error={props.errors.body} />
      <TextField
        id={`${props.id}-u`}
        name="url"
        label="Ссылка на полный текст"
        value={props.url[0]()}
        onInput={props.url[1]}
        error={props.errors.url}
        placeholder={props.urlPlaceholder}
      />
    </>
  );
}

function NewsRow(props: { item: Item; onChanged: () => void }) {
  const id = createUniqueId();
  const [publishing, publish] = createMutation(NewsPublish);
  const [unpublishing, unpublish] = createMutation(NewsUnpublish);
  const [editing, setEditing] = createSignal(false);
  const [error, setError] = createSignal<string | null>(null);

  async function toggle() {
    setError(null);
    const input = { newsId: props.item.id };
    const r = props.item.published ? await unpublish({ input }) : await publish({ input });
    const payload = r.data && ("newsPublish" in r.data ? r.data.newsPublish : r.data.newsUnpublish);
    if (!payload) return setError(requestErrorText(r.error));
    if (payload.userErrors.length) return setError(payload.userErrors.map((e) => e.message).join(" "));
    props.onChanged();
  }

  return (
    <li class="op-news__item" data-published={props.item.published ? "true" : "false"}>
      <Show when={!editing()} fallback={<EditNews item={props.item} onDone={() => setEditing(false)} onSaved={props.onChanged} />}>
        <div class="op-news__head">
          <h3 id={`${id}-title`} class="op-news__title">
            {props.item.title}
          </h3>
          <span class={props.item.published ? "badge badge--success" : "badge badge--warning"}>{props.item.published ? "Опубликована" : "Черновик"}</span>
        </div>
        <p class="op-news__date muted">{formatDateTime(props.item.publishedAt)}</p>
        <Show when={props.item.body}>
          <p class="op-news__body">{props.item.body}</p>
        </Show>
        <Show when={props.item.url}>
          {(u) => (
            <a class="op-news__url" href={u()} target="_blank" rel="noopener noreferrer external">
              {u()}
            </a>
          )}
        </Show>
        <div class="op-news__actions">
          <button
            type="button"
            class="button button--ghost button--small"
            onClick={() => void toggle()}
            disabled={publishing.fetching || unpublishing.fetching}
            aria-describedby={`${id}-title`}
          >
            {props.item.published ? "Снять с публикации" : "Опубликовать"}
          </button>
          <button type="button" class="button button--ghost button--small" onClick={() => setEditing(true)} aria-describedby={`${id}-title`}>
            Изменить
          </button>
        </div>
        <FormError message={error()} />
      </Show>
    </li>
  );
}

function EditNews(props: { item: Item; onDone: () => void; onSaved: () => void }) {
  const id = createUniqueId();
  const [state, update] = createMutation(NewsUpdate);
  const title = createSignal(props.item.title);
  const body = createSignal(props.item.body ?? "");
  const url = createSignal(props.item.url ?? "");
  const [errors, setErrors] = createSignal<Errors>({});

  async function submit(event: SubmitEvent) {
    event.preventDefault();
    if (state.fetching) return;
    const values = newsInput(title, body, url);
    const found = checkNews(values);
    setErrors(found);
    if (Object.keys(found).length) return;
    const r = await update({ input: { newsId: props.item.id, ...values } });
    const payload = r.data?.newsUpdate;
    if (!payload) return setErrors({ form: requestErrorText(r.error) });
    if (payload.userErrors.length) return setErrors(placed(payload.userErrors));
    props.onSaved();
    props.onDone();
  }

  return (
    <form class="form op-news__form" onSubmit={submit} novalidate aria-label={`Изменение новости «${props.item.title}»`}>
      <NewsFields id={id} title={title} body={body} url={url} errors={errors()} />
      <FormError message={errors().form} />
      <div class="form__buttons">
        <SubmitButton class="button button--primary button--small" busy={state.fetching} busyLabel="Сохраняем…" label="Сохранить" />
        <button type="button" class="button button--ghost button--small" onClick={() => props.onDone()}>
          Отмена
        </button>
      </div>
    </form>
  );
}
