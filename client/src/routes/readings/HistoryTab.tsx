// «История показаний» (manual 6.2.2, figure 13): readings by month range «с» / «по», newest
// month first, grouped under month headers (empty months too), with the filter «Только
// принятые к расчету» and «Сохранить в PDF» of the same range and filter.
import { For, Show, createMemo, createSignal, createUniqueId } from "solid-js";
import { createMutation, createQuery, useClient } from "@urql/solid";
import { graphql } from "../../gql";
import type { ReadingHistoryQuery } from "../../gql/graphql";
import { addMonths, formatDate, formatPeriod, periodOf } from "../../lib/format";
import { formatReading } from "../../lib/decimal";
import { queryErrorText } from "../../lib/userErrors";
import { monthRangeError } from "../../components/MonthRange";
import { PanelHead } from "../../components/PanelHead";
import { PeriodToolbar, createPdfSave } from "../../components/PeriodToolbar";
import { QueryStates, keepLatest } from "../../components/QueryStates";
import { ExportButtons } from "../../components/ExportButtons";
import { ZoneLabel } from "./zones";
import type { ReadingsTabProps } from "./paths";

const ReadingHistory = graphql(`
  query ReadingHistory($from: Period!, $to: Period!, $acceptedOnly: Boolean) {
    viewer {
      id
      activeAccount {
        id
        readingHistory(from: $from, to: $to, acceptedOnly: $acceptedOnly) {
          period
          rows {
            submittedAt
            resource
            meterNumber
            meterStatusText
            zone
            value
            difference
            unit
            sourceText
            accepted
          }
        }
      }
    }
  }
`);

const ReadingHistoryPdfCreate = graphql(`
  mutation ReadingHistoryPdfCreate($input: ReadingHistoryPdfCreateInput!) {
    readingHistoryPdfCreate(input: $input) {
      document { url expiresAt }
      userErrors { field message code }
    }
  }
`);

const ReadingHistoryExport = graphql(`
  query ReadingHistoryExport($from: Period!, $to: Period!, $acceptedOnly: Boolean, $format: ExportFormat!) {
    viewer {
      id
      activeAccount {
        id
        readingHistoryExport(from: $from, to: $to, acceptedOnly: $acceptedOnly, format: $format) { link { url expiresAt } }
      }
    }
  }
`);

type HistoryMonth = NonNullable<NonNullable<ReadingHistoryQuery["viewer"]>["activeAccount"]>["readingHistory"][number];

export function HistoryTab(props: ReadingsTabProps) {
  const id = createUniqueId();
  const current = periodOf();
  // Default: the last 12 months, this one included.
  const [from, setFrom] = createSignal(addMonths(current, -11));
  const [to, setTo] = createSignal(current);
  // Unfiltered by default (figure 13): a reading sent a minute ago is listed, marked «Не принято к расчету».
  const [acceptedOnly, setAcceptedOnly] = createSignal(false);

  const rangeError = createMemo(() => monthRangeError(from(), to()));

  const [result, reexecute] = createQuery({
    query: ReadingHistory,
    variables: () => ({ from: from(), to: to(), acceptedOnly: acceptedOnly() }),
    pause: () => rangeError() !== null,
    // Fresh after every visit: readings sent in the other tab belong here at once.
    requestPolicy: "cache-and-network",
  });

  // Keep the last table on screen while another range or filter loads, so nothing jumps.
  const shown = keepLatest(() => result.data?.viewer?.activeAccount?.readingHistory);
  const [, createPdf] = createMutation(ReadingHistoryPdfCreate);
  const pdf = createPdfSave({
    blocked: () => !!rangeError(),
    resetOn: () => [from(), to(), acceptedOnly()],
    fileName: () => `istoriya-pokazaniy-${from()}-${to()}.pdf`,
    request: async () => {
      const response = await createPdf({ input: { accountId: props.accountId, from: from(), to: to(), acceptedOnly: acceptedOnly() } });
      return { payload: response.data?.readingHistoryPdfCreate, error: response.error };
    },
  });

  const client = useClient();
  const exportLink = async (format: "CSV" | "JSON") => {
    const r = await client
      .query(ReadingHistoryExport, { from: from(), to: to(), acceptedOnly: acceptedOnly(), format }, { requestPolicy: "network-only" })
      .toPromise();
    return { url: r.data?.viewer?.activeAccount?.readingHistoryExport.link.url, error: r.error };
  };

  return (
    <div class="panel">
      <PanelHead id={props.titleId} title="История показаний">
        Показания и расход ресурса по каждому прибору учета за выбранный период.
      </PanelHead>
      <PeriodToolbar id={id} current={current} from={from()} to={to()} onFrom={setFrom} onTo={setTo} error={rangeError()} pdf={pdf}>
        <label class="check history-filter__check">
          <input class="check__box" type="checkbox" name="acceptedOnly" checked={acceptedOnly()} onChange={(e) => setAcceptedOnly(e.currentTarget.checked)} />
          <span class="check__label">Только принятые к расчету</span>
        </label>
      </PeriodToolbar>
      <ExportButtons id={id} request={exportLink} fileName={(f) => `istoriya-pokazaniy-${from()}-${to()}.${f.toLowerCase()}`} disabled={!!rangeError()} />

      <QueryStates
        result={result}
        value={shown()}
        retry={() => reexecute({ requestPolicy: "network-only" })}
        errorText={queryErrorText}
        errorHidesValue
        loading="Загружаем историю показаний…"
      >
        {(history) => (
          <div class="history-wrap" classList={{ "history-wrap--loading": result.fetching }} aria-busy={result.fetching}>
            <HistoryTable months={history()} />
          </div>
        )}
      </QueryStates>
    </div>
  );
}

function HistoryTable(props: { months: HistoryMonth[] }) {
  const empty = () => props.months.every((m) => m.rows.length === 0);
  return (
    <>
      <table class="history">
        <caption class="sr-only">История показаний по месяцам</caption>
        <thead>
          <tr>
            <th scope="col">Дата передачи</th>
            <th scope="col">Ресурс</th>
            <th scope="col">Номер ПУ</th>
            <th scope="col">Переданные показания</th>
            <th scope="col">Разница с предыдущими</th>
            <th scope="col">Способ передачи</th>
          </tr>
        </thead>
        <For each={props.months}>
          {(month) => (
            <tbody class="history__month" classList={{ "history__month--empty": month.rows.length === 0 }} data-period={month.period}>
              <tr class="history__month-row">
                <th scope="colgroup" colspan="6">
                  {formatPeriod(month.period)}
                </th>
              </tr>
              <For each={month.rows}>
                {(row) => (
                  <tr class="history__row" classList={{ "history__row--pending": !row.accepted }}>
                    <td class="h-date" data-label="Дата передачи">
                      {formatDate(row.submittedAt)}
                    </td>
                    <td class="h-resource" data-label="Ресурс">
                      {row.resource}
                    </td>
                    <td class="h-meter" data-label="Номер ПУ">
                      {row.meterNumber} ({row.meterStatusText})
                    </td>
                    <td class="h-value" data-label="Переданные показания">
                      <span class="history__value">
                        <span class="nowrap">
                          {formatReading(row.value)} {row.unit}
                        </span>
                        <ZoneLabel zone={row.zone} compact={row.zone === "ALL_DAY"} />
                      </span>
                    </td>
                    <td class="h-diff" data-label="Разница с предыдущими">
                      <Show when={row.difference} fallback={<span class="muted">—</span>}>
                        {(d) => (
                          <span class="nowrap">
                            {formatReading(d())} {row.unit}
                          </span>
                        )}
                      </Show>
                    </td>
                    <td class="h-source" data-label="Способ передачи">
                      {row.sourceText}
                      <Show when={!row.accepted}>
                        {" "}
                        <span class="badge badge--info">Не принято к расчету</span>
                      </Show>
                    </td>
                  </tr>
                )}
              </For>
            </tbody>
          )}
        </For>
      </table>
      <Show when={empty()}>
        <p class="muted history__none">За выбранный период показаний нет.</p>
      </Show>
    </>
  );
}
