// «Автоплатежи» of «Оплата» (6.4.4): the block for the active account. Back from the bank
// (…/payment?autopayCard=…#autopay) it scrolls itself into view.
import { Match, Switch, createEffect, createUniqueId } from "solid-js";
import { useSearchParams } from "@solidjs/router";
import { createQuery } from "@urql/solid";
import { ErrorNotice, Spinner } from "../../../components/Status";
import { requestErrorText } from "../../../lib/userErrors";
import { RETURN_PARAM } from "../autopay";
import { AutopayBlockQuery } from "../graphql/queries/autopayBlock";
import { AutopayPanel } from "./AutopayPanel";

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? null;

/** «Автоплатежи» on the «Оплата» page: the active account's autopay. */
export function AutopayBlock(props: { accountId: string }) {
  const id = createUniqueId();
  const [params] = useSearchParams();
  const [result, reexecute] = createQuery({ query: AutopayBlockQuery, variables: () => ({ id: props.accountId }), requestPolicy: "cache-and-network" });
  const account = () => {
    const node = result.data?.node;
    return node && node.__typename === "Account" ? node : null;
  };
  let section!: HTMLElement;
  // Back from the bank (…/payment?autopayCard=…#autopay): bring the block into view once it is there.
  let scrolled = false;
  createEffect(() => {
    if (scrolled || !account() || window.location.hash !== "#autopay") return;
    scrolled = true;
    queueMicrotask(() => section.scrollIntoView({ block: "start" }));
  });

  return (
    <section class="card pay-block autopay payment__autopay" id="autopay" ref={section} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} class="pay-block__title">
        Автоплатежи
      </h2>
      <Switch>
        <Match when={account()}>
          {(a) => (
            <AutopayPanel
              accountId={a().id}
              accountNumber={a().number}
              autopay={a().autopay ?? null}
              cards={result.data?.viewer?.cards.nodes ?? []}
              returnTo="PAYMENT"
              returning={one(params[RETURN_PARAM])}
              refresh={() => reexecute({ requestPolicy: "network-only" })}
            />
          )}
        </Match>
        <Match when={result.error && !result.fetching}>
          <ErrorNotice onRetry={() => reexecute({ requestPolicy: "network-only" })}>{requestErrorText(result.error)}</ErrorNotice>
        </Match>
        <Match when={result.data && !account()}>
          <p class="muted">Лицевой счет не найден.</p>
        </Match>
        <Match when={true}>
          <Spinner label="Загружаем настройки автоплатежа…" />
        </Match>
      </Switch>
    </section>
  );
}
