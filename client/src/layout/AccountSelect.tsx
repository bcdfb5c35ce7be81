// Active account picker (manual 6.6.1: chosen from the dropdown in the header of any section).
import { For, Show, createSignal, createUniqueId } from "solid-js";
import { createMutation } from "@urql/solid";
import { graphql } from "../gql";
import { requestErrorText } from "../lib/userErrors";
import type { ViewerData } from "./viewer";

const ViewerActiveAccountSet = graphql(`
  mutation ViewerActiveAccountSet($input: ViewerActiveAccountSetInput!) {
    viewerActiveAccountSet(input: $input) {
      viewer { id activeAccount { id } }
      userErrors { field message code }
    }
  }
`);

const accountLabel = (a: { number: string; address: string }) => `Лицевой счет: ${a.number} - ${a.address}`;

export function AccountSelect(props: { viewer: ViewerData }) {
  const id = createUniqueId();
  const [state, setActive] = createMutation(ViewerActiveAccountSet);
  const [error, setError] = createSignal<string | null>(null);
  const activeId = () => props.viewer.activeAccount?.id;

  async function change(accountId: string) {
    setError(null);
    // The payload carries Viewer, so urql's cache refetches the header query itself.
    const result = await setActive({ input: { accountId } });
    const userError = result.data?.viewerActiveAccountSet.userErrors[0];
    if (userError) setError(userError.message);
    else if (result.error) setError(requestErrorText(result.error));
  }

  return (
    <div class="account-select">
      <Show
        when={props.viewer.accounts.length > 1}
        fallback={
          <Show when={props.viewer.activeAccount ?? props.viewer.accounts[0]}>
            {(a) => (
              <p class="account-select__single" title={accountLabel(a())}>
                {accountLabel(a())}
              </p>
            )}
          </Show>
        }
      >
        <label class="sr-only" for={id}>
          Активный лицевой счет
        </label>
        <select
          id={id}
          class="account-select__control"
          disabled={state.fetching}
          onChange={(e) => void change(e.currentTarget.value)}
          aria-describedby={error() ? `${id}-error` : undefined}
        >
          <Show when={!activeId()}>
            <option value="" selected disabled>
              Выберите лицевой счет
            </option>
          </Show>
          <For each={props.viewer.accounts}>
            {(a) => (
              <option value={a.id} selected={a.id === activeId()}>
                {accountLabel(a)}
              </option>
            )}
          </For>
        </select>
      </Show>
      <Show when={error()}>
        <p id={`${id}-error`} class="field-error" role="alert">
          {error()}
        </p>
      </Show>
    </div>
  );
}
