// An appeal's details (figure 31): dates and the processing time, the applicant, the form's
// values, the text, the files, the answer with its files and the status history. Shared by the
// customer's journal and the operators' console (`staff` adds who changed the status). Files
// are fetched through a short-lived signed link asked for on click, with whichever GraphQL
// client (customer's or staff's) the page runs under.
import { For, Show, createEffect, createSignal, createUniqueId, on, type JSX } from "solid-js";
import type { DocumentInput } from "@urql/core";
import { createQuery, useClient } from "@urql/solid";
import type { AppealStatus } from "../../gql/graphql";
import { formatDate, formatDateTime, formatPhone } from "../../lib/format";
import { downloadLinked } from "../../lib/linkedDownload";
import { FileIcon } from "../../components/Icons";
import { AppealFileLinkCreate, type AppealDetails, type AppealFileItem } from "./documents";
import { formatDateTimeSeconds } from "./format";
import { formatBytes } from "./rules";

export function StatusBadge(props: { status: AppealStatus; text: string }) {
  return <span class={`appeal-status appeal-status--${props.status.toLowerCase().replace("_", "-")}`}>{props.text}</span>;
}

/** One file: its name as a button that downloads it, and its size. */
export function FileDownload(props: { file: AppealFileItem }) {
  const client = useClient();
  const id = createUniqueId();
  const [busy, setBusy] = createSignal(false);
  const [error, setError] = createSignal<string | null>(null);

  async function open() {
    if (busy()) return;
    setBusy(true);
    setError(null);
    try {
      const r = await client.mutation(AppealFileLinkCreate, { input: { fileId: props.file.id } }).toPromise();
      const answer = { payload: r.data?.appealFileLinkCreate, error: r.error };
      setError(await downloadLinked(answer, (p) => p.link?.url, { type: "", fallbackName: props.file.fileName }));
    } finally {
      setBusy(false);
    }
  }

  return (
    <li class="appeal-file">
      <button
        type="button"
        class="link-button appeal-file__name"
        onClick={() => void open()}
        disabled={busy()}
        aria-describedby={error() ? `${id}-error` : undefined}
      >
        <FileIcon class="icon appeal-file__icon" />
        <span>{props.file.fileName}</span>
      </button>
      <span class="appeal-file__meta">
        {formatBytes(props.file.size)}
        <Show when={busy()}> · скачиваем…</Show>
      </span>
      <Show when={props.file.slotLabel}>
        <span class="appeal-file__slot">{props.file.slotLabel}</span>
      </Show>
      <Show when={error()}>
        <p id={`${id}-error`} class="field-error" role="alert">
          {error()}
        </p>
      </Show>
    </li>
  );
}

export function FileList(props: { files: AppealFileItem[]; label: string }) {
  return (
    <ul class="appeal-files" aria-label={props.label}>
      <For each={props.files}>{(file) => <FileDownload file={file} />}</For>
    </ul>
  );
}

function Row(props: { label: string; children: JSX.Element; class?: string }) {
  return (
    <div class={props.class ? `appeal-dl__row ${props.class}` : "appeal-dl__row"}>
      <dt>{props.label}</dt>
      <dd>{props.children}</dd>
    </div>
  );
}

/** The form's values grouped under their headings («Паспорт владельца объекта недвижимости» …). */
function fieldGroups(fields: AppealDetails["fields"]) {
  const groups: { section: string | null; fields: AppealDetails["fields"] }[] = [];
  for (const f of fields) {
    const last = groups.at(-1);
    if (last && last.section === (f.section ?? null)) last.fields.push(f);
    else groups.push({ section: f.section ?? null, fields: [f] });
  }
  return groups;
}

const fieldValue = (f: AppealDetails["fields"][number]) => (f.kind === "DATE" ? formatDate(f.value) : f.value);

/**
 * An appeal's details by id, for the journal and the operators' queue: read again whenever
 * `version` changes (a live update); the focus goes to their heading (give it `titleId`) when they
 * first show and whenever another appeal is chosen, so keyboard and screen reader users land on it.
 */
export function createAppealDetails<Data extends { node?: { __typename: string } | null }>(
  query: DocumentInput<Data, { id: string }>,
  props: { id: string; version: number },
) {
  const titleId = createUniqueId();
  const [result, reexecute] = createQuery({ query, variables: () => ({ id: props.id }), requestPolicy: "cache-and-network" });
  const refetch = () => reexecute({ requestPolicy: "network-only" });
  createEffect(on(() => props.version, refetch, { defer: true }));
  const node = () => {
    const n = result.data?.node;
    return n && n.__typename === "Appeal" ? n : null;
  };
  createEffect(
    on([() => props.id, () => !!node()], ([id, ready], prev) => {
      if (ready && (!prev?.[1] || prev[0] !== id)) {
        queueMicrotask(() => document.getElementById(titleId)?.focus({ preventScroll: window.innerWidth > 900 }));
      }
    }),
  );
  return { result, refetch, node, titleId };
}

export function AppealView(props: { appeal: AppealDetails; staff?: boolean; titleId: string; children?: JSX.Element }) {
  const a = () => props.appeal;
  const answered = () => a().status === "COMPLETED" || a().status === "REJECTED";
  return (
    <article class="appeal-view" aria-labelledby={props.titleId}>
      <header class="appeal-view__head">
        <h2 id={props.titleId} class="appeal-view__title" tabindex="-1">
          Детали заявления № {a().number}
        </h2>
        <StatusBadge status={a().status} text={a().statusText} />
      </header>
      <dl class="appeal-dl">
        <Row label="Дата заявления">{formatDateTimeSeconds(a().createdAt)}</Row>
        <Row label="Время обработки заявления">{a().processingTimeText}</Row>
        <Show when={!answered()}>
          <Row label="Срок ответа" class="appeal-dl__row--due">
            до {formatDate(a().dueDate)}
            <Show when={a().overdue}>
              {" "}
              <span class="appeal-status appeal-status--overdue">Просрочено</span>
            </Show>
          </Row>
        </Show>
        <Row label="ЛС">{a().account.number}</Row>
        <Row label="Заявитель">{a().applicant.name}</Row>
        <Show when={a().applicant.address}>{(v) => <Row label="Адрес">{v()}</Row>}</Show>
        <Show when={a().applicant.phone}>{(v) => <Row label="Телефон">{formatPhone(v())}</Row>}</Show>
        <Show when={a().applicant.email}>{(v) => <Row label="E-mail">{v()}</Row>}</Show>
        <Row label="Тема обращения">
          {a().title}
          <Show when={a().topicTitle !== a().title}>
            <span class="appeal-view__topic"> ({a().topicTitle})</span>
          </Show>
        </Row>
      </dl>

      <For each={fieldGroups(a().fields)}>
        {(group) => (
          <section class="appeal-view__block">
            <Show when={group.section}>
              <h3 class="appeal-view__subtitle">{group.section}</h3>
            </Show>
            <dl class="appeal-dl">
              <For each={group.fields}>{(f) => <Row label={f.label}>{fieldValue(f)}</Row>}</For>
            </dl>
          </section>
        )}
      </For>

      <Show when={a().text}>
        <section class="appeal-view__block">
          <h3 class="appeal-view__subtitle">{a().isQuestion ? "Текст сообщения" : "Комментарий"}</h3>
          <p class="appeal-view__text">{a().text}</p>
        </section>
      </Show>

      <section class="appeal-view__block">
        <h3 class="appeal-view__subtitle">Файлы</h3>
        <Show when={a().attachedFiles.nodes.length > 0} fallback={<p class="muted">Файлы не приложены.</p>}>
          <FileList files={a().attachedFiles.nodes} label="Файлы заявления" />
        </Show>
      </section>

      <Show when={answered()}>
        <section class="appeal-view__block appeal-answer" classList={{ "appeal-answer--refused": a().status === "REJECTED" }}>
          <h3 class="appeal-view__subtitle">{a().status === "REJECTED" ? "Причина отказа" : "Ответ"}</h3>
          <Show when={a().answeredAt}>{(at) => <p class="appeal-answer__date">{formatDateTime(at())}</p>}</Show>
          <p class="appeal-view__text">{a().answer}</p>
          <Show when={a().answerFiles.length > 0}>
            <h4 class="appeal-answer__files-title">Документы к ответу</h4>
            <FileList files={a().answerFiles} label="Документы к ответу" />
          </Show>
        </section>
      </Show>

      {props.children}

      <section class="appeal-view__block">
        <h3 class="appeal-view__subtitle">История статусов</h3>
        <ol class="appeal-history">
          <For each={a().statusChanges.nodes}>
            {(step) => (
              <li class="appeal-history__step">
                <span class="appeal-history__at">{formatDateTime(step.at)}</span>
                <StatusBadge status={step.toStatus} text={step.toStatusText} />
                <Show when={props.staff && step.byStaff}>
                  <span class="appeal-history__who">{step.staffName ?? "оператор"}</span>
                </Show>
                <Show when={step.comment && step.toStatus !== "REJECTED"}>
                  <span class="appeal-history__comment">{step.comment}</span>
                </Show>
              </li>
            )}
          </For>
        </ol>
      </section>
    </article>
  );
}
