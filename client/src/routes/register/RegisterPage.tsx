// Registration (manual, section 2, figures 2–5): account number and owner surname, at least
// one contact, a password by the rules of 3.1 and the consent to personal data processing.
// The new customer is signed in at once; a phone is confirmed by an SMS code (figure 4), an
// e-mail by the link «Подтвердить регистрацию» in the letter (figure 5).
import { Show, createSignal, createUniqueId } from "solid-js";
import { A } from "@solidjs/router";
import { createMutation } from "@urql/solid";
import { graphql } from "../../gql";
import type { UserRegisterMutation } from "../../gql/graphql";
import { customerSession, setSession } from "../../lib/auth";
import { formatPhone } from "../../lib/format";
import { usePageTitle } from "../../lib/title";
import { requestErrorText, toFormErrors, type FormErrors } from "../../lib/userErrors";
import { FormError } from "../../components/Status";
import { EmailField, NewPasswordFields, PhoneField, TextField } from "../../components/Field";
import { SignedOutOnly } from "../../components/SignIn";
import { PhoneConfirmDialog } from "../../components/PhoneConfirmDialog";
import { SubmitButton } from "../../components/SubmitButton";
import { PrivacyPolicyDialog } from "./PrivacyPolicyDialog";

const UserRegister = graphql(`
  mutation UserRegister($input: UserRegisterInput!) {
    userRegister(input: $input) {
      session { accessToken accessTokenExpiresAt }
      viewer { id login email phone }
      emailConfirmationSent
      phoneConfirmationRequired
      userErrors { field message code }
    }
  }
`);

type Registration = NonNullable<UserRegisterMutation["userRegister"]> & {
  viewer: NonNullable<UserRegisterMutation["userRegister"]["viewer"]>;
};

// In the order of the form: the first one with a message gets the focus.
const FIELDS = ["accountNumber", "ownerLastName", "email", "phone", "password", "passwordConfirmation", "consentPersonalData"] as const;
type Field = (typeof FIELDS)[number];

export function RegisterPage() {
  usePageTitle(() => "Регистрация");
  const [done, setDone] = createSignal<Registration | null>(null);
  return (
    <Show
      when={done()}
      fallback={
        <SignedOutOnly session={customerSession} home="/">
          <RegisterForm onRegistered={setDone} />
        </SignedOutOnly>
      }
    >
      {(r) => <Registered registration={r()} />}
    </Show>
  );
}

function RegisterForm(props: { onRegistered: (r: Registration) => void }) {
  const id = createUniqueId();
  const [state, register] = createMutation(UserRegister);
  const [values, setValues] = createSignal<Record<Exclude<Field, "consentPersonalData">, string>>({
    accountNumber: "",
    ownerLastName: "",
    email: "",
    phone: "",
    password: "",
    passwordConfirmation: "",
  });
  const [consent, setConsent] = createSignal(false);
  const [errors, setErrors] = createSignal<FormErrors<Field | "contacts">>({});
  const [policyOpen, setPolicyOpen] = createSignal(false);

  const value = (f: Exclude<Field, "consentPersonalData">) => values()[f];
  const set = (f: Exclude<Field, "consentPersonalData">) => (v: string) => setValues({ ...values(), [f]: v });

  async function submit(event: SubmitEvent) {
    event.preventDefault();
    const v = values();
    const result = await register({
      input: {
        accountNumber: v.accountNumber.trim(),
        ownerLastName: v.ownerLastName.trim(),
        email: v.email.trim() || null,
        phone: v.phone.trim() || null,
        password: v.password,
        passwordConfirmation: v.passwordConfirmation,
        consentPersonalData: consent(),
      },
    });
    const payload = result.data?.userRegister;
    if (payload?.session && payload.viewer) {
      // First the result page, then the session: signed in, this page would otherwise go home.
      props.onRegistered({ ...payload, viewer: payload.viewer });
      setSession(payload.session);
      return;
    }
    if (!payload) {
      setErrors({ form: requestErrorText(result.error) });
      return;
    }
    // «Обязательно необходим один из контактов» concerns the pair, not the e-mail alone.
    const contactRequired = payload.userErrors.find((e) => e.code === "CONTACT_REQUIRED");
    const found: FormErrors<Field | "contacts"> = toFormErrors(
      payload.userErrors.filter((e) => e !== contactRequired),
      FIELDS,
    );
    if (contactRequired) found.contacts = contactRequired.message;
    setErrors(found);
    // Focus the first field with a message, in the order of the form.
    const first = (["accountNumber", "ownerLastName", "contacts", ...FIELDS.slice(2)] as const).find((f) => found[f]);
    if (first) document.getElementById(`${id}-${first === "contacts" ? "email" : first}`)?.focus();
  }

  return (
    <section class="card auth-card auth-card--wide" aria-labelledby={`${id}-title`}>
      <h1 id={`${id}-title`} class="auth-card__title">
        Регистрация
      </h1>
      <form class="form" onSubmit={submit} novalidate>
        <TextField
          id={`${id}-accountNumber`}
          name="accountNumber"
          label="Лицевой счет"
          required
          value={value("accountNumber")}
          onInput={set("accountNumber")}
          inputmode="numeric"
          maxLength={10}
          hint="10 цифр, указан в квитанции"
          error={errors().accountNumber}
        />
        <TextField
          id={`${id}-ownerLastName`}
          name="ownerLastName"
          label="Фамилия собственника"
          required
          value={value("ownerLastName")}
          onInput={set("ownerLastName")}
          autocomplete="family-name"
          error={errors().ownerLastName}
        />
        <fieldset class="fieldset" aria-describedby={errors().contacts ? `${id}-contacts-error` : `${id}-contacts-hint`} aria-invalid={!!errors().contacts}>
          <legend class="fieldset__legend">
            Обязательно укажите один из способов связи.
            <span class="field__required" aria-hidden="true">
              *
            </span>
          </legend>
          <Show
            when={errors().contacts}
            fallback={
              <p id={`${id}-contacts-hint`} class="field__hint">
                E-mail или телефон нужен для восстановления пароля
              </p>
            }
          >
            <p id={`${id}-contacts-error`} class="field-error" role="alert">
              {errors().contacts}
            </p>
          </Show>
          <EmailField id={`${id}-email`} placeholder="test@mail.ru" value={value("email")} onInput={set("email")} error={errors().email} />
          <PhoneField id={`${id}-phone`} value={value("phone")} onInput={set("phone")} error={errors().phone} />
        </fieldset>
        <NewPasswordFields
          id={id}
          labels={["Пароль", "Подтверждение пароля"]}
          required
          password={value("password")}
          confirmation={value("passwordConfirmation")}
          onPassword={set("password")}
          onConfirmation={set("passwordConfirmation")}
          errors={errors()}
        />
        <div class="check">
          <input
            id={`${id}-consentPersonalData`}
            class="check__box"
            type="checkbox"
            name="consentPersonalData"
            checked={consent()}
            onChange={(e) => setConsent(e.currentTarget.checked)}
            aria-required="true"
            aria-invalid={!!errors().consentPersonalData}
            aria-describedby={errors().consentPersonalData ? `${id}-consentPersonalData-error` : undefined}
          />
          <label class="check__label" for={`${id}-consentPersonalData`}>
            Регистрируюсь в личном кабинете, я даю свое согласие на обработку моих персональных данных, в соответствии с Федеральным законом от 27.07.2006 года
            №152-ФЗ «О персональных данных» и соглашаюсь с{" "}
            <button type="button" class="link-button" onClick={() => setPolicyOpen(true)}>
              политикой конфиденциальности
            </button>
          </label>
          <Show when={errors().consentPersonalData}>
            <p id={`${id}-consentPersonalData-error`} class="field-error check__error">
              {errors().consentPersonalData}
            </p>
          </Show>
        </div>
        <FormError message={errors().form} />
        <SubmitButton class="button button--primary button--block" busy={state.fetching} busyLabel="Регистрация…" label="Регистрация" />
        <p class="field__hint">* Поля, обязательные для заполнения.</p>
      </form>
      <div class="auth-card__links">
        <A href="/login">Войти в Личный кабинет</A>
        <A href="/recover">Уже зарегистрированы но забыли свой пароль?</A>
      </div>
      <Show when={policyOpen()}>
        <PrivacyPolicyDialog onClose={() => setPolicyOpen(false)} />
      </Show>
    </section>
  );
}

/** After registration: the customer is signed in; contacts still to confirm are offered. */
function Registered(props: { registration: Registration }) {
  const r = props.registration;
  const [phoneDialog, setPhoneDialog] = createSignal(r.phoneConfirmationRequired);
  const [phoneConfirmed, setPhoneConfirmed] = createSignal(false);

  return (
    <section class="card auth-card auth-card--wide" aria-labelledby="registered-title">
      <h1 id="registered-title" class="auth-card__title">
        Регистрация завершена
      </h1>
      <div class="stack">
        <p class="notice notice--success">
          <span>
            Вы зарегистрированы в Личном кабинете. Ваш логин: <strong>{r.viewer.login}</strong>
          </span>
        </p>
        <Show when={r.emailConfirmationSent && r.viewer.email}>
          <p class="notice notice--info">
            <span>
              На адрес <strong>{r.viewer.email}</strong> отправлено письмо. Чтобы подтвердить адрес электронной почты, перейдите по ссылке «Подтвердить
              регистрацию» из письма.
            </span>
          </p>
        </Show>
        <Show when={r.phoneConfirmationRequired && r.viewer.phone}>
          {(phone) => (
            <Show
              when={phoneConfirmed()}
              fallback={
                <div class="notice notice--info">
                  <span>
                    Номер телефона <strong class="nowrap">{formatPhone(phone())}</strong> не подтвержден.
                  </span>
                  <button type="button" class="button button--small button--ghost" onClick={() => setPhoneDialog(true)}>
                    Подтвердить
                  </button>
                </div>
              }
            >
              <p class="notice notice--success" role="status">
                <span>
                  Номер телефона <strong class="nowrap">{formatPhone(phone())}</strong> подтвержден
                </span>
              </p>
            </Show>
          )}
        </Show>
        <A href="/" class="button button--primary button--block">
          Перейти в Личный кабинет
        </A>
      </div>
      <Show when={phoneDialog() && r.viewer.phone}>
        {(phone) => (
          <PhoneConfirmDialog
            phone={phone()}
            onClose={() => setPhoneDialog(false)}
            onConfirmed={() => {
              setPhoneConfirmed(true);
              setPhoneDialog(false);
            }}
          />
        )}
      </Show>
    </section>
  );
}
