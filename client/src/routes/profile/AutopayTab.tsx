// «Автоплатежи» (6.6.3, 6.4.4): the autopay of every linked account, each with its status,
// settings and card, «Подключить» / «Изменить» / «Отключить» — the same panel as on «Оплата».
// The bank sends a customer who bound a new card here back to /profile/autopay?autopayCard=….
import { For, Match, Switch } from "solid-js";
import { A, useSearchParams } from "@solidjs/router";
import { createQuery } from "@urql/solid";
import { graphql } from "../../gql";
import { ErrorNotice, Spinner } from "../../components/Status";
import { requestErrorText } from "../../lib/userErrors";
import { RETURN_PARAM } from "../payment/autopay";
import { AutopayPanel } from "../payment/components/AutopayPanel";
import { PanelHead } from "../../components/PanelHead";
import type { TabProps } from "./profileData";

const AutopayTabQuery = graphql(`
  query AutopayTab {
    viewer {
      id
      emailConfirmed
      cards(first: 100) { nodes { id maskedPan brand expiry expired } }
      accounts { id number address autopay { ...AutopayFields } }
    }
  }
`);

export function AutopayTab(props: TabProps) {
  const [params] = useSearchParams();
  const [result, reexecute] = createQuery({ query: AutopayTabQuery, requestPolicy: "cache-and-network" });
  const refresh = () => reexecute({ requestPolicy: "network-only" });
  const returning = () => {
    const v = params[RETURN_PARAM];
    return (Array.isArray(v) ? v[0] : v) ?? null;
  };

  return (
    <div class="panel">
      <PanelHead id={props.titleId} title="Автоплатежи">
        Управление автоплатежами по всем привязанным лицевым счетам и банковскими картами для списания.
      </PanelHead>
      <Switch>
        <Match when={result.data?.viewer}>
          {(viewer) => (
            <>
              <Switch>
                <Match when={!viewer().emailConfirmed}>
                  <p class="notice notice--info">
                    <span>
                      Результат каждого автоплатежа приходит письмом на подтвержденный e-mail. Укажите и подтвердите его во вкладке{" "}
                      <A href="/profile/contacts">«Почта, телефон»</A>.
                    </span>
                  </p>
                </Match>
              </Switch>
              <Switch>
                <Match when={viewer().accounts.length === 0}>
                  <p class="muted">
                    К учетной записи не привязан лицевой счет. Привяжите его во вкладке <A href="/profile">«Мои лицевые счета»</A>.
                  </p>
                </Match>
                <Match when={true}>
                  <ul class="autopay-list">
                    <For each={viewer().accounts}>
                      {(account) => (
                        <li class="autopay-list__item" aria-labelledby={`autopay-account-${account.id}`}>
                          <h3 id={`autopay-account-${account.id}`} class="autopay-list__title">
                            ЛС {account.number}
                          </h3>
                          <p class="autopay-list__address">{account.address}</p>
                          <AutopayPanel
                            accountId={account.id}
                            accountNumber={account.number}
                            autopay={account.autopay ?? null}
                            cards={viewer().cards.nodes}
                            returnTo="PROFILE"
                            returning={returning()}
                            refresh={refresh}
                          />
                        </li>
                      )}
                    </For>
                  </ul>
                </Match>
              </Switch>
            </>
          )}
        </Match>
        <Match when={result.error && !result.fetching}>
          <ErrorNotice onRetry={refresh}>{requestErrorText(result.error)}</ErrorNotice>
        </Match>
        <Match when={true}>
          <Spinner label="Загружаем автоплатежи…" />
        </Match>
      </Switch>
    </div>
  );
}
