// /payment/result?payment=<id>: where the bank sends the customer back. The bank's word comes by
// its webhook, possibly a moment later: the page follows the payment live (paymentStatusChanged)
// and, should the live channel drop, asks again every few seconds while the bank is deciding.
import { Match, Show, Switch, createEffect, createSignal, onCleanup } from "solid-js";
import { A, useSearchParams } from "@solidjs/router";
import { createQuery, createSubscription, useClient } from "@urql/solid";
import { graphql } from "../../gql";
import { AlertCircleIcon, CheckCircleIcon } from "../../components/Icons";
import { ErrorNotice, Spinner } from "../../components/Status";
import { formatDateTime, formatRub } from "../../lib/format";
import { usePageTitle } from "../../lib/title";
import { requestErrorText } from "../../lib/userErrors";
import { AppViewer } from "../../layout/viewer";
import { cardNumber } from "./CardChoice";
import { RESULT_PARAM } from "./paths";
import { ReceiptDialog } from "./ReceiptDialog";

const PaymentResult = graphql(`
  query PaymentResult($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on Payment {
        status
        statusText
        amount
        purpose
        failureReason
        paidAt
        account { id number }
        card { id maskedPan }
        receipt { ...ReceiptFields }
      }
    }
  }
`);

const PaymentStatusChanged = graphql(`
  subscription PaymentStatusChanged($id: ID) {
    paymentStatusChanged(paymentId: $id) { id status statusText failureReason paidAt }
  }
`);

const POLL_MS = 4000;
const open = (status: string) => status === "CREATED" || status === "PENDING";

export function PaymentResultPage() {
  usePageTitle(() => "Результат оплаты");
  const [params] = useSearchParams();
  const id = () => {
    const v = params[RESULT_PARAM];
    return (Array.isArray(v) ? v[0] : v) ?? "";
  };
  const client = useClient();
  const [result, reexecute] = createQuery({ query: PaymentResult, variables: () => ({ id: id() }), pause: () => !id(), requestPolicy: "network-only" });
  const [live] = createSubscription({ query: PaymentStatusChanged, variables: () => ({ id: id() }), pause: () => !id() });
  const [showReceipt, setShowReceipt] = createSignal(false);

  const payment = () => {
    const node = result.data?.node;
    return node && node.__typename === "Payment" ? node : null;
  };
  // The live status wins over a fetched one that is older.
  const status = () => {
    const l = live.data?.paymentStatusChanged;
    const p = payment();
    if (l && p && open(p.status) && !open(l.status)) return l;
    return p;
  };

  // Settled live: fetch the whole payment (its receipt) and the header's «К оплате».
  let refreshedFor: string | null = null;
  createEffect(() => {
    const l = live.data?.paymentStatusChanged;
    if (!l || open(l.status) || refreshedFor === l.status) return;
    refreshedFor = l.status;
    reexecute({ requestPolicy: "network-only" });
    void client.query(AppViewer, {}, { requestPolicy: "network-only" }).toPromise();
  });

  // The safety net while the bank decides.
  const timer = setInterval(() => {
    const p = payment();
    if (p && open(p.status) && !result.fetching) reexecute({ requestPolicy: "network-only" });
  }, POLL_MS);
  onCleanup(() => clearInterval(timer));

  return (
    <section class="card pay-result" aria-live="polite">
      <h1 class="page-title">Оплата</h1>
      <Switch>
        <Match when={!id()}>
          <p class="muted">
            Платеж не указан. Перейдите в раздел <A href="/payment">«Оплата»</A>.
          </p>
        </Match>
        <Match when={status()}>
          {(s) => (
            <Switch>
              <Match when={open(s().status)}>
                <Spinner label="Банк обрабатывает платеж. Страница обновится сама, как только придет ответ банка." />
              </Match>
              <Match when={s().status === "SUCCEEDED" || s().status === "REFUNDED"}>
                <div class="pay-result__state pay-result__state--ok" data-status={s().status}>
                  <CheckCircleIcon class="pay-result__icon" />
                  <div>
                    <h2 class="pay-result__title">{s().status === "SUCCEEDED" ? "Оплата прошла успешно" : "Платеж возвращен на карту"}</h2>
                    <Show when={payment()}>
                      {(p) => (
                        <p>
                          Платеж на сумму <strong class="nowrap">{formatRub(p().amount)}</strong> по ЛС {p().account.number} принят банком
                          <Show when={p().paidAt}>{(at) => <> {formatDateTime(at())}</>}</Show>.
                          <Show when={p().card}>{(c) => <> Карта {cardNumber(c().maskedPan)}.</>}</Show>
                        </p>
                      )}
                    </Show>
                  </div>
                </div>
                <div class="pay-result__actions">
                  <Show when={payment()?.receipt}>
                    <button type="button" class="button button--primary" onClick={() => setShowReceipt(true)}>
                      Чек
                    </button>
                  </Show>
                  <A href="/payment" class="button button--ghost">
                    Вернуться к оплате
                  </A>
                </div>
              </Match>
              <Match when={true}>
                <div class="pay-result__state pay-result__state--failed" data-status={s().status}>
                  <AlertCircleIcon class="pay-result__icon" />
                  <div>
                    <h2 class="pay-result__title">Платеж не выполнен</h2>
                    <p>{s().failureReason ?? s().statusText}</p>
                  </div>
                </div>
                <div class="pay-result__actions">
                  <A href="/payment" class="button button--accent">
                    Попробовать снова
                  </A>
                </div>
              </Match>
            </Switch>
          )}
        </Match>
        <Match when={result.error && !result.fetching}>
          <ErrorNotice onRetry={() => reexecute({ requestPolicy: "network-only" })}>{requestErrorText(result.error)}</ErrorNotice>
        </Match>
        <Match when={result.data && !payment()}>
          <p class="muted">
            Платеж не найден. Перейдите в раздел <A href="/payment">«Оплата»</A>.
          </p>
        </Match>
        <Match when={result.fetching}>
          <Spinner label="Загружаем платеж…" />
        </Match>
      </Switch>
      <Show when={showReceipt() && payment()}>
        {(p) => <Show when={p().receipt}>{(r) => <ReceiptDialog paymentId={p().id} receipt={r()} onClose={() => setShowReceipt(false)} />}</Show>}
      </Show>
    </section>
  );
}
