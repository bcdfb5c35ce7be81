// «Потребление в сравнении» (issue 18) in «Показания» and «Начисления»: per service the month's
// volume against the same month a year before and against the norm, as figures, a sentence and
// a chart (chart.js in its own chunk, loaded when this shows). Months billed by the norm are
// marked «по нормативу» and never compared as if measured. Compact (under the charges table):
// each service's sentences, its figures and chart behind «Цифры и график».
import { For, Show, Suspense, createSignal, createUniqueId, lazy, type JSX } from "solid-js";
import { createQuery } from "@urql/solid";
import { graphql } from "../gql";
import type { ConsumptionComparisonQuery } from "../gql/graphql";
import { formatPeriod } from "../lib/format";
import { formatDecimal } from "../lib/decimal";
import { queryErrorText } from "../lib/userErrors";
import { QueryStates, keepLatest } from "./QueryStates";

const Comparison = graphql(`
  query ConsumptionComparison($accountId: ID!, $period: Period) {
    node(id: $accountId) {
      id
      ... on Account {
        consumptionComparison(period: $period) {
          period
          yearAgo
          services {
            service
            serviceCode
            unit
            current { period volume basis }
            yearAgo { period volume basis }
            months { period volume basis }
            norm { volume }
            changeFromYearAgoPercent
            changeFromNormPercent
            yearAgoText
            normText
          }
        }
      }
    }
  }
`);

type Data = Extract<NonNullable<ConsumptionComparisonQuery["node"]>, { consumptionComparison: unknown }>["consumptionComparison"];
export type ServiceData = Data["services"][number];
export type PointData = ServiceData["months"][number];

const ConsumptionChart = lazy(() => import("./ConsumptionChart").then((m) => ({ default: m.ConsumptionChart })));

export const BASIS_TEXT: Record<NonNullable<PointData["basis"]>, string> = {
  METER: "по показаниям",
  SUBMITTED: "по переданным показаниям, еще не начислено",
  NORM: "по нормативу",
  AVERAGE: "по среднему",
  CATCH_UP: "по показаниям за несколько месяцев",
};

function Volume(props: { point: PointData; unit: string }) {
  return (
    <Show when={props.point.volume} fallback={<span class="muted">нет данных</span>}>
      {(v) => (
        <>
          <strong class="nowrap">
            {formatDecimal(v())} {props.unit}
          </strong>
          <Show when={props.point.basis}>
            {(b) => (
              <span class="consumption__basis" classList={{ "consumption__basis--norm": b() !== "METER" && b() !== "SUBMITTED" }}>
                {" "}
                {BASIS_TEXT[b()]}
              </span>
            )}
          </Show>
        </>
      )}
    </Show>
  );
}

function Change(props: { percent: number | null | undefined }) {
  return (
    <Show when={props.percent !== null && props.percent !== undefined}>
      <span class="consumption__change" classList={{ "consumption__change--up": props.percent! > 0, "consumption__change--down": props.percent! < 0 }}>
        {props.percent! > 0 ? "+" : props.percent! < 0 ? "−" : ""}
        {Math.abs(props.percent!)} %
      </span>
    </Show>
  );
}

function Figures(props: { s: ServiceData }) {
  return (
    <>
      <dl class="consumption__figures">
        <div>
          <dt>{formatPeriod(props.s.current.period)}</dt>
          <dd>
            <Volume point={props.s.current} unit={props.s.unit} />
          </dd>
        </div>
        <div>
          <dt>{formatPeriod(props.s.yearAgo.period)}</dt>
          <dd>
            <Volume point={props.s.yearAgo} unit={props.s.unit} /> <Change percent={props.s.changeFromYearAgoPercent} />
          </dd>
        </div>
        <Show when={props.s.norm}>
          {(n) => (
            <div>
              <dt>Норматив</dt>
              <dd>
                <strong class="nowrap">
                  {formatDecimal(n().volume)} {props.s.unit}
                </strong>{" "}
                <Change percent={props.s.changeFromNormPercent} />
              </dd>
            </div>
          )}
        </Show>
      </dl>
      <Suspense fallback={<div class="consumption-chart consumption-chart--loading" aria-hidden="true" />}>
        <ConsumptionChart service={props.s} />
      </Suspense>
    </>
  );
}

function YearAgo(props: { s: ServiceData }) {
  return <p class="consumption__sentence">{props.s.yearAgoText}</p>;
}

function Norm(props: { s: ServiceData }) {
  return <Show when={props.s.normText}>{(t) => <p class="consumption__sentence consumption__sentence--norm">{t()}</p>}</Show>;
}

function ServiceCard(props: { s: ServiceData; compact: boolean }) {
  // Compact: the figures and the chart (and chart.js) only once asked for.
  const [open, setOpen] = createSignal(false);
  const body = (): JSX.Element =>
    props.compact ? (
      <>
        <YearAgo s={props.s} />
        <details class="consumption__more" onToggle={(e) => setOpen(e.currentTarget.open)}>
          <summary>Норматив, цифры и график</summary>
          <Show when={open()}>
            <Norm s={props.s} />
            <Figures s={props.s} />
          </Show>
        </details>
      </>
    ) : (
      <>
        <Figures s={props.s} />
        <YearAgo s={props.s} />
        <Norm s={props.s} />
      </>
    );
  return (
    <article class="consumption__service" classList={{ "consumption__service--compact": props.compact }} data-service={props.s.serviceCode}>
      <h3 class="consumption__name">{props.s.service}</h3>
      {body()}
    </article>
  );
}

/** `period`: the month compared (null: the current one). */
export function ConsumptionComparison(props: { accountId: string; period: string | null; compact?: boolean }) {
  const id = createUniqueId();
  const [result, reexecute] = createQuery({
    query: Comparison,
    variables: () => ({ accountId: props.accountId, period: props.period }),
    requestPolicy: "cache-and-network",
  });
  const shown = keepLatest<Data>(() => {
    const node = result.data?.node;
    return node && "consumptionComparison" in node ? node.consumptionComparison : undefined;
  });
  return (
    <section class="consumption" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} class="consumption__title">
        Потребление в сравнении
      </h2>
      <QueryStates
        result={result}
        value={shown()}
        retry={() => reexecute({ requestPolicy: "network-only" })}
        errorText={queryErrorText}
        loading="Загружаем потребление…"
      >
        {(data) => (
          <>
            <p class="muted consumption__lead" hidden={props.compact}>
              {formatPeriod(data().period)} в сравнении с {formatPeriod(data().yearAgo).toLowerCase()} и с нормативом для вашего объекта. Месяцы, начисленные по
              нормативу, не сравниваются: это не измеренный объем.
            </p>
            <Show when={data().services.length} fallback={<p class="muted">Нет услуг с потреблением за этот месяц.</p>}>
              <div class="consumption__list">
                <For each={data().services}>{(s) => <ServiceCard s={s} compact={!!props.compact} />}</For>
              </div>
            </Show>
          </>
        )}
      </QueryStates>
    </section>
  );
}
