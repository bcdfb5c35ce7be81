// «Смена пароля» before anything else: a session opened with a password that breaks the rules
// of 3.1 (a previous portal's, for one) may only change it — the server refuses everything else
// with PASSWORD_CHANGE_REQUIRED, whose text says which rule. Once changed, on to «Главная».
import { Match, Show, Switch, createSignal, createUniqueId } from "solid-js";
import { Navigate, useLocation } from "@solidjs/router";
import { createMutation, createQuery } from "@urql/solid";
import { graphql } from "../../gql";
import { sessionStatus, signOut } from "../../lib/auth";
import { usePageTitle } from "../../lib/title";
import { passwordChangeReason, requestErrorText, toFormErrors, type FormErrors } from "../../lib/userErrors";
import { NewPasswordFields, PasswordField } from "../../components/Field";
import { FormError, Spinner } from "../../components/Status";
import { SubmitButton } from "../../components/SubmitButton";

/** Whether this session must change its password: the refusal's text, or a viewer (it need not). */
const PasswordChangeState = graphql(`
  query PasswordChangeState {
    viewer { id }
  }
`);

const ForcedPasswordChange = graphql(`
  mutation ForcedPasswordChange($input: ViewerPasswordChangeInput!) {
    viewerPasswordChange(input: $input) {
      viewer { id }
      userErrors { field message code }
    }
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

const FIELDS = ["currentPassword", "password", "passwordConfirmation"] as const;
type Field = (typeof FIELDS)[number];

function PasswordChangeForm(props: { reason: string }) {
  const id = createUniqueId();
  const [state, change] = createMutation(ForcedPasswordChange);
  const [current, setCurrent] = createSignal("");
  const [password, setPassword] = createSignal("");
  const [confirmation, setConfirmation] = createSignal("");
  const [errors, setErrors] = createSignal<FormErrors<Field>>({});

  async function submit(event: SubmitEvent) {
    event.preventDefault();
    const result = await change({ input: { currentPassword: current(), password: password(), passwordConfirmation: confirmation() } });
    const payload = result.data?.viewerPasswordChange;
    if (payload && !payload.userErrors.length) {
      // A fresh page: nothing refused before the change stays in the client's cache.
      window.location.replace("/");
      return;
    }
    const found: FormErrors<Field> = payload ? toFormErrors(payload.userErrors, FIELDS) : { form: requestErrorText(result.error) };
    setErrors(found);
    const first = FIELDS.find((f) => found[f]);
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
        <PasswordField
          id={`${id}-currentPassword`}
          name="currentPassword"
          label="Текущий пароль"
          autocomplete="current-password"
          value={current()}
          onInput={setCurrent}
          error={errors().currentPassword}
        />
        <NewPasswordFields
          id={id}
          password={password()}
          confirmation={confirmation()}
          onPassword={setPassword}
          onConfirmation={setConfirmation}
          errors={errors()}
        />
        <FormError message={errors().form} />
        <SubmitButton class="button button--primary button--block" busy={state.fetching} busyLabel="Сохраняем…" label="Сменить пароль" />
      </form>
      <div class="auth-card__links">
        <Show when={!state.fetching}>
          <button type="button" class="link-button" onClick={() => void signOut()}>
            Выйти
          </button>
        </Show>
      </div>
    </section>
  );
}
