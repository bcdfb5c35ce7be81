// Recovery of access (manual, section 5, figures 7–8): by login or account number, through a
// link to the confirmed e-mail (/recover?token=…) or an SMS code to the confirmed phone.
import { Match, Show, Switch, createSignal, createUniqueId } from "solid-js";
import { A, useNavigate, useSearchParams } from "@solidjs/router";
import { createMutation } from "@urql/solid";
import { graphql } from "../../gql";
import type { ContactChannel } from "../../gql/graphql";
import { setFlash } from "../../lib/flash";
import { usePageTitle } from "../../lib/title";
import { requestErrorText, toFormErrors, type FormErrors } from "../../lib/userErrors";
import { NewPasswordFields, TextField } from "../../components/Field";
import { FormError } from "../../components/Status";
import { SubmitButton } from "../../components/SubmitButton";

const PasswordResetRequest = graphql(`
  mutation PasswordResetRequest($input: PasswordResetRequestInput!) {
    passwordResetRequest(input: $input) {
      sentTo
      userErrors { field message code }
    }
  }
`);

const PasswordReset = graphql(`
  mutation PasswordReset($input: PasswordResetInput!) {
    passwordReset(input: $input) {
      userErrors { field message code }
    }
  }
`);

const RESET_DONE = "Пароль изменен. Войдите в Личный кабинет с новым паролем.";

export function RecoverPage() {
  usePageTitle(() => "Восстановление пароля");
  const [params] = useSearchParams();
  const token = () => (typeof params.token === "string" ? params.token.trim() : "");
  // After «Отправить SMS с кодом»: whose code and where it went.
  const [sms, setSms] = createSignal<{ login: string; sentTo: string } | null>(null);

  return (
    <section class="card auth-card" aria-labelledby="recover-title">
      <h1 id="recover-title" class="auth-card__title">
        Восстановление пароля
      </h1>
      <Switch fallback={<RequestForm onSmsSent={setSms} />}>
        <Match when={token()}>{(t) => <NewPasswordForm token={t()} />}</Match>
        <Match when={sms()}>{(s) => <NewPasswordForm sms={s()} onBack={() => setSms(null)} />}</Match>
      </Switch>
      <div class="auth-card__links">
        <A href="/login">Войти в Личный кабинет</A>
        <A href="/register">Зарегистрироваться</A>
      </div>
    </section>
  );
}

/** Figure 7: login or account number and the choice of the channel. */
function RequestForm(props: { onSmsSent: (s: { login: string; sentTo: string }) => void }) {
  const id = createUniqueId();
  const [state, request] = createMutation(PasswordResetRequest);
  const [login, setLogin] = createSignal("");
  const [channel, setChannel] = createSignal<ContactChannel>("EMAIL");
  const [errors, setErrors] = createSignal<FormErrors<"login">>({});
  const [emailSentTo, setEmailSentTo] = createSignal<string | null>(null);

  async function submit(event: SubmitEvent) {
    event.preventDefault();
    const chosen: ContactChannel = (event.submitter as HTMLButtonElement | null)?.value === "PHONE" ? "PHONE" : "EMAIL";
    setChannel(chosen);
    setEmailSentTo(null);
    if (!login().trim()) {
      setErrors({ login: "Введите логин или номер лицевого счета" });
      document.getElementById(`${id}-login`)?.focus();
      return;
    }
    setErrors({});
    const result = await request({ input: { login: login().trim(), channel: chosen } });
    const payload = result.data?.passwordResetRequest;
    if (!payload) return setErrors({ form: requestErrorText(result.error) });
    if (payload.userErrors.length) return setErrors(toFormErrors(payload.userErrors, ["login"]));
    const sentTo = payload.sentTo ?? "";
    if (chosen === "PHONE") props.onSmsSent({ login: login().trim(), sentTo });
    else setEmailSentTo(sentTo);
  }

  return (
    <form class="form" onSubmit={submit} novalidate>
      <p class="muted">Укажите логин или номер лицевого счета и выберите, куда отправить данные для восстановления: на подтвержденный e-mail или телефон.</p>
      <TextField id={`${id}-login`} name="login" label="Логин или номер ЛС" autocomplete="username" value={login()} onInput={setLogin} error={errors().login} />
      <FormError message={errors().form} />
      <Show when={emailSentTo()}>
        {(to) => (
          <p class="notice notice--success" role="status">
            <span>
              Ссылка для восстановления пароля отправлена на адрес <span class="nowrap">{to()}</span>. Перейдите по ссылке из письма, чтобы задать новый пароль.
              Ссылка действует 24 часа.
            </span>
          </p>
        )}
      </Show>
      <div class="form__buttons form__buttons--stack">
        <button type="submit" name="channel" value="EMAIL" class="button button--primary" disabled={state.fetching}>
          {state.fetching && channel() === "EMAIL" ? "Отправляем…" : "Отправить ссылку на e-mail"}
        </button>
        <button type="submit" name="channel" value="PHONE" class="button button--ghost" disabled={state.fetching}>
          {state.fetching && channel() === "PHONE" ? "Отправляем…" : "Отправить SMS с кодом"}
        </button>
      </div>
    </form>
  );
}

type ResetField = "code" | "password" | "passwordConfirmation";

/** The new password, by the e-mail link's token or by the SMS code. */
function NewPasswordForm(props: { token?: string; sms?: { login: string; sentTo: string }; onBack?: () => void }) {
  const id = createUniqueId();
  const navigate = useNavigate();
  const [state, reset] = createMutation(PasswordReset);
  const [resending, resend] = createMutation(PasswordResetRequest);
  const [code, setCode] = createSignal("");
  const [password, setPassword] = createSignal("");
  const [confirmation, setConfirmation] = createSignal("");
  const [errors, setErrors] = createSignal<FormErrors<ResetField>>({});
  const [linkInvalid, setLinkInvalid] = createSignal(false);
  const [resent, setResent] = createSignal<string | null>(null);

  async function submit(event: SubmitEvent) {
    event.preventDefault();
    setResent(null);
    if (props.sms && !code().trim()) {
      setErrors({ code: "Введите код из SMS" });
      document.getElementById(`${id}-code`)?.focus();
      return;
    }
    setErrors({});
    const secret = props.sms ? { login: props.sms.login, code: code().trim() } : { token: props.token };
    const result = await reset({ input: { ...secret, password: password(), passwordConfirmation: confirmation() } });
    const payload = result.data?.passwordReset;
    if (!payload) return setErrors({ form: requestErrorText(result.error) });
    if (payload.userErrors.length) {
      const found = toFormErrors(payload.userErrors, ["code", "password", "passwordConfirmation"] as const);
      setLinkInvalid(payload.userErrors.some((e) => e.field?.at(-1) === "token"));
      setErrors(found);
      const first = (["code", "password", "passwordConfirmation"] as const).find((f) => found[f]);
      if (first) document.getElementById(`${id}-${first}`)?.focus();
      return;
    }
    setFlash(RESET_DONE);
    navigate("/login", { replace: true });
  }

  async function resendCode() {
    if (!props.sms) return;
    setErrors({});
    setResent(null);
    const result = await resend({ input: { login: props.sms.login, channel: "PHONE" } });
    const payload = result.data?.passwordResetRequest;
    if (!payload) return setErrors({ form: requestErrorText(result.error) });
    if (payload.userErrors.length) return setErrors(toFormErrors(payload.userErrors, []));
    setResent(payload.sentTo ?? props.sms.sentTo);
  }

  return (
    <form class="form" onSubmit={submit} novalidate>
      <Show when={props.sms} fallback={<p class="muted">Придумайте новый пароль для входа в Личный кабинет.</p>}>
        {(s) => (
          <p class="notice notice--success" role="status">
            <span>
              SMS с кодом отправлено на номер <span class="nowrap">{resent() ?? s().sentTo}</span>. Код действует 10 минут.
            </span>
          </p>
        )}
      </Show>
      <Show when={props.sms}>
        <TextField
          id={`${id}-code`}
          name="code"
          label="Код из SMS"
          inputmode="numeric"
          autocomplete="one-time-code"
          maxLength={6}
          value={code()}
          onInput={setCode}
          error={errors().code}
        />
      </Show>
      <NewPasswordFields
        id={id}
        password={password()}
        confirmation={confirmation()}
        onPassword={setPassword}
        onConfirmation={setConfirmation}
        errors={errors()}
      />
      <Show when={errors().form}>
        <div class="notice notice--error" role="alert">
          <span>{errors().form}</span>
          <Show when={linkInvalid()}>
            <A href="/recover" class="button button--small button--ghost">
              Запросить новую ссылку
            </A>
          </Show>
        </div>
      </Show>
      <SubmitButton class="button button--primary button--block" busy={state.fetching} busyLabel="Сохраняем…" label="Сохранить пароль" />
      <Show when={props.sms}>
        <div class="form__buttons">
          <button type="button" class="link-button" onClick={resendCode} disabled={resending.fetching}>
            Отправить код повторно
          </button>
          <button type="button" class="link-button" onClick={() => props.onBack?.()}>
            Изменить логин или способ
          </button>
        </div>
      </Show>
    </form>
  );
}
