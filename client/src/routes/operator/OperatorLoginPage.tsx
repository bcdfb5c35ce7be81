// Sign-in to the operators' console with an employee's login and password. The tokens go to the
// staff session store, never the customer's.
import { Match, Show, Switch, createSignal, createUniqueId } from "solid-js";
import { Navigate } from "@solidjs/router";
import { createMutation } from "@urql/solid";
import { graphql } from "../../gql";
import { staffSession } from "../../lib/staffAuth";
import { usePageTitle } from "../../lib/title";
import { NETWORK_ERROR_TEXT, Spinner, UNEXPECTED_ERROR_TEXT } from "../../components/Status";
import { PasswordInput } from "../../components/PasswordInput";
import { BrandMark } from "../../components/Icons";

const StaffSessionCreate = graphql(`
  mutation StaffSessionCreate($input: StaffSessionCreateInput!) {
    staffSessionCreate(input: $input) {
      session { accessToken accessTokenExpiresAt refreshToken refreshTokenExpiresAt }
      staff { id login fullName role }
      userErrors { field message code }
    }
  }
`);

type Errors = Partial<Record<"login" | "password" | "form", string>>;

export function OperatorLoginPage() {
  usePageTitle(() => "Вход в консоль оператора");
  return (
    <div class="public">
      <header class="public__header container">
        <span class="brand">
          <BrandMark class="brand__mark" />
          <span class="brand__text">
            <span class="brand__company">Газпром энергосбыт Тюмень</span>
            <span class="brand__product">Консоль оператора</span>
          </span>
        </span>
      </header>
      <main id="main" class="public__main">
        <Switch fallback={<LoginForm />}>
          <Match when={staffSession.status() === "starting"}>
            <Spinner />
          </Match>
          <Match when={staffSession.status() === "signedIn"}>
            <Navigate href="/operator" />
          </Match>
        </Switch>
      </main>
    </div>
  );
}

function LoginForm() {
  const id = createUniqueId();
  const [state, create] = createMutation(StaffSessionCreate);
  const [login, setLogin] = createSignal("");
  const [password, setPassword] = createSignal("");
  const [errors, setErrors] = createSignal<Errors>({});

  async function submit(event: SubmitEvent) {
    event.preventDefault();
    const found: Errors = {};
    if (!login().trim()) found.login = "Введите логин";
    if (!password()) found.password = "Введите пароль";
    setErrors(found);
    if (found.login || found.password) {
      document.getElementById(`${id}-${found.login ? "login" : "password"}`)?.focus();
      return;
    }
    const result = await create({ input: { login: login().trim(), password: password() } });
    const payload = result.data?.staffSessionCreate;
    if (payload?.session) {
      staffSession.setSession(payload.session); // the page then goes on to the console (Navigate above)
      return;
    }
    const next: Errors = {};
    for (const e of payload?.userErrors ?? []) {
      const field = e.field?.at(-1);
      if (e.code !== "INVALID_CREDENTIALS" && (field === "login" || field === "password")) next[field] ??= e.message;
      else next.form = next.form ? `${next.form} ${e.message}` : e.message;
    }
    if (!payload) next.form = result.error?.networkError ? NETWORK_ERROR_TEXT : UNEXPECTED_ERROR_TEXT;
    setErrors(next);
  }

  return (
    <section class="card auth-card" aria-labelledby={`${id}-title`}>
      <h1 id={`${id}-title`} class="auth-card__title">Вход в консоль оператора</h1>
      <form class="form" onSubmit={submit} novalidate>
        <div class="field">
          <label class="field__label" for={`${id}-login`}>Логин сотрудника</label>
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
            aria-describedby={errors().login ? `${id}-login-error` : undefined}
          />
          <Show when={errors().login}>
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
            describedBy={errors().password ? `${id}-password-error` : undefined}
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
    </section>
  );
}
