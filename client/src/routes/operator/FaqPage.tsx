// «Часто задаваемые вопросы» as operators keep them (customers see the published ones in
// «Заявления» and from the sign-in page): every entry, unpublished too, a search, a new entry, and
// editing an entry's section, question, answer, order and publication. The server audits each change.
import { For, Show, createSignal, createUniqueId, type Signal } from "solid-js";
import { createMutation, createQuery } from "@urql/solid";
import { graphql } from "../../gql";
import type { OperatorFaqQuery } from "../../gql/graphql";
import { formatDateTime } from "../../lib/format";
import { usePageTitle } from "../../lib/title";
import { requestErrorText, type UserErrorLike } from "../../lib/userErrors";
import { FormDone, FormError } from "../../components/Status";
import { TextAreaField, TextField } from "../../components/Field";
import { QueryStates, keepLatest } from "../../components/QueryStates";
import { SubmitButton } from "../../components/SubmitButton";

const OperatorFaq = graphql(`
  query OperatorFaq($search: String) {
    staffFaq(search: $search) { id topic question answer position published updatedAt }
  }
`);

const FaqCreate = graphql(`
  mutation OperatorFaqCreate($input: FaqEntryCreateInput!) {
    faqEntryCreate(input: $input) {
      entry { id topic question answer position published updatedAt }
      userErrors { field message code }
    }
  }
`);

const FaqUpdate = graphql(`
  mutation OperatorFaqUpdate($input: FaqEntryUpdateInput!) {
    faqEntryUpdate(input: $input) {
      entry { id topic question answer position published updatedAt }
      userErrors { field message code }
    }
  }
`);

type Item = OperatorFaqQuery["staffFaq"][number];
type Key = "topic" | "question" | "answer" | "position" | "form";
type Errors = Partial<Record<Key, string>>;
type Values = { topic: string; question: string; answer: string; position: number | null };

/** The same rules as the server's (domains/faq/entries.ts). */
function check(v: Values, positionText: string): Errors {
  const found: Errors = {};
  if (!v.topic) found.topic = "Укажите раздел вопроса";
  else if (v.topic.length > 100) found.topic = "Раздел — не длиннее 100 символов";
  if (!v.question) found.question = "Введите вопрос";
  else if (v.question.length > 500) found.question = "Вопрос — не длиннее 500 символов";
  if (!v.answer) found.answer = "Введите ответ на вопрос";
  else if (v.answer.length > 10_000) found.answer = "Ответ — не длиннее 10000 символов";
  if (positionText.trim() && (v.position === null || v.position < 0 || v.position > 1_000_000)) found.position = "Порядок — целое число от 0 до 1000000";
  return found;
}

function placed(errors: readonly UserErrorLike[]): Errors {
  const found: Errors = {};
  for (const e of errors) {
    const name = e.field?.[1];
    const key: Key = name === "topic" || name === "question" || name === "answer" || name === "position" ? name : "form";
    found[key] = found[key] ? `${found[key]} ${e.message}` : e.message;
  }
  return found;
}

type FormSignals = { topic: Signal<string>; question: Signal<string>; answer: Signal<string>; position: Signal<string> };

function values(f: FormSignals): Values {
  const p = f.position[0]().trim();
  return { topic: f.topic[0]().trim(), question: f.question[0]().trim(), answer: f.answer[0]().trim(), position: /^\d{1,7}$/.test(p) ? Number(p) : null };
}

function focusFirstInvalid(formId: string) {
  queueMicrotask(() => document.querySelector<HTMLElement>(`#${CSS.escape(formId)} :is(input, textarea)[aria-invalid=true]`)?.focus());
}

export function OperatorFaqPage() {
  usePageTitle(() => "Частые вопросы — Консоль оператора");
  const id = createUniqueId();
  const [typed, setTyped] = createSignal("");
  const [search, setSearch] = createSignal("");
  const [result, reexecute] = createQuery({ query: OperatorFaq, variables: () => ({ search: search() || null }), requestPolicy: "cache-and-network" });
  const shown = keepLatest(() => result.data?.staffFaq);
  const refresh = () => reexecute({ requestPolicy: "network-only" });

  return (
    <div class="op-faq">
      <h1 class="page-title">Часто задаваемые вопросы</h1>
      <CreateEntry onCreated={refresh} />
      <section class="card op-panel" aria-labelledby={`${id}-list`}>
        <div class="op-panel__head">
          <h2 id={`${id}-list`} class="panel-head__title">
            Все вопросы
          </h2>
          <form class="op-inline" role="search" onSubmit={(e) => (e.preventDefault(), setSearch(typed().trim()))}>
            <label for={`${id}-q`}>Найти</label>
            <input id={`${id}-q`} class="input" type="search" name="search" maxLength={200} value={typed()} onInput={(e) => setTyped(e.currentTarget.value)} />
            <button type="submit" class="button button--ghost button--small">
              Найти
            </button>
          </form>
        </div>
        <QueryStates result={result} value={shown()} retry={refresh} loading="Загружаем вопросы…">
          {(entries) => (
            <Show when={entries().length > 0} fallback={<p class="muted">Вопросов нет.</p>}>
              <ul class="op-news__list" aria-busy={result.fetching}>
                <For each={entries()}>{(item) => <EntryRow item={item} onChanged={refresh} />}</For>
              </ul>
            </Show>
          )}
        </QueryStates>
      </section>
    </div>
  );
}

/** «Раздел», «Вопрос», «Ответ» and «Порядок» of a new or an edited entry. */
function EntryFields(props: { id: string; f: FormSignals; errors: Errors }) {
  return (
    <>
      <TextField
        id={`${props.id}-t`}
        name="topic"
        label="Раздел"
        required
        value={props.f.topic[0]()}
        onInput={props.f.topic[1]}
        error={props.errors.topic}
        maxLength={100}
      />
      <TextField
        id={`${props.id}-q`}
        name="question"
        label="Вопрос"
        required
        value={props.f.question[0]()}
        onInput={props.f.question[1]}
        error={props.errors.question}
        maxLength={500}
      />
      <TextAreaField
        id={`${props.id}-a`}
        name="answer"
        label="Ответ"
        required
        rows={5}
        value={props.f.answer[0]()}
        onInput={props.f.answer[1]}
        error={props.errors.answer}
      />
      <TextField
        id={`${props.id}-p`}
        name="position"
        label="Порядок"
        inputmode="numeric"
        value={props.f.position[0]()}
        onInput={props.f.position[1]}
        error={props.errors.position}
        hint="Вопросы показываются по возрастанию; пусто — в конец списка"
      />
    </>
  );
}

function CreateEntry(props: { onCreated: () => void }) {
  const id = createUniqueId();
  const [state, create] = createMutation(FaqCreate);
  const f: FormSignals = { topic: createSignal(""), question: createSignal(""), answer: createSignal(""), position: createSignal("") };
  const [publish, setPublish] = createSignal(true);
  const [errors, setErrors] = createSignal<Errors>({});
  const [done, setDone] = createSignal<string | null>(null);

  async function submit(event: SubmitEvent) {
    event.preventDefault();
    if (state.fetching) return;
    setDone(null);
    const v = values(f);
    const found = check(v, f.position[0]());
    setErrors(found);
    if (Object.keys(found).length) return focusFirstInvalid(id);
    const r = await create({ input: { topic: v.topic, question: v.question, answer: v.answer, position: v.position, published: publish() } });
    const payload = r.data?.faqEntryCreate;
    if (!payload) return setErrors({ form: requestErrorText(r.error) });
    if (payload.userErrors.length) return setErrors(placed(payload.userErrors));
    for (const key of ["question", "answer", "position"] as const) f[key][1](""); // the section stays for the next question
    setDone(payload.entry?.published ? "Вопрос опубликован." : "Вопрос сохранен, но не опубликован.");
    props.onCreated();
  }

  return (
    <section class="card op-panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} class="panel-head__title">
        Новый вопрос
      </h2>
      <form id={id} class="form op-news__form" onSubmit={submit} novalidate>
        <EntryFields id={id} f={f} errors={errors()} />
        <div class="check">
          <input
            id={`${id}-pub`}
            class="check__box"
            type="checkbox"
            name="published"
            checked={publish()}
            onChange={(e) => setPublish(e.currentTarget.checked)}
          />
          <label class="check__label" for={`${id}-pub`}>
            Опубликовать сразу
          </label>
        </div>
        <FormError message={errors().form} />
        <FormDone message={done()} />
        <div class="form__buttons">
          <SubmitButton busy={state.fetching} busyLabel="Сохраняем…" label="Добавить вопрос" />
        </div>
      </form>
    </section>
  );
}

function EntryRow(props: { item: Item; onChanged: () => void }) {
  const id = createUniqueId();
  const [toggling, update] = createMutation(FaqUpdate);
  const [editing, setEditing] = createSignal(false);
  const [error, setError] = createSignal<string | null>(null);

  async function toggle() {
    setError(null);
    const r = await update({ input: { entryId: props.item.id, published: !props.item.published } });
    const payload = r.data?.faqEntryUpdate;
    if (!payload) return setError(requestErrorText(r.error));
    if (payload.userErrors.length) return setError(payload.userErrors.map((e) => e.message).join(" "));
    props.onChanged();
  }

  return (
    <li class="op-news__item" data-published={props.item.published ? "true" : "false"}>
      <Show when={!editing()} fallback={<EditEntry item={props.item} onDone={() => setEditing(false)} onSaved={props.onChanged} />}>
        <div class="op-news__head">
          <h3 id={`${id}-title`} class="op-news__title">
            {props.item.question}
          </h3>
          <span class={props.item.published ? "badge badge--success" : "badge badge--warning"}>{props.item.published ? "Опубликован" : "Скрыт"}</span>
        </div>
        <p class="op-news__date muted">
          {props.item.topic} · порядок {props.item.position} · изменен {formatDateTime(props.item.updatedAt)}
        </p>
        <p class="op-faq__answer">{props.item.answer}</p>
        <div class="op-news__actions">
          <button type="button" class="button button--ghost button--small" onClick={() => setEditing(true)} aria-describedby={`${id}-title`}>
            Изменить
          </button>
          <button
            type="button"
            class="button button--ghost button--small"
            onClick={() => void toggle()}
            disabled={toggling.fetching}
            aria-describedby={`${id}-title`}
          >
            {props.item.published ? "Скрыть" : "Опубликовать"}
          </button>
        </div>
        <FormError message={error()} />
      </Show>
    </li>
  );
}

function EditEntry(props: { item: Item; onDone: () => void; onSaved: () => void }) {
  const id = createUniqueId();
  const [state, update] = createMutation(FaqUpdate);
  const f: FormSignals = {
    topic: createSignal(props.item.topic),
    question: createSignal(props.item.question),
    answer: createSignal(props.item.answer),
    position: createSignal(String(props.item.position)),
  };
  const [errors, setErrors] = createSignal<Errors>({});

  async function submit(event: SubmitEvent) {
    event.preventDefault();
    if (state.fetching) return;
    const v = values(f);
    const found = check(v, f.position[0]());
    setErrors(found);
    if (Object.keys(found).length) return focusFirstInvalid(id);
    const r = await update({
      input: { entryId: props.item.id, topic: v.topic, question: v.question, answer: v.answer, position: v.position ?? props.item.position },
    });
    const payload = r.data?.faqEntryUpdate;
    if (!payload) return setErrors({ form: requestErrorText(r.error) });
    if (payload.userErrors.length) return setErrors(placed(payload.userErrors));
    props.onSaved();
    props.onDone();
  }

  return (
    <form id={id} class="form op-news__form" onSubmit={submit} novalidate aria-label={`Изменение вопроса «${props.item.question}»`}>
      <EntryFields id={id} f={f} errors={errors()} />
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
