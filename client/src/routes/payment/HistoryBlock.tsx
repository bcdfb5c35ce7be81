// «История платежей» (manual 6.4.5, figure 29): date, sum, how it was paid and the receipt
// («чек») of each payment the bank confirmed, newest first; «Скачать CSV / JSON» of a month range.
import { For, Show, createMemo, createSignal, createUniqueId } from "solid-js";
import { createQuery, useClient } from "@urql/solid";
import { graphql } from "../../gql";
import type { PaymentHistoryQuery } from "../../gql/graphql";
import { QueryStates, keepLatest } from "../../components/QueryStates";
import { addMonths, formatDate, formatRub, periodOf } from "../../lib/format";
import { MonthRange, monthRangeError } from "../../components/MonthRange";
import { ExportButtons } from "../../components/ExportButtons";
import { ReceiptDialog } from "./ReceiptDialog";

const PAGE = 10;

const PaymentHistory = graphql(`
  query PaymentHistory($first: Int!) {
    viewer {
      id
      activeAccount {
        id
        paymentHistory(first: $first) {
          totalCount
          pageInfo { hasNextPage }
          nodes {
            id
            paidAt
            amount
            channelText
            status
            receipt { ...ReceiptFields }
          }
        }
      }
    }
  }
`);

const PaymentHistoryExport = graphql(`
  query PaymentHistoryExport($from: Period!, $to: Period!, $format: ExportFormat!) {
    viewer {
      id
      activeAccount {
        id
        paymentHistoryExport(from: $from, to: $to, format: $format) { link { url expiresAt } }
      }
    }
  }
`);

type Row = NonNullable<NonNullable<PaymentHistoryQuery["viewer"]>["activeAccount"]>["paymentHistory"]["nodes"][number];

export function HistoryBlock() {
  const id = createUniqueId();
  const [first, setFirst] = createSignal(PAGE);
  const [result, reexecute] = createQuery({ query: PaymentHistory, variables: () => ({ first: first() }), requestPolicy: "cache-and-network" });
  const [open, setOpen] = createSignal<Row | null>(null);
  const history = () => result.data?.viewer?.activeAccount?.paymentHistory;
  // Keep the rows on screen while more load.
  const rows = keepLatest(() => history()?.nodes);

  // The download's range: the last twelve months, this one included.
  const current = periodOf();
  const [from, setFrom] = createSignal(addMonths(current, -11));
  const [to, setTo] = createSignal(current);
  const rangeError = createMemo(() => monthRangeError(from(), to()));
  const client = useClient();
  const exportLink = async (format: "CSV" | "JSON") => {
    const r = await client.query(PaymentHistoryExport, { from: from(), to: to(), format }, { requestPolicy: "network-only" }).toPromise();
    return { url: r.data?.viewer?.activeAccount?.paymentHistoryExport.link.url, error: r.error };
  };

  return (
    <section class="card pay-block" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} class="pay-block__title">
        История платежей
      </h2>
      <QueryStates result={result} value={rows()} retry={() => reexecute({ requestPolicy: "network-only" })} loading="Загружаем историю платежей…">
        {(list) => (
          <Show when={list().length} fallback={<p class="muted">Платежей пока нет.</p>}>
            <div class="payments-wrap">
              <table class="payments">
                <caption class="sr-only">История платежей, новые сверху</caption>
                <thead>
                  <tr>
                    <th scope="col">Дата</th>
                    <th scope="col" class="num">
                      Сумма
                    </th>
                    <th scope="col">Способ платежа</th>
                    <th scope="col">Чек</th>
                  </tr>
                </thead>
                <tbody>
                  <For each={list()}>
                    {(row) => (
                      <tr class="payments__row" data-payment={row.id}>
                        <td data-label="Дата">{row.paidAt ? formatDate(row.paidAt) : "—"}</td>
                        <td class="num payments__amount" data-label="Сумма">
                          {formatRub(row.amount)}
                          <Show when={row.status === "REFUNDED"}>
                            {" "}
                            <span class="badge badge--info">Возвращен</span>
                          </Show>
                        </td>
                        <td data-label="Способ платежа">{row.channelText}</td>
                        <td data-label="Чек">
                          <Show when={row.receipt} fallback={<span class="muted">—</span>}>
                            <button
                              type="button"
                              class="button button--ghost button--small payments__receipt"
                              onClick={() => setOpen(row)}
                              aria-label={`Чек платежа от ${row.paidAt ? formatDate(row.paidAt) : ""} на ${formatRub(row.amount)}`}
                            >
                              чек
                            </button>
                          </Show>
                        </td>
                      </tr>
                    )}
                  </For>
                </tbody>
              </table>
            </div>
            <Show when={history()?.pageInfo.hasNextPage}>
              <button
                type="button"
                class="button button--ghost button--small payments__more"
                disabled={result.fetching}
                onClick={() => setFirst((n) => n + PAGE)}
              >
                {result.fetching ? "Загружаем…" : "Показать еще"}
              </button>
            </Show>
          </Show>
        )}
      </QueryStates>
      <div class="history-filter payments__export">
        <MonthRange id={id} current={current} from={from()} to={to()} onFrom={setFrom} onTo={setTo} error={rangeError()} errorId={`${id}-range-error`} />
        <ExportButtons id={id} request={exportLink} fileName={(f) => `istoriya-platezhey-${from()}-${to()}.${f.toLowerCase()}`} disabled={!!rangeError()} />
      </div>
      <Show when={rangeError()}>
        <p id={`${id}-range-error`} class="field-error" role="alert">
          {rangeError()}
        </p>
      </Show>
      <Show when={open()}>
        {(row) => <Show when={row().receipt}>{(receipt) => <ReceiptDialog paymentId={row().id} receipt={receipt()} onClose={() => setOpen(null)} />}</Show>}
      </Show>
    </section>
  );
}
