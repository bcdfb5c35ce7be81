// Blocking a meter's readings: find the account (ЛС) by its number, see its meters, block one
// with a reason the customer will see («Прием показаний по прибору учета заблокирован: …») or
// accept its readings again.
import { For, Match, Show, Switch, createSignal, createUniqueId } from "solid-js";
import { useSearchParams } from "@solidjs/router";
import { createMutation, createQuery } from "@urql/solid";
import { graphql } from "../../gql";
import type { OperatorAccountMetersQuery } from "../../gql/graphql";
import { usePageTitle } from "../../lib/title";
import { requestErrorText } from "../../lib/userErrors";
import { ErrorNotice, FormError, Spinner } from "../../components/Status";
import { Field, TextField } from "../../components/Field";
import { SubmitButton } from "../../components/SubmitButton";

const OperatorAccountMeters = graphql(`
  query OperatorAccountMeters($number: String!) {
    staffAccount(number: $number) {
      id
      number
      ownerFullName
      address
      meters { id number resource statusText operatorBlockReason blockedReason }
    }
  }
`);

const MeterBlock = graphql(`
  mutation OperatorMeterBlock($input: MeterBlockInput!) {
    meterBlock(input: $input) {
      meter { id operatorBlockReason blockedReason }
      userErrors { field message code }
    }
  }
`);

const MeterUnblock = graphql(`
  mutation OperatorMeterUnblock($input: MeterUnblockInput!) {
    meterUnblock(input: $input) {
      meter { id operatorBlockReason blockedReason }
      userErrors { field message code }
    }
  }
`);

type Meter = NonNullable<OperatorAccountMetersQuery["staffAccount"]>["meters"][number];

const ACCOUNT_FORMAT = "Номер лицевого счета — 10 цифр";

export function MetersPage() {
  usePageTitle(() => "Приборы учета — Консоль оператора");
  const id = createUniqueId();
  const [search, setSearch] = useSearchParams<{ account?: string }>();
  const [typed, setTyped] = createSignal(search.account ?? "");
  const [error, setError] = createSignal<string | undefined>();
  const [result, reexecute] = createQuery({
    query: OperatorAccountMeters,
    variables: () => ({ number: search.account ?? "" }),
    pause: () => !search.account,
    requestPolicy: "network-only",
  });

  function find(event: SubmitEvent) {
    event.preventDefault();
    const number = typed().replace(/\s/g, "");
    if (!/^\d{10}$/.test(number)) {
      setError(ACCOUNT_FORMAT);
      document.getElementById(`${id}-account`)?.focus();
      return;
    }
    setError(undefined);
    if (number === search.account) reexecute({ requestPolicy: "network-only" });
    else setSearch({ account: number });
  }

  return (
    <div class="op-meters">
      <h1 class="page-title">Блокировка приема показаний</h1>
      <form class="card op-search" onSubmit={find} novalidate role="search" aria-label="Поиск лицевого счета">
        <TextField
          id={`${id}-account`}
          name="account"
          label="Лицевой счет"
          inputmode="numeric"
          maxLength={12}
          value={typed()}
          onInput={(v) => {
            setTyped(v);
            setError(undefined);
          }}
          error={error()}
          placeholder="10 цифр"
        />
        <button type="submit" class="button button--primary">
          Найти
        </button>
      </form>
      <Show when={search.account}>
        <Switch>
          <Match when={result.error && !result.fetching}>
            <ErrorNotice onRetry={() => reexecute({ requestPolicy: "network-only" })}>{requestErrorText(result.error)}</ErrorNotice>
          </Match>
          <Match when={result.fetching}>
            <Spinner label="Ищем лицевой счет…" />
          </Match>
          <Match when={result.data && !result.data.staffAccount}>
            <p class="notice notice--info">Лицевой счет {search.account} не найден.</p>
          </Match>
          <Match when={result.data?.staffAccount}>
            {(account) => (
              <section class="card op-panel" aria-labelledby={`${id}-acc`}>
                <h2 id={`${id}-acc`} class="panel-head__title">
                  ЛС {account().number} — {account().ownerFullName}
                </h2>
                <p class="muted">{account().address}</p>
                <Show when={account().meters.length > 0} fallback={<p class="muted">На лицевом счете нет приборов учета.</p>}>
                  <ul class="op-meters__list">
                    <For each={account().meters}>{(meter) => <MeterRow meter={meter} />}</For>
                  </ul>
                </Show>
              </section>
            )}
          </Match>
        </Switch>
      </Show>
    </div>
  );
}

function MeterRow(props: { meter: Meter }) {
  const id = createUniqueId();
  const [blocking, block] = createMutation(MeterBlock);
  const [unblocking, unblock] = createMutation(MeterUnblock);
  const [reason, setReason] = createSignal("");
  const [error, setError] = createSignal<string | undefined>();
  const blocked = () => props.meter.operatorBlockReason;

  async function onBlock(event: SubmitEvent) {
    event.preventDefault();
    const text = reason().trim();
    if (!text) {
      setError("Укажите причину блокировки: ее увидит клиент");
      document.getElementById(`${id}-reason`)?.focus();
      return;
    }
    if (text.length > 500) return setError("Причина блокировки — не длиннее 500 символов");
    const r = await block({ input: { meterId: props.meter.id, reason: text } });
    const payload = r.data?.meterBlock;
    if (!payload) return setError(requestErrorText(r.error));
    if (payload.userErrors.length) return setError(payload.userErrors.map((e) => e.message).join(" "));
    setReason("");
    setError(undefined);
  }

  async function onUnblock() {
    const r = await unblock({ input: { meterId: props.meter.id } });
    const payload = r.data?.meterUnblock;
    if (!payload) return setError(requestErrorText(r.error));
    if (payload.userErrors.length) return setError(payload.userErrors.map((e) => e.message).join(" "));
    setError(undefined);
  }

  return (
    <li class="op-meter" data-meter={props.meter.number} classList={{ "op-meter--blocked": !!blocked() }}>
      <div class="op-meter__head">
        <strong id={`${id}-name`}>Счетчик {props.meter.number}</strong>
        <span class="muted">
          {props.meter.resource} · {props.meter.statusText}
        </span>
        <span class={blocked() ? "badge badge--warning" : "badge badge--success"}>{blocked() ? "Прием заблокирован" : "Прием открыт"}</span>
      </div>
      <Show
        when={blocked()}
        fallback={
          <form class="op-meter__form" onSubmit={onBlock} novalidate aria-labelledby={`${id}-name`}>
            <Field id={`${id}-reason`} label="Причина блокировки (ее увидит клиент)" required error={error()}>
              <input
                id={`${id}-reason`}
                class="input"
                name="reason"
                maxLength={500}
                value={reason()}
                onInput={(e) => {
                  setReason(e.currentTarget.value);
                  setError(undefined);
                }}
                aria-required="true"
                aria-invalid={!!error()}
                aria-describedby={error() ? `${id}-reason-error` : undefined}
              />
            </Field>
            <SubmitButton class="button button--danger-ghost" busy={blocking.fetching} busyLabel="Блокируем…" label="Заблокировать прием показаний" />
          </form>
        }
      >
        {(why) => (
          <div class="op-meter__blocked">
            <p>
              Причина: <strong>{why()}</strong>
            </p>
            <Show when={props.meter.blockedReason}>{(shown) => <p class="muted">Клиент видит: {shown()}</p>}</Show>
            <button type="button" class="button button--ghost" onClick={() => void onUnblock()} disabled={unblocking.fetching} aria-describedby={`${id}-name`}>
              {unblocking.fetching ? "Разблокируем…" : "Разблокировать"}
            </button>
            <FormError message={error()} />
          </div>
        )}
      </Show>
    </li>
  );
}
