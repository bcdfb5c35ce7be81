// «Доступ для приложений»: personal API tokens for the customer's own apps (Home Assistant, a
// script). A token is made with a name, scopes and an expiry up to a year; its secret is shown
// once, here; the list shows every token with its scopes and dates and «Отозвать».
import { For, Show, createSignal, createUniqueId } from "solid-js";
import { createMutation, createQuery } from "@urql/solid";
import { graphql } from "../../gql";
import type { ApiTokenScope } from "../../gql/graphql";
import { formatDate, formatDateTime } from "../../lib/format";
import { requestErrorText, toFormErrors, type FormErrors } from "../../lib/userErrors";
import { Field, TextField } from "../../components/Field";
import { ErrorNotice, FormDone, FormError, Spinner } from "../../components/Status";
import { PanelHead } from "../../components/PanelHead";
import { SubmitButton } from "../../components/SubmitButton";
import type { TabProps } from "./profileData";

const ApiTokens = graphql(`
  query ApiTokens {
    viewer {
      id
      apiTokens { id name prefix scopes createdAt expiresAt lastUsedAt state stateText }
    }
  }
`);

const ApiTokenCreate = graphql(`
  mutation ApiTokenCreate($input: ApiTokenCreateInput!) {
    apiTokenCreate(input: $input) {
      secret
      token { id name }
      userErrors { field message code }
    }
  }
`);

const ApiTokenRevoke = graphql(`
  mutation ApiTokenRevoke($input: ApiTokenRevokeInput!) {
    apiTokenRevoke(input: $input) {
      token { id state stateText }
      userErrors { field message code }
    }
  }
`);

const SCOPES: { value: ApiTokenScope; label: string }[] = [
  { value: "ACCOUNT_READ" as ApiTokenScope, label: "Просмотр лицевого счета: начисления, квитанции, сумма к оплате, история платежей" },
  { value: "READINGS_READ" as ApiTokenScope, label: "Просмотр приборов учета и истории показаний" },
  { value: "READINGS_WRITE" as ApiTokenScope, label: "Передача показаний" },
];
const SCOPE_SHORT: Record<string, string> = { ACCOUNT_READ: "лицевой счет", READINGS_READ: "просмотр показаний", READINGS_WRITE: "передача показаний" };

const EXPIRY: { days: number; label: string }[] = [
  { days: 30, label: "30 дней" },
  { days: 90, label: "90 дней" },
  { days: 180, label: "180 дней" },
  { days: 365, label: "1 год" },
];

const FIELDS = ["name", "scopes", "expiresAt"] as const;
type FieldName = (typeof FIELDS)[number];

export function ApiTokensTab(props: TabProps) {
  const id = createUniqueId();
  const [list, refetch] = createQuery({ query: ApiTokens, requestPolicy: "cache-and-network" });
  const [createState, create] = createMutation(ApiTokenCreate);
  const [revokeState, revoke] = createMutation(ApiTokenRevoke);
  const [name, setName] = createSignal("");
  const [scopes, setScopes] = createSignal<ApiTokenScope[]>([]);
  const [days, setDays] = createSignal(365);
  const [errors, setErrors] = createSignal<FormErrors<FieldName>>({});
  const [secret, setSecret] = createSignal<{ name: string; value: string } | null>(null);
  const [copied, setCopied] = createSignal(false);
  const [notice, setNotice] = createSignal<string | null>(null);
  const [listError, setListError] = createSignal<string | null>(null);
  const reload = () => refetch({ requestPolicy: "network-only" });

  const toggleScope = (scope: ApiTokenScope, on: boolean) => setScopes((s) => (on ? [...s.filter((x) => x !== scope), scope] : s.filter((x) => x !== scope)));

  async function submit(event: SubmitEvent) {
    event.preventDefault();
    setNotice(null);
    setSecret(null);
    setCopied(false);
    const expiresAt = new Date(Date.now() + days() * 86_400_000).toISOString();
    const result = await create({ input: { name: name(), scopes: scopes(), expiresAt } });
    const payload = result.data?.apiTokenCreate;
    if (!payload) return setErrors({ form: requestErrorText(result.error) });
    if (payload.userErrors.length) {
      setErrors(toFormErrors(payload.userErrors, FIELDS));
      const first = FIELDS.find((f) => toFormErrors(payload.userErrors, FIELDS)[f]);
      if (first) document.getElementById(`${id}-${first}`)?.focus();
      return;
    }
    setErrors({});
    setSecret({ name: payload.token?.name ?? name(), value: payload.secret ?? "" });
    setName("");
    setScopes([]);
    reload();
  }

  async function copy() {
    const s = secret();
    if (!s) return;
    try {
      await navigator.clipboard.writeText(s.value);
      setCopied(true);
    } catch {
      (document.getElementById(`${id}-secret`) as HTMLInputElement | null)?.select();
    }
  }

  async function revokeToken(tokenId: string, tokenName: string) {
    setNotice(null);
    setListError(null);
    const result = await revoke({ input: { tokenId } });
    const payload = result.data?.apiTokenRevoke;
    const message = !payload ? requestErrorText(result.error) : payload.userErrors.map((e) => e.message).join(" ");
    if (message) return setListError(message);
    setNotice(`Токен «${tokenName}» отозван: приложения с ним больше не получат доступ.`);
    reload();
  }

  return (
    <div class="panel">
      <PanelHead id={props.titleId} title="Доступ для приложений">
        Токены доступа позволяют Вашим приложениям (например, «умному дому») передавать показания и узнавать сумму к оплате без ввода пароля. Токен действует
        только в пределах выбранных прав; оплачивать, менять профиль и привязывать лицевые счета с ним нельзя. При смене пароля все токены перестают
        действовать.
      </PanelHead>

      <form class="form form--narrow" onSubmit={submit} novalidate aria-label="Новый токен доступа">
        <TextField
          id={`${id}-name`}
          name="name"
          label="Название"
          value={name()}
          onInput={setName}
          maxLength={60}
          placeholder="Например, Home Assistant"
          error={errors().name}
          required
        />
        <fieldset class="fieldset" id={`${id}-scopes`} tabindex="-1" aria-describedby={errors().scopes ? `${id}-scopes-error` : undefined}>
          <legend class="fieldset__legend">Права доступа</legend>
          <For each={SCOPES}>
            {(s) => (
              <div class="check">
                <input
                  id={`${id}-scope-${s.value}`}
                  class="check__box"
                  type="checkbox"
                  name="scopes"
                  value={s.value}
                  checked={scopes().includes(s.value)}
                  onChange={(e) => toggleScope(s.value, e.currentTarget.checked)}
                />
                <label class="check__label" for={`${id}-scope-${s.value}`}>
                  {s.label}
                </label>
              </div>
            )}
          </For>
          <Show when={errors().scopes}>
            <p id={`${id}-scopes-error`} class="field-error">
              {errors().scopes}
            </p>
          </Show>
        </fieldset>
        <Field id={`${id}-expiresAt`} label="Срок действия" error={errors().expiresAt}>
          <select id={`${id}-expiresAt`} class="input" name="expiresAt" value={String(days())} onChange={(e) => setDays(Number(e.currentTarget.value))}>
            <For each={EXPIRY}>{(o) => <option value={String(o.days)}>{o.label}</option>}</For>
          </select>
        </Field>
        <FormError message={errors().form} />
        <div class="form__buttons">
          <SubmitButton busy={createState.fetching} busyLabel="Создаем…" label="Создать токен" />
        </div>
      </form>

      <Show when={secret()}>
        {(s) => (
          <div class="notice notice--warning api-token-secret" role="status">
            <p>
              Токен «{s().name}» создан. Скопируйте его сейчас: больше он показан не будет. Передавайте его в заголовке <code>Authorization: Bearer …</code>
            </p>
            <label class="field__label" for={`${id}-secret`}>
              Токен
            </label>
            <input
              id={`${id}-secret`}
              class="input api-token-secret__value"
              name="secret"
              readonly
              value={s().value}
              onFocus={(e) => e.currentTarget.select()}
            />
            <button type="button" class="button button--small button--ghost" onClick={() => void copy()}>
              {copied() ? "Скопировано" : "Копировать"}
            </button>
          </div>
        )}
      </Show>

      <h3 class="api-tokens__title">Мои токены</h3>
      <FormDone message={notice()} />
      <FormError message={listError()} />
      <Show
        when={list.data?.viewer}
        fallback={
          <Show when={list.error} fallback={<Spinner />}>
            {<ErrorNotice onRetry={reload}>{requestErrorText(list.error)}</ErrorNotice>}
          </Show>
        }
      >
        {(viewer) => (
          <Show when={viewer().apiTokens.length > 0} fallback={<p class="muted">Токенов пока нет.</p>}>
            <div class="api-tokens__scroll">
              <table class="api-tokens">
                <thead>
                  <tr>
                    <th scope="col">Название</th>
                    <th scope="col">Права</th>
                    <th scope="col">Создан</th>
                    <th scope="col">Действует до</th>
                    <th scope="col">Последнее использование</th>
                    <th scope="col">Состояние</th>
                    <th scope="col">
                      <span class="sr-only">Действие</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  <For each={viewer().apiTokens}>
                    {(token) => (
                      <tr data-token={token.prefix}>
                        <td>
                          {token.name}
                          <br />
                          <code class="muted">{token.prefix}…</code>
                        </td>
                        <td>{token.scopes.map((s) => SCOPE_SHORT[s] ?? s).join(", ")}</td>
                        <td>{formatDateTime(token.createdAt)}</td>
                        <td>{formatDate(token.expiresAt)}</td>
                        <td>{token.lastUsedAt ? formatDateTime(token.lastUsedAt) : "—"}</td>
                        <td>{token.stateText}</td>
                        <td>
                          <Show when={token.state === "ACTIVE"}>
                            <button
                              type="button"
                              class="button button--small button--danger-ghost"
                              aria-label={`Отозвать токен ${token.name}`}
                              disabled={revokeState.fetching}
                              onClick={() => void revokeToken(token.id, token.name)}
                            >
                              Отозвать
                            </button>
                          </Show>
                        </td>
                      </tr>
                    )}
                  </For>
                </tbody>
              </table>
            </div>
          </Show>
        )}
      </Show>
    </div>
  );
}
