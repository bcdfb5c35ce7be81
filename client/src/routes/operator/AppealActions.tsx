// What an operator can do with an appeal in its status: «Взять в работу» (Принят → В обработке);
// «Отправить ответ» with text and PDF files (→ Завершено); «Отказать» with the reason the
// customer will read (→ Отказано); «Продлить срок» for reasons whose term may grow (a
// question: up to 30 working days from filing). The server's messages are shown at the inputs.
import { Show, createSignal, createUniqueId } from "solid-js";
import { createMutation } from "@urql/solid";
import { graphql } from "../../gql";
import type { StaffAppealDetailsQuery } from "../../gql/graphql";
import { requestErrorText, type UserErrorLike } from "../../lib/userErrors";
import { Field, TextAreaField } from "../../components/Field";
import { FormDone, FormError } from "../../components/Status";
import { SubmitButton } from "../../components/SubmitButton";
import { FilePicker, FilesTotal, failedRequestText } from "../appeals/formParts";
import { MSG, checkFile, checkTotal } from "../appeals/rules";

const AppealTake = graphql(`
  mutation OperatorAppealTake($input: AppealTakeInput!) {
    appealTake(input: $input) {
      appeal { id status statusText }
      userErrors { field message code }
    }
  }
`);

const AppealAnswer = graphql(`
  mutation OperatorAppealAnswer($input: AppealAnswerInput!) {
    appealAnswer(input: $input) {
      appeal { id status statusText }
      userErrors { field message code }
    }
  }
`);

const AppealReject = graphql(`
  mutation OperatorAppealReject($input: AppealRejectInput!) {
    appealReject(input: $input) {
      appeal { id status statusText }
      userErrors { field message code }
    }
  }
`);

const AppealDueDateExtend = graphql(`
  mutation OperatorAppealDueDateExtend($input: AppealDueDateExtendInput!) {
    appealDueDateExtend(input: $input) {
      appeal { id dueDate }
      userErrors { field message code }
    }
  }
`);

export type StaffAppeal = Extract<NonNullable<StaffAppealDetailsQuery["node"]>, { __typename: "Appeal" }>;

/** The same texts as the server's (domains/appeals/rules.ts). */
const TEXT = {
  answerRequired: "Введите текст ответа",
  reasonRequired: "Укажите причину отказа",
  extendRange: (current: number, max: number) => `Укажите срок больше ${current} и не более ${max} рабочих дней`,
} as const;

const joined = (errors: readonly UserErrorLike[]) => errors.map((e) => e.message).join(" ");
const at = (errors: readonly UserErrorLike[], name: string) => joined(errors.filter((e) => e.field?.[1] === name));
const elsewhere = (errors: readonly UserErrorLike[], names: string[]) => joined(errors.filter((e) => !names.includes(e.field?.[1] ?? "")));

/** The API's attachment limits (AppealUploadRules). */
type UploadLimits = { maxTotalBytes: number; maxFiles: number };

export function AppealActions(props: { appeal: StaffAppeal; uploads: UploadLimits; onChanged: () => void }) {
  const status = () => props.appeal.status;
  const extendable = () => {
    const t = props.appeal.type;
    return (status() === "ACCEPTED" || status() === "IN_PROGRESS") && !!t.maxProcessingDays && t.maxProcessingDays > t.processingDays;
  };
  return (
    <Show when={status() === "ACCEPTED" || status() === "IN_PROGRESS"}>
      <section class="appeal-view__block op-actions" aria-label="Действия с заявлением">
        <Show when={status() === "ACCEPTED"}>
          <Take appeal={props.appeal} onChanged={props.onChanged} />
        </Show>
        <Show when={status() === "IN_PROGRESS"}>
          <Answer appeal={props.appeal} uploads={props.uploads} onChanged={props.onChanged} />
          <Reject appeal={props.appeal} onChanged={props.onChanged} />
        </Show>
        <Show when={extendable()}>
          <Extend appeal={props.appeal} onChanged={props.onChanged} />
        </Show>
      </section>
    </Show>
  );
}

function Take(props: { appeal: StaffAppeal; onChanged: () => void }) {
  const [state, take] = createMutation(AppealTake);
  const [error, setError] = createSignal<string | null>(null);
  async function run() {
    setError(null);
    const r = await take({ input: { appealId: props.appeal.id } });
    const payload = r.data?.appealTake;
    if (!payload) return setError(requestErrorText(r.error));
    if (payload.userErrors.length) setError(joined(payload.userErrors));
    props.onChanged();
  }
  return (
    <div class="op-action">
      <p class="muted">Заявление ожидает оператора. Возьмите его в работу, чтобы ответить или отказать.</p>
      <button type="button" class="button button--primary" onClick={() => void run()} disabled={state.fetching}>
        {state.fetching ? "Берем в работу…" : "Взять в работу"}
      </button>
      <FormError message={error()} />
    </div>
  );
}

function Answer(props: { appeal: StaffAppeal; uploads: UploadLimits; onChanged: () => void }) {
  const id = createUniqueId();
  const [state, answer] = createMutation(AppealAnswer);
  const [text, setText] = createSignal("");
  const [files, setFiles] = createSignal<File[]>([]);
  const [errors, setErrors] = createSignal<{ text?: string; files?: string; form?: string }>({});

  async function submit(event: SubmitEvent) {
    event.preventDefault();
    if (state.fetching) return;
    const found: { text?: string; files?: string } = {};
    if (!text().trim()) found.text = TEXT.answerRequired;
    const fileProblem =
      files()
        .map((f) => checkFile(f, ["pdf"], MSG.answerFileType))
        .find(Boolean) ?? checkTotal(files(), props.uploads.maxTotalBytes, props.uploads.maxFiles);
    if (fileProblem) found.files = fileProblem;
    setErrors(found);
    if (found.text || found.files) {
      queueMicrotask(() => document.querySelector<HTMLElement>(`#${CSS.escape(id)} :is(input, select, textarea)[aria-invalid=true]`)?.focus());
      return;
    }
    const r = await answer({ input: { appealId: props.appeal.id, text: text().trim(), files: files() } });
    const payload = r.data?.appealAnswer;
    if (!payload) return setErrors({ form: failedRequestText(r.error) });
    if (payload.userErrors.length) {
      return setErrors({
        text: at(payload.userErrors, "text") || undefined,
        files: at(payload.userErrors, "files") || undefined,
        form: elsewhere(payload.userErrors, ["text", "files"]) || undefined,
      });
    }
    setText("");
    setFiles([]);
    props.onChanged();
  }

  return (
    <form id={id} class="op-action op-answer" onSubmit={submit} novalidate aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} class="appeal-view__subtitle">
        Ответ клиенту
      </h3>
      <TextAreaField
        id={`${id}-text`}
        name="answer"
        label="Текст ответа"
        required
        rows={6}
        value={text()}
        onInput={(v) => {
          setText(v);
          setErrors((x) => ({ ...x, text: undefined }));
        }}
        error={errors().text}
      />
      <FilePicker
        id={`${id}-files`}
        name="answerFiles"
        label="Документы к ответу (PDF)"
        multiple
        accept=".pdf,application/pdf"
        files={files()}
        onChange={(list) => {
          setFiles(list);
          setErrors((x) => ({ ...x, files: undefined }));
        }}
        error={errors().files}
        hint="Только PDF, общий размер до 25 МБ"
      />
      <FilesTotal files={files()} maxTotalBytes={props.uploads.maxTotalBytes} id={`${id}-total`} />
      <FormError message={errors().form} />
      <div class="form__buttons">
        <SubmitButton busy={state.fetching} busyLabel="Отправляем…" label="Отправить ответ" />
        <span class="muted">Статус станет «Завершено», клиент получит уведомление и письмо.</span>
      </div>
    </form>
  );
}

function Reject(props: { appeal: StaffAppeal; onChanged: () => void }) {
  const id = createUniqueId();
  const [state, reject] = createMutation(AppealReject);
  const [reason, setReason] = createSignal("");
  const [errors, setErrors] = createSignal<{ reason?: string; form?: string }>({});

  async function submit(event: SubmitEvent) {
    event.preventDefault();
    if (state.fetching) return;
    if (!reason().trim()) {
      setErrors({ reason: TEXT.reasonRequired });
      document.getElementById(`${id}-reason`)?.focus();
      return;
    }
    const r = await reject({ input: { appealId: props.appeal.id, reason: reason().trim() } });
    const payload = r.data?.appealReject;
    if (!payload) return setErrors({ form: requestErrorText(r.error) });
    if (payload.userErrors.length) {
      return setErrors({ reason: at(payload.userErrors, "reason") || undefined, form: elsewhere(payload.userErrors, ["reason"]) || undefined });
    }
    setReason("");
    props.onChanged();
  }

  return (
    <details class="op-action op-reject">
      <summary class="op-reject__summary">Отказать по заявлению</summary>
      <form class="op-reject__form" onSubmit={submit} novalidate>
        <TextAreaField
          id={`${id}-reason`}
          name="reason"
          label="Причина отказа (ее увидит клиент)"
          required
          rows={3}
          value={reason()}
          onInput={(v) => {
            setReason(v);
            setErrors({});
          }}
          error={errors().reason}
        />
        <FormError message={errors().form} />
        <div class="form__buttons">
          <SubmitButton class="button button--danger" busy={state.fetching} busyLabel="Отказываем…" label="Отказать" />
          <span class="muted">Статус станет «Отказано».</span>
        </div>
      </form>
    </details>
  );
}

function Extend(props: { appeal: StaffAppeal; onChanged: () => void }) {
  const id = createUniqueId();
  const [state, extend] = createMutation(AppealDueDateExtend);
  const current = () => props.appeal.type.processingDays;
  const max = () => props.appeal.type.maxProcessingDays ?? current();
  const [days, setDays] = createSignal(String(max()));
  const [errors, setErrors] = createSignal<{ days?: string; form?: string }>({});
  const [done, setDone] = createSignal<string | null>(null);

  async function submit(event: SubmitEvent) {
    event.preventDefault();
    if (state.fetching) return;
    setDone(null);
    const n = Number(days().trim());
    if (!/^\d+$/.test(days().trim()) || n <= current() || n > max()) {
      setErrors({ days: TEXT.extendRange(current(), max()) });
      document.getElementById(`${id}-days`)?.focus();
      return;
    }
    const r = await extend({ input: { appealId: props.appeal.id, processingDays: n } });
    const payload = r.data?.appealDueDateExtend;
    if (!payload) return setErrors({ form: requestErrorText(r.error) });
    if (payload.userErrors.length) {
      return setErrors({
        days: at(payload.userErrors, "processingDays") || undefined,
        form: elsewhere(payload.userErrors, ["processingDays"]) || undefined,
      });
    }
    setErrors({});
    setDone("Срок продлен.");
    props.onChanged();
  }

  return (
    <form class="op-action op-extend" onSubmit={submit} novalidate aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} class="appeal-view__subtitle">
        Продлить срок обработки
      </h3>
      <p class="muted">
        Обычный срок — {current()} раб. дн. от подачи; его можно увеличить до {max()} раб. дн.
      </p>
      <div class="op-extend__row">
        <Field id={`${id}-days`} label="Новый срок, рабочих дней от подачи" required error={errors().days}>
          <input
            id={`${id}-days`}
            class="input op-extend__input"
            name="processingDays"
            type="number"
            inputmode="numeric"
            min={current() + 1}
            max={max()}
            value={days()}
            onInput={(e) => {
              setDays(e.currentTarget.value);
              setErrors({});
            }}
            aria-invalid={!!errors().days}
            aria-describedby={errors().days ? `${id}-days-error` : undefined}
          />
        </Field>
        <SubmitButton class="button button--ghost" busy={state.fetching} busyLabel="Продлеваем…" label="Продлить срок" />
      </div>
      <FormError message={errors().form} />
      <FormDone message={done()} />
    </form>
  );
}
