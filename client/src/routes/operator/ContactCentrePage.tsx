// «Контакт-центр» (7.2): find a user by account number, login, e-mail or phone (masked), open the
// card with a reason (audited), then sign the user out everywhere, send a contact's confirmation
// again, or reset the credentials so the owner can register again.
import { For, Match, Show, Switch, createSignal, createUniqueId } from "solid-js";
import { createMutation, createQuery } from "@urql/solid";
import { graphql } from "../../gql";
import type { ContactCentreCardFieldsFragment, ContactCentreSearchQuery } from "../../gql/graphql";
import { usePageTitle } from "../../lib/title";
import { requestErrorText } from "../../lib/userErrors";
import { formatDateTime, formatPhone } from "../../lib/format";
import { ErrorNotice, FormError, Spinner } from "../../components/Status";
import { TextField } from "../../components/Field";

const ContactCentreSearch = graphql(`
  query ContactCentreSearch($query: String!) {
    contactCentreUserSearch(query: $query) { userId login email phone accountNumbers deletionRequested }
  }
`);

const CardFields = graphql(`
  fragment ContactCentreCardFields on ContactCentreUserCard {
    userId login email emailConfirmedAt phone phoneConfirmedAt registeredAt deletionRequestedAt
    accounts { number address linkedAt }
    sessions { startedAt lastUsedAt clientAddress userAgent endedAt endReason }
  }
`);
void CardFields;

const UserOpen = graphql(`
  mutation ContactCentreUserOpen($input: ContactCentreUserOpenInput!) {
    contactCentreUserOpen(input: $input) { user { ...ContactCentreCardFields } userErrors { field message code } }
  }
`);
const UserSignOut = graphql(`
  mutation ContactCentreUserSignOut($input: ContactCentreUserSignOutInput!) {
    contactCentreUserSignOut(input: $input) { sessionsEnded userErrors { field message code } }
  }
`);
const UserReset = graphql(`
  mutation ContactCentreUserReset($input: ContactCentreUserResetInput!) {
    contactCentreUserReset(input: $input) { login accountNumbers userErrors { field message code } }
  }
`);
const ConfirmationResend = graphql(`
  mutation ContactCentreConfirmationResend($input: ContactCentreConfirmationResendInput!) {
    contactCentreConfirmationResend(input: $input) { sent userErrors { field message code } }
  }
`);

type UserMatch = ContactCentreSearchQuery["contactCentreUserSearch"][number];
type Payload = { userErrors: { message: string }[] } | null | undefined;
/** The payload's error text, or the request's; undefined when it went through. */
const failure = (payload: Payload, error: Parameters<typeof requestErrorText>[0]) =>
  !payload ? requestErrorText(error) : payload.userErrors.length ? payload.userErrors.map((e) => e.message).join(" ") : undefined;

export function ContactCentrePage() {
  usePageTitle(() => "Контакт-центр — Консоль оператора");
  const id = createUniqueId();
  const [typed, setTyped] = createSignal("");
  const [query, setQuery] = createSignal("");
  const [reason, setReason] = createSignal("");
  const [card, setCard] = createSignal<ContactCentreCardFieldsFragment | null>(null);
  const [done, setDone] = createSignal<string | undefined>();
  const [result, reexecute] = createQuery({
    query: ContactCentreSearch,
    variables: () => ({ query: query() }),
    pause: () => !query(),
    requestPolicy: "network-only",
  });

  function find(event: SubmitEvent) {
    event.preventDefault();
    setCard(null);
    setDone(undefined);
    if (typed().trim() === query()) reexecute({ requestPolicy: "network-only" });
    else setQuery(typed().trim());
  }

  return (
    <div class="op-contact">
      <h1 class="page-title">Контакт-центр</h1>
      <form class="card op-search" onSubmit={find} novalidate role="search" aria-label="Поиск пользователя">
        <TextField id={`${id}-query`} name="query" label="Лицевой счет, логин, e-mail или телефон" value={typed()} onInput={setTyped} maxLength={100} />
        <TextField
          id={`${id}-reason`}
          name="reason"
          label="Основание (записывается в журнал)"
          value={reason()}
          onInput={setReason}
          maxLength={500}
          placeholder="Например: звонок клиента, обращение №…"
        />
        <button type="submit" class="button button--primary">
          Найти
        </button>
      </form>
      <Show when={done()}>
        {(text) => (
          <p class="notice notice--success" role="status">
            {text()}
          </p>
        )}
      </Show>
      <Show
        when={card()}
        fallback={
          <Show when={query()}>
            <Switch>
              <Match when={result.error && !result.fetching}>
                <ErrorNotice onRetry={() => reexecute({ requestPolicy: "network-only" })}>{requestErrorText(result.error)}</ErrorNotice>
              </Match>
              <Match when={result.fetching}>
                <Spinner label="Ищем пользователя…" />
              </Match>
              <Match when={result.data && result.data.contactCentreUserSearch.length === 0}>
                <p class="notice notice--info">Пользователь не найден.</p>
              </Match>
              <Match when={result.data}>
                {(data) => (
                  <ul class="op-contact__matches">
                    <For each={data().contactCentreUserSearch}>{(m) => <MatchRow match={m} reason={reason()} onOpened={setCard} />}</For>
                  </ul>
                )}
              </Match>
            </Switch>
          </Show>
        }
      >
        {(opened) => (
          <UserCardView
            card={opened()}
            reason={reason()}
            onReset={(text) => {
              setCard(null);
              setQuery("");
              setDone(text);
            }}
            onChanged={(next) => setCard(next)}
          />
        )}
      </Show>
    </div>
  );
}

function MatchRow(props: { match: UserMatch; reason: string; onOpened: (card: ContactCentreCardFieldsFragment) => void }) {
  const [opening, open] = createMutation(UserOpen);
  const [error, setError] = createSignal<string | undefined>();
  async function onOpen() {
    const r = await open({ input: { userId: props.match.userId, reason: props.reason } });
    const payload = r.data?.contactCentreUserOpen;
    const failed = failure(payload, r.error);
    if (failed || !payload?.user) return setError(failed);
    props.onOpened(payload.user);
  }
  return (
    <li class="card op-contact__match" data-user={props.match.userId}>
      <p>
        <strong>{props.match.login}</strong>
        <span class="muted"> · {[props.match.email, props.match.phone].filter(Boolean).join(", ") || "контакт не указан"}</span>
      </p>
      <p class="muted">
        ЛС: {props.match.accountNumbers.join(", ") || "нет"}
        {props.match.deletionRequested ? " · удаление запрошено" : ""}
      </p>
      <button type="button" class="button button--ghost" disabled={opening.fetching} onClick={() => void onOpen()}>
        {opening.fetching ? "Открываем…" : "Открыть карточку"}
      </button>
      <FormError message={error()} />
    </li>
  );
}

function UserCardView(props: {
  card: ContactCentreCardFieldsFragment;
  reason: string;
  onReset: (text: string) => void;
  onChanged: (card: ContactCentreCardFieldsFragment) => void;
}) {
  const id = createUniqueId();
  const [signingOut, signOut] = createMutation(UserSignOut);
  const [resetting, reset] = createMutation(UserReset);
  const [, resend] = createMutation(ConfirmationResend);
  const [, reopen] = createMutation(UserOpen);
  const [confirmReset, setConfirmReset] = createSignal(false);
  const [error, setError] = createSignal<string | undefined>();
  const [status, setStatus] = createSignal<string | undefined>();
  const c = () => props.card;
  const input = () => ({ userId: c().userId, reason: props.reason });

  async function onSignOut() {
    const r = await signOut({ input: input() });
    const payload = r.data?.contactCentreUserSignOut;
    const failed = failure(payload, r.error);
    if (failed) return setError(failed);
    setError(undefined);
    setStatus(`Сеансов завершено: ${payload?.sessionsEnded ?? 0}`);
    const again = await reopen({ input: input() });
    if (again.data?.contactCentreUserOpen?.user) props.onChanged(again.data.contactCentreUserOpen.user);
  }
  async function onResend(channel: "EMAIL" | "PHONE") {
    const r = await resend({ input: { ...input(), channel } });
    const failed = failure(r.data?.contactCentreConfirmationResend, r.error);
    if (failed) return setError(failed);
    setError(undefined);
    setStatus(channel === "EMAIL" ? "Ссылка для подтверждения e-mail отправлена" : "Код подтверждения отправлен по SMS");
  }
  async function onReset() {
    const r = await reset({ input: input() });
    const payload = r.data?.contactCentreUserReset;
    const failed = failure(payload, r.error);
    if (failed) return setError(failed);
    props.onReset(`Учетные данные пользователя сброшены. Владелец ЛС ${payload?.accountNumbers?.join(", ")} может зарегистрироваться снова.`);
  }

  return (
    <section class="card op-panel op-contact__card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} class="panel-head__title">
        Пользователь {c().login}
      </h2>
      <dl class="op-contact__facts">
        <dt>E-mail</dt>
        <dd>
          {c().email ?? "не указан"}
          {c().email ? (c().emailConfirmedAt ? " · подтвержден" : " · не подтвержден") : ""}
        </dd>
        <dt>Телефон</dt>
        <dd>
          {c().phone ? formatPhone(c().phone!) : "не указан"}
          {c().phone ? (c().phoneConfirmedAt ? " · подтвержден" : " · не подтвержден") : ""}
        </dd>
        <dt>Зарегистрирован</dt>
        <dd>{formatDateTime(c().registeredAt)}</dd>
        <Show when={c().deletionRequestedAt}>
          {(at) => (
            <>
              <dt>Удаление запрошено</dt>
              <dd>{formatDateTime(at())}</dd>
            </>
          )}
        </Show>
      </dl>
      <h3>Лицевые счета</h3>
      <ul>
        <For each={c().accounts}>
          {(a) => (
            <li>
              ЛС {a.number} — {a.address}
            </li>
          )}
        </For>
      </ul>
      <h3>Последние входы</h3>
      <table class="table op-contact__sessions">
        <thead>
          <tr>
            <th>Вход</th>
            <th>Последняя активность</th>
            <th>Адрес</th>
            <th>Состояние</th>
          </tr>
        </thead>
        <tbody>
          <For
            each={c().sessions}
            fallback={
              <tr>
                <td colSpan={4}>Входов не было</td>
              </tr>
            }
          >
            {(s) => (
              <tr>
                <td>{formatDateTime(s.startedAt)}</td>
                <td>{formatDateTime(s.lastUsedAt)}</td>
                <td>{s.clientAddress ?? "—"}</td>
                <td>{s.endedAt ? `завершен ${formatDateTime(s.endedAt)}` : "активен"}</td>
              </tr>
            )}
          </For>
        </tbody>
      </table>
      <div class="op-contact__actions">
        <button type="button" class="button button--ghost" disabled={signingOut.fetching} onClick={() => void onSignOut()}>
          Завершить все сеансы
        </button>
        <Show when={c().email && !c().emailConfirmedAt}>
          <button type="button" class="button button--ghost" onClick={() => void onResend("EMAIL")}>
            Отправить подтверждение e-mail
          </button>
        </Show>
        <Show when={c().phone && !c().phoneConfirmedAt}>
          <button type="button" class="button button--ghost" onClick={() => void onResend("PHONE")}>
            Отправить код на телефон
          </button>
        </Show>
        <Show
          when={confirmReset()}
          fallback={
            <button type="button" class="button button--danger-ghost" onClick={() => setConfirmReset(true)}>
              Сбросить учетные данные
            </button>
          }
        >
          <p class="notice notice--warning">Учетная запись будет удалена сразу; владелец сможет зарегистрироваться снова.</p>
          <button type="button" class="button button--danger" disabled={resetting.fetching} onClick={() => void onReset()}>
            {resetting.fetching ? "Сбрасываем…" : "Подтвердить сброс"}
          </button>
          <button type="button" class="button button--ghost" onClick={() => setConfirmReset(false)}>
            Отмена
          </button>
        </Show>
      </div>
      <Show when={status()}>
        {(text) => (
          <p class="notice notice--success" role="status">
            {text()}
          </p>
        )}
      </Show>
      <FormError message={error()} />
    </section>
  );
}
