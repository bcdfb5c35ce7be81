// «Новости компании» as operators keep them (the customers' home page shows the published ones,
// newest first): every item with drafts, a new item (published at once or kept as a draft),
// editing, publishing and unpublishing.
import { For, Match, Show, Switch, createEffect, createSignal, createUniqueId } from "solid-js";
import { createMutation, createQuery } from "@urql/solid";
import { graphql } from "../../gql";
import type { OperatorNewsQuery } from "../../gql/graphql";
import { formatDateTime } from "../../lib/format";
import { usePageTitle } from "../../lib/title";
import { requestErrorText, type UserErrorLike } from "../../lib/userErrors";
import { ErrorNotice, Spinner } from "../../components/Status";
import { Field, TextField } from "../../components/Field";

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

/** The same rules as the server's (domains/news/publishing.ts). */
function checkNews(v: { title: string; body: string; url: string }): Errors {
  const found: Errors = {};
  if (!v.title.trim()) found.title = "Введите заголовок новости";
  else if (v.title.trim().length > 300) found.title = "Заголовок новости — не длиннее 300 символов";
  if (v.body.trim().length > 20_000) found.body = "Текст новости — не длиннее 20000 символов";
  if (v.url.trim() && !/^https?:\/\/[^\s]+$/i.test(v.url.trim())) found.url = "Ссылка должна быть адресом http:// или https://";
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
  const [shown, setShown] = createSignal<OperatorNewsQuery["staffNews"] | null>(null);
  createEffect(() => {
    if (result.data) setShown(result.data.staffNews);
  });
  const refresh = () => reexecute({ requestPolicy: "network-only" });

  return (
    <div class="op-news">
      <h1 class="page-title">Новости компании</h1>
      <CreateNews onCreated={refresh} />
      <section class="card op-panel" aria-labelledby={`${id}-list`}>
        <div class="op-panel__head">
          <h2 id={`${id}-list`} class="panel-head__title">Все новости</h2>
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
              <For each={FILTERS}>{(f) => <option value={f.value} selected={f.value === filter()}>{f.label}</option>}</For>
            </select>
          </label>
        </div>
        <Switch>
          <Match when={result.error && !result.fetching && !shown()}>
            <ErrorNotice onRetry={refresh}>{requestErrorText(result.error)}</ErrorNotice>
          </Match>
          <Match when={shown()}>
            {(news) => (
              <Show when={news().nodes.length > 0} fallback={<p class="muted">Новостей нет.</p>}>
                <ul class="op-news__list" aria-busy={result.fetching}>
                  <For each={news().nodes}>{(item) => <NewsRow item={item} onChanged={refresh} />}</For>
                </ul>
                <div class="journal__more">
                  <span class="muted">
                    Показано {news().nodes.length} из {news().totalCount}
                  </span>
                  <Show when={news().pageInfo.hasNextPage}>
                    <button type="button" class="button button--ghost button--small" disabled={result.fetching} onClick={() => setSize((s) => s + PAGE)}>
                      Показать еще
                    </button>
                  </Show>
                </div>
              </Show>
            )}
          </Match>
          <Match when={result.fetching}>
            <Spinner label="Загружаем новости…" />
          </Match>
        </Switch>
      </section>
    </div>
  );
}

function CreateNews(props: { onCreated: () => void }) {
  const id = createUniqueId();
  const [state, create] = createMutation(NewsCreate);
  const [title, setTitle] = createSignal("");
  const [body, setBody] = createSignal("");
  const [url, setUrl] = createSignal("");
  const [publish, setPublish] = createSignal(true);
  const [errors, setErrors] = createSignal<Errors>({});
  const [done, setDone] = createSignal<string | null>(null);

  async function submit(event: SubmitEvent) {
    event.preventDefault();
    if (state.fetching) return;
    setDone(null);
    const found = checkNews({ title: title(), body: body(), url: url() });
    setErrors(found);
    if (Object.keys(found).length) {
      queueMicrotask(() => document.querySelector<HTMLElement>(`#${CSS.escape(id)} :is(input, select, textarea)[aria-invalid=true]`)?.focus());
      return;
    }
    const r = await create({ input: { title: title().trim(), body: body().trim() || null, url: url().trim() || null, publish: publish() } });
    const payload = r.data?.newsCreate;
    if (!payload) return setErrors({ form: requestErrorText(r.error) });
    if (payload.userErrors.length) return setErrors(placed(payload.userErrors));
    setTitle("");
    setBody("");
    setUrl("");
    setDone(payload.news?.published ? "Новость опубликована." : "Новость сохранена как черновик.");
    props.onCreated();
  }

  return (
    <section class="card op-panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} class="panel-head__title">Новая новость</h2>
      <form id={id} class="form op-news__form" onSubmit={submit} novalidate>
        <TextField id={`${id}-t`} name="title" label="Заголовок" required value={title()} onInput={setTitle} error={errors().title} maxLength={300} />
        <Field id={`${id}-b`} label="Текст" error={errors().body}>
          <textarea
            id={`${id}-b`}
            class="input appeal-form__textarea"
            name="body"
            rows={4}
            value={body()}
            onInput={(e) => setBody(e.currentTarget.value)}
            aria-invalid={!!errors().body}
            aria-describedby={errors().body ? `${id}-b-error` : undefined}
          />
        </Field>
        <TextField id={`${id}-u`} name="url" label="Ссылка на полный текст" value={url()} onInput={setUrl} error={errors().url} placeholder="https://" />
        <div class="check">
          <input id={`${id}-p`} class="check__box" type="checkbox" name="publish" checked={publish()} onChange={(e) => setPublish(e.currentTarget.checked)} />
          <label class="check__label" for={`${id}-p`}>Опубликовать сразу (иначе — черновик)</label>
        </div>
        <Show when={errors().form}>
          <p class="notice notice--error" role="alert">{errors().form}</p>
        </Show>
        <Show when={done()}>
          <p class="notice notice--success" role="status">{done()}</p>
        </Show>
        <div class="form__buttons">
          <button type="submit" class="button button--primary" disabled={state.fetching}>
            {state.fetching ? "Сохраняем…" : "Добавить новость"}
          </button>
        </div>
      </form>
    </section>
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
          <h3 id={`${id}-title`} class="op-news__title">{props.item.title}</h3>
          <span class={props.item.published ? "badge badge--success" : "badge badge--warning"}>
            {props.item.published ? "Опубликована" : "Черновик"}
          </span>
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
        <Show when={error()}>
          <p class="notice notice--error" role="alert">{error()}</p>
        </Show>
      </Show>
    </li>
  );
}

function EditNews(props: { item: Item; onDone: () => void; onSaved: () => void }) {
  const id = createUniqueId();
  const [state, update] = createMutation(NewsUpdate);
  const [title, setTitle] = createSignal(props.item.title);
  const [body, setBody] = createSignal(props.item.body ?? "");
  const [url, setUrl] = createSignal(props.item.url ?? "");
  const [errors, setErrors] = createSignal<Errors>({});

  async function submit(event: SubmitEvent) {
    event.preventDefault();
    if (state.fetching) return;
    const found = checkNews({ title: title(), body: body(), url: url() });
    setErrors(found);
    if (Object.keys(found).length) return;
    const r = await update({ input: { newsId: props.item.id, title: title().trim(), body: body().trim() || null, url: url().trim() || null } });
    const payload = r.data?.newsUpdate;
    if (!payload) return setErrors({ form: requestErrorText(r.error) });
    if (payload.userErrors.length) return setErrors(placed(payload.userErrors));
    props.onSaved();
    props.onDone();
  }

  return (
    <form class="form op-news__form" onSubmit={submit} novalidate aria-label={`Изменение новости «${props.item.title}»`}>
      <TextField id={`${id}-t`} name="title" label="Заголовок" required value={title()} onInput={setTitle} error={errors().title} maxLength={300} />
      <Field id={`${id}-b`} label="Текст" error={errors().body}>
        <textarea
          id={`${id}-b`}
          class="input appeal-form__textarea"
          name="body"
          rows={4}
          value={body()}
          onInput={(e) => setBody(e.currentTarget.value)}
          aria-invalid={!!errors().body}
        />
      </Field>
      <TextField id={`${id}-u`} name="url" label="Ссылка на полный текст" value={url()} onInput={setUrl} error={errors().url} />
      <Show when={errors().form}>
        <p class="notice notice--error" role="alert">{errors().form}</p>
      </Show>
      <div class="form__buttons">
        <button type="submit" class="button button--primary button--small" disabled={state.fetching}>
          {state.fetching ? "Сохраняем…" : "Сохранить"}
        </button>
        <button type="button" class="button button--ghost button--small" onClick={() => props.onDone()}>
          Отмена
        </button>
      </div>
    </form>
  );
}
