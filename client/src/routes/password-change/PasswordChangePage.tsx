// «Смена пароля» before anything else: a session opened with a password that breaks the rules
// of 3.1 (a previous portal's, for one) may only change it — the server refuses everything else
// with PASSWORD_CHANGE_REQUIRED, whose text says which rule. Once changed, on to «Главная».
import { Match, Show, Switch, createSignal, createUniqueId } from "solid-js";
import { Navigate, useLocation } from "@solidjs/router";
import { createQuery } from "@urql/solid";
import { graphql } from "../../gql";
import { sessionStatus, signOut } from "../../lib/auth";
import { usePageTitle } from "../../lib/title";
import { passwordChangeReason, requestErrorText, type FormErrors } from "../../lib/userErrors";
import { PASSWORD_FIELDS, usePasswordChange } from "../../components/PasswordChangeFields";
import { FormError, Spinner } from "../../components/Status";
import { SubmitButton } from "../../components/SubmitButton";

/** Whether this session must change its password: the refusal's text, or a viewer (it need not). */
const PasswordChangeState = graphql(`
  query PasswordChangeState {
    viewer { id }
  }
`);

export function PasswordChangePage() {
  usePageTitle(() => "Смена пароля");
  return (
    <Switch fallback={<Spinner />}>
      <Match when={sessionStatus() === "signedOut"}>
        <Navigate href="/login" />
      </Match>
      <Match when={sessionStatus() === "signedIn"}>
        <PasswordChangeCard />
      </Match>
    </Switch>
  );
}

function PasswordChangeCard() {
  const location = useLocation<{ reason?: string }>();
  const [state] = createQuery({ query: PasswordChangeState, requestPolicy: "network-only", pause: () => !!location.state?.reason });
  const reason = () => location.state?.reason ?? passwordChangeReason(state.error);
  return (
    <Switch fallback={<Spinner />}>
      {/* Nothing to change: the session is a full one. */}
      <Match when={state.data?.viewer}>
        <Navigate href="/" />
      </Match>
      <Match when={reason()}>{(text) => <PasswordChangeForm reason={text()} />}</Match>
      <Match when={state.error && !state.fetching}>
        <section class="card auth-card">
          <FormError message={requestErrorText(state.error)} />
        </section>
      </Match>
    </Switch>
  );
}

function PasswordChangeForm(props: { reason: string }) {
  const id = createUniqueId();
  const change = usePasswordChange();
  const [errors, setErrors] = createSignal<FormErrors<(typeof PASSWORD_FIELDS)[number]>>({});

  async function submit(event: SubmitEvent) {
    event.preventDefault();
    const found = await change.send();
    if (!Object.keys(found).length) {
      // A fresh page: nothing refused before the change stays in the client's cache.
      window.location.replace("/");
      return;
    }
    setErrors(found);
    const first = PASSWORD_FIELDS.find((f) => found[f]);
    if (first) document.getElementById(`${id}-${first}`)?.focus();
  }

  return (
    <section class="card auth-card" aria-labelledby={`${id}-title`}>
      <h1 id={`${id}-title`} class="auth-card__title">
        Смена пароля
      </h1>
      <p class="notice notice--info auth-card__notice" role="status">
        {props.reason}
      </p>
      <form class="form" onSubmit={submit} novalidate>
        <change.Fields id={id} errors={errors()} />
        <FormError message={errors().form} />
        <SubmitButton class="button button--primary button--block" busy={change.fetching()} busyLabel="Сохраняем…" label="Сменить пароль" />
      </form>
      <div class="auth-card__links">
        <Show when={!change.fetching()}>
          <button type="button" class="link-button" onClick={() => void signOut()}>
            Выйти
          </button>
        </Show>
      </div>
    </section>
  );
}
