// A sum in rubles typed by the customer («Сумма оплаты», «Сумма к оплате авансом», «Максимальная
// сумма списания»): a text input (so «1 821,84» can be typed as written) with «р.» after it.
// The label, the hint and the messages stay with the form, which names them in `describedBy`.
import type { JSX } from "solid-js";

export function AmountInput(props: {
  id: string;
  name: string;
  value: string;
  onInput: (value: string) => void;
  invalid: boolean;
  /** Ids of the hint or message describing the input. */
  describedBy: string | undefined;
  required?: boolean;
  /** Another class of the box, beside `advance__sum`. */
  class?: string;
  /** data-… attributes the page finds the input by. */
  data?: Record<`data-${string}`, string>;
}): JSX.Element {
  return (
    <span class={props.class ? `advance__sum ${props.class}` : "advance__sum"}>
      <input
        id={props.id}
        class="input advance__input"
        name={props.name}
        {...props.data}
        type="text"
        inputmode="decimal"
        autocomplete="off"
        spellcheck={false}
        maxLength={18}
        value={props.value}
        onInput={(e) => props.onInput(e.currentTarget.value)}
        aria-required={props.required ? "true" : undefined}
        aria-invalid={props.invalid}
        aria-describedby={props.describedBy}
      />
      <span class="advance__currency" aria-hidden="true">
        р.
      </span>
    </span>
  );
}
