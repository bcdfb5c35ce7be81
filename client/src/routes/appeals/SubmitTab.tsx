// «Подать заявление» (manual 6.5.2, figure 32): the topic («Тема»), then its reason («Причина»),
// then the reason's own form — «Время обработки заявления», «Данные заявителя», the fields and
// file slots in the catalog's order (fields prefilled from the account where the catalog says
// so, required ones marked «*»), the limits of attachments and both consents. Mistakes the
// client can see are shown before sending; the server's userErrors land at their fields.
import { For, Show, createMemo, createSignal, createUniqueId } from "solid-js";
import { createStore, reconcile } from "solid-js/store";
import { useNavigate } from "@solidjs/router";
import { createMutation } from "@urql/solid";
import { graphql } from "../../gql";
import type { AppealFormQuery } from "../../gql/graphql";
import type { UserErrorLike } from "../../lib/userErrors";
import { FormError } from "../../components/Status";
import { Field, TextAreaField, describedBy } from "../../components/Field";
import { SubmitButton } from "../../components/SubmitButton";
import {
  AppealFormPanel,
  ApplicantBlock,
  Consents,
  createConsents,
  FilePicker,
  FilesTotal,
  failedRequestText,
  type AppealTypeForm,
  type FormAccount,
} from "./formParts";
import { MAX_LENGTH, checkField, checkSlot, checkTotal } from "./rules";
import { appealHref, type AppealsTabProps, type FiledState } from "./paths";

const AppealSubmit = graphql(`
  mutation AppealSubmit($input: AppealSubmitInput!) {
    appealSubmit(input: $input) {
      appeal { id number }
      userErrors { field message code }
    }
  }
`);

/** Messages by place: `field:<code>`, `slot:<code>`, `files` (all files), the consents, `typeId`, `accountId`, `form`. */
type Errors = Record<string, string>;

type FormField = AppealTypeForm["fields"][number];
type FormSlot = AppealTypeForm["fileSlots"][number];
type Item = { key: string; sortOrder: number; heading?: string } & ({ field: FormField; slot?: undefined } | { slot: FormSlot; field?: undefined });

const TYPE_MISSING = "Выберите тему и причину заявления";

export function SubmitTab(props: AppealsTabProps) {
  return (
    <AppealFormPanel
      titleId={props.titleId}
      title="Подать заявление"
      text="Для подачи заявления выберите тему и соответствующую причину. Чем точнее определена тема и причина заявления, тем меньше времени займет его обработка."
      includeQuestions={false}
      loading="Загружаем темы заявлений…"
    >
      {(data) => <SubmitForm data={data()} />}
    </AppealFormPanel>
  );
}

/** Initial values of a reason's fields for an account («Фамилия была» …). */
function prefilled(type: AppealTypeForm, account: FormAccount | undefined): Record<string, string> {
  const prefill = account?.appealApplicant?.prefill ?? [];
  const values: Record<string, string> = {};
  for (const f of type.fields) {
    if (f.prefillKey) values[f.code] = prefill.find((p) => p.key === f.prefillKey)?.value ?? "";
  }
  return values;
}

/** Fields and slots in one order (figure 32 puts «Скан паспорта» among the fields), with section headings. */
function formItems(type: AppealTypeForm): Item[] {
  const unsorted: Item[] = [
    ...type.fields.map((field) => ({ key: `field:${field.code}`, sortOrder: field.sortOrder, field })),
    ...type.fileSlots.map((slot) => ({ key: `slot:${slot.code}`, sortOrder: slot.sortOrder, slot })),
  ];
  const items = unsorted.sort((a, b) => a.sortOrder - b.sortOrder || (a.field ? -1 : 1) - (b.field ? -1 : 1));
  let section: string | null = null;
  for (const item of items) {
    if (!item.field) continue;
    const s = item.field.section ?? null;
    if (s && s !== section) item.heading = s;
    section = s;
  }
  return items;
}

function SubmitForm(props: { data: AppealFormQuery }) {
  const id = createUniqueId();
  const navigate = useNavigate();
  const [state, submit] = createMutation(AppealSubmit);
  const accounts = () => props.data.viewer?.accounts ?? [];
  const rules = () => props.data.appealUploadRules;
  const [accountId, setAccountId] = createSignal(props.data.viewer?.activeAccount?.id ?? accounts()[0]?.id ?? "");
  const [topicId, setTopicId] = createSignal("");
  const [typeId, setTypeId] = createSignal("");
  const topic = () => props.data.appealTopics.find((t) => t.id === topicId());
  const type = () => topic()?.types.find((t) => t.id === typeId());
  const account = () => accounts().find((a) => a.id === accountId());
  const items = createMemo(() => {
    const t = type();
    return t ? formItems(t) : [];
  });
  const [values, setValues] = createStore<Record<string, string>>({});
  const [files, setFiles] = createStore<Record<string, File[]>>({});
  const consents = createConsents();
  const [errors, setErrors] = createSignal<Errors>({});

  const allFiles = () => Object.values(files).flat();
  const drop = (...keys: string[]) => {
    if (keys.some((k) => errors()[k])) setErrors((all) => Object.fromEntries(Object.entries(all).filter(([k]) => !keys.includes(k))));
  };

  function chooseType(next: AppealTypeForm | undefined) {
    setTypeId(next?.id ?? "");
    setValues(reconcile(next ? prefilled(next, account()) : {}));
    setFiles(reconcile({}));
    setErrors({});
  }

  function chooseTopic(idValue: string) {
    setTopicId(idValue);
    const t = props.data.appealTopics.find((x) => x.id === idValue);
    // A topic with one reason needs no second choice.
    chooseType(t?.types.length === 1 ? t.types[0] : undefined);
  }

  function chooseAccount(idValue: string) {
    const before = type() ? prefilled(type()!, account()) : {};
    setAccountId(idValue);
    drop("accountId");
    const t = type();
    if (!t) return;
    // Prefilled values follow the account unless the customer has changed them.
    const after = prefilled(t, account());
    for (const [code, value] of Object.entries(after)) if ((values[code] ?? "") === (before[code] ?? "")) setValues(code, value);
  }

  function validate(t: AppealTypeForm | undefined): Errors {
    const found: Errors = {};
    if (!t) {
      found.typeId = TYPE_MISSING;
    } else {
      for (const f of t.fields) {
        const r = checkField(f, values[f.code] ?? "");
        if ("error" in r) found[`field:${f.code}`] = r.error;
      }
      for (const s of t.fileSlots) {
        const problem = checkSlot(s, files[s.code] ?? [], rules().allowedExtensions);
        if (problem) found[`slot:${s.code}`] = problem;
      }
      const total = checkTotal(allFiles(), rules().maxTotalBytes, rules().maxFiles);
      if (total) found.files = total;
    }
    return { ...found, ...consents.missing() };
  }

  function focusFirstInvalid() {
    queueMicrotask(() => document.querySelector<HTMLElement>(`#${CSS.escape(id)} :is(input, select, textarea)[aria-invalid=true]`)?.focus());
  }

  /** userErrors by their path: ["input","fields",code], ["input","files",slot], ["input","files"], ["input",name]. */
  function placeErrors(list: readonly UserErrorLike[], t: AppealTypeForm): Errors {
    const found: Errors = {};
    const add = (key: string, message: string) => (found[key] = found[key] ? `${found[key]} ${message}` : message);
    for (const e of list) {
      const [, where, code] = e.field ?? [];
      if (where === "fields" && code && t.fields.some((f) => f.code === code)) add(`field:${code}`, e.message);
      else if (where === "files" && code && t.fileSlots.some((s) => s.code === code)) add(`slot:${code}`, e.message);
      else if (where === "files") add("files", e.message);
      else if (where === "consentPersonalData" || where === "consentSimpleSignature" || where === "accountId" || where === "typeId") add(where, e.message);
      else add("form", e.message);
    }
    return found;
  }

  async function onSubmit(event: SubmitEvent) {
    event.preventDefault();
    if (state.fetching) return;
    const t = type();
    const found = validate(t);
    setErrors(found);
    if (Object.keys(found).length || !t) return focusFirstInvalid();
    const fields = t.fields.map((f) => {
      const r = checkField(f, values[f.code] ?? "");
      return { code: f.code, value: "value" in r ? r.value : "" };
    });
    const sent = t.fileSlots.flatMap((s) => (files[s.code] ?? []).map((file) => ({ slot: s.code, file })));
    const r = await submit({
      input: { accountId: accountId(), typeId: t.id, fields, files: sent, ...consents.given() },
    });
    const payload = r.data?.appealSubmit;
    if (!payload) {
      setErrors({ form: failedRequestText(r.error) });
      return;
    }
    if (payload.appeal) {
      navigate(appealHref(payload.appeal.id), { state: { filed: { number: payload.appeal.number, question: false } } satisfies FiledState });
      return;
    }
    setErrors(placeErrors(payload.userErrors, t));
    focusFirstInvalid();
  }

  return (
    <form id={id} class="appeal-form" onSubmit={onSubmit} novalidate>
      <div class="appeal-form__choice">
        <Field id={`${id}-topic`} label="Тема" required error={errors().typeId && !topic() ? errors().typeId : undefined}>
          <select
            id={`${id}-topic`}
            class="select appeal-form__topic"
            name="topic"
            onChange={(e) => {
              chooseTopic(e.currentTarget.value);
            }}
            aria-required="true"
            aria-invalid={!!errors().typeId && !topic()}
            aria-describedby={errors().typeId && !topic() ? `${id}-topic-error` : undefined}
          >
            <option value="" selected={!topicId()}>
              Выберите тему
            </option>
            <For each={props.data.appealTopics}>
              {(t) => (
                <option value={t.id} selected={t.id === topicId()}>
                  {t.title}
                </option>
              )}
            </For>
          </select>
        </Field>
        <Show when={topic()}>
          {(t) => (
            <fieldset
              class="fieldset appeal-form__reasons"
              aria-invalid={!!errors().typeId && !type()}
              aria-describedby={errors().typeId && !type() ? `${id}-reason-error` : undefined}
            >
              <legend class="fieldset__legend">
                Причина
                <span class="field__required" aria-hidden="true">
                  *
                </span>
              </legend>
              <For each={t().types}>
                {(reason) => (
                  <label class="appeal-radio">
                    <input
                      class="appeal-radio__box"
                      type="radio"
                      name="reason"
                      value={reason.id}
                      checked={reason.id === typeId()}
                      onChange={() => chooseType(reason)}
                      aria-invalid={!!errors().typeId && !type()}
                    />
                    <span class="appeal-radio__label">{reason.title}</span>
                  </label>
                )}
              </For>
              <Show when={errors().typeId && !type()}>
                <p id={`${id}-reason-error`} class="field-error">
                  {errors().typeId}
                </p>
              </Show>
            </fieldset>
          )}
        </Show>
      </div>

      <Show when={type()}>
        {(t) => (
          <>
            <p class="appeal-form__time">
              Время обработки заявления: <strong>{t().processingTimeText}</strong>
            </p>
            <ApplicantBlock accounts={accounts()} accountId={accountId()} onAccount={chooseAccount} error={errors().accountId} />
            <div class="appeal-form__items">
              <For each={items()}>
                {(item) => (
                  <>
                    <Show when={item.heading}>
                      <h3 class="appeal-form__section">{item.heading}</h3>
                    </Show>
                    <Show
                      when={item.field}
                      fallback={
                        <FilePicker
                          id={`${id}-slot-${item.slot!.code}`}
                          name={item.slot!.code}
                          label={item.slot!.label}
                          required={item.slot!.required}
                          multiple={item.slot!.multiple}
                          accept={rules().accept}
                          files={files[item.slot!.code] ?? []}
                          onChange={(list) => {
                            setFiles(item.slot!.code, list);
                            drop(`slot:${item.slot!.code}`, "files");
                          }}
                          error={errors()[`slot:${item.slot!.code}`]}
                          hint={item.slot!.multiple ? "Вы можете выбрать несколько файлов" : undefined}
                        />
                      }
                    >
                      {(f) => (
                        <FieldInput
                          id={`${id}-field-${f().code}`}
                          field={f()}
                          value={values[f().code] ?? ""}
                          onInput={(v) => {
                            setValues(f().code, v);
                            drop(`field:${f().code}`);
                          }}
                          error={errors()[`field:${f().code}`]}
                        />
                      )}
                    </Show>
                  </>
                )}
              </For>
            </div>
            <p class="notice notice--info appeal-form__hint">{rules().hint}</p>
            <FilesTotal files={allFiles()} maxTotalBytes={rules().maxTotalBytes} error={errors().files} id={`${id}-files-error`} />
            <Consents texts={props.data.appealConsents} state={consents} errors={errors()} onChange={drop} />
          </>
        )}
      </Show>

      <FormError message={errors().form} />
      <div class="form__buttons">
        <SubmitButton busy={state.fetching} busyLabel="Отправляем…" label="Отправить" />
      </div>
    </form>
  );
}

const PLACEHOLDER: Partial<Record<FormField["kind"], string>> = { DATE: "ДД.ММ.ГГГГ", PASSPORT: "11 11 111111" };

/** One field of a reason's form, by its kind. Dates are typed as the manual shows them (04.10.2021). */
export function FieldInput(props: { id: string; field: FormField; value: string; onInput: (v: string) => void; error?: string }) {
  const f = () => props.field;
  return (
    <Show
      when={f().kind === "TEXTAREA"}
      fallback={
        <Field id={props.id} label={f().label} required={f().required} error={props.error} hint={f().kind === "DATE" ? "Например, 04.10.2021" : undefined}>
          <input
            id={props.id}
            name={f().code}
            value={props.value}
            aria-required={f().required || undefined}
            aria-invalid={!!props.error}
            aria-describedby={describedBy(props.id, props.error, f().kind === "DATE")}
            class="input"
            type="text"
            autocomplete="off"
            inputmode={f().kind === "NUMBER" ? "decimal" : f().kind === "DATE" || f().kind === "PASSPORT" ? "numeric" : undefined}
            placeholder={PLACEHOLDER[f().kind]}
            maxLength={MAX_LENGTH[f().kind]}
            onInput={(e) => props.onInput(e.currentTarget.value)}
          />
        </Field>
      }
    >
      <TextAreaField
        id={props.id}
        name={f().code}
        label={f().label}
        required={f().required}
        rows={4}
        maxLength={MAX_LENGTH.TEXTAREA}
        value={props.value}
        onInput={props.onInput}
        error={props.error}
      />
    </Show>
  );
}
