// Sign-in pages of the customers (manual, section 4) and the operators: the page waits while a
// stored session resumes and moves on once signed in; the form takes a login and a password.
import { Match, Switch, createSignal, createUniqueId, type JSX } from "solid-js";
import { Navigate } from "@solidjs/router";
import type { CombinedError } from "@urql/core";
import type { SessionStore } from "../lib/session";
import { requestErrorText, type UserErrorLike } from "../lib/userErrors";
import { FieldMessage, describedBy } from "./Field";
import { PasswordInput } from "./PasswordInput";
import { FormError, Spinner } from "./Status";
import { SubmitButton } from "./SubmitButton";

/**
 * The page's content for a visitor who is not signed in; a signed-in one goes on to `home`.
 * A browser that never signed in here gets the form at once (a first visit does not wait for the
 * refresh round trip); should a session resume after all, the page still moves on.
 */
export function SignedOutOnly(props: { session: Pick<SessionStore, "status" | "mayHaveSession">; home: string; children: JSX.Element }) {
  const resuming = props.session.mayHaveSession();
  return (
    <Switch fallback={props.children}>
      {/* A stored session is being resumed: wait instead of flashing the form. */}
      <Match when={props.session.status() === "starting" && resuming}>
        <Spinner />
      </Match>
      <Match when={props.session.status() === "signedIn"}>
        <Navigate href={props.home} />
      </Match>
    </Switch>
  );
}

type Errors = Partial<Record<"login" | "password" | "form", string>>;

/** What the sign-in mutation answered; with a session the page has stored it and moves on. */
export type SignInAnswer = {
  payload: { session?: unknown; userErrors: readonly UserErrorLike[] } | null | undefined;
  error: CombinedError | undefined;
};

export function SignInForm(props: {
  title: string;
  loginLabel: string;
  loginHint?: string;
  /** The message for an empty login. */
  loginMissing: string;
  busy: boolean;
  signIn: (login: string, password: string) => Promise<SignInAnswer>;
  /** Shown above the form (a notice from the page before). */
  notice?: JSX.Element;
  /** Links under the form. */
  children?: JSX.Element;
}) {
  const id = createUniqueId();
  const [login, setLogin] = createSignal("");
  const [password, setPassword] = createSignal("");
  const [errors, setErrors] = createSignal<Errors>({});

  async function submit(event: SubmitEvent) {
    event.preventDefault();
    const found: Errors = {};
    if (!login().trim()) found.login = props.loginMissing;
    if (!password()) found.password = "Введите пароль";
    setErrors(found);
    if (found.login || found.password) {
      document.getElementById(`${id}-${found.login ? "login" : "password"}`)?.focus();
      return;
    }
    const { payload, error } = await props.signIn(login().trim(), password());
    if (payload?.session) return;
    const next: Errors = {};
    for (const e of payload?.userErrors ?? []) {
      // Wrong credentials concern the pair, so they are shown for the whole form.
      const field = e.field?.at(-1); // paths look like ["input", "password"]
      if (e.code !== "INVALID_CREDENTIALS" && (field === "login" || field === "password")) next[field] ??= e.message;
      else next.form = next.form ? `${next.form} ${e.message}` : e.message;
    }
    if (!payload) next.form = requestErrorText(error);
    setErrors(next);
  }

  return (
    <section class="card auth-card" aria-labelledby={`${id}-title`}>
      <h1 id={`${id}-title`} class="auth-card__title">
        {props.title}
      </h1>
      {props.notice}
      <form class="form" onSubmit={submit} novalidate>
        <div class="field">
          <label class="field__label" for={`${id}-login`}>
            {props.loginLabel}
          </label>
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
            aria-describedby={describedBy(`${id}-login`, errors().login, props.loginHint)}
          />
          <FieldMessage id={`${id}-login`} error={errors().login} hint={props.loginHint} />
        </div>
        <div class="field">
          <label class="field__label" for={`${id}-password`}>
            Пароль
          </label>
          <PasswordInput
            id={`${id}-password`}
            value={password()}
            onInput={setPassword}
            invalid={!!errors().password || !!errors().form}
            describedBy={describedBy(`${id}-password`, errors().password)}
          />
          <FieldMessage id={`${id}-password`} error={errors().password} />
        </div>
        <FormError message={errors().form} />
        <SubmitButton class="button button--primary button--block" busy={props.busy} busyLabel="Вход…" label="Войти" />
      </form>
      {props.children}
    </section>
  );
}
