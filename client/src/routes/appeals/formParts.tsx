// Parts shared by «Подать заявление» (6.5.2) and «Задать вопрос» (6.5.3): the catalog query and
// the tab around the form, the account choice with «Данные заявителя», a file slot («Выберите
// файл» / «Выбрать»), the two consents, and the texts of a request that failed as a whole (e.g.
// the server's 413 for files over 25 MB).
import { For, Show, createSignal, createUniqueId, type Accessor, type JSX } from "solid-js";
import type { CombinedError } from "@urql/core";
import { createQuery } from "@urql/solid";
import { graphql } from "../../gql";
import type { AppealFormQuery } from "../../gql/graphql";
import { formatPhone } from "../../lib/format";
import { requestErrorText } from "../../lib/userErrors";
import { FieldMessage, describedBy } from "../../components/Field";
import { PanelHead } from "../../components/PanelHead";
import { QueryStates } from "../../components/QueryStates";
import { MSG, formatBytes } from "./rules";
import { FormError } from "../../components/Status";

export const AppealForm = graphql(`
  query AppealForm($includeQuestions: Boolean!) {
    appealTopics(includeQuestions: $includeQuestions) {
      id
      code
      title
      types {
        id
        code
        title
        topicTitle
        processingDays
        maxProcessingDays
        processingTimeText
        isQuestion
        fields { code label kind required section prefillKey sortOrder }
        fileSlots { code label required multiple sortOrder }
      }
    }
    appealUploadRules { maxTotalBytes maxFiles allowedExtensions accept hint }
    appealConsents { version personalData simpleSignature }
    viewer {
      id
      activeAccount { id }
      accounts {
        id
        number
        address
        appealApplicant { accountNumber name address email phone prefill { key value } }
      }
    }
  }
`);

export type FormAccount = NonNullable<AppealFormQuery["viewer"]>["accounts"][number];
export type AppealTypeForm = AppealFormQuery["appealTopics"][number]["types"][number];
export type UploadRules = AppealFormQuery["appealUploadRules"];
/** The consents' wording, as the server records it (Query.appealConsents). */
export type ConsentTexts = AppealFormQuery["appealConsents"];

/**
 * A form's tab: the title and explanation, then the form once the catalog has loaded — or why
 * there is none (no linked account).
 */
export function AppealFormPanel(props: {
  titleId: string;
  title: string;
  text: JSX.Element;
  /** «Задать вопрос» asks for the question reasons, «Подать заявление» for the others. */
  includeQuestions: boolean;
  loading: string;
  children: (data: Accessor<AppealFormQuery>) => JSX.Element;
}) {
  const [result, reexecute] = createQuery({
    query: AppealForm,
    variables: { includeQuestions: props.includeQuestions },
    requestPolicy: "cache-and-network",
  });
  return (
    <div class="panel">
      <PanelHead id={props.titleId} title={props.title}>
        {props.text}
      </PanelHead>
      <QueryStates
        result={result}
        value={result.data?.viewer && result.data}
        retry={() => reexecute({ requestPolicy: "network-only" })}
        loading={props.loading}
      >
        {(data) => (
          <Show when={data().viewer!.accounts.length > 0} fallback={<p class="muted">К учетной записи не привязан лицевой счет.</p>}>
            {props.children(data)}
          </Show>
        )}
      </QueryStates>
    </div>
  );
}

/** A request that brought no payload: the server's own message for files over the limit (HTTP 413), else the generic text. */
export function failedRequestText(error: CombinedError | undefined): string {
  const tooLarge = error?.graphQLErrors.find((e) => e.extensions?.code === "FILES_TOO_LARGE");
  return tooLarge?.message ?? requestErrorText(error);
}

/** «Лицевой счет»: a choice when the viewer has several, then «Данные заявителя» of the chosen one. */
export function ApplicantBlock(props: {
  accounts: FormAccount[];
  accountId: string;
  onAccount: (id: string) => void;
  error?: string;
  /** Figure 33 shows only the account, the applicant and the e-mail. */
  brief?: boolean;
}) {
  const id = createUniqueId();
  const account = () => props.accounts.find((a) => a.id === props.accountId);
  const applicant = () => account()?.appealApplicant;
  return (
    <section class="applicant" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} class="appeal-form__section">
        Данные заявителя
      </h3>
      <dl class="appeal-dl">
        <div class="appeal-dl__row">
          <dt>
            <Show when={props.accounts.length > 1} fallback="Лицевой счет">
              <label for={`${id}-account`}>Лицевой счет</label>
            </Show>
          </dt>
          <dd>
            <Show
              when={props.accounts.length > 1}
              fallback={
                <>
                  {account()?.number} {account()?.address}
                </>
              }
            >
              <select
                id={`${id}-account`}
                class="select applicant__account"
                name="accountId"
                onChange={(e) => props.onAccount(e.currentTarget.value)}
                aria-invalid={!!props.error}
                aria-describedby={props.error ? `${id}-account-error` : undefined}
              >
                <For each={props.accounts}>
                  {(a) => (
                    <option value={a.id} selected={a.id === props.accountId}>
                      {a.number} {a.address}
                    </option>
                  )}
                </For>
              </select>
            </Show>
            <Show when={props.error}>
              <p id={`${id}-account-error`} class="field-error">
                {props.error}
              </p>
            </Show>
          </dd>
        </div>
        <Show when={applicant()}>
          {(a) => (
            <>
              <div class="appeal-dl__row">
                <dt>Заявитель</dt>
                <dd>{a().name}</dd>
              </div>
              <Show when={!props.brief && a().address}>
                <div class="appeal-dl__row">
                  <dt>Адрес</dt>
                  <dd>{a().address}</dd>
                </div>
              </Show>
              <div class="appeal-dl__row">
                <dt>E-mail</dt>
                <dd>{a().email ?? "—"}</dd>
              </div>
              <Show when={!props.brief}>
                <div class="appeal-dl__row">
                  <dt>Телефон</dt>
                  <dd>{a().phone ? formatPhone(a().phone!) : "—"}</dd>
                </div>
              </Show>
            </>
          )}
        </Show>
      </dl>
    </section>
  );
}

/**
 * A place for files: the label (with «*» when required), «Выбрать» opening the file chooser
 * (the native input stays focusable, so Tab and Space work), the chosen files with «Удалить».
 */
export function FilePicker(props: {
  id: string;
  name: string;
  label: string;
  required?: boolean;
  multiple?: boolean;
  accept: string;
  files: File[];
  onChange: (files: File[]) => void;
  error?: string;
  hint?: string;
}) {
  return (
    <div class="file-slot" classList={{ "file-slot--invalid": !!props.error }} data-slot={props.name}>
      <span id={`${props.id}-label`} class="field__label">
        {props.label}
        <Show when={props.required}>
          <span class="field__required" aria-hidden="true">
            *
          </span>
        </Show>
      </span>
      <div class="file-slot__pick">
        {/* biome-ignore lint/a11y/useAriaPropsSupportedByRole: a file input has no ARIA role, and screen readers announce aria-required on it */}
        <input
          id={props.id}
          class="file-slot__input"
          type="file"
          name={props.name}
          accept={props.accept}
          multiple={props.multiple}
          aria-labelledby={`${props.id}-label ${props.id}-button`}
          aria-required={props.required || undefined}
          aria-invalid={!!props.error}
          aria-describedby={describedBy(props.id, props.error, props.hint)}
          onChange={(e) => {
            const chosen = Array.from(e.currentTarget.files ?? []);
            e.currentTarget.value = ""; // the same file can be chosen again after «Удалить»
            if (chosen.length) props.onChange(props.multiple ? [...props.files, ...chosen] : chosen.slice(0, 1));
          }}
        />
        <label id={`${props.id}-button`} for={props.id} class="button button--ghost button--small file-slot__button">
          Выбрать
        </label>
        <Show when={props.files.length === 0}>
          <span class="file-slot__none">{props.multiple ? "Выберите файлы" : "Выберите файл"}</span>
        </Show>
      </div>
      <Show when={props.files.length > 0}>
        <ul class="file-slot__files" aria-label={`Выбранные файлы: ${props.label}`}>
          <For each={props.files}>
            {(file, i) => (
              <li class="file-slot__file">
                <span class="file-slot__file-name">{file.name}</span>
                <span class="file-slot__file-size">{formatBytes(file.size)}</span>
                <button
                  type="button"
                  class="link-button file-slot__remove"
                  aria-label={`Удалить файл ${file.name}`}
                  onClick={() => props.onChange(props.files.filter((_, j) => j !== i()))}
                >
                  Удалить
                </button>
              </li>
            )}
          </For>
        </ul>
      </Show>
      <FieldMessage id={props.id} error={props.error} hint={props.hint} />
    </div>
  );
}

type ConsentName = "consentPersonalData" | "consentSimpleSignature";
export type ConsentErrors = Partial<Record<ConsentName, string>>;
export type ConsentState = ReturnType<typeof createConsents>;

/** Whether the two consents are given, as the form sends them, and the messages for those not given. */
export function createConsents() {
  const [given, setGiven] = createSignal<Record<ConsentName, boolean>>({ consentPersonalData: false, consentSimpleSignature: false });
  return {
    given,
    set: (name: ConsentName, value: boolean) => setGiven((all) => ({ ...all, [name]: value })),
    missing(): ConsentErrors {
      const found: ConsentErrors = {};
      if (!given().consentPersonalData) found.consentPersonalData = MSG.consentPersonalData;
      if (!given().consentSimpleSignature) found.consentSimpleSignature = MSG.consentSignature;
      return found;
    },
  };
}

/** The two consents every form ends with (figures 32–33); both are required. `onChange` names the one ticked or cleared. */
export function Consents(props: { texts: ConsentTexts; state: ConsentState; errors: ConsentErrors; onChange: (name: ConsentName) => void }) {
  const id = createUniqueId();
  const one = (key: string, name: ConsentName, text: string) => (
    <div class="check">
      <input
        id={`${id}-${key}`}
        class="check__box"
        type="checkbox"
        name={name}
        checked={props.state.given()[name]}
        onChange={(e) => {
          props.state.set(name, e.currentTarget.checked);
          props.onChange(name);
        }}
        aria-required="true"
        aria-invalid={!!props.errors[name]}
        aria-describedby={props.errors[name] ? `${id}-${key}-error` : undefined}
      />
      <label class="check__label" for={`${id}-${key}`}>
        {text}
      </label>
      <Show when={props.errors[name]}>
        <p id={`${id}-${key}-error`} class="field-error check__error">
          {props.errors[name]}
        </p>
      </Show>
    </div>
  );
  return (
    <div class="appeal-consents">
      {one("pd", "consentPersonalData", props.texts.personalData)}
      {one("ss", "consentSimpleSignature", props.texts.simpleSignature)}
    </div>
  );
}

/** «Выбрано файлов: 2 (1,2 МБ из 25 МБ)». */
export function FilesTotal(props: { files: File[]; maxTotalBytes: number; error?: string; id: string }) {
  const total = () => props.files.reduce((s, f) => s + f.size, 0);
  return (
    <Show when={props.files.length > 0 || props.error}>
      <p class="appeal-form__total" classList={{ "appeal-form__total--over": total() > props.maxTotalBytes }}>
        Выбрано файлов: {props.files.length} ({formatBytes(total())} из {formatBytes(props.maxTotalBytes)})
      </p>
      <FormError id={props.id} message={props.error} />
    </Show>
  );
}
