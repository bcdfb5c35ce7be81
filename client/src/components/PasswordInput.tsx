import { createSignal } from "solid-js";
import { EyeIcon } from "./Icons";

/** Password field with a show/hide toggle. */
export function PasswordInput(props: {
  id: string;
  /** Form field name; "password" unless the form has several password fields. */
  name?: string;
  value: string;
  onInput: (value: string) => void;
  invalid?: boolean;
  describedBy?: string;
  required?: boolean;
  autocomplete?: "current-password" | "new-password";
}) {
  const [visible, setVisible] = createSignal(false);
  return (
    <div class="password">
      <input
        id={props.id}
        class="input password__input"
        name={props.name ?? "password"}
        type={visible() ? "text" : "password"}
        autocomplete={props.autocomplete ?? "current-password"}
        value={props.value}
        onInput={(e) => props.onInput(e.currentTarget.value)}
        aria-invalid={props.invalid}
        aria-describedby={props.describedBy}
        aria-required={props.required || undefined}
      />
      <button
        type="button"
        class="password__toggle"
        aria-label={visible() ? "Скрыть пароль" : "Показать пароль"}
        aria-pressed={visible()}
        onClick={() => setVisible(!visible())}
      >
        <EyeIcon crossed={visible()} />
      </button>
    </div>
  );
}
