// Sign-in (manual, section 4): by login or account number and password.
import { Match, Show, Switch, createSignal, createUniqueId } from "solid-js";
import { A, Navigate } from "@solidjs/router";
import { createMutation } from "@urql/solid";
import { graphql } from "../../gql";
import { sessionStatus, setSession } from "../../lib/auth";
import { takeFlash } from "../../lib/flash";
import { usePageTitle } from "../../lib/title";
import { NETWORK_ERROR_TEXT, Spinner, UNEXPECTED_ERROR_TEXT } from "../../components/Status";
import { PasswordInput } from "../../components/PasswordInput";

const SessionCreate = graphql(`
  mutation SessionCreate($input: SessionCreateInput!) {
    sessionCreate(input: $input) {
      session { accessToken accessTokenExpiresAt refreshToken refreshTokenExpiresAt }
      userErrors { field message code }
    }
  }
`);

type Field = "login" | "password";
type Errors = Partial<Record<Field | "form", string>>;

export function LoginPage() {
  usePageTitle(() => "Вход");
  return (
    <Switch fallback={<LoginForm />}>
      {/* A stored session is being resumed: wait instead of flashing the form. */}
      <Match when={sessionStatus() === "starting"}>
        <Spinner />
      </Match>
      <Match when={sessionStatus() === "signedIn"}>
        <Navigate href="/" />
      </Match>
    </Switch>
  );
}

function LoginForm() {
  const id = createUniqueId();
  const [state, create] = createMutation(SessionCreate);
  const [login, setLogin] = createSignal("");
  const [password, setPassword] = createSignal("");
  const [errors, setErrors] = createSignal<Errors>({});
  // A notice from the page before (a new password, a sign-out everywhere, a deletion).
  const notice = takeFlash();

  function validate(): Errors {
    const found: Errors = {};
    if (!login().trim()) found.login = "Введите логин или номер лицевого счета";
    if (!password()) found.password = "Введите пароль";
    return found;
  }

  async function submit(event: SubmitEvent) {
    event.preventDefault();
    const found = validate();
    setErrors(found);
    if (found.login || found.password) {
      document.getElementById(`${id}-${found.login ? "login" : "password"}`)?.focus();
      return;
    }
    const result = await create({ input: { login: login().trim(), password: password() } });
    const payload = result.data?.sessionCreate;
    if (payload?.session) {
      setSession(payload.session); // the page then redirects to "/" (Navigate above)
      return;
    }
    const next: Errors = {};
    for (const e of payload?.userErrors ?? []) {
      // Wrong credentials concern the pair, so they are shown for the whole form.
      const field = e.field?.at(-1); // paths look like ["input", "password"]
      if (e.code !== "INVALID_CREDENTIALS" && (field === "login" || field === "password")) next[field] ??= e.message;
      else next.form ??= e.message;
    }
    if (!payload) next.form = result.error?.networkError ? NETWORK_ERROR_TEXT : UNEXPECTED_ERROR_TEXT;
    setErrors(next);
  }

  const describedBy = (field: Field) => (errors()[field] ? `${id}-${field}-error` : undefined);

  return (
    <section class="card auth-card" aria-labelledby={`${id}-title`}>
      <h1 id={`${id}-title`} class="auth-card__title">Вход в личный кабинет</h1>
      <Show when={notice}>
        {(n) => (
          <p class={`notice notice--${n().tone} auth-card__notice`} role="status">
            {n().text}
          </p>
        )}
      </Show>
      <form class="form" onSubmit={submit} novalidate>
        <div class="field">
          <label class="field__label" for={`${id}-login`}>Логин</label>
          <input
            id={`${id}-login`}
            class="input"
            name="login"
            autocomplete="username"
            autocapitalize="none"
            spellcheck={false}
            value={login()}
            onInput={(e) => setLogin(e.currentTarget.value)}
            aria-invalid={!!errors().login}
            aria-describedby={describedBy("login") ?? `${id}-login-hint`}
          />
          <Show when={errors().login} fallback={<p id={`${id}-login-hint`} class="field__hint">Логин или номер лицевого счета (10 цифр)</p>}>
            <p id={`${id}-login-error`} class="field-error">{errors().login}</p>
          </Show>
        </div>
        <div class="field">
          <label class="field__label" for={`${id}-password`}>Пароль</label>
          <PasswordInput
            id={`${id}-password`}
            value={password()}
            onInput={setPassword}
            invalid={!!errors().password || !!errors().form}
            describedBy={describedBy("password")}
          />
          <Show when={errors().password}>
            <p id={`${id}-password-error`} class="field-error">{errors().password}</p>
          </Show>
        </div>
        <Show when={errors().form}>
          <p class="notice notice--error" role="alert">{errors().form}</p>
        </Show>
        <button type="submit" class="button button--primary button--block" disabled={state.fetching}>
          {state.fetching ? "Вход…" : "Войти"}
        </button>
      </form>
      <div class="auth-card__links">
        <A href="/register">Зарегистрироваться</A>
        <A href="/recover">Забыли свой пароль?</A>
      </div>
    </section>
  );
}
