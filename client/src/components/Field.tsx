// Labelled form controls: the label, the control, then its error message — or, without one,
// its hint. The control is described by whichever of the two is shown.
import { Show, type JSX } from "solid-js";
import { PasswordInput } from "./PasswordInput";

type FieldProps = {
  id: string;
  label: JSX.Element;
  /** Adds the manual's asterisk («Лицевой счет*»). */
  required?: boolean;
  error?: string;
  hint?: JSX.Element;
  /** Shown on the label's line, e.g. a «Подтвержден» badge. */
  aside?: JSX.Element;
};

/** The id of the text that describes a control: its error, else its hint. */
export function describedBy(id: string, error?: string, hint?: unknown): string | undefined {
  if (error) return `${id}-error`;
  return hint ? `${id}-hint` : undefined;
}

export function Field(props: FieldProps & { children: JSX.Element }) {
  return (
    <div class="field">
      <div class="field__head">
        <label class="field__label" for={props.id}>
          {props.label}
          <Show when={props.required}>
            <span class="field__required" aria-hidden="true">
              *
            </span>
          </Show>
        </label>
        {props.aside}
      </div>
      {props.children}
      <FieldMessage id={props.id} error={props.error} hint={props.hint} />
    </div>
  );
}

/** Under a control `id`: its error message, or else its hint, with the ids describedBy names. */
export function FieldMessage(props: { id: string; error?: string; hint?: JSX.Element }) {
  return (
    <Show
      when={props.error}
      fallback={
        <Show when={props.hint}>
          <p id={`${props.id}-hint`} class="field__hint">
            {props.hint}
          </p>
        </Show>
      }
    >
      <p id={`${props.id}-error`} class="field-error">
        {props.error}
      </p>
    </Show>
  );
}

/** A labelled control's value and name (the API's input name). */
type ControlProps = FieldProps & { name: string; value: string; onInput: (value: string) => void };

export function TextField(
  props: ControlProps & {
    type?: "text" | "email" | "tel";
    inputmode?: "text" | "numeric" | "email" | "tel";
    autocomplete?: string;
    placeholder?: string;
    maxLength?: number;
    disabled?: boolean;
  },
) {
  return (
    <Field {...props}>
      <input
        id={props.id}
        class="input"
        name={props.name}
        type={props.type ?? "text"}
        inputmode={props.inputmode}
        autocomplete={props.autocomplete ?? "off"}
        placeholder={props.placeholder}
        maxLength={props.maxLength}
        disabled={props.disabled}
        autocapitalize={props.type === "email" ? "none" : undefined}
        spellcheck={props.type === "email" || props.inputmode === "numeric" ? false : undefined}
        value={props.value}
        onInput={(e) => props.onInput(e.currentTarget.value)}
        aria-required={props.required || undefined}
        aria-invalid={!!props.error}
        aria-describedby={describedBy(props.id, props.error, props.hint)}
      />
    </Field>
  );
}

export function TextAreaField(props: ControlProps & { rows: number; maxLength?: number }) {
  return (
    <Field {...props}>
      <textarea
        id={props.id}
        class="input appeal-form__textarea"
        name={props.name}
        rows={props.rows}
        maxLength={props.maxLength}
        value={props.value}
        onInput={(e) => props.onInput(e.currentTarget.value)}
        aria-required={props.required || undefined}
        aria-invalid={!!props.error}
        aria-describedby={describedBy(props.id, props.error, props.hint)}
      />
    </Field>
  );
}

type ContactFieldProps = {
  id: string;
  value: string;
  onInput: (value: string) => void;
  error?: string;
  placeholder?: string;
  aside?: JSX.Element;
};

/** «E-mail» as registration and «Почта, телефон» ask for it. */
export function EmailField(props: ContactFieldProps) {
  return (
    <TextField
      {...props}
      name="email"
      label="E-mail"
      type="email"
      inputmode="email"
      autocomplete="email"
      hint="Только латинские буквы; адреса в домене «.рф» не поддерживаются"
    />
  );
}

/** «Телефон»: a mobile number, as registration and «Почта, телефон» ask for it. */
export function PhoneField(props: Omit<ContactFieldProps, "placeholder">) {
  return (
    <TextField
      {...props}
      name="phone"
      label="Телефон"
      type="tel"
      inputmode="tel"
      autocomplete="tel"
      placeholder="Ваш номер телефона"
      hint="Мобильный, 11 цифр: +7 (999) 999-99-99"
    />
  );
}

export function PasswordField(props: ControlProps & { autocomplete?: "current-password" | "new-password" }) {
  return (
    <Field {...props}>
      <PasswordInput
        id={props.id}
        name={props.name}
        value={props.value}
        onInput={props.onInput}
        autocomplete={props.autocomplete ?? "new-password"}
        required={props.required}
        invalid={!!props.error}
        describedBy={describedBy(props.id, props.error, props.hint)}
      />
    </Field>
  );
}

/** The manual's password rules (3.1), shown under new-password fields. */
export const PASSWORD_RULES =
  "Не менее 6 символов, обязательно цифры (0-9) и латинские буквы нижнего регистра (a-z). Допускаются латинские буквы верхнего регистра, пробел и символы !@#$%^&*(); русские буквы не допускаются.";

/**
 * A new password with the rules under it, then its repetition: `${id}-password` and
 * `${id}-passwordConfirmation`, named as the API's inputs.
 */
export function NewPasswordFields(props: {
  id: string;
  password: string;
  confirmation: string;
  onPassword: (value: string) => void;
  onConfirmation: (value: string) => void;
  errors: { password?: string; passwordConfirmation?: string };
  /** Registration's own words: «Пароль», «Подтверждение пароля». */
  labels?: readonly [string, string];
  required?: boolean;
}) {
  return (
    <>
      <PasswordField
        id={`${props.id}-password`}
        name="password"
        label={props.labels?.[0] ?? "Новый пароль"}
        required={props.required}
        value={props.password}
        onInput={props.onPassword}
        hint={PASSWORD_RULES}
        error={props.errors.password}
      />
      <PasswordField
        id={`${props.id}-passwordConfirmation`}
        name="passwordConfirmation"
        label={props.labels?.[1] ?? "Повторите пароль"}
        required={props.required}
        value={props.confirmation}
        onInput={props.onConfirmation}
        error={props.errors.passwordConfirmation}
      />
    </>
  );
}
