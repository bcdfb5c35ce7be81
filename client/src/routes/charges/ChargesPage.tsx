// Section «Начисления» (manual 6.3, figure 17): the charges of each service by month for a range
// «с» / «по», newest month first with the month's totals, all-zero columns hidden; a chart of
// the monthly totals (the sum on hover); «Сохранить в PDF» of the same range. On a phone each
// month is a button with its total, only the latest open: a year of cards was 15 000 px long.
import { For, Show, Suspense, createMemo, createSignal, createUniqueId, lazy } from "solid-js";
import { A } from "@solidjs/router";
import { createMutation, createQuery, useClient } from "@urql/solid";
import { graphql } from "../../gql";
import { addMonths, formatMoney, formatPeriod, periodOf } from "../../lib/format";
import { NARROW, createMediaQuery } from "../../lib/media";
import { usePageTitle } from "../../lib/title";
import { queryErrorText } from "../../lib/userErrors";
import { useViewer } from "../../layout/viewer";
import { monthRangeError } from "../../components/MonthRange";
import { PanelHead } from "../../components/PanelHead";
import { PeriodToolbar, createPdfSave } from "../../components/PeriodToolbar";
import { QueryStates, keepLatest } from "../../components/QueryStates";
import { ExportButtons } from "../../components/ExportButtons";
import { ConsumptionComparison } from "../../components/ConsumptionComparison";
import { visibleColumns, type ChargeHistoryData, type ChargeMonthData } from "./columns";
import { ChargeExplanation } from "./ChargeExplanation";

const ChargeHistory = graphql(`
  query ChargeHistory($accountId: ID!, $from: Period!, $to: Period!) {
    node(id: $accountId) {
      id
      ... on Account {
        charges(from: $from, to: $to) {
          from
          to
          emptyColumns
          months {
            period
            billed
            totals { openingBalance charged paid recalculation penalty closingBalance }
            lines {
              service
              zone
              supplier
              lossesPercent
              transformationRatio
              openingBalance
              method
              methodText
              norm
              volume
              unit
              tariff
              charged
              paid
              recalculation
              penalty
              closingBalance
              explanation { steps { label formula value } total }
            }
          }
        }
      }
    }
  }
`);

const ChargesPdfCreate = graphql(`
  mutation ChargesPdfCreate($input: ChargesPdfCreateInput!) {
    chargesPdfCreate(input: $input) {
      document { url expiresAt }
      userErrors { field message code }
    }
  }
`);

const ChargesExport = graphql(`
  query ChargesExport($accountId: ID!, $from: Period!, $to: Period!, $format: ExportFormat!) {
    node(id: $accountId) {
      id
      ... on Account {
        chargesExport(from: $from, to: $to, format: $format) { link { url expiresAt } }
      }
    }
  }
`);

// chart.js is big: it comes in its own chunk when this page first shows a chart.
const ChargesChart = lazy(() => import("./ChargesChart").then((m) => ({ default: m.ChargesChart })));

export function ChargesPage() {
  usePageTitle(() => "Начисления");
  const viewer = useViewer();
  return (
    <div class="charges">
      <h1 class="page-title">Начисления</h1>
      <section class="card charges__panel" aria-labelledby="charges-title">
        <Show
          when={viewer().activeAccount}
          keyed
          fallback={
            <>
              <h2 id="charges-title" class="panel-head__title">
                История начислений
              </h2>
              <p class="muted">
                К учетной записи не привязан лицевой счет. Привяжите его в разделе <A href="/profile">«Профиль»</A>.
              </p>
            </>
          }
        >
          {(account) => <ChargesView accountId={account.id} />}
        </Show>
      </section>
    </div>
  );
}

function ChargesView(props: { accountId: string }) {
  const id = createUniqueId();
  const current = periodOf();
  // Charges exist for closed months: by default the twelve before this one.
  const [to, setTo] = createSignal(addMonths(current, -1));
  const [from, setFrom] = createSignal(addMonths(current, -12));

  const rangeError = createMemo(() => monthRangeError(from(), to()));

  const [result, reexecute] = createQuery({
    query: ChargeHistory,
    variables: () => ({ accountId: props.accountId, from: from(), to: to() }),
    pause: () => rangeError() !== null,
    requestPolicy: "cache-and-network",
  });

  // The last answer stays on screen while another range loads, so nothing jumps.
  const shown = keepLatest<ChargeHistoryData>(() => {
    const node = result.data?.node;
    return node && "charges" in node ? node.charges : undefined;
  });

  const [, createPdf] = createMutation(ChargesPdfCreate);
  const pdf = createPdfSave({
    blocked: () => !!rangeError(),
    resetOn: () => [from(), to()],
    fileName: () => `nachisleniya-${from()}-${to()}.pdf`,
    request: async () => {
      const response = await createPdf({ input: { accountId: props.accountId, from: from(), to: to() } });
      return { payload: response.data?.chargesPdfCreate, error: response.error };
    },
  });

  const client = useClient();
  const exportLink = async (format: "CSV" | "JSON") => {
    const r = await client.query(ChargesExport, { accountId: props.accountId, from: from(), to: to(), format }, { requestPolicy: "network-only" }).toPromise();
    const node = r.data?.node;
    return { url: node && "chargesExport" in node ? node.chargesExport.link.url : null, error: r.error };
  };

  const billed = createMemo(() => (shown()?.months ?? []).filter((m) => m.billed));
  const points = createMemo(() => [...billed()].reverse().map((m) => ({ period: m.period, charged: m.totals.charged })));

  return (
    <div class="panel">
      <PanelHead id="charges-title" title="История начислений">
        Начисления по каждой услуге за выбранный период. В столбцах «К оплате на начало» и «К оплате на конец» долг — положительное значение, переплата —
        отрицательное.
      </PanelHead>
      <PeriodToolbar id={id} current={current} from={from()} to={to()} onFrom={setFrom} onTo={setTo} error={rangeError()} pdf={pdf} />
      <ExportButtons id={id} request={exportLink} fileName={(f) => `nachisleniya-${from()}-${to()}.${f.toLowerCase()}`} disabled={!!rangeError()} />

      <QueryStates
        result={result}
        value={shown()}
        retry={() => reexecute({ requestPolicy: "network-only" })}
        errorText={queryErrorText}
        errorHidesValue
        loading="Загружаем начисления…"
      >
        {(history) => (
          <div class="charges__body" classList={{ "history-wrap--loading": result.fetching }} aria-busy={result.fetching}>
            <Show when={billed().length} fallback={<p class="muted charges__none">За выбранный период начислений нет.</p>}>
              <Suspense fallback={<div class="charges-chart charges-chart--loading" aria-hidden="true" />}>
                <ChargesChart points={points()} />
              </Suspense>
              <ChargesTable history={history()} />
            </Show>
          </div>
        )}
      </QueryStates>
      <Show when={!rangeError()}>
        <ConsumptionComparison accountId={props.accountId} period={to()} compact />
      </Show>
    </div>
  );
}

function ChargesTable(props: { history: ChargeHistoryData }) {
  const columns = createMemo(() => visibleColumns(props.history.emptyColumns));
  const narrow = createMediaQuery(NARROW);
  // Months the customer opened or closed; the others follow the default (the latest open).
  const [toggled, setToggled] = createSignal<Record<string, boolean>>({});
  const latest = createMemo(() => props.history.months.find((m) => m.billed)?.period);
  const isOpen = (period: string) => toggled()[period] ?? period === latest();
  return (
    <div class="charges-wrap" tabindex="0" role="region" aria-label="Таблица начислений">
      <table class="charges-table">
        <caption class="sr-only">
          Начисления по услугам с {formatPeriod(props.history.from)} по {formatPeriod(props.history.to)}
        </caption>
        <thead>
          <tr>
            <For each={columns()}>
              {(c) => (
                <th scope="col" class={`c-${c.key}`} classList={{ n: !!c.numeric }}>
                  {c.title}
                </th>
              )}
            </For>
          </tr>
        </thead>
        <For each={props.history.months}>
          {(month) => (
            <MonthRows
              month={month}
              columns={columns()}
              collapsible={narrow() && month.billed}
              open={isOpen(month.period)}
              onToggle={() => setToggled({ ...toggled(), [month.period]: !isOpen(month.period) })}
            />
          )}
        </For>
      </table>
    </div>
  );
}

function MonthRows(props: {
  month: ChargeMonthData;
  columns: ReturnType<typeof visibleColumns>;
  /** A phone: the head is a button that opens and closes the month. */
  collapsible: boolean;
  open: boolean;
  onToggle: () => void;
}) {
  const shown = () => !props.collapsible || props.open;
  return (
    <tbody class="charges-month" classList={{ "charges-month--empty": !props.month.billed }} data-period={props.month.period}>
      <tr class="charges-month__head">
        <th scope="colgroup" colspan={props.columns.length}>
          <Show
            when={props.collapsible}
            fallback={
              <>
                {formatPeriod(props.month.period)}
                <Show when={!props.month.billed}>
                  <span class="charges-month__none"> — начислений нет</span>
                </Show>
              </>
            }
          >
            <button type="button" class="charges-month__toggle" aria-expanded={props.open} onClick={() => props.onToggle()}>
              <span>{formatPeriod(props.month.period)}</span> <span class="charges-month__sum">{formatMoney(props.month.totals.charged)}</span>
            </button>
          </Show>
        </th>
      </tr>
      <Show when={shown()}>
        <MonthBody month={props.month} columns={props.columns} />
      </Show>
    </tbody>
  );
}

function MonthBody(props: { month: ChargeMonthData; columns: ReturnType<typeof visibleColumns> }) {
  return (
    <>
      <For each={props.month.lines}>
        {(line, i) => (
          <>
            <tr class="charges-row">
              <For each={props.columns}>
                {(c) =>
                  c.key === "service" ? (
                    <th scope="row" class="c-service">
                      {line.service}
                    </th>
                  ) : (
                    <td class={`c-${c.key}`} classList={{ n: !!c.numeric }} data-label={c.title}>
                      {c.cell(line)}
                    </td>
                  )
                }
              </For>
            </tr>
            <ChargeExplanation id={`why-${props.month.period}-${i()}`} period={props.month.period} line={line} colspan={props.columns.length} />
          </>
        )}
      </For>
      <Show when={props.month.billed}>
        <tr class="charges-total">
          <For each={props.columns}>
            {(c) =>
              c.key === "service" ? (
                <th scope="row" class="c-service">
                  Итого за {formatPeriod(props.month.period).toLowerCase()}
                </th>
              ) : (
                <td class={`c-${c.key}`} classList={{ n: !!c.numeric, "charges-total__empty": !c.total }} data-label={c.title}>
                  {c.total ? c.total(props.month.totals) : ""}
                </td>
              )
            }
          </For>
        </tr>
      </Show>
    </>
  );
}
