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
            <span class="field__required" aria-hidden="true">*</span>
          </Show>
        </label>
        {props.aside}
      </div>
      {props.children}
      <Show
        when={props.error}
        fallback={
          <Show when={props.hint}>
            <p id={`${props.id}-hint`} class="field__hint">{props.hint}</p>
          </Show>
        }
      >
        <p id={`${props.id}-error`} class="field-error">{props.error}</p>
      </Show>
    </div>
  );
}

export function TextField(
  props: FieldProps & {
    name: string;
    value: string;
    onInput: (value: string) => void;
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

export function PasswordField(
  props: FieldProps & {
    name: string;
    value: string;
    onInput: (value: string) => void;
    autocomplete?: "current-password" | "new-password";
  },
) {
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
