// «Задать вопрос» (manual 6.5.3, figure 33): the account the question is asked on, «Текст
// сообщения», any number of files under «Прочие документы» with the requirements to them, and
// both consents. The processing time is the question reason's («3 рабочих дня. При
// необходимости срок может быть увеличен до 30 рабочих дней.»).
import { For, Show, createSignal, createUniqueId } from "solid-js";
import { useNavigate, useSearchParams } from "@solidjs/router";
import { createMutation } from "@urql/solid";
import { graphql } from "../../gql";
import type { AppealFormQuery } from "../../gql/graphql";
import { FormError } from "../../components/Status";
import { TextAreaField } from "../../components/Field";
import { SubmitButton } from "../../components/SubmitButton";
import { AppealFormPanel, ApplicantBlock, Consents, createConsents, FilePicker, FilesTotal, failedRequestText } from "./formParts";
import { MAX_LENGTH, checkField, checkFile, checkTotal } from "./rules";
import { appealHref, type AppealsTabProps, type FiledState } from "./paths";

const AppealQuestionSubmit = graphql(`
  mutation AppealQuestionSubmit($input: AppealQuestionSubmitInput!) {
    appealQuestionSubmit(input: $input) {
      appeal { id number }
      userErrors { field message code }
    }
  }
`);

/** Figure 33: «Внимание! Качество загружаемых документов должно соответствовать следующим требованиям». */
const REQUIREMENTS = [
  "типы загружаемых файлов PDF, JPG, JPEG, PNG, TIFF, ZIP, RAR",
  "содержимое документов должно быть четким и читаемым",
  "наименование файла должно отражать содержимое документа",
  "суммарный размер пересылаемых файлов не должен превышать 25 мегабайт",
  "документы не должны содержать интерактивных и мультимедийных элементов",
  "электронный образ каждого документа должен быть предоставлен в виде отдельного файла",
];

type Errors = Partial<Record<"text" | "files" | "consentPersonalData" | "consentSimpleSignature" | "accountId" | "form", string>>;

export function QuestionTab(props: AppealsTabProps) {
  return (
    <AppealFormPanel
      titleId={props.titleId}
      title="Задать вопрос"
      text="Вопрос, предложение или описание проблемы, чтобы получить разъяснения или другую уточняющую информацию."
      includeQuestions
      loading="Загружаем форму…"
    >
      {(data) => <QuestionForm data={data()} />}
    </AppealFormPanel>
  );
}

function QuestionForm(props: { data: AppealFormQuery }) {
  const id = createUniqueId();
  const navigate = useNavigate();
  const [state, submit] = createMutation(AppealQuestionSubmit);
  const accounts = () => props.data.viewer?.accounts ?? [];
  const rules = () => props.data.appealUploadRules;
  const question = () => props.data.appealTopics.flatMap((t) => t.types).find((t) => t.isQuestion);
  /** The text field as the catalog defines it (label «Текст сообщения», required). */
  const textField = () => {
    const f = question()?.fields[0];
    return { code: "text", label: f?.label ?? "Текст сообщения", kind: "TEXTAREA" as const, required: f?.required ?? true };
  };
  const slotLabel = () => question()?.fileSlots[0]?.label ?? "Прочие документы";
  const [accountId, setAccountId] = createSignal(props.data.viewer?.activeAccount?.id ?? accounts()[0]?.id ?? "");
  const [search] = useSearchParams<{ text?: string }>();
  // A link may bring the question's text (a charge line from «Почему такая сумма»).
  const [text, setText] = createSignal((typeof search.text === "string" ? search.text : "").slice(0, MAX_LENGTH.TEXTAREA));
  const [files, setFiles] = createSignal<File[]>([]);
  const consents = createConsents();
  const [errors, setErrors] = createSignal<Errors>({});
  const drop = (key: keyof Errors) => {
    if (errors()[key]) setErrors((all) => ({ ...all, [key]: undefined }));
  };

  function validate(): Errors {
    const found: Errors = {};
    const t = checkField(textField(), text());
    if ("error" in t) found.text = t.error;
    const fileProblem =
      files()
        .map((f) => checkFile(f, rules().allowedExtensions))
        .find(Boolean) ?? checkTotal(files(), rules().maxTotalBytes, rules().maxFiles);
    if (fileProblem) found.files = fileProblem;
    return { ...found, ...consents.missing() };
  }

  function focusFirstInvalid() {
    queueMicrotask(() => document.querySelector<HTMLElement>(`#${CSS.escape(id)} :is(input, select, textarea)[aria-invalid=true]`)?.focus());
  }

  async function onSubmit(event: SubmitEvent) {
    event.preventDefault();
    if (state.fetching) return;
    const found = validate();
    setErrors(found);
    if (Object.values(found).some(Boolean)) return focusFirstInvalid();
    const r = await submit({
      input: { accountId: accountId(), text: text().trim(), files: files(), ...consents.given() },
    });
    const payload = r.data?.appealQuestionSubmit;
    if (!payload) return setErrors({ form: failedRequestText(r.error) });
    if (payload.appeal) {
      navigate(appealHref(payload.appeal.id), { state: { filed: { number: payload.appeal.number, question: true } } satisfies FiledState });
      return;
    }
    const next: Errors = {};
    for (const e of payload.userErrors) {
      const where = e.field?.[1];
      const key: keyof Errors =
        where === "text" || where === "files" || where === "consentPersonalData" || where === "consentSimpleSignature" || where === "accountId"
          ? where
          : "form";
      next[key] = next[key] ? `${next[key]} ${e.message}` : e.message;
    }
    setErrors(next);
    focusFirstInvalid();
  }

  return (
    <form id={id} class="appeal-form" onSubmit={onSubmit} novalidate>
      <Show when={question()}>
        {(q) => (
          <p class="appeal-form__time">
            Время обработки заявления: <strong>{q().processingTimeText}</strong>
          </p>
        )}
      </Show>
      <ApplicantBlock
        accounts={accounts()}
        accountId={accountId()}
        onAccount={(v) => {
          setAccountId(v);
          drop("accountId");
        }}
        error={errors().accountId}
        brief
      />
      <TextAreaField
        id={`${id}-text`}
        name="text"
        label={textField().label}
        required={textField().required}
        rows={6}
        maxLength={MAX_LENGTH.TEXTAREA}
        value={text()}
        onInput={(v) => {
          setText(v);
          drop("text");
        }}
        error={errors().text}
      />
      <FilePicker
        id={`${id}-files`}
        name="files"
        label={slotLabel()}
        multiple
        accept={rules().accept}
        files={files()}
        onChange={(list) => {
          setFiles(list);
          drop("files");
        }}
        error={errors().files}
        hint="Вы можете выбрать несколько файлов"
      />
      <FilesTotal files={files()} maxTotalBytes={rules().maxTotalBytes} id={`${id}-total`} />
      <div class="notice notice--info appeal-form__requirements">
        <p>Внимание! Качество загружаемых документов должно соответствовать следующим требованиям:</p>
        <ul>
          <For each={REQUIREMENTS}>{(r) => <li>{r}</li>}</For>
        </ul>
      </div>
      <Consents texts={props.data.appealConsents} state={consents} errors={errors()} onChange={drop} />
      <FormError message={errors().form} />
      <div class="form__buttons">
        <SubmitButton busy={state.fetching} busyLabel="Отправляем…" label="Отправить" />
      </div>
    </form>
  );
}
