// What a page shows for a query: its data, else the failure with «Повторить», else the spinner
// while the answer loads.
import { Match, Switch, createEffect, createSignal, type Accessor, type JSX } from "solid-js";
import type { CombinedError } from "@urql/core";
import { requestErrorText } from "../lib/userErrors";
import { ErrorNotice, Spinner } from "./Status";

export function QueryStates<T>(props: {
  /** The query's state as createQuery gives it. */
  result: { data?: unknown; error?: CombinedError; fetching: boolean };
  /** What the children show; keep it set while a newer answer loads (keepLatest) so nothing jumps. */
  value: T | null | undefined | false;
  retry: () => void;
  /** The spinner's text. */
  loading?: string;
  errorText?: (error: CombinedError | undefined) => string;
  /** A failure replaces what an earlier answer left on screen (it was for other filters). */
  errorHidesValue?: boolean;
  /** Said when the answer came without the thing asked for (an id that is not found). */
  notFound?: string;
  children: (value: Accessor<NonNullable<T>>) => JSX.Element;
}) {
  const failed = () => !!props.result.error && !props.result.fetching;
  return (
    <Switch>
      <Match when={failed() && (props.errorHidesValue || !props.value)}>
        <ErrorNotice onRetry={() => props.retry()}>{(props.errorText ?? requestErrorText)(props.result.error)}</ErrorNotice>
      </Match>
      <Match when={props.value}>{(value) => props.children(value)}</Match>
      <Match when={props.notFound && props.result.data && !props.result.fetching}>
        <p class="notice notice--info">{props.notFound}</p>
      </Match>
      <Match when={props.result.fetching}>
        <Spinner label={props.loading} />
      </Match>
    </Switch>
  );
}

/** The last non-empty value of `source`: the previous answer stays while the next one loads. */
export function keepLatest<T>(source: () => T | null | undefined): Accessor<T | null> {
  const [kept, setKept] = createSignal<T | null>(null);
  createEffect(() => {
    const value = source();
    if (value) setKept(() => value);
  });
  return kept;
}
