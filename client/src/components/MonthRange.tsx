// «За период с … по …»: the month-range picker of the readings history and the charges, with
// the range rule the API applies (not reversed, at most 36 months counting both ends).
import { For } from "solid-js";
import { addMonths, formatPeriod, monthsBetween } from "../lib/format";

/** How far back the pickers go, and the longest range the API answers (months). */
const PICKER_MONTHS = 60;
const MAX_RANGE_MONTHS = 36;

export const RANGE_MSG = {
  order: "Начало периода должно быть не позже его окончания",
  span: `Период не может быть длиннее ${MAX_RANGE_MONTHS} месяцев`,
} as const;

/** The message for a range the API would refuse, or null. */
export function monthRangeError(from: string, to: string): string | null {
  const span = monthsBetween(from, to);
  if (span < 0) return RANGE_MSG.order;
  if (span >= MAX_RANGE_MONTHS) return RANGE_MSG.span;
  return null;
}

/**
 * Both pickers in a labelled group. `errorId` names the element showing `error`, which the
 * page places where it fits.
 */
export type MonthRangeProps = {
  id: string;
  /** This month: the pickers go back from it. */
  current: string;
  from: string;
  to: string;
  onFrom: (period: string) => void;
  onTo: (period: string) => void;
  error: string | null;
  errorId: string;
};

export function MonthRange(props: MonthRangeProps) {
  const months = () => Array.from({ length: PICKER_MONTHS }, (_, i) => addMonths(props.current, -i));
  const select = (name: string, label: string, value: () => string, onChange: (p: string) => void) => (
    <select
      class="select"
      name={name}
      aria-label={label}
      onChange={(e) => onChange(e.currentTarget.value)}
      aria-invalid={!!props.error}
      aria-describedby={props.error ? props.errorId : undefined}
    >
      <For each={months()}>
        {(m) => (
          <option value={m} selected={m === value()}>
            {formatPeriod(m)}
          </option>
        )}
      </For>
    </select>
  );
  return (
    <div class="history-filter__range" role="group" aria-labelledby={`${props.id}-range`}>
      <span id={`${props.id}-range`} class="history-filter__label">
        За период
      </span>
      {/* biome-ignore lint/a11y/noLabelWithoutControl: the <select> inside comes from select() */}
      <label class="history-filter__bound">
        <span>с</span>
        {select("from", "За период с", () => props.from, props.onFrom)}
      </label>
      {/* biome-ignore lint/a11y/noLabelWithoutControl: the <select> inside comes from select() */}
      <label class="history-filter__bound">
        <span>по</span>
        {select("to", "по", () => props.to, props.onTo)}
      </label>
    </div>
  );
}
