// «Логин, пароль» (6.6.4, figure 38): a new login, or a new password entered twice after the
// current one; one «Сохранить данные» saves whichever was changed.
import { createEffect, createMemo, createSignal, createUniqueId, on } from "solid-js";
import { createMutation } from "@urql/solid";
import { graphql } from "../../gql";
import { requestErrorText, toFormErrors, type FormErrors } from "../../lib/userErrors";
import { TextField } from "../../components/Field";
import { PASSWORD_FIELDS, usePasswordChange } from "../../components/PasswordChangeFields";
import { FormDone, FormError } from "../../components/Status";
import { PanelHead } from "../../components/PanelHead";
import { SubmitButton } from "../../components/SubmitButton";
import type { TabProps } from "./profileData";

const LoginChange = graphql(`
  mutation ViewerLoginChange($input: ViewerLoginChangeInput!) {
    viewerLoginChange(input: $input) {
      viewer { id login }
      userErrors { field message code }
    }
  }
`);

const FIELDS = ["login", ...PASSWORD_FIELDS] as const;
type Field = (typeof FIELDS)[number];

export function LoginPasswordTab(props: TabProps) {
  const id = createUniqueId();
  const [loginState, changeLogin] = createMutation(LoginChange);
  const passwordChange = usePasswordChange();
  const savedLogin = createMemo(() => props.viewer.login);
  const [login, setLogin] = createSignal(savedLogin());
  const [errors, setErrors] = createSignal<FormErrors<Field>>({});
  const [done, setDone] = createSignal<string[]>([]);
  const busy = () => loginState.fetching || passwordChange.fetching();

  createEffect(on(savedLogin, (v) => setLogin(v), { defer: true }));

  async function submit(event: SubmitEvent) {
    event.preventDefault();
    setDone([]);
    const loginChanged = login().trim() !== savedLogin();
    const passwordTyped = passwordChange.typed();
    if (!loginChanged && !passwordTyped) {
      setErrors({ form: "Укажите новый логин или новый пароль." });
      return;
    }
    const found: FormErrors<Field> = {};
    const saved: string[] = [];
    if (loginChanged) {
      const result = await changeLogin({ input: { login: login().trim() } });
      const payload = result.data?.viewerLoginChange;
      if (!payload) found.form = requestErrorText(result.error);
      else if (payload.userErrors.length) Object.assign(found, toFormErrors(payload.userErrors, FIELDS));
      else saved.push(`Логин изменен: теперь для входа используйте «${payload.viewer?.login ?? login().trim()}».`);
    }
    if (passwordTyped) {
      const e = await passwordChange.send();
      if (Object.keys(e).length) Object.assign(found, e, { form: [found.form, e.form].filter(Boolean).join(" ") || undefined });
      else saved.push("Пароль изменен. На других устройствах потребуется войти заново.");
    }
    setErrors(found);
    setDone(saved);
    const first = FIELDS.find((f) => found[f]);
    if (first) document.getElementById(`${id}-${first}`)?.focus();
  }

  return (
    <div class="panel">
      <PanelHead id={props.titleId} title="Логин, пароль">
        Здесь Вы можете изменить логин и пароль
      </PanelHead>
      <form class="form form--narrow" onSubmit={submit} novalidate>
        <TextField
          id={`${id}-login`}
          name="login"
          label="Ваш логин"
          autocomplete="username"
          value={login()}
          onInput={setLogin}
          hint="От 3 до 64 символов: латинские буквы, цифры и символы @ . _ -"
          error={errors().login}
        />
        <fieldset class="fieldset">
          <legend class="fieldset__legend">Смена пароля</legend>
          <passwordChange.Fields id={id} errors={errors()} />
        </fieldset>
        <FormError message={errors().form} />
        <FormDone message={done().join(" ")} />
        <div class="form__buttons">
          <SubmitButton busy={busy()} busyLabel="Сохраняем…" label="Сохранить данные" />
        </div>
      </form>
    </div>
  );
}
