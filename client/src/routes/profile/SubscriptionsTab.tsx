// «Подписки» (6.6.2, figures 36–37): the e-invoice and other information from the company,
// each a switch that saves at once. Both go to a confirmed e-mail only. Below, Web Push for this
// browser (PushSwitches.tsx).
import { Switch } from "../../components/Switch";
import { For, Show, createEffect, createSignal } from "solid-js";
import { A } from "@solidjs/router";
import { createMutation } from "@urql/solid";
import { graphql } from "../../gql";
import { requestErrorText } from "../../lib/userErrors";
import { PanelHead } from "../../components/PanelHead";
import type { TabProps } from "./profileData";
import { FormError } from "../../components/Status";
import { PushSwitches } from "./PushSwitches";

const SubscriptionsUpdate = graphql(`
  mutation ViewerSubscriptionsUpdate($input: ViewerSubscriptionsUpdateInput!) {
    viewerSubscriptionsUpdate(input: $input) {
      viewer { id subscriptions { eInvoice info } }
      userErrors { field message code }
    }
  }
`);

type Subscriptions = { eInvoice: boolean; info: boolean };

const SWITCHES: { key: keyof Subscriptions; label: string }[] = [
  { key: "eInvoice", label: "Получать квитанцию в электронном виде" },
  { key: "info", label: "Получать другую информацию от Общества" },
];

export function SubscriptionsTab(props: TabProps) {
  const [state, update] = createMutation(SubscriptionsUpdate);
  // What the customer switched to, until the refetched profile agrees (no flicker back).
  const [pending, setPending] = createSignal<Subscriptions | null>(null);
  const [status, setStatus] = createSignal<string | null>(null);
  const [error, setError] = createSignal<string | null>(null);
  const saved = () => props.viewer.subscriptions;
  const shown = () => pending() ?? saved();
  const canSubscribe = () => !!props.viewer.email && props.viewer.emailConfirmed;

  createEffect(() => {
    const p = pending();
    if (p && !state.fetching && p.eInvoice === saved().eInvoice && p.info === saved().info) setPending(null);
  });

  async function toggle(key: keyof Subscriptions, on: boolean) {
    // Only the two flags: the query's object also carries __typename.
    const next: Subscriptions = { eInvoice: shown().eInvoice, info: shown().info, [key]: on };
    setPending(next);
    setStatus(null);
    setError(null);
    const result = await update({ input: next });
    const payload = result.data?.viewerSubscriptionsUpdate;
    const message = !payload ? requestErrorText(result.error) : payload.userErrors.map((e) => e.message).join(" ");
    if (message) {
      setPending(null); // back to what is saved
      setError(message);
      return;
    }
    setStatus("Настройки подписки сохранены");
  }

  return (
    <div class="panel">
      <PanelHead id={props.titleId} title="Подписки">
        Получение квитанции (платежного документа) и другой информации на адрес электронной почты
        <Show when={canSubscribe()}>
          {" "}
          <strong>{props.viewer.email}</strong>
        </Show>
        .
      </PanelHead>
      <Show when={!canSubscribe()}>
        {/* Figure 37 */}
        <div class="notice notice--warning">
          <span>Подписка возможна только для пользователей, указавших и подтвердивших свой адрес электронной почты.</span>
          <A href="/profile/contacts" class="button button--small button--ghost">
            {props.viewer.email ? "Подтвердить e-mail" : "Указать e-mail"}
          </A>
        </div>
      </Show>
      <ul class="switches">
        <For each={SWITCHES}>
          {(s) => (
            <li>
              <Switch
                name={s.key}
                label={s.label}
                checked={shown()[s.key]}
                // Switching off always works; switching on needs a confirmed e-mail.
                disabled={state.fetching || (!canSubscribe() && !shown()[s.key])}
                onChange={(checked) => void toggle(s.key, checked)}
              />
            </li>
          )}
        </For>
      </ul>
      <p class="panel__status" role="status">
        {status()}
      </p>
      <FormError message={error()} />
      <PushSwitches />
    </div>
  );
}
